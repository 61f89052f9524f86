/** Builds indicators and items for tests with sensible defaults. */
import { type Indicator, type Item, newIndicator } from '../../src/core/model.ts';

export function indicator(fields: Partial<Indicator> & Pick<Indicator, 'what'>): Indicator {
  return newIndicator({ kind: 'count', target: null, unit: '个', ...fields });
}

export function item(fields: Partial<Item> = {}): Item {
  return {
    no: '1',
    category: 0,
    task: '',
    leadUnit: '市交通运输局',
    leaders: [],
    responsibilities: [],
    start: '2020-01-01',
    deadline: '2020-12-31',
    indicators: [],
    report: null,
    line: null,
    ...fields,
  };
}
