// `matchfacts serve`: the HTTP API, live events and the web pages over one database.
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { UsageError } from '../../domain/errors.js';
import { buildApp, DEFAULT_WRITE_RATE_LIMIT } from '../../server/app.js';
import { MatchfactsService } from '../../server/service.js';
import { isPostgresUrl, openStore, resolveDbPath } from '../../store/open-store.js';
import { redactedUrl } from '../../store/postgres/connection.js';
import { collectFiles, definitionsFrom } from '../record-book.js';
import { positiveInt } from '../validate.js';

interface ServeFlags {
  port: number;
  host: string;
  db?: string;
  postgres?: string;
  private?: boolean;
  records?: string[];
  writeLimit: number;
}

const WEB_ROOT = fileURLToPath(new URL('../../../web/dist', import.meta.url));

function port(value: string): number {
  const n = positiveInt(value);
  if (n > 65_535) throw new UsageError(`--port must be at most 65535, not ${n}`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (OpenAPI at /openapi.json, docs at /docs), live events at /events and the web pages at /')
    .option('--port <n>', 'port to listen on', port, 8080)
    .option('--host <address>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--db <file>', 'database file or postgresql:// URL (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--postgres <url>', 'a PostgreSQL database instead of a file (postgresql://user:password@host:port/database); several instances may serve one')
    .option('--private', 'reads need a token too (writes always do)')
    .option('--records <file>', 'add record definitions from a JSON file (repeatable)', collectFiles)
    .option('--write-limit <n>', 'writes allowed per token per minute', positiveInt, DEFAULT_WRITE_RATE_LIMIT.max)
    .addHelpText(
      'after',
      `
Reads are open: GET /api/matches?date=&team=&competition=, /api/matches/ID (and /facts, /story,
/preview), /api/competitions (and /ID/table, /ID/bracket, /ID/scenarios), /api/ties, /api/records,
/api/players, /api/conflicts, POST /api/check {"claim": "…"}. Writes (POST /api/matches in the
matchfacts JSON format, PATCH /api/matches/ID/status, POST /api/competitions/ID/status) need
"Authorization: Bearer TOKEN" from \`matchfacts token create --name NAME\`. GET /events streams every
written match with its facts (Server-Sent Events; Last-Event-ID resumes).

Examples:
  matchfacts import ../shared/data && matchfacts serve
  matchfacts serve --port 3000 --db wc.db --private`,
    )
    .action(async (flags: ServeFlags) => {
      if (flags.postgres !== undefined && flags.db !== undefined) throw new UsageError('give either --db FILE or --postgres URL, not both');
      if (flags.postgres !== undefined && !isPostgresUrl(flags.postgres)) {
        throw new UsageError(`--postgres takes a URL such as postgresql://user:password@localhost:5432/matchfacts, not ${flags.postgres}`);
      }
      const path = flags.postgres ?? resolveDbPath(flags.db);
      const shown = isPostgresUrl(path) ? redactedUrl(path) : path;
      const store = await openStore(path);
      const service = new MatchfactsService({ store, definitions: definitionsFrom(flags.records), recordFiles: flags.records });
      const app = await buildApp({ service, private: flags.private, webRoot: WEB_ROOT, writeRateLimit: { max: flags.writeLimit, timeWindow: 60_000 } });
      const matches = (store.sql.prepare('SELECT count(*) AS n FROM match').get() as { n: number }).n;
      try {
        await app.listen({ port: flags.port, host: flags.host });
      } catch (error) {
        await store.close();
        const code = (error as { code?: string }).code;
        if (code === 'EADDRINUSE') throw new UsageError(`port ${flags.port} on ${flags.host} is in use: choose another with --port`);
        if (code === 'EADDRNOTAVAIL') throw new UsageError(`${flags.host} is not an address of this machine: try --host 127.0.0.1`);
        throw error;
      }
      // A service outlives the terminal that started it: a closed stdout must not stop it.
      process.stdout.on('error', () => undefined);
      const url = `http://${flags.host.includes(':') ? `[${flags.host}]` : flags.host}:${flags.port}`;
      process.stdout.write(`matchfacts serving ${shown} at ${url} — API docs at ${url}/docs${flags.private ? ' (private: reads need a token)' : ''}\n`);
      if (matches === 0) process.stdout.write(`the database is empty: import the open data with \`matchfacts import ../shared/data --db ${shown}\` (or \`matchfacts import all\`), then restart\n`);
      if (service.bookState.state === 'building') {
        service
          .recordBook()
          .then(() => process.stdout.write('record book ready\n'))
          .catch((error: unknown) => process.stderr.write(`matchfacts: the record book could not be built: ${error instanceof Error ? error.message : String(error)}\n`));
      }
      const stop = (): void => {
        void app.close().then(() => service.close()).then(() => store.close()).then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
