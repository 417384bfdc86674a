// Gives dates written without a year their year, from the header's season and earlier dates.
// No fixed season cut-off month: seasons have run into July and August, so the weekday decides
// when one is written, and otherwise the candidate nearest the previous date wins.
import { MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS, dayNumber, daysInMonth, isoDate, weekdayOf } from './calendar.js';
import type { WrittenDate } from './dates.js';

export type Resolution = { readonly date: string } | { readonly problem: string };

export class YearResolver {
  private lastExplicitYear: number | undefined;
  private previous: number | undefined;
  private first: number | undefined;

  constructor(private readonly season: { readonly startYear: number; readonly endYear: number } | undefined) {}

  /** The ISO date of a written date, or why it has none; `remember` false leaves the state alone. */
  resolve(given: WrittenDate, remember = true): Resolution {
    const written = given.shortYear === true && given.year !== undefined ? { ...given, year: this.century(given.year) } : given;
    const { month, day, weekday } = written;
    const label = `${MONTH_ABBREVIATIONS[month - 1]} ${day}`;
    let years = this.candidateYears(written.year);
    if (years.length === 0) return { problem: `cannot tell the year of ${label}: the header names no season` };
    if (written.year !== undefined && (written.year < 1800 || written.year > 2999)) {
      return { problem: `the year ${written.year} is out of range` };
    }
    const valid = years.filter((year) => day >= 1 && day <= daysInMonth(year, month));
    if (valid.length === 0) return { problem: `there is no ${label} in ${years.join(' or ')}` };
    years = valid;
    if (weekday !== undefined) {
      const matching = years.filter((year) => weekdayOf(year, month, day) === weekday);
      if (matching.length === 0) {
        return {
          problem: `${WEEKDAY_ABBREVIATIONS[weekday]} ${label} does not exist in ${years.join(' or ')}`,
        };
      }
      years = matching;
    }
    const chosen = this.choose(years.map((year) => dayNumber(year, month, day)));
    const year = years.find((y) => dayNumber(y, month, day) === chosen) ?? years[0]!;
    if (remember) {
      if (written.year !== undefined) this.lastExplicitYear = written.year;
      this.previous = chosen;
      this.first ??= chosen;
    }
    return { date: isoDate(year, month, day) };
  }

  /** A two-digit year in the century nearest the season (or the last year written), else 1931–2030. */
  private century(short: number): number {
    const near = this.season?.startYear ?? this.lastExplicitYear;
    if (near === undefined) return short <= 30 ? 2000 + short : 1900 + short;
    const base = Math.floor(near / 100) * 100 + short;
    return [base - 100, base, base + 100].reduce((best, y) => (Math.abs(y - near) < Math.abs(best - near) ? y : best));
  }

  private candidateYears(explicit: number | undefined): number[] {
    if (explicit !== undefined) return [explicit];
    const years = new Set<number>();
    if (this.season !== undefined) {
      for (let year = this.season.startYear; year <= this.season.endYear && years.size < 3; year += 1) years.add(year);
    }
    if (this.lastExplicitYear !== undefined) years.add(this.lastExplicitYear);
    return [...years].sort((a, b) => a - b);
  }

  /** Among candidate day numbers: none before the file's first date, then the nearest to the previous. */
  private choose(days: number[]): number {
    if (days.length === 1) return days[0]!;
    const notBeforeFirst = this.first === undefined ? days : days.filter((d) => d >= this.first!);
    const pool = notBeforeFirst.length > 0 ? notBeforeFirst : days;
    if (this.previous === undefined) return Math.min(...pool);
    const previous = this.previous;
    // Ties go forward: a season moves on.
    return pool.reduce((best, d) => {
      const gap = Math.abs(d - previous);
      const bestGap = Math.abs(best - previous);
      return gap < bestGap || (gap === bestGap && d > best) ? d : best;
    });
  }
}
