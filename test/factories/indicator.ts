/** Builds indicators and items for tests with sensible defaults. */
import type { Indicator, Item } from '../../src/core/model.ts';

export function indicator(fields: Partial<Indicator> & Pick<Indicator, 'what'>): Indicator {
  return {
    kind: 'count',
    target: null,
    targetMax: null,
    baseline: null,
    direction: 'at_least',
    unit: '个',
    targetText: '',
    actual: null,
    actualText: null,
    reportedPercent: null,
    achieved: null,
    ...fields,
  };
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
