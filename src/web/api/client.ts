/**
 * The one way the office app talks to the API: JSON in and out, the session cookie sent by the
 * browser, the CSRF token echoed on writes, and every refusal turned into an ApiError carrying the
 * server's Chinese and English messages.
 */

/** A refusal from the API, with the server's code and messages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageEn: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | number | boolean | null | undefined>;

const CSRF_COOKIE = 'minsheng_csrf';

function csrfToken(): string | undefined {
  const match = document.cookie.match(new RegExp(`(?:^|; )${CSRF_COOKIE}=([^;]*)`));
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

/** `/api/x` plus the query's non-empty values. */
export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function toError(response: Response): Promise<ApiError> {
  const body = await response.json().catch(() => null);
  const error = body?.error;
  if (error?.code) {
    return new ApiError(response.status, error.code, error.message, error.messageEn, error.details);
  }
  return new ApiError(
    response.status,
    'network',
    `服务器返回 ${response.status}`,
    `The server answered ${response.status}`,
  );
}

/** Calls the API; resolves with the JSON body (undefined for 204), rejects with ApiError. */
export async function request<T>(
  method: Method,
  path: string,
  options: { query?: Query; body?: unknown; form?: FormData } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    const token = csrfToken();
    if (token) headers['x-csrf-token'] = token;
  }
  let body: BodyInit | undefined;
  if (options.form) body = options.form;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器', 'Cannot reach the server');
  }
  if (!response.ok) throw await toError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const get = <T>(path: string, query?: Query) =>
  request<T>('GET', path, query ? { query } : {});
export const post = <T>(path: string, body?: unknown, query?: Query) =>
  request<T>('POST', path, { body: body ?? {}, ...(query ? { query } : {}) });
export const put = <T>(path: string, body: unknown) => request<T>('PUT', path, { body });
export const patch = <T>(path: string, body: unknown) => request<T>('PATCH', path, { body });
export const del = <T>(path: string) => request<T>('DELETE', path);
