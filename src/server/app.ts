// The HTTP service: Fastify with zod schemas, an OpenAPI 3 document at /openapi.json and browsable
// docs at /docs, reads open (or, private, behind a token), writes behind a token, live events,
// and the web pages from web/dist at /.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { requireToken } from './auth.js';
import type { ZodRequestTypeProvider } from './type-provider.js';
import { errorReply, type ErrorBody } from './http-errors.js';
import { errorResponse, healthResponse } from './response-schemas.js';
import { fallbackIndexPage } from './index-page.js';
import { registerEventRoutes } from './routes/events.js';
import { registerReadRoutes } from './routes/reads.js';
import { registerWriteRoutes, type WriteRateLimit } from './routes/writes.js';
import type { MatchfactsService } from './service.js';

export interface AppOptions {
  readonly service: MatchfactsService;
  /** Reads need a token too. */
  readonly private?: boolean;
  /** Writes per token per window; default 120 a minute. */
  readonly writeRateLimit?: WriteRateLimit;
  /** The built web pages (web/dist); a minimal page links the docs when absent. */
  readonly webRoot?: string;
  readonly logger?: FastifyServerOptions['logger'];
}

export const DEFAULT_WRITE_RATE_LIMIT: WriteRateLimit = { max: 120, timeWindow: 60_000 };

/**
 * The service as a Fastify instance, routes registered, not yet listening.
 *
 * @example
 * const app = await buildApp({ service: new MatchfactsService({ store, definitions }) });
 * await app.listen({ port: 8080, host: '127.0.0.1' });
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { service } = options;
  const app = Fastify({ logger: options.logger ?? false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => errorReply(error, request, reply));
  const servesWebPages = options.webRoot !== undefined && existsSync(join(options.webRoot, 'index.html'));
  // Fastify takes one not-found handler per scope: with the web pages it is set below, with their index.
  if (!servesWebPages)
    app.setNotFoundHandler((request, reply) =>
      reply.code(404).send({ error: 'not_found', reason: `no route ${request.method} ${request.url.split('?')[0]}: see /docs for the API` } satisfies ErrorBody),
    );

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'matchfacts',
        version: '0.1.0',
        description:
          'Football matches, record facts with proof, stories, previews and claim checks. Reads are open unless the service runs with --private; writes need "Authorization: Bearer TOKEN" (matchfacts token create --name NAME).',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
    // Schemas with an id (Match, Fact, Error…) become components, referenced from each route.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  await app.register(fastifyRateLimit, { global: false });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  const withZod = app.withTypeProvider<ZodRequestTypeProvider>();
  withZod.get('/health', { schema: { tags: ['service'], summary: 'Whether the service is up, the store it reads and the state of the record book', response: { 200: healthResponse, 500: errorResponse } } }, async () => {
    const matches = service.store.sql.prepare('SELECT count(*) AS n FROM match').get() as { n: number };
    return {
      status: 'ok',
      matches: matches.n,
      recordBook: service.bookState,
      pendingWrites: service.writes.length,
      ...(matches.n === 0 ? { hint: 'the database is empty: run `matchfacts import ../shared/data --db FILE` (or `matchfacts import all`)' } : {}),
    };
  });

  const readGuard = options.private ? requireToken(service.store.db) : undefined;
  await app.register(async (reads) => {
    if (readGuard) reads.addHook('onRequest', readGuard);
    registerReadRoutes(reads, service);
  });
  registerEventRoutes(app, service, readGuard);
  registerWriteRoutes(app, service, options.writeRateLimit ?? DEFAULT_WRITE_RATE_LIMIT);

  if (servesWebPages) {
    await app.register(fastifyStatic, { root: options.webRoot!, wildcard: false });
    // Pages the web app routes itself (/matches/12) get its index; the API keeps its JSON 404s.
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      if (request.method === 'GET' && !path.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html')) return reply.sendFile('index.html');
      return reply.code(404).send({ error: 'not_found', reason: `no route ${request.method} ${path}: see /docs for the API` } satisfies ErrorBody);
    });
  } else {
    app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(fallbackIndexPage()));
  }
  return app;
}
