/**
 * How a status looks: a colour AND a shape AND the words, so it reads without colour (the same
 * shapes the command line prints: ● done or on track, ▲ lagging, ■ severely lagging, ○ unknown).
 */
import type { ItemStatus } from '../../core/model.ts';

export const STATUS_LOOK: Record<ItemStatus, { color: string; mark: string }> = {
  completed: { color: '#237804', mark: '●' },
  on_track: { color: '#0958d9', mark: '●' },
  lagging: { color: '#ad4e00', mark: '▲' },
  severely_lagging: { color: '#a8071a', mark: '■' },
  unknown: { color: '#595959', mark: '○' },
};

/** A status code from the API as an ItemStatus ("unknown" for anything else). */
export const asStatus = (code: string | null | undefined): ItemStatus =>
  code && code in STATUS_LOOK ? (code as ItemStatus) : 'unknown';
