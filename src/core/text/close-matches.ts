/**
 * Names close to a mistyped one ("市卫生建康局" → 市卫生健康局), for refusals that say what was
 * probably meant instead of silently creating a new unit or leader.
 */
import { distance } from 'fastest-levenshtein';

/** Up to `max` candidates within a third of the name's length in edits, or containing it, nearest first. */
export function closeMatches(name: string, candidates: readonly string[], max = 5): string[] {
  const wanted = name.trim();
  if (!wanted) return [];
  const allowed = Math.max(1, Math.floor([...wanted].length / 3));
  return candidates
    .map((candidate) => ({
      candidate,
      edits:
        candidate.includes(wanted) || wanted.includes(candidate) ? 0 : distance(wanted, candidate),
    }))
    .filter((c) => c.edits <= allowed)
    .sort((a, b) => a.edits - b.edits || a.candidate.localeCompare(b.candidate, 'zh'))
    .slice(0, max)
    .map((c) => c.candidate);
}
