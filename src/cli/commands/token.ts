// `matchfacts token create|list|revoke`: the bearer tokens that allow writes to the HTTP service.
import type { Command } from 'commander';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { createToken, listTokens, revokeToken } from '../../server/tokens.js';
import { printJson, printTable } from '../output.js';

interface TokenFlags {
  db?: string;
  json?: boolean;
}

export function registerToken(program: Command): void {
  const token = program
    .command('token')
    .description('bearer tokens for writes to the HTTP service (matchfacts serve): create, list, revoke')
    .addHelpText(
      'after',
      `
A token is printed once, when it is created; the database keeps only its SHA-256. Send it as
"Authorization: Bearer TOKEN" with POST /api/matches, PATCH /api/matches/:id/status and
POST /api/competitions/:id/status (and with every read when the service runs with --private).

Examples:
  matchfacts token create --name newsdesk
  matchfacts token list
  matchfacts token revoke newsdesk`,
    );
  token
    .command('create')
    .description('create a token and print it (shown only this once)')
    .requiredOption('--name <name>', 'who or what uses it: newsdesk, live-feed')
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print JSON: {name, token}')
    .action(async (flags: TokenFlags & { name: string }) => {
      const store = await openStore(resolveDbPath(flags.db));
      try {
        const value = await createToken(store.db, flags.name);
        if (flags.json) printJson({ name: flags.name.trim(), token: value });
        else process.stdout.write(`token "${flags.name.trim()}" created; it is shown only now, keep it safe:\n${value}\n`);
      } finally {
        await store.close();
      }
    });
  token
    .command('list')
    .description('list tokens: name, created, last used, revoked (never the tokens themselves)')
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print JSON')
    .action(async (flags: TokenFlags) => {
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const tokens = await listTokens(store.db);
        if (flags.json) printJson(tokens);
        else if (tokens.length === 0) process.stdout.write('no tokens: create one with matchfacts token create --name NAME\n');
        else printTable(['name', 'created', 'last used', 'revoked'], tokens.map((t) => [t.name, t.createdAt, t.lastUsedAt, t.revokedAt]));
      } finally {
        await store.close();
      }
    });
  token
    .command('revoke')
    .description('revoke a token: writes with it get 401 from then on')
    .argument('<name>', 'the name given at creation')
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .action(async (name: string, flags: TokenFlags) => {
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        await revokeToken(store.db, name);
        process.stdout.write(`token "${name.trim()}" revoked\n`);
      } finally {
        await store.close();
      }
    });
}
