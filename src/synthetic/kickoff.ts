// Kick-off times by era: everything at three o'clock early on, spread out for television later.

const EARLY = [15 * 60];
const MIDDLE = [15 * 60, 15 * 60, 19 * 60 + 30];
const MODERN = [12 * 60 + 30, 15 * 60, 15 * 60, 17 * 60 + 30, 20 * 60, 20 * 60 + 45];

/** Local kick-off slots a domestic weekend uses in `year`. */
export function weekendSlots(year: number): readonly number[] {
  return year < 1960 ? EARLY : year < 1992 ? MIDDLE : MODERN;
}

/** Local kick-off of a European-style midweek cup night in `year`. */
export function midweekKickoff(year: number, index: number): number {
  if (year < 1992) return 19 * 60 + 30;
  return index % 4 === 0 ? 18 * 60 + 45 : 20 * 60 + 45;
}

/** Tournament slots of one day: four from the 1990s, two before. */
export function tournamentSlots(year: number): readonly number[] {
  return year < 1990 ? [15 * 60, 17 * 60 + 30, 15 * 60, 17 * 60 + 30] : [13 * 60, 16 * 60, 19 * 60, 22 * 60];
}
