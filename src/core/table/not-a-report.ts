/**
 * Texts that are no progress report, refused with the reason instead of being read as items:
 * a list of telephone numbers, a budget or final-accounts table, an article that states no
 * commitment at all (a meeting's news). Each test names the kind of page it exists for.
 */
import { TableError } from '../errors.ts';

const PHONE = /(?:\d{3,4}[-—－])?\d{7,8}(?!\d)|1[3-9]\d{9}/;
/** "部门预算收支总表", "一般公共预算拨款收入 | 2860.5": a budget's words, and no progress words. */
const BUDGET = /预算|决算|收入|支出|拨款|三公经费/g;
const PROGRESS = /进展|进度|推进|完成|实事|民生|已建成|已开工|累计/;
/** A figure with a unit a commitment counts in: "30个", "1.2万人", "150公里", "80%". */
const COUNTED =
  /[0-9０-９]\s*(?:万|亿)?\s*(?:个|所|家|座|条|公里|人|名|户|套|张|台|辆|处|项|件|场|次|批|亩|吨|米|元|%)/;

function refuse(message: string, messageEn: string): TableError {
  return new TableError({ code: 'not_a_report', message, messageEn });
}

const linesOf = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Refusals that show before any shape is read: a phone list, a budget table. */
export function refuseBeforeReading(text: string): void {
  const lines = linesOf(text);
  // A phone number beside a name on most lines; a bare figure alone on its line is a cell.
  const phoneLines = lines.filter((l) => PHONE.test(l) && /\p{Script=Han}/u.test(l)).length;
  if (lines.length >= 3 && phoneLines >= (lines.length - 1) * 0.6)
    throw refuse(
      '这是一份电话号码或通讯录，不是进展情况表',
      'This is a list of telephone numbers, not a progress report',
    );
  const budgetWords = text.match(BUDGET)?.length ?? 0;
  if (budgetWords >= 4 && !PROGRESS.test(text))
    throw refuse(
      '这是预算或决算收支表，没有民生实事的目标和进展',
      'This is a budget or accounts table: it states no commitments and no progress',
    );
}

/** A text in which no reader found any item: say why, rather than "no table". */
export function refuseWithoutItems(text: string): never {
  if (!COUNTED.test(text))
    throw refuse(
      '没有找到事项：文中没有目标或完成数字，看起来是新闻报道或其他文章，不是进展情况',
      'No items found: the text states no targets or achieved figures; it reads as a news article or another kind of text, not a progress report',
    );
  throw refuse(
    '没有找到事项：文中没有编号的事项、表头或“计划…，已完成…”这样的进展',
    'No items found: the text has no numbered items, no table header and no sentences such as 计划…，已完成…',
  );
}
