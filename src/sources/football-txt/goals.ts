// Goal blocks: `(Lionel Messi 23' (pen.), 108' Ángel Di María 36'; Kylian Mbappé 80' (pen.), 81')`.
// Scorers are separated by spaces only, commas join one player's minutes, `;` separates the sides.
import { ParseError } from '../../domain/errors.js';
import type { GoalData, ScorePair } from '../../domain/match-data.js';
import type { Period, Side } from '../../domain/vocabulary.js';

/** Where each piece of a block's joined text came from, to report errors at the right line. */
export interface BlockPiece {
  readonly line: number;
  /** Offset of the piece in the joined text. */
  readonly offset: number;
  /** Index of the piece's first character in its line. */
  readonly start: number;
}

export interface GoalBlock {
  /** The joined text of the block's lines, outer parentheses included. */
  readonly text: string;
  readonly pieces: readonly BlockPiece[];
}

// The minute mark is optional in older files (`G.Müller 24, 71`, `Kü 53pen`).
const MINUTE = /(?:(\d{1,3})(?:\+(\d{1,2}))?'?|\?')(?=[\s,;()]|pen|p\b|og|o\.g|$)/y;
const MARKER_BRACKETED = /\s*\(\s*(pen\.?|p|o\.\s?g\.?|og)\s*\)/iy;
// Lower case only: a bare `Og` or `Pen` after a minute is the next scorer's name.
const MARKER_BARE = /\s*(pen\.?|p|o\.g\.|og)(?=[\s,;)]|$)/y;
// `Cantwell (2)`: a scorer's goal count where minutes are not known.
const GOAL_COUNT = /\s*\((\d{1,2})\)/y;
const WORD = /[^\s]+/y;

/** The period a minute falls in: 45+2 is first-half stoppage, 105+1 the first period of extra time. */
export function periodOf(minute: number): Period {
  if (minute <= 45) return 'first_half';
  if (minute <= 90) return 'second_half';
  if (minute <= 105) return 'extra_time_first';
  return 'extra_time_second';
}

class BlockReader {
  pos = 0;
  /** The block lists a scorer without minutes: the older rsssf style. */
  unminuted = false;
  constructor(
    private readonly block: GoalBlock,
    private readonly file: string,
  ) {}

  get text(): string {
    return this.block.text;
  }

  take(pattern: RegExp): RegExpExecArray | undefined {
    pattern.lastIndex = this.pos;
    const match = pattern.exec(this.text);
    if (match === null) return undefined;
    this.pos = pattern.lastIndex;
    return match;
  }

  sees(pattern: RegExp): boolean {
    pattern.lastIndex = this.pos;
    return pattern.test(this.text);
  }

  skipSpaces(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos += 1;
  }

  error(detail: string, pos = this.pos): ParseError {
    const piece = [...this.block.pieces].reverse().find((p) => p.offset <= pos) ?? this.block.pieces[0];
    const line = piece?.line;
    const column = piece === undefined ? undefined : piece.start + (pos - piece.offset) + 1;
    return new ParseError({ file: this.file, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) }, detail);
  }
}

interface ListedGoal {
  readonly scorer: string;
  readonly minute?: number;
  readonly stoppage?: number;
  readonly penalty: boolean;
  readonly ownGoal: boolean;
}

/**
 * The goals of a block. Without `;` the side is the one the score says scored; when both or
 * neither did, the goals go to the home side and the goal-count check reports the mismatch.
 */
export function parseGoalBlock(block: GoalBlock, file: string, final: ScorePair | undefined): GoalData[] {
  const reader = new BlockReader(block, file);
  const text = block.text;
  // The block's own closing parenthesis is the last character; its opening one the first.
  const end = text.length - 1;
  if (RUNNING_START.test(text)) return runningScoreGoals(reader, end);
  reader.pos = 1;
  const sides: ListedGoal[][] = [[]];
  while (true) {
    reader.skipSpaces();
    if (reader.pos >= end) break;
    // rsssf files separate the sides with ` - ` (`Soya 34, Schütz 36 - Konietzka 1, 90`).
    if (text[reader.pos] === ';' || (text[reader.pos] === '-' && /\s/.test(text[reader.pos + 1] ?? ''))) {
      if (sides.length === 2) throw reader.error('expected at most one ; between the home and away scorers');
      sides.push([]);
      reader.pos += 1;
      continue;
    }
    sides[sides.length - 1]!.push(...readScorer(reader, end));
  }
  let homeSide: Side = 'home';
  if (sides.length === 1 && final !== undefined && final[0] === 0 && final[1] > 0) homeSide = 'away';
  const goals: GoalData[] = [];
  sides.forEach((listed, index) => {
    const side: Side = index === 0 ? homeSide : 'away';
    for (const goal of listed) goals.push(goalData(goal, side));
  });
  return goals;
}

// `(71' Puc 0-1  81' 1-1 Orsi  95' Schiavio 2-1)`: minute first, then the score after the goal,
// the scorer written before it for the home side and after it for the away side.
const RUNNING_START = /^\(\s*\d{1,3}(?:\+\d{1,2})?'/;
const RUNNING_GOAL = /\s*(\d{1,3})(?:\+(\d{1,2}))?'\s*([^\d()]*?)\s*(\d{1,2})-(\d{1,2})\s*([^\d()]*?)\s*(?=\d{1,3}(?:\+\d{1,2})?'|$)/y;

function runningScoreGoals(reader: BlockReader, end: number): GoalData[] {
  const goals: GoalData[] = [];
  let score: [number, number] = [0, 0];
  reader.pos = 1;
  const inner = reader.text.slice(0, end);
  while (true) {
    RUNNING_GOAL.lastIndex = reader.pos;
    const found = RUNNING_GOAL.exec(inner);
    if (found === null) {
      reader.skipSpaces();
      if (reader.pos >= end) return goals;
      throw reader.error("expected a goal like 71' Puc 0-1 or 81' 1-1 Orsi");
    }
    reader.pos = RUNNING_GOAL.lastIndex;
    const next: [number, number] = [Number(found[4]), Number(found[5])];
    const side: Side = next[0] > score[0] ? 'home' : 'away';
    score = next;
    const written = (side === 'home' ? found[3] : found[6]) || found[3] || found[6] || '';
    const ownGoal = /\b(og|o\.g\.)/i.test(written);
    const penalty = /\b(pen|p)\b/i.test(written);
    const name = written.replace(/\(?\b(og|o\.g\.|pen\.?|p)\)?$/i, '').trim();
    goals.push(
      goalData(
        {
          ...(name === '' ? { scorer: '' } : { scorer: name }),
          minute: Number(found[1]),
          ...(found[2] === undefined ? {} : { stoppage: Number(found[2]) }),
          penalty,
          ownGoal,
        },
        side,
      ),
    );
  }
}

function goalData(goal: ListedGoal, side: Side): GoalData {
  return {
    side,
    ...(goal.scorer === '' ? {} : { scorer: { name: goal.scorer } }),
    ...(goal.minute === undefined ? {} : { minute: goal.minute }),
    ...(goal.stoppage === undefined ? {} : { stoppage: goal.stoppage }),
    ...(goal.minute === undefined ? {} : { period: periodOf(goal.minute) }),
    penalty: goal.penalty,
    ownGoal: goal.ownGoal,
  };
}

/** One scorer with one or more minutes: `Bukayo Saka 43', 62'`. */
function readScorer(reader: BlockReader, end: number): ListedGoal[] {
  const nameStart = reader.pos;
  const words: string[] = [];
  while (reader.pos < end && !reader.sees(MINUTE)) {
    const ch = reader.text[reader.pos]!;
    // Scorers without minutes (`Cantwell (2), Fogarty, Tuohy; …`): a count or a comma says so,
    // and once a block has one, `;` or `)` may end the next.
    const listsUnminuted = ch === ',' || reader.sees(GOAL_COUNT) || (reader.unminuted && (ch === ';' || ch === ')' || reader.sees(SIDE_DASH)));
    if (words.length > 0 && listsUnminuted) return unminuted(reader, words.join(' '), end);
    if (ch === ';' || ch === '(' || ch === ')' || ch === ',') {
      throw reader.error(words.length === 0 ? "expected a scorer's name" : `expected a minute like 23' after ${words.join(' ')}`);
    }
    const word = reader.take(WORD)!;
    const atBlockEnd = reader.pos === end + 1 && /\)$/.test(word[0]);
    // `(Jones; Tichy)`: a name before `;` with a name after it.
    const beforeSide = /;$/.test(word[0]) && /^\s*[^\s);]/.test(reader.text.slice(reader.pos, end));
    if (/^[^;()\d]+,$/.test(word[0]) || ((reader.unminuted || atBlockEnd || beforeSide) && /^[^;()\d]+[;)]$/.test(word[0]))) {
      // `Fogarty,`: a scorer listed without a minute.
      words.push(word[0].slice(0, -1));
      reader.pos -= 1;
      return unminuted(reader, words.join(' '), end);
    }
    const clean = word[0].replace(/[;()]/g, '');
    if (clean !== word[0]) {
      reader.pos = word.index + word[0].search(/[;()]/);
      if (words.length === 0) throw reader.error("expected a scorer's name");
      if (clean !== '') words.push(clean);
      throw reader.error(`expected a minute like 23' after ${words.join(' ')}`);
    }
    words.push(word[0]);
    reader.skipSpaces();
  }
  if (words.length === 0) throw reader.error("expected a scorer's name before the minute", nameStart);
  if (reader.pos >= end) throw reader.error(`expected a minute like 23' after ${words.join(' ')}`);
  const scorer = words.join(' ');
  const goals: ListedGoal[] = [];
  while (true) {
    const minute = reader.take(MINUTE);
    if (minute === undefined) throw reader.error("expected a minute like 23' or 90+2'");
    let penalty = false;
    let ownGoal = false;
    for (;;) {
      const marker = reader.take(MARKER_BRACKETED) ?? reader.take(MARKER_BARE);
      if (marker === undefined) break;
      if (/^p/i.test(marker[1]!)) penalty = true;
      else ownGoal = true;
    }
    goals.push({
      scorer,
      ...(minute[1] === undefined ? {} : { minute: Number(minute[1]) }),
      ...(minute[2] === undefined ? {} : { stoppage: Number(minute[2]) }),
      penalty,
      ownGoal,
    });
    reader.skipSpaces();
    if (reader.pos >= end) break;
    // Commas join one player's minutes, or separate scorers (`LAURENT 19', LANGILLER 40'`);
    // some files leave the comma out (`Mbappé 61' 86'`).
    if (reader.text[reader.pos] === ',') {
      reader.pos += 1;
      reader.skipSpaces();
      if (!reader.sees(MINUTE)) break;
    } else if (!reader.sees(MINUTE)) break;
  }
  return goals;
}

const SIDE_DASH = /-(?=\s)/y;

/** A scorer written without minutes: one goal, or `(2)` goals. */
function unminuted(reader: BlockReader, scorer: string, end: number): ListedGoal[] {
  reader.unminuted = true;
  const count = reader.take(GOAL_COUNT);
  const goals = Number(count?.[1] ?? 1);
  reader.skipSpaces();
  if (reader.pos < end && reader.text[reader.pos] === ',') reader.pos += 1;
  return Array.from({ length: goals }, () => ({ scorer, penalty: false, ownGoal: false }));
}

const minuteText = (goal: GoalData): string =>
  goal.minute === undefined ? "?'" : `${goal.minute}${goal.stoppage === undefined ? '' : `+${goal.stoppage}`}'`;

function formatSide(goals: readonly GoalData[]): string {
  const parts: string[] = [];
  let previous: string | undefined;
  for (const goal of goals) {
    const name = goal.scorer?.name ?? '?';
    let minute = minuteText(goal);
    if (goal.penalty) minute += ' (pen.)';
    if (goal.ownGoal) minute += ' (o.g.)';
    if (name === previous) parts[parts.length - 1] += `, ${minute}`;
    else parts.push(`${name} ${minute}`);
    previous = name;
  }
  return parts.join(' ');
}

/**
 * A goal block for a match's goals; `;` is left out only where the reader infers the side from
 * the score.
 */
export function formatGoalBlock(goals: readonly GoalData[], final: ScorePair | undefined): string {
  const home = goals.filter((g) => g.side === 'home');
  const away = goals.filter((g) => g.side === 'away');
  const awayScoredAlone = final !== undefined && final[0] === 0 && final[1] > 0;
  if (away.length === 0) return awayScoredAlone ? `(${formatSide(home)};)` : `(${formatSide(home)})`;
  if (home.length === 0 && awayScoredAlone) return `(${formatSide(away)})`;
  if (home.length === 0) return `(; ${formatSide(away)})`;
  return `(${formatSide(home)}; ${formatSide(away)})`;
}
