/**
 * Long transfers with progress: uploads through XMLHttpRequest (fetch cannot report upload
 * progress), downloads through a streamed fetch, both refusing like the API client does.
 */
import { ApiError, apiUrl } from './client.ts';

/** Bytes done and total (total null when the server did not say). */
export type Progress = (done: number, total: number | null) => void;

const CSRF = /(?:^|; )minsheng_csrf=([^;]*)/;

function errorOf(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code: string; message: string; messageEn: string } })?.error;
  return error?.code
    ? new ApiError(status, error.code, error.message, error.messageEn)
    : new ApiError(status, 'network', `服务器返回 ${status}`, `The server answered ${status}`);
}

/** POSTs `form` as multipart; resolves with the JSON answer. */
export function upload<T>(
  path: string,
  form: FormData,
  options: { query?: Record<string, string>; onProgress?: Progress } = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path, options.query));
    xhr.responseType = 'json';
    xhr.setRequestHeader('accept', 'application/json');
    const token = document.cookie.match(CSRF)?.[1];
    if (token) xhr.setRequestHeader('x-csrf-token', decodeURIComponent(token));
    xhr.upload.onprogress = (e) =>
      options.onProgress?.(e.loaded, e.lengthComputable ? e.total : null);
    xhr.onload = () =>
      xhr.status >= 200 && xhr.status < 300
        ? resolve(xhr.response as T)
        : reject(errorOf(xhr.status, xhr.response));
    xhr.onerror = () =>
      reject(new ApiError(0, 'network', '无法连接服务器', 'Cannot reach the server'));
    xhr.send(form);
  });
}

/** The file name the server gave (RFC 5987 filename* first). */
function fileNameOf(disposition: string | null, fallback: string): string {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) return decodeURIComponent(star);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/** Downloads `path`, reporting progress, and hands the file to the browser to save. */
export async function download(path: string, fallbackName: string, onProgress?: Progress) {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器', 'Cannot reach the server');
  }
  if (!response.ok) throw errorOf(response.status, await response.json().catch(() => null));
  const total = Number(response.headers.get('content-length')) || null;
  const chunks: Uint8Array[] = [];
  let done = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { value, done: finished } = await reader.read();
    if (finished) break;
    chunks.push(value);
    done += value.length;
    onProgress?.(done, total);
  }
  const blob = new Blob(chunks as BlobPart[], {
    type: response.headers.get('content-type') ?? 'application/octet-stream',
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
