/**
 * A report's versions with who made each and when, and what changed between two of them: the
 * text word by word (the `diff` library) and each figure that moved.
 */
import { useQuery } from '@tanstack/react-query';
import { Select, Spin, Timeline, Typography } from 'antd';
import { diffChars } from 'diff';
import { useState } from 'react';
import { get } from '../../api/client.ts';
import type { ItemDetail, ReportVersion } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Field } from '../../components/Field.tsx';
import { ReportStateTag } from '../../components/ReportStateTag.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';

function TextDiff({ from, to }: { from: string; to: string }) {
  const t = useT();
  return (
    <p className="ms-diff">
      {diffChars(from, to).map((part, i) =>
        part.added ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff, in order
          <ins key={i} title={t('item.added')}>
            {part.value}
          </ins>
        ) : part.removed ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff, in order
          <del key={i} title={t('item.removed')}>
            {part.value}
          </del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff, in order
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}

export function VersionHistory({
  reportId,
  indicators,
}: {
  reportId: number;
  indicators: ItemDetail['indicators'];
}) {
  const t = useT();
  const f = useFormat();
  const versions = useQuery({
    queryKey: ['report-versions', reportId],
    queryFn: () => get<ReportVersion[]>(`/api/reports/${reportId}/versions`),
  });
  const [picked, setPicked] = useState<[number, number] | null>(null);
  if (versions.isPending) return <Spin />;
  if (versions.isError) return <ErrorNotice error={versions.error} />;
  const list = versions.data;
  const [fromNo, toNo] = picked ?? [
    list.at(-2)?.version ?? list[0]?.version ?? 1,
    list.at(-1)?.version ?? 1,
  ];
  const from = list.find((v) => v.version === fromNo);
  const to = list.find((v) => v.version === toNo);
  const options = list.map((v) => ({
    value: v.version,
    label: t('item.version', { n: v.version }),
  }));
  const moved = indicators.flatMap((x) => {
    const a = from?.actuals.find((y) => y.indicatorId === x.id)?.actual ?? null;
    const b = to?.actuals.find((y) => y.indicatorId === x.id)?.actual ?? null;
    return a === b ? [] : [{ what: x.what, a: f.figure(a, x.unit), b: f.figure(b, x.unit) }];
  });
  return (
    <div className="ms-versions">
      <Timeline
        items={list.map((v: ReportVersion) => ({
          key: v.version,
          content: (
            <span>
              {t('item.version', { n: v.version })} <ReportStateTag state={v.state} />
              <Typography.Text type="secondary" className="ms-small">
                {t('item.versionBy', { by: v.by ?? t('item.system'), at: f.dateTime(v.at) })}
              </Typography.Text>
            </span>
          ),
        }))}
      />
      {list.length > 1 && from && to && (
        <div>
          <div className="ms-picker">
            <Field label={t('item.compareFrom')}>
              {(id) => (
                <Select
                  id={id}
                  aria-label={t('item.compareFrom')}
                  value={fromNo}
                  options={options}
                  onChange={(v: number) => setPicked([v, toNo])}
                />
              )}
            </Field>
            <Field label={t('item.compareTo')}>
              {(id) => (
                <Select
                  id={id}
                  aria-label={t('item.compareTo')}
                  value={toNo}
                  options={options}
                  onChange={(v: number) => setPicked([fromNo, v])}
                />
              )}
            </Field>
          </div>
          {from.text === to.text && moved.length === 0 ? (
            <Typography.Paragraph type="secondary">{t('item.noChange')}</Typography.Paragraph>
          ) : (
            <>
              <h5>{t('item.diffText')}</h5>
              <TextDiff
                from={`${from.text}${from.explanation ? `\n${from.explanation}` : ''}`}
                to={`${to.text}${to.explanation ? `\n${to.explanation}` : ''}`}
              />
              {moved.length > 0 && (
                <>
                  <h5>{t('item.diffFigures')}</h5>
                  <ul>
                    {moved.map((m) => (
                      <li key={m.what}>
                        {m.what}：<del>{m.a}</del> → <ins>{m.b}</ins>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
