/**
 * An item's or indicator's status in words, a shape and a colour — never colour alone: the shape
 * (✓ ● ▲ ■ ○) tells the statuses apart in grey print and for colour-blind readers.
 */
import { type Lang, STATUS_WORDS } from '../../core/labels.ts';
import type { ItemStatus } from '../../core/model.ts';

const SHAPES: Record<ItemStatus, string> = {
  completed: '✓',
  on_track: '●',
  lagging: '▲',
  severely_lagging: '■',
  unknown: '○',
};

export const isStatus = (status: string): status is ItemStatus => Object.hasOwn(SHAPES, status);

export const statusWord = (status: string, lang: Lang): string =>
  isStatus(status) ? STATUS_WORDS[status][lang] : status;

export function StatusTag({ status, lang }: { status: string; lang: Lang }) {
  const known = isStatus(status) ? status : 'unknown';
  return (
    <strong className={`tag tag-${known}`}>
      <span aria-hidden="true">{SHAPES[known]}</span> {statusWord(status, lang)}
    </strong>
  );
}
