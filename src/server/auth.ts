// Bearer tokens on requests: writes always need one, reads only when the service is private.
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { unauthorized } from './http-errors.js';
import { verifyToken, type TokenHolder } from './tokens.js';

declare module 'fastify' {
  interface FastifyRequest {
    tokenHolder?: TokenHolder;
  }
}

const HOW = 'send "Authorization: Bearer TOKEN"; create a token with `matchfacts token create --name NAME`';

/** An onRequest hook that refuses a request without a valid, unrevoked token with 401. */
export function requireToken(db: Kysely<Database>): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    const header = request.headers.authorization;
    if (!header) throw unauthorized(`a token is required: ${HOW}`);
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw unauthorized(`the Authorization header must be "Bearer TOKEN": ${HOW}`);
    const holder = await verifyToken(db, match[1]!);
    if (!holder) throw unauthorized(`the token is unknown or revoked: ${HOW}`);
    request.tokenHolder = holder;
  };
}
