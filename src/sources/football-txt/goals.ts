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

const MINUTE = /(?:(\d{1,3})(?:\+(\d{1,2}))?|\?)'/y;
const MARKER_BRACKETED = /\s*\(\s*(pen\.?|p|o\.\s?g\.?|og)\s*\)/iy;
// Lower case only: a bare `Og` or `Pen` after a minute is the next scorer's name.
const MARKER_BARE = /\s*(pen\.?|o\.g\.|og)(?=[\s,;)]|$)/y;
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
  reader.pos = 1;
  const sides: ListedGoal[][] = [[]];
  while (true) {
    reader.skipSpaces();
    if (reader.pos >= end) break;
    if (text[reader.pos] === ';') {
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

function goalData(goal: ListedGoal, side: Side): GoalData {
  return {
    side,
    scorer: { name: goal.scorer },
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
    if (ch === ';' || ch === '(' || ch === ')' || ch === ',') {
      throw reader.error(words.length === 0 ? "expected a scorer's name" : `expected a minute like 23' after ${words.join(' ')}`);
    }
    const word = reader.take(WORD)!;
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
    // Commas join one player's minutes; some files leave the comma out (`Mbappé 61' 86'`).
    if (reader.text[reader.pos] === ',') {
      reader.pos += 1;
      reader.skipSpaces();
    } else if (!reader.sees(MINUTE)) break;
  }
  return goals;
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
