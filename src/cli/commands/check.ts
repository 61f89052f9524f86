/** `minsheng check <file>`: read a table, judge it, print the report or the plan document. */
import { parseArgs } from 'node:util';
import { buildPlanDocument } from '../../core/read-plan.ts';
import { isIsoDate } from '../../core/text/dates.ts';
import type { Lang } from '../i18n.ts';
import { loadPlan } from '../load-plan.ts';
import { renderCheck } from '../render-check.ts';
import { UsageError } from '../usage-error.ts';

export const CHECK_USAGE = `minsheng check <file> [--json] [--as-of YYYY-MM-DD] [--lang zh|en]`;

export async function runCheck(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'as-of': { type: 'string' },
      lang: { type: 'string', default: 'zh' },
      'no-color': { type: 'boolean', default: false },
    },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0)
    throw new UsageError(`需要一个文件 / one file expected\n${CHECK_USAGE}`);
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf))
    throw new UsageError(`--as-of 需要 YYYY-MM-DD / --as-of needs YYYY-MM-DD: ${asOf}`);
  if (values.lang !== 'zh' && values.lang !== 'en') throw new UsageError(`--lang zh|en`);
  const lang: Lang = values.lang;

  const reading = await loadPlan(file, asOf ? Number(asOf.slice(0, 4)) : undefined);
  const doc = buildPlanDocument(reading, asOf);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else {
    const color = !values['no-color'] && process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.stdout.write(renderCheck(doc, { lang, color }));
  }
  return 0;
}
