/**
 * Places the cells of a row that has fewer cells than the header on the right columns.
 *
 * Word drops cells from rows (a category cell not printed, a number cell lost at a page break);
 * the flattened text cannot say which. Each way of leaving columns out is scored by how well
 * every cell fits its column's role; ties go to leaving out leading cells, the usual case.
 */
import type { ColumnRole } from './columns.ts';

const CATEGORY = /^[一二三四五六七八九十百]+[、.．]/;
// Up to five digits: a county's consolidated table can run past 9,999 rows; the import caps rows anyway.
const NUMBER = /^[(（]?(?:[0-9０-９]{1,5}|[一二三四五六七八九十]{1,4})[)）]?[*＊]?$/;
const UNIT_NAME =
  /(局|委|办|政府|会|院|中心|队|所|部|厅|处|室|公司|集团|分局|团市委|管委会|站|行|馆|联|协|社|台)$/;
const PERSON_NAME =
  /^([\p{Script=Han}·]{2,4}|[\p{Script=Han}]{1,2}[ \u3000]+[\p{Script=Han}]{1,2}|各.*长|.*负责人)$/u;
const STATUS_START =
  /^(已完成|按进度|按序时|滞后|未开工|超额|顺利推进|正在|进度|推进|[(（]\d{1,2}[)）]|1[、.．])/;

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

function share(text: string, test: (line: string) => boolean): number {
  const ls = lines(text);
  if (ls.length === 0) return 0;
  return ls.filter(test).length / ls.length;
}

/** A line naming a unit: "市民政局", "各市（区）政府". */
export const isUnit = (line: string) => UNIT_NAME.test(line);
// "市医保局" is four Han characters too: a unit name is never a person.
export const isPerson = (line: string) => PERSON_NAME.test(line) && !isUnit(line);
/** "市民政局（王某某）": a unit with its person in brackets. */
const UNIT_WITH_PERSON = /^(.+?)[（(]([^（）()]{2,8})[）)]$/;
export const isUnitWithPerson = (entry: string) => {
  const m = UNIT_WITH_PERSON.exec(entry);
  return m !== null && isUnit(m[1] as string) && isPerson(m[2] as string);
};

/** How well `text` fits a column of `role`, from -1 (surely not) to 1 (surely). */
export function columnFit(role: ColumnRole | null, text: string): number {
  const t = text.trim();
  // An empty cell is most often a merged category, less often a lost number.
  if (t === '') return role === 'category' ? 0.3 : role === 'no' ? 0.1 : 0;
  switch (role) {
    case 'category':
      return CATEGORY.test(t) ? 1 : t.length <= 30 && !/[，。；]/.test(t) ? 0.1 : -1;
    case 'no':
      return NUMBER.test(t) ? 1 : -1;
    case 'task': {
      if (CATEGORY.test(t) && t.length <= 24 && !/[，。；]/.test(t)) return -0.5;
      // A task is prose; lines of names or units below it belong to the next columns.
      const listed = share(t, (l) => l.length <= 14 && (isUnit(l) || isPerson(l)));
      if (t.length > 12) return 0.6 + (/牵头单位/.test(t) ? 0.4 : 0) - listed;
      return t.length >= 4 && !NUMBER.test(t) ? 0.2 - listed : -0.5;
    }
    case 'leaders':
    case 'persons':
      return share(t, isPerson) * 2 - 1;
    case 'units':
    case 'leadUnit':
      return share(t, isUnit) * 2 - 1;
    case 'unitsPersons':
      // "区住建局\n王某某", "区民政局（陈某某）、区交通局（孙某某）".
      return (
        share(t, (l) =>
          l.split(/[、，；;]/).every((e) => isUnit(e) || isPerson(e) || isUnitWithPerson(e)),
        ) *
          2 -
        1
      );
    case 'target':
    case 'actual':
    case 'percent':
      return /^[\s0-9０-９.,，%％万亿]*[^\d\s]{0,6}$/.test(t) && /[0-9０-９]/.test(t) ? 1 : -0.5;
    case 'unit':
      return t.length <= 6 ? 0.5 : -1;
    case 'progress': {
      // Progress is prose: a first line that is a name or a unit belongs to the columns before.
      const first = lines(t)[0] ?? '';
      const named =
        first.length <= 14 && !STATUS_START.test(first) && (isUnit(first) || isPerson(first));
      const misplaced = named ? 0.6 : 0;
      if (t.length > 12) return 0.5 + (STATUS_START.test(t) ? 0.5 : 0) - misplaced;
      if (STATUS_START.test(t)) return 0.5;
      // "已建成3个。": a short report of what was done.
      return /已|完成|建成|累计|竣工|完工/.test(t) ? 0.3 : -0.3;
    }
    case null:
      return 0;
  }
}

function* choose(n: number, k: number, from = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= n - k; i++)
    for (const rest of choose(n, k - 1, i + 1)) yield [i, ...rest];
}

/**
 * Indices of the columns that `cells` occupy, in order; `missing` columns are left out.
 * Returns null when more than three cells are missing: too little to align honestly.
 */
export function alignCells(roles: (ColumnRole | null)[], cells: string[]): number[] | null {
  const missing = roles.length - cells.length;
  if (missing <= 0) return cells.map((_, i) => i);
  if (missing > 3) return null;
  let best: { score: number; columns: number[] } | null = null;
  for (const absent of choose(roles.length, missing)) {
    const columns = roles.map((_, i) => i).filter((i) => !absent.includes(i));
    const score = columns.reduce(
      (sum, column, i) => sum + columnFit(roles[column] ?? null, cells[i] ?? ''),
      0,
    );
    // Strictly greater keeps the earliest absent set on ties: leading cells are the ones lost.
    if (!best || score > best.score + 1e-9) best = { score, columns };
  }
  return best?.columns ?? null;
}
