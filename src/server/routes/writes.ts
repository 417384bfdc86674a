// The write routes: a match (or status changes) in the matchfacts JSON format, a match's status, a
// competition's status. Each needs a token, is rate-limited per token, and goes through the one
// write queue; bad input is refused before anything is written.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodRequestTypeProvider } from '../type-provider.js';
// The route option `config.rateLimit` is declared by the plugin.
import type {} from '@fastify/rate-limit';
import { documentSchema } from '../../sources/json/schema.js';
import { readEdition } from '../../store/queries/list-editions.js';
import { requireToken } from '../auth.js';
import type { MatchfactsService, WriteOutcome } from '../service.js';
import { competitionStatusBody, idParams, matchStatusBody } from '../schemas.js';
import type { TokenHolder } from '../tokens.js';
import { competitionStatusResponse, writeErrors, writeResponse } from '../response-schemas.js';

export interface WriteRateLimit {
  /** Writes allowed per token in each window. */
  readonly max: number;
  readonly timeWindow: number;
}

export function registerWriteRoutes(app: FastifyInstance, service: MatchfactsService, rateLimit: WriteRateLimit): void {
  const onRequest = requireToken(service.store.db);
  const config = {
    rateLimit: {
      max: rateLimit.max,
      timeWindow: rateLimit.timeWindow,
      // After the token check, so the limit is the token's, not the address's.
      hook: 'preParsing' as const,
      keyGenerator: (request: FastifyRequest) => request.tokenHolder?.key ?? request.ip,
    },
  };
  const security = [{ bearer: [] }];

  // The body is read as text: the JSON adapter locates every problem at its line and column.
  app.register(async (scope) => {
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 2 * 1024 * 1024 }, (_request, body, done) => done(null, body));
    scope.withTypeProvider<ZodRequestTypeProvider>().post(
      '/api/matches',
      {
        schema: {
          tags: ['writes'],
          summary: 'Add or correct matches (the matchfacts JSON format): 201 with the match id and its facts',
          description: 'One entry or an array of them: {"kind": "match", …}, {"kind": "status", …}, {"kind": "competition-status", …}. See schema/matchfacts-input.schema.json.',
          body: documentSchema,
          response: { 200: writeResponse, 201: writeResponse, ...writeErrors },
          security,
        },
        // The adapter validates the text itself (with line and column); the schema is for the document.
        validatorCompiler: () => (data) => ({ value: data }),
        onRequest,
        config,
      },
      async (request, reply) => {
        const outcome = await service.writeDocument(String(request.body), label('POST /api/matches', request.tokenHolder!), request.tokenHolder!);
        return reply.code(outcome.changed ? 201 : 200).send(outcomeBody(outcome));
      },
    );
  });

  const api = app.withTypeProvider<ZodRequestTypeProvider>();
  api.patch(
    '/api/matches/:id/status',
    { schema: { tags: ['writes'], summary: "Change a match's status: postponed, abandoned, behind closed doors…", params: idParams, body: matchStatusBody, response: { 200: writeResponse, ...writeErrors }, security }, onRequest, config },
    async (request, reply) => {
      const match = await service.matchById(request.params.id);
      const entry = { kind: 'status', date: match.data.date, team: match.data.home.name, ...request.body };
      const outcome = await service.writeDocument(JSON.stringify(entry), label(`PATCH /api/matches/${match.id}/status`, request.tokenHolder!), request.tokenHolder!);
      return reply.code(200).send(outcomeBody(outcome));
    },
  );

  api.post(
    '/api/competitions/:id/status',
    { schema: { tags: ['writes'], summary: "Change a competition edition's status: suspended, active, abandoned, completed", params: idParams, body: competitionStatusBody, response: { 200: competitionStatusResponse, 201: competitionStatusResponse, ...writeErrors }, security }, onRequest, config },
    async (request, reply) => {
      const edition = await readEdition(service.store.db, request.params.id);
      const { status, since, reason } = request.body;
      const entry = { kind: 'competition-status', competition: edition.competition, season: edition.season, status, since: since ?? new Date().toISOString().slice(0, 10), reason };
      const outcome = await service.writeDocument(JSON.stringify(entry), label(`POST /api/competitions/${edition.id}/status`, request.tokenHolder!), request.tokenHolder!);
      return reply.code(outcome.changed ? 201 : 200).send({ competition: edition.competition, season: edition.season, status, since: entry.since, reason: reason ?? null, changed: outcome.changed });
    },
  );
}

/** Where a write came from, as provenance shows it: the route, the token's name and the time. */
function label(route: string, holder: TokenHolder): string {
  return `${route} (token ${holder.name}, ${new Date().toISOString()})`;
}

function outcomeBody(outcome: WriteOutcome): Record<string, unknown> {
  const first = outcome.matches[0];
  return { id: first?.id ?? null, changed: outcome.changed, match: first?.match ?? null, facts: first?.facts ?? [], matches: outcome.matches };
}
