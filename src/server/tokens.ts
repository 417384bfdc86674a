// Write tokens of the HTTP service. A token is shown once when created; the store keeps its SHA-256
// only, so a copy of the database gives nobody the right to write.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { UsageError } from '../domain/errors.js';
import type { Database } from '../store/schema.js';

export interface TokenView {
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

/** Who a verified token belongs to; `key` identifies it for rate limiting without revealing it. */
export interface TokenHolder {
  readonly name: string;
  readonly key: string;
}

const TOKEN_PREFIX = 'mft_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Creates a token named `name` and returns it: the only time it is ever seen.
 *
 * @example const token = await createToken(store.db, 'newsdesk'); // 'mft_…' (47 characters)
 */
export async function createToken(db: Kysely<Database>, name: string): Promise<string> {
  const trimmed = name.trim();
  if (!/^[\w.@-]{1,64}$/.test(trimmed)) {
    throw new UsageError(`a token name is 1 to 64 letters, digits, '.', '_', '@' or '-', not "${name}"`);
  }
  const existing = await db.selectFrom('api_token').select(['revoked_at']).where('name', '=', trimmed).executeTakeFirst();
  if (existing) {
    throw new UsageError(
      existing.revoked_at
        ? `a token named "${trimmed}" existed and was revoked: choose another name`
        : `a token named "${trimmed}" exists: revoke it first (matchfacts token revoke ${trimmed}) or choose another name`,
    );
  }
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  await db.insertInto('api_token').values({ name: trimmed, hash: hashToken(token), created_at: new Date().toISOString(), last_used_at: null, revoked_at: null }).execute();
  return token;
}

export async function listTokens(db: Kysely<Database>): Promise<TokenView[]> {
  const rows = await db.selectFrom('api_token').selectAll().orderBy('id').execute();
  return rows.map((r) => ({ name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at }));
}

/** Revokes the token named `name`; from then on it gets 401. */
export async function revokeToken(db: Kysely<Database>, name: string): Promise<void> {
  const row = await db.selectFrom('api_token').select(['id', 'revoked_at']).where('name', '=', name.trim()).executeTakeFirst();
  if (!row) throw new UsageError(`no token named "${name}" (see matchfacts token list)`);
  if (row.revoked_at) return;
  await db.updateTable('api_token').set({ revoked_at: new Date().toISOString() }).where('id', '=', row.id).execute();
}

/** The holder of a presented token, or undefined when it is unknown or revoked. */
export async function verifyToken(db: Kysely<Database>, token: string): Promise<TokenHolder | undefined> {
  const hash = hashToken(token);
  const row = await db.selectFrom('api_token').select(['name', 'revoked_at']).where('hash', '=', hash).executeTakeFirst();
  if (!row || row.revoked_at) return undefined;
  return { name: row.name, key: hash.slice(0, 16) };
}

/** Notes when a token was last used; the service calls it after a write it allowed. */
export async function touchToken(db: Kysely<Database>, name: string): Promise<void> {
  await db.updateTable('api_token').set({ last_used_at: new Date().toISOString() }).where('name', '=', name).execute();
}
