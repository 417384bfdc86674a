// The read routes: matches, facts, stories, previews, competitions, ties, records, players,
// claims and conflicts — each a call to the library functions the CLI commands use.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodRequestTypeProvider } from '../type-provider.js';
import { bracketJson, readBracket } from '../../queries/bracket.js';
import { ageAt, readPlayersNamed } from '../../queries/players.js';
import { chooseDefinitions, readRecordViews } from '../../queries/records.js';
import { readScenarios } from '../../queries/scenarios.js';
import { findTie, tieJson } from '../../queries/tie.js';
import { readConflictList } from '../../queries/conflicts.js';
import { matchJson } from '../../queries/match-view.js';
import { readTables } from '../../queries/tables.js';
import { checkClaim } from '../../claims/check-claim.js';
import { NotFoundError } from '../../domain/errors.js';
import { readCompetitionStatus } from '../../store/queries/editions.js';
import { competitionIdsNamed } from '../../store/queries/competitions.js';
import { listEditions, readEdition } from '../../store/queries/list-editions.js';
import { readPlayerProfile } from '../../store/queries/players.js';
import { readMatches } from '../../store/queries/read-matches.js';
import { loadPreviewInput } from '../../story/load-preview-input.js';
import { loadStoryInput } from '../../story/load-story-input.js';
import { writePreview } from '../../story/preview.js';
import { renderStory, type StoryFormat } from '../../story/render.js';
import { writeStory } from '../../story/write-story.js';
import { notModified, type FactsBody } from '../facts-cache.js';
import type { MatchfactsService } from '../service.js';
import {
  checkBody,
  competitionListQuery,
  conflictsQuery,
  idParams,
  matchListQuery,
  playersQuery,
  recordParams,
  recordQuery,
  recordsQuery,
  scenariosQuery,
  storyQuery,
  tableQuery,
  tiesQuery,
} from '../schemas.js';
import {
  bracketResponse,
  checkResponse,
  competitionListResponse,
  competitionResponse,
  conflictsResponse,
  factsResponse,
  matchListResponse,
  matchSchema,
  playerSchema,
  playersResponse,
  readErrors,
  recordsResponse,
  scenariosResponse,
  storyContent,
  tableResponse,
  tieResponse,
} from '../response-schemas.js';

const CONTENT_TYPES: Readonly<Record<StoryFormat, string>> = {
  text: 'text/plain; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export function registerReadRoutes(app: FastifyInstance, service: MatchfactsService): void {
  const api = app.withTypeProvider<ZodRequestTypeProvider>();
  const { store } = service;

  api.get('/api/matches', { schema: { tags: ['matches'], summary: 'Matches, oldest first, a page at a time', querystring: matchListQuery, response: { 200: matchListResponse, ...readErrors } } }, async (request) => {
    const { page, limit, ...filter } = request.query;
    // One more than the page holds tells whether there is a next page without counting them all.
    const found = await readMatches(store.db, { ...filter, limit: limit + 1, offset: (page - 1) * limit });
    const next = found.length > limit ? nextPageUrl(request.url, page + 1) : null;
    return { matches: found.slice(0, limit).map(matchJson), page, limit, next };
  });

  api.get('/api/matches/:id', { schema: { tags: ['matches'], summary: 'One match: score line, scorers in order, venue, status, sources', params: idParams, response: { 200: matchSchema, ...readErrors } } }, async (request) =>
    matchJson(await service.matchById(request.params.id)),
  );

  // The most read route: a cached answer is sent as the bytes it was serialised to, from the
  // handler's first turn (no promise), and a client holding them gets a 304 for its If-None-Match.
  const sendFacts = (request: FastifyRequest, reply: FastifyReply, facts: FactsBody): FastifyReply => {
    reply.header('etag', facts.etag);
    if (notModified(request.headers['if-none-match'], facts.etag)) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(facts.body);
  };
  api.get(
    '/api/matches/:id/facts',
    {
      schema: {
        tags: ['matches'],
        summary: 'What the match did to the record book, each fact with its proof',
        description: 'Answers with an ETag; a request whose If-None-Match holds it is answered 304 Not Modified, without a body, while the facts stay the same.',
        params: idParams,
        response: { 200: factsResponse, ...readErrors },
      },
    },
    (request, reply) => {
      const cached = service.cachedFacts(request.params.id);
      if (cached !== undefined) return sendFacts(request, reply, cached);
      return service.facts(request.params.id).then((facts) => sendFacts(request, reply, facts));
    },
  );

  api.get('/api/matches/:id/story', { schema: { tags: ['matches'], summary: 'The match report, every sentence with its sources', params: idParams, querystring: storyQuery, response: { 200: storyContent, ...readErrors } } }, async (request, reply) => {
    await service.recordBook();
    const match = await service.matchById(request.params.id);
    const story = writeStory(await loadStoryInput(store, match.id));
    return reply.type(CONTENT_TYPES[request.query.format]).send(renderStory(story, request.query.format));
  });

  api.get('/api/matches/:id/preview', { schema: { tags: ['matches'], summary: 'Before the match: what is at stake, records within reach', params: idParams, querystring: storyQuery, response: { 200: storyContent, ...readErrors } } }, async (request, reply) => {
    await service.recordBook();
    const match = await service.matchById(request.params.id);
    const preview = writePreview(await loadPreviewInput(store, match.id, service.definitions));
    return reply.type(CONTENT_TYPES[request.query.format]).send(renderStory(preview, request.query.format));
  });

  api.get('/api/competitions', { schema: { tags: ['competitions'], summary: 'Every edition of every competition, with its match count', querystring: competitionListQuery, response: { 200: competitionListResponse, ...readErrors } } }, async (request) => {
    const competitionIds = request.query.q ? await competitionIdsNamed(store.db, request.query.q) : undefined;
    return { competitions: await listEditions(store.db, { competitionIds }) };
  });

  api.get('/api/competitions/:id', { schema: { tags: ['competitions'], summary: 'One edition and its status', params: idParams, response: { 200: competitionResponse, ...readErrors } } }, async (request) => {
    const edition = await readEdition(store.db, request.params.id);
    return { ...edition, status: await readCompetitionStatus(store.db, edition.id) };
  });

  api.get('/api/competitions/:id/table', { schema: { tags: ['competitions'], summary: 'Group and league tables, each place explained', params: idParams, querystring: tableQuery, response: { 200: tableResponse, ...readErrors } } }, async (request) => {
    const edition = await readEdition(store.db, request.params.id);
    const { group, asOf } = request.query;
    const tables = await readTables(store.db, { competition: edition.competition, season: edition.season, group }, asOf);
    return { tables: tables.map(({ json }) => json) };
  });

  api.get('/api/competitions/:id/bracket', { schema: { tags: ['competitions'], summary: 'The knockout rounds, tie by tie', params: idParams, response: { 200: bracketResponse, ...readErrors } } }, async (request) => {
    const edition = await readEdition(store.db, request.params.id);
    return bracketJson(edition, await readBracket(store, edition.id));
  });

  api.get('/api/competitions/:id/scenarios', { schema: { tags: ['competitions'], summary: 'What is still open: fixtures, ties, who can meet whom, maximum points', params: idParams, querystring: scenariosQuery, response: { 200: scenariosResponse, ...readErrors } } }, async (request) => {
    const edition = await readEdition(store.db, request.params.id);
    return (await readScenarios(store, edition, request.query.asOf)).result;
  });

  api.get('/api/ties', { schema: { tags: ['competitions'], summary: 'The knockout tie of a match: legs, aggregate, how it was decided, what next', querystring: tiesQuery, response: { 200: tieResponse, ...readErrors } } }, async (request) => {
    const { tie, next, matchIdOf } = await findTie(store, request.query);
    return tieJson(tie, next, matchIdOf);
  });

  api.get('/api/records', { schema: { tags: ['records'], summary: 'The record book now: holders, values, the places behind', querystring: recordsQuery, response: { 200: recordsResponse, ...readErrors } } }, async (request) => {
    await service.recordBook();
    return readRecordViews(store, service.definitions, { competition: request.query.competition, top: String(request.query.top) });
  });

  api.get('/api/records/:definition', { schema: { tags: ['records'], summary: 'One record in every book, optionally with its history', params: recordParams, querystring: recordQuery, response: { 200: recordsResponse, ...readErrors } } }, async (request) => {
    await service.recordBook();
    const chosen = chooseDefinitions(service.definitions, request.params.definition);
    const { competition, top, history } = request.query;
    return readRecordViews(store, chosen, { definition: request.params.definition, competition, top: String(top), history });
  });

  api.get('/api/players', { schema: { tags: ['players'], summary: 'Players by any name they are known by', querystring: playersQuery, response: { 200: playersResponse, ...readErrors } } }, async (request) => {
    const profiles = await readPlayersNamed(store.db, request.query.q);
    return { players: profiles.map((p) => ({ ...p, ageOnDate: ageAt(p, request.query.date) })) };
  });

  api.get('/api/players/:id', { schema: { tags: ['players'], summary: 'One player: identity, birth date, goals by competition and season', params: idParams, response: { 200: playerSchema, ...readErrors } } }, async (request) => {
    const profile = await readPlayerProfile(store.db, request.params.id);
    if (!profile) throw new NotFoundError(`no player with id ${request.params.id} (find ids with /api/players?q=NAME)`);
    return profile;
  });

  api.post('/api/check', { schema: { tags: ['claims'], summary: 'Check an English claim: true, false (with the truth and proof) or unverifiable (with the reason)', body: checkBody, response: { 200: checkResponse, ...readErrors } } }, async (request) => {
    await service.recordBook();
    const result = await checkClaim(store, request.body.claim, { definitions: service.definitions });
    return { text: [result.verdict, result.statement ?? result.reason].filter(Boolean).join(': '), ...result };
  });

  api.get('/api/conflicts', { schema: { tags: ['conflicts'], summary: 'Where the sources disagree, and what the data contradicts', querystring: conflictsQuery, response: { 200: conflictsResponse, ...readErrors } } }, async (request) => {
    const { disagreements, warnings } = await readConflictList(store.db, request.query);
    return { conflicts: [...disagreements, ...warnings] };
  });
}

function nextPageUrl(url: string, page: number): string {
  const parsed = new URL(url, 'http://service');
  parsed.searchParams.set('page', String(page));
  return `${parsed.pathname}${parsed.search}`;
}
