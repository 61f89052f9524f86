/** The task as written, with the phrases its indicators were read from marked. */
import type { ItemDetail } from '../../api/types.ts';

/** Splits `task` around each indicator's target phrase, first occurrence, in reading order. */
function marked(task: string, phrases: string[]): { text: string; mark: boolean }[] {
  const found = phrases
    .filter(Boolean)
    .map((p) => ({ at: task.indexOf(p), length: p.length }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at);
  const parts: { text: string; mark: boolean }[] = [];
  let from = 0;
  for (const p of found) {
    if (p.at < from) continue; // overlapping phrases: keep the first
    if (p.at > from) parts.push({ text: task.slice(from, p.at), mark: false });
    parts.push({ text: task.slice(p.at, p.at + p.length), mark: true });
    from = p.at + p.length;
  }
  if (from < task.length) parts.push({ text: task.slice(from), mark: false });
  return parts;
}

export function TaskText({ item }: { item: ItemDetail }) {
  const phrases = item.indicators.map((x) => x.targetText);
  return (
    <p className="ms-task-text">
      {marked(item.task, phrases).map((part, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text, in order
        part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </p>
  );
}
