/**
 * How many items are in each status, as a list of words with counts (what a screen reader and a
 * printout read) and a stacked bar drawn on the server (what the eye takes in at once).
 */
import { type Lang, STATUS_ORDER } from '../../core/labels.ts';
import { defineWords, fill } from '../words.ts';
import { StatusTag } from './StatusTag.tsx';

const w = defineWords({
  count: { zh: '{n}项', en: '{n}' },
});

export function StatusSummary({ statuses, lang }: { statuses: string[]; lang: Lang }) {
  const counts = STATUS_ORDER.map((status) => ({
    status,
    n: statuses.filter((s) => s === status).length,
  })).filter((c) => c.n > 0);
  const total = statuses.length || 1;
  let x = 0;
  return (
    <div className="summary">
      <svg
        className="stack"
        viewBox="0 0 100 6"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        {counts.map((c) => {
          const width = (c.n / total) * 100;
          const rect = (
            <rect key={c.status} className={`fill-${c.status}`} x={x} width={width} height="6" />
          );
          x += width;
          return rect;
        })}
      </svg>
      <ul className="counts">
        {counts.map((c) => (
          <li key={c.status}>
            <StatusTag status={c.status} lang={lang} /> {fill(w('count', lang), { n: c.n })}
          </li>
        ))}
      </ul>
    </div>
  );
}
