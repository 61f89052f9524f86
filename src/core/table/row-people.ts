/**
 * The people of a row: units paired with persons from parallel columns or from one combined
 * column, and what a row whose unit cell was merged into the row above inherits from it.
 */
import type { Item, Responsibility } from '../model.ts';
import { pairResponsibilities, readUnitPersonPairs } from './people.ts';
import type { Cells } from './place-cells.ts';

export function readRowPeople(cells: Cells): {
  responsibilities: Responsibility[];
  paired: boolean;
} {
  const combined = cells.unitsPersons?.text.trim() ?? '';
  if (combined) return { responsibilities: readUnitPersonPairs(combined), paired: true };
  return pairResponsibilities(
    cells.units?.text || cells.leadUnit?.text || '',
    cells.persons?.text ?? '',
  );
}

const PEOPLE_ROLES = ['leadUnit', 'units', 'unitsPersons'] as const;

/**
 * A unit cell printed but empty under a vertically merged cell (a lead unit written once for
 * several rows of a group): the row's people are those of the row above in the same group. A
 * row that lost the cell altogether (a ragged last row) inherits nothing.
 */
export function inheritsPeople(cells: Cells, previous: Item | undefined, category: number) {
  if (!previous || previous.category !== category || !previous.leadUnit) return false;
  const columns = PEOPLE_ROLES.map((role) => cells[role]).filter((c) => c !== undefined);
  return columns.length > 0 && columns.every((c) => c.present && c.text.trim() === '');
}

/** No unit, person or leader in the row: what a sub-row of the item above leaves. */
export function hasNoPeople(cells: Cells): boolean {
  return (['leadUnit', 'units', 'unitsPersons', 'persons', 'leaders'] as const).every(
    (role) => (cells[role]?.text.trim() ?? '') === '',
  );
}
