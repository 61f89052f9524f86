/** Terms and their values, one row each (GOV.UK's summary list): an item's facts, a comment's. */
import type { ReactNode } from 'react';

export function SummaryList({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
