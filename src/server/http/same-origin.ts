/**
 * The same-origin check for anonymous form posts: a browser names the page a form was sent from
 * in Origin (or at least Referer); a post from another site is refused. A request naming neither
 * (some privacy settings strip both) is let through to the signed form token, the second wall.
 */
import type { FastifyRequest } from 'fastify';

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/** False when the request says it comes from an origin other than this site's. */
export function isSameOrigin(request: FastifyRequest, publicBaseUrl: string | null): boolean {
  const claimed = request.headers.origin ?? request.headers.referer;
  if (claimed === undefined) return true;
  const from = originOf(claimed);
  const own = [`${request.protocol}://${request.host}`, publicBaseUrl && originOf(publicBaseUrl)];
  return from !== null && own.includes(from);
}
