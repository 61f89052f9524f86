/**
 * The OpenAPI document's security: the session cookie, and on every write the CSRF header the
 * session plugin demands, so the docs' "try it out" can write once given the token from login.
 */
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

type Transform = typeof jsonSchemaTransform;

export const SECURITY_SCHEMES = {
  session: { type: 'apiKey', in: 'cookie', name: 'minsheng_session' },
  csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
} as const;

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** zod → JSON Schema, plus the CSRF requirement on writes. */
export const openApiTransform: Transform = (input) => {
  const output = jsonSchemaTransform(input);
  const methods = [input.route.method].flat();
  if (methods.some((m) => !READS.has(m)))
    return { ...output, schema: { ...output.schema, security: [{ session: [], csrf: [] }] } };
  return output;
};
