/**
 * Units, persons and leaders from their cells. 责任单位 and 责任人 are parallel lists, one line
 * each; some tables separate them with 、 or ， in one line instead. Names padded to a width
 * with spaces ("张  璐") are one name.
 */
import type { Responsibility } from '../model.ts';
import { isPerson, isUnit } from './align.ts';

const HAN_PAD = /(\p{Script=Han})[ \u3000\u00a0]+(?=\p{Script=Han})/gu;

/** "张  璐" → "张璐"; keeps spaces between non-Han words. */
export function normaliseName(text: string): string {
  return text.trim().replace(HAN_PAD, '$1');
}

/**
 * Splits a list cell into entries: one per line, and within a line at 、，,；; — but not inside
 * brackets, so "各市（区）政府" stays whole.
 */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let depth = 0;
    let current = '';
    for (const ch of line) {
      if ('（(【[《'.includes(ch)) depth++;
      if ('）)】]》'.includes(ch)) depth = Math.max(0, depth - 1);
      if (depth === 0 && '、，,；;'.includes(ch)) {
        out.push(current);
        current = '';
      } else current += ch;
    }
    out.push(current);
  }
  return out.map(normaliseName).filter(Boolean);
}

/** Leaders of an item; a cell may also hold titles ("王长青副市长") which are kept as written. */
export function readLeaders(text: string): string[] {
  return splitList(text);
}

/**
 * Pairs units with persons in order. When there are fewer persons than units the rest get no
 * person (null) rather than a guessed one; `paired` is false when the counts differ.
 */
export function pairResponsibilities(
  unitsText: string,
  personsText: string,
): { responsibilities: Responsibility[]; paired: boolean } {
  const units = splitList(unitsText);
  const persons = splitList(personsText);
  return {
    responsibilities: units.map((unit, i) => ({ unit, person: persons[i] ?? null })),
    paired: persons.length === 0 || persons.length === units.length,
  };
}

const LEAD_UNIT = /[（(]\s*(?:牵头|责任)(?:单位|部门)\s*[:：]\s*([^）)]+?)\s*[）)]/;
const LEAD_UNIT_LOOSE = /牵头(?:单位|部门)\s*[:：]\s*([^\s，。；,;）)]+)/;

/** "（牵头单位：市卫生健康局）" inside the task text; the first of several if listed with 、. */
export function leadUnitInTask(task: string): string | null {
  const match = LEAD_UNIT.exec(task) ?? LEAD_UNIT_LOOSE.exec(task);
  const first = match?.[1] ? splitList(match[1])[0] : undefined;
  return first ?? null;
}

/**
 * A combined unit-and-person cell ("牵头单位及主要负责人", "责任单位（责任人）") as pairs: the unit
 * with its person on the next line ("县住建局\n张某某"), in brackets ("市民政局（王某某）"), after a
 * space ("市民政局 王某某"), or several such pairs separated by 、；.
 */
export function readUnitPersonPairs(text: string): Responsibility[] {
  const pairs: Responsibility[] = [];
  for (const raw of text.split('\n').flatMap((line) => splitList(line.replace(HAN_GAP, '$1、')))) {
    const entry = raw.trim();
    const bracketed = UNIT_PERSON.exec(entry);
    if (bracketed && isUnit(bracketed[1] as string)) {
      pairs.push({ unit: bracketed[1] as string, person: normaliseName(bracketed[2] as string) });
    } else if (isPerson(entry) && pairs.length > 0 && pairs[pairs.length - 1]?.person === null) {
      (pairs[pairs.length - 1] as Responsibility).person = entry;
    } else if (entry) {
      pairs.push({ unit: entry, person: null });
    }
  }
  return pairs;
}

const UNIT_PERSON = /^(.+?)[（(]([^（）()]{2,8})[）)]$/;
/** "市民政局 王某某": a unit ending, wide spaces, then a name. */
const HAN_GAP =
  /((?:局|委|办|政府|院|中心|会|所|站|队|部|厅)) {1,}(?=\p{Script=Han}{2,4}(?:$|[、，；;]))/gu;
