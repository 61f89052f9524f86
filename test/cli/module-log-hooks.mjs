// Module hooks that write every module the program resolves to the file MODULE_LOG names, one
// URL a line: how help.test.ts sees what `minsheng --help` loads.
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.MODULE_LOG) appendFileSync(process.env.MODULE_LOG, `${result.url}\n`);
  return result;
}
