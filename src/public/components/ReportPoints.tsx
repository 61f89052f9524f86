/** A report's numbered points, as the unit wrote them (one point: a paragraph). */
export function ReportPoints({ points }: { points: string[] }) {
  if (points.length === 1) return <p className="report-text">{points[0]}</p>;
  return (
    <ol className="points">
      {points.map((point, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: points keep the report's numbering
        <li key={i}>{point}</li>
      ))}
    </ol>
  );
}
