/**
 * Responses are written by fast-json-stringify from the JSON Schema of each route's zod response
 * schema: the same allow-list (a field not in the schema never leaves), without running zod over
 * every response. Validating each response with zod cost more than the rest of a request. A
 * schema JSON Schema cannot express falls back to zod's own serializer.
 */
import fastJson from 'fast-json-stringify';
import { serializerCompiler as zodSerializer } from 'fastify-type-provider-zod';
import { type ZodType, z } from 'zod';

type SerializerCompiler = Parameters<typeof zodSerializer>[0];

/** The serializer of one route's response schema. */
export function serializerCompiler(route: SerializerCompiler): (data: unknown) => string {
  try {
    const schema = z.toJSONSchema(route.schema as ZodType, {
      io: 'output',
      target: 'draft-7',
      unrepresentable: 'throw',
    });
    return fastJson(schema as Parameters<typeof fastJson>[0]);
  } catch {
    return zodSerializer(route);
  }
}
