// How a refusal reads over HTTP: a status code and a JSON body naming the field and the reason,
// never a stack trace.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { MatchfactsError, NotFoundError, ParseError, UsageError, ValidationError } from '../domain/errors.js';

export interface ErrorBody {
  readonly error: string;
  /** Where the problem is: `query.date`, `params.id`, `body.score.fullTime`, `authorization`. */
  readonly field?: string;
  readonly reason: string;
  /** For a request body: 1-based line and column of the problem. */
  readonly line?: number;
  readonly column?: number;
}

/** A refusal the service makes itself: its status code and body. */
export class HttpRefusal extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: ErrorBody,
  ) {
    super(body.reason);
  }
}

export function unauthorized(reason: string): HttpRefusal {
  return new HttpRefusal(401, { error: 'unauthorized', field: 'authorization', reason });
}

export function errorReply(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof HttpRefusal) {
    if (error.statusCode === 401) reply.header('www-authenticate', 'Bearer realm="matchfacts"');
    return reply.code(error.statusCode).send(error.body);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0]!;
    const context = (error as { validationContext?: string }).validationContext ?? 'request';
    const path = first.instancePath.split('/').filter((p) => p !== '').join('.');
    return reply.code(400).send({ error: 'bad_request', field: path ? `${context}.${path}` : context, reason: first.message ?? 'invalid value' } satisfies ErrorBody);
  }
  if (error instanceof ValidationError || error instanceof ParseError) {
    const field = error instanceof ValidationError && error.field ? `body.${error.field}` : 'body';
    const detail = error instanceof ValidationError ? error.message.slice(error.message.indexOf(': ') + 2) : error.detail;
    return reply.code(400).send({ error: 'invalid_input', field, reason: detail, line: error.location.line, column: error.location.column } satisfies ErrorBody);
  }
  if (error instanceof NotFoundError) return reply.code(404).send({ error: 'not_found', reason: error.message } satisfies ErrorBody);
  if (error instanceof UsageError) return reply.code(400).send({ error: 'bad_request', reason: error.message } satisfies ErrorBody);
  if (error instanceof MatchfactsError) return reply.code(422).send({ error: 'unprocessable', reason: error.message } satisfies ErrorBody);
  const fastifyError = error as Partial<FastifyError>;
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    // Fastify's own refusals: malformed JSON, a body too large, a wrong content type, too many requests.
    const field = fastifyError.code?.startsWith('FST_ERR_CTP') ? 'body' : undefined;
    return reply.code(fastifyError.statusCode).send({ error: fastifyError.code ?? 'bad_request', field, reason: fastifyError.message ?? 'bad request' } satisfies ErrorBody);
  }
  request.log.error({ err: error }, 'unexpected error');
  return reply.code(500).send({ error: 'internal', reason: 'unexpected error: the service log has the details' } satisfies ErrorBody);
}
