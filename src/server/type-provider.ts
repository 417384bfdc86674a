// Requests are typed from their zod schemas. Answers are checked against their response schemas when
// they are sent (and by test/server/openapi.test.ts), not at compile time: the engine's types are
// readonly and name fields the documented JSON leaves loose.
import type { FastifyTypeProvider } from 'fastify';
import type { $ZodType, output } from 'zod/v4/core';

export interface ZodRequestTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends $ZodType ? output<this['schema']> : unknown;
  serializer: unknown;
}
