/**
 * Completion against the time-proportional line (序时), drawn on the server as inline SVG: the
 * bar is how far the figure has come, the dark mark is where it should be by now. Decorative —
 * the words beside it say the same for screen readers and for print.
 */
const clamp = (x: number) => Math.max(0, Math.min(100, x * 100));

export function ProgressBar({
  completion,
  expected,
  status,
}: {
  completion: number;
  expected: number;
  status: string;
}) {
  const at = clamp(expected);
  return (
    <svg
      className="bar"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="bar-track" width="100" height="10" />
      <rect className={`bar-fill fill-${status}`} width={clamp(completion)} height="10" />
      <line
        className="bar-expected"
        x1={at}
        x2={at}
        y1="0"
        y2="10"
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}
