// `GET /events`: Server-Sent Events of every written match with its facts, the moment the write
// commits. A client reconnecting with Last-Event-ID is first sent every event after that id.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ServiceEvent } from '../event-log.js';
import { errorResponse } from '../response-schemas.js';
import type { MatchfactsService } from '../service.js';

const HEARTBEAT_MS = 15_000;

export function registerEventRoutes(app: FastifyInstance, service: MatchfactsService, onRequest?: (request: FastifyRequest) => Promise<void>): void {
  app.get(
    '/events',
    {
      schema: {
        tags: ['live'],
        summary: 'Server-Sent Events: every written match with its facts; send Last-Event-ID to resume',
        produces: ['text/event-stream'],
        response: {
          200: { description: 'a stream of `id:`, `event: match` (or `competition-status`) and `data:` (the match and its facts as JSON) blocks', content: { 'text/event-stream': { schema: z.string() } } },
          401: errorResponse,
        },
      },
      onRequest,
    },
    async (request, reply) => {
      const lastId = lastEventId(request);
      reply.hijack();
      const out = reply.raw;
      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      out.write('retry: 2000\n\n');
      let sent = lastId ?? 0;
      const send = (event: ServiceEvent): void => {
        if (event.id <= sent) return;
        sent = event.id;
        out.write(`id: ${event.id}\nevent: ${event.kind}\ndata: ${event.data}\n\n`);
      };
      // Listen first, then replay: an event committed meanwhile is neither lost nor sent twice.
      const pending: ServiceEvent[] = [];
      let replaying = true;
      const unsubscribe = service.events.subscribe((event) => (replaying ? pending.push(event) : send(event)));
      const heartbeat = setInterval(() => out.write(': keep-alive\n\n'), HEARTBEAT_MS);
      heartbeat.unref();
      request.raw.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
      if (lastId !== undefined) for (const event of await service.events.since(lastId)) send(event);
      replaying = false;
      for (const event of pending) send(event);
    },
  );
}

/** Last-Event-ID from the header a reconnecting EventSource sends, or `?lastEventId=` for clients that cannot set headers. */
function lastEventId(request: FastifyRequest): number | undefined {
  const header = request.headers['last-event-id'];
  const query = (request.query as Record<string, unknown> | undefined)?.lastEventId;
  const raw = typeof header === 'string' ? header : typeof query === 'string' ? query : undefined;
  if (raw === undefined || !/^\d+$/.test(raw.trim())) return undefined;
  return Number(raw.trim());
}
