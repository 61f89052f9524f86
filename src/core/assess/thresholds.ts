/**
 * Every number that turns figures into a verdict, in one place.
 *
 * An indicator's pace is completion ÷ expected (序时进度). A unit that has done 54% of its roads
 * when 75% of the year is gone is at pace 0.72. Supervision offices call an item 滞后 when it is
 * clearly behind the time line, and 严重滞后 when it is far behind; the cut-offs below follow
 * that practice and are meant to be tuned per jurisdiction later, never scattered in code.
 */
export const THRESHOLDS = {
  /** Pace at or above which an indicator is on track (small shortfalls are reporting noise). */
  onTrackPace: 0.9,
  /** Pace below which an indicator is severely lagging. */
  severePace: 0.6,
  /** Completion at or above which a count/rate indicator counts as done. */
  completed: 1,
  /**
   * Before this share of the span has elapsed, nothing is called lagging: early in the year
   * most work has not been reported yet and every item would look behind.
   */
  minimumElapsedToJudge: 0.1,
} as const;
