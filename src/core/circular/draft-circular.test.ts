import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlanDocument, readPlanText } from '../read-plan.ts';
import { draftCircular } from './draft-circular.ts';

const read = (path: string) => buildPlanDocument(readPlanText(readFileSync(path, 'utf8')));

describe('draftCircular', () => {
  const june = read('samples/shiyi-2024-jan-jun.txt');
  const september = read('samples/shiyi-2024-jan-sep.txt');

  it('states the totals the assessment gives, and names each lagging item with its figures', () => {
    const circular = draftCircular(june, null);
    const total = circular.sections[0]?.paragraphs[0] ?? '';
    const lagging = june.items.filter(
      (i) => i.assessment.status === 'lagging' || i.assessment.status === 'severely_lagging',
    );
    expect(total).toContain(`截至6月底，12项中已完成`);
    expect(total).toContain(`滞后${lagging.length}项`);
    expect(circular.sections[1]?.paragraphs).toHaveLength(lagging.length);
    expect(circular.sections[1]?.paragraphs.join('')).toContain(
      '新建社区长者饭堂完成4家，占目标20家的20%',
    );
  });

  it('says what changed since the previous period, and only that', () => {
    const circular = draftCircular(september, june);
    const changes = circular.sections.find((s) => s.heading.endsWith('与上期相比'));
    const done = september.items.filter(
      (i) =>
        i.assessment.status === 'completed' &&
        june.items.find((j) => j.no === i.no)?.assessment.status !== 'completed',
    );
    if (done.length) expect(changes?.paragraphs.join('')).toContain(`本期新完成${done.length}项`);
    expect(draftCircular(june, null).sections.some((s) => s.heading.endsWith('与上期相比'))).toBe(
      false,
    );
  });

  it('lists items without a report, and says nothing of missing reports when there are none', () => {
    const withGap = {
      ...june,
      items: june.items.map((i) => (i.no === '5' ? { ...i, report: null } : i)),
    };
    const section = draftCircular(withGap, null).sections.find((s) =>
      s.heading.endsWith('未报送进展的事项'),
    );
    expect(section?.paragraphs).toEqual(['第5项（牵头单位：市卫生健康局）本期未报送进展情况。']);
    expect(
      draftCircular(june, null).sections.some((s) => s.heading.endsWith('未报送进展的事项')),
    ).toBe(false);
  });
});
