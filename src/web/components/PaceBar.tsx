/**
 * An indicator's completion against the time line: a bar to the completion, a mark at the
 * 序时 expectation, and both in words beside it. The numbers are the API's.
 */

import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.tsx';
import { asStatus, STATUS_LOOK } from './status.ts';

export function PaceBar(props: {
  completion: number | null;
  expected: number | null;
  status: string | null | undefined;
  /** What is measured, for screen readers: "农村公路提档升级". */
  label: string;
}) {
  const t = useT();
  const f = useFormat();
  const look = STATUS_LOOK[asStatus(props.status)];
  const done = props.completion === null ? 0 : Math.min(1, props.completion);
  const text = t('pace.text', {
    done: f.percent(props.completion),
    expected: f.percent(props.expected),
  });
  return (
    <div className="ms-pace">
      <div
        className="ms-pace-track"
        role="progressbar"
        aria-label={props.label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(done * 100)}
        aria-valuetext={text}
      >
        <div className="ms-pace-fill" style={{ width: `${done * 100}%`, background: look.color }} />
        {props.expected !== null && (
          <div
            className="ms-pace-expected"
            style={{ left: `${Math.min(1, props.expected) * 100}%` }}
            title={t('pace.expected')}
          />
        )}
      </div>
      <span className="ms-pace-text">{text}</span>
    </div>
  );
}
