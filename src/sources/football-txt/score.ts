// Score shapes of Football.TXT: `2-0 (1-0)`, `4-1 a.e.t. (3-1, 1-0)`, `4-3 pen. 1-0 a.e.t. (1-0, 1-0)`,
// `2-2 a.e.t. (2-2, 1-0), 3-4 pen.` — and writing them back in one canonical form.
import type { Score, ScorePair } from '../../domain/match-data.js';
import type { Cursor } from './cursor.js';

const PAIR = '(\\d{1,3})\\s*-\\s*(\\d{1,3})';
const PENALTIES_FIRST = new RegExp(`${PAIR}\\s+pen\\.?(?=\\s|$)\\s*`, 'iy');
const MAIN = new RegExp(`${PAIR}(?=[\\s,(\\[]|$|awd|abd|w/o)`, 'y');
const EXTRA_TIME = /\s*a\.?e\.?t\.?(?=[\s,([]|$)/iy;
const BRACKET = new RegExp(`\\s*\\(\\s*${PAIR}\\s*(?:,\\s*${PAIR}\\s*)?\\)`, 'y');
const PENALTIES_AFTER = new RegExp(`\\s*,?\\s*${PAIR}\\s+pen\\.?(?=[\\s\\[]|$)`, 'iy');
const OPEN_BRACKET = /\s*\(/y;

/** `x-x`, `?-?`: a match whose score the source does not know. */
const UNKNOWN = /(?:x-x|\?-\?)(?=\s|$|\[)/iy;

/** True when a score starts at the cursor. */
export function seesScore(cursor: Cursor): boolean {
  return cursor.sees(PENALTIES_FIRST) || cursor.sees(MAIN) || cursor.sees(UNKNOWN);
}

function pair(match: RegExpExecArray, index: number): ScorePair {
  return [Number(match[index]), Number(match[index + 1])];
}

/** Reads a score at the cursor; throws a ParseError pointing at the part that does not fit. */
export function readScore(cursor: Cursor): Score {
  if (cursor.take(UNKNOWN) !== undefined) return {};
  const penaltiesFirst = cursor.take(PENALTIES_FIRST);
  const main = cursor.take(MAIN);
  if (main === undefined && penaltiesFirst !== undefined) {
    // `4-3 pen. (3-3)`, `10-9 pen. (1-1, 0-1)`: straight to penalties after 90 minutes [, half-time].
    const bracket = cursor.take(BRACKET);
    return orderKeys({
      penalties: pair(penaltiesFirst, 1),
      ...(bracket === undefined ? {} : { fullTime: pair(bracket, 1) }),
      ...(bracket?.[3] === undefined ? {} : { halfTime: pair(bracket, 3) }),
    });
  }
  if (main === undefined) throw cursor.error('expected a score like 2-1');
  const afterExtraTime = cursor.take(EXTRA_TIME) !== undefined;
  const bracketPos = cursor.pos;
  const bracket = cursor.take(BRACKET);
  if (bracket === undefined && cursor.sees(OPEN_BRACKET)) {
    cursor.skipSpaces();
    throw cursor.error(afterExtraTime ? 'expected scores like (1-1, 0-0) after a.e.t.' : 'expected a half-time score like (1-0)');
  }
  const penaltiesAfter = penaltiesFirst === undefined ? cursor.take(PENALTIES_AFTER) : undefined;
  const score: { -readonly [K in keyof Score]: Score[K] } = {};
  if (afterExtraTime) {
    score.extraTime = pair(main, 1);
    if (bracket !== undefined) score.fullTime = pair(bracket, 1);
    if (bracket?.[3] !== undefined) score.halfTime = pair(bracket, 3);
  } else {
    score.fullTime = pair(main, 1);
    if (bracket?.[3] !== undefined) {
      throw cursor.error('two bracketed scores (90 minutes, half-time) need a.e.t. before them', bracketPos);
    }
    if (bracket !== undefined) score.halfTime = pair(bracket, 1);
  }
  const penalties = penaltiesFirst ?? penaltiesAfter;
  if (penalties !== undefined) score.penalties = pair(penalties, 1);
  return orderKeys(score);
}

// rsssf's note after the teams: `(aet)`, `(AET/GG)`, `(aet, 4-2 pen)`, `(aet, win 4-2 on pens)`, `(9-8 pen)`.
const AET = '(a\\.?e\\.?t\\.?|asdet)(?:\\s*\\/\\s*(?:gg|sg))?';
const NOTE_PENALTIES = '(?:win\\s+)?(\\d{1,2})\\s*-\\s*(\\d{1,2})\\s*(?:pen\\.?|pens\\.?|on\\s+pens?\\.?|p\\.?)';
const SCORE_NOTE = new RegExp(`\\(\\s*(?:${AET}(?:\\s*,\\s*${NOTE_PENALTIES})?|${NOTE_PENALTIES})\\s*\\)`, 'iy');

/** True when an rsssf score note starts at the cursor. */
export function seesScoreNote(cursor: Cursor): boolean {
  return cursor.sees(SCORE_NOTE);
}

/**
 * Reads an rsssf score note and applies it: with `aet` the score already read was after extra
 * time (the 90-minute score is not given); penalties where the note has them.
 */
export function readScoreNote(cursor: Cursor, score: Score): Score | undefined {
  const note = cursor.take(SCORE_NOTE);
  if (note === undefined) return undefined;
  const extraTime = note[1] !== undefined;
  const penaltyDigits = note[2] ?? note[4];
  const penalties = penaltyDigits === undefined ? score.penalties : ([Number(penaltyDigits), Number(note[3] ?? note[5])] as const);
  const main = score.extraTime ?? score.fullTime;
  const base = extraTime ? (main === undefined ? {} : { extraTime: main }) : { ...score };
  return orderKeys({ ...base, ...(penalties === undefined ? {} : { penalties }) });
}

function orderKeys(score: Score): Score {
  const ordered: { -readonly [K in keyof Score]: Score[K] } = {};
  if (score.halfTime) ordered.halfTime = score.halfTime;
  if (score.fullTime) ordered.fullTime = score.fullTime;
  if (score.extraTime) ordered.extraTime = score.extraTime;
  if (score.penalties) ordered.penalties = score.penalties;
  return ordered;
}

/** The score a side's goals must add up to: after extra time where it was played. */
export function finalScore(score: Score): ScorePair | undefined {
  return score.extraTime ?? score.fullTime;
}

const text = (p: ScorePair): string => `${p[0]}-${p[1]}`;

/**
 * The canonical written form, or undefined when the score holds no result.
 *
 * @example formatScore({ halfTime: [2, 0], fullTime: [2, 2], extraTime: [3, 3], penalties: [4, 2] }) // '3-3 a.e.t. (2-2, 2-0), 4-2 pen.'
 */
export function formatScore(score: Score): string | undefined {
  let written: string;
  if (score.extraTime) {
    written = `${text(score.extraTime)} a.e.t.`;
    if (score.fullTime) written += score.halfTime ? ` (${text(score.fullTime)}, ${text(score.halfTime)})` : ` (${text(score.fullTime)})`;
  } else if (score.fullTime) {
    written = text(score.fullTime) + (score.halfTime ? ` (${text(score.halfTime)})` : '');
  } else {
    return undefined;
  }
  if (score.penalties) written += `, ${text(score.penalties)} pen.`;
  return written;
}
