/**
 * `minsheng extract`: JSON Lines in, JSON Lines out, one line per input, for scoring indicator
 * extraction on other cities' tables. A bad line gets an error line (and exit code 1) without
 * stopping the batch.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { extractLine } from '../../core/extract-line.ts';
import { parseCommandArgs } from '../args.ts';

const Line = z.object({
  id: z.union([z.string(), z.number()]),
  task: z.string(),
  progress: z.string().default(''),
  asOf: z.iso.date().optional(),
});

export async function runExtract(args: string[]): Promise<number> {
  parseCommandArgs({ args, options: {} });
  let failed = false;
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const raw of lines) {
    if (raw.trim() === '') continue;
    let out: unknown;
    try {
      const input = Line.parse(JSON.parse(raw));
      out = extractLine(input, new Date().toISOString().slice(0, 10));
    } catch (error) {
      failed = true;
      const reason =
        error instanceof z.ZodError
          ? z.prettifyError(error).replace(/\n/g, ' ')
          : (error as Error).message;
      out = {
        id: idOf(raw),
        error: { message: `输入行无效：${reason}`, messageEn: `Invalid input line: ${reason}` },
      };
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return failed ? 1 : 0;
}

function idOf(raw: string): unknown {
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null && 'id' in parsed ? parsed.id : null;
  } catch {
    return null;
  }
}
