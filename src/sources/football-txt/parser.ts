// Reads one Football.TXT document into MatchData: pure and synchronous; a line it cannot read is a
// ParseError naming file, line and column, never a silent skip.
import { ParseError } from '../../domain/errors.js';
import type { GoalData, MatchData, Score } from '../../domain/match-data.js';
import type { MatchStatus } from '../../domain/vocabulary.js';
import { Cursor } from './cursor.js';
import { readDate, readDateRange, type WrittenDate } from './dates.js';
import { collectGoalBlock } from './goal-block-lines.js';
import { parseGoalBlock } from './goals.js';
import { type FootballTxtHeader, isHost, parseHeader } from './header.js';
import { type SourceLine, splitLines } from './lines.js';
import { readMatchBody, readPrefix } from './match-line.js';
import { finalScore } from './score.js';
import { headingOf, StageTracker } from './stages.js';
import { YearResolver } from './year-resolver.js';

export interface ParsedMatch {
  readonly line: number;
  readonly match: MatchData;
}

export interface ParseNotice {
  readonly line: number;
  readonly message: string;
}

export interface GroupDefinition {
  readonly line: number;
  readonly name: string;
  readonly teams: readonly string[];
}

export interface ParsedFootballTxt {
  readonly header: FootballTxtHeader;
  readonly groups: readonly GroupDefinition[];
  readonly matches: readonly ParsedMatch[];
  readonly notices: readonly ParseNotice[];
}

const GROUP_DEFINITION = /^\s*((?:group|gruppe|pool)\s+[\p{L}\d]{1,3})\s*\|(.*)$/iu;
const HEADING = /^\s*([»▪])\s*/u;
const MATCH_NUMBER_START = /^\s*\(\d{1,4}\)\s/;

interface Draft {
  line: number;
  match: MatchData;
  goals?: GoalData[];
  hasBlock: boolean;
}

/**
 * Parses a Football.TXT document.
 *
 * @example parseFootballTxt('= World Cup 2022\n▪ Final\nSun Dec 18\n  Argentina  3-3 a.e.t. (2-2, 2-0), 4-2 pen.  France', 'cup.txt')
 */
export function parseFootballTxt(text: string, file: string): ParsedFootballTxt {
  const lines = splitLines(text);
  const notices: ParseNotice[] = [];
  const groups: GroupDefinition[] = [];
  const drafts: Draft[] = [];
  let header: FootballTxtHeader | undefined;
  let tracker = new StageTracker(false);
  let dates = new YearResolver(undefined);
  let roundDates = new YearResolver(undefined);
  let date: string | undefined;
  let time: { time: string; utcOffset?: string } | undefined;
  let blockTarget: Draft | undefined;

  for (let i = 0; i < lines.length; i += 1) {
    const source = lines[i]!;
    const content = source.content;
    if (content.trim() === '') continue;
    if (header === undefined) {
      if (!content.trimStart().startsWith('=')) {
        throw lineError(file, source, 'expected a header line like `= World Cup 2022` before anything else');
      }
      header = parseHeader(source, file);
      tracker = new StageTracker(header.qualifying);
      dates = new YearResolver(header.edition);
      roundDates = new YearResolver(header.edition);
      continue;
    }
    if (content.trimStart().startsWith('=')) {
      throw lineError(file, source, 'expected one header per file; write each competition edition in its own file');
    }
    if (content.trimStart().startsWith('(') && !MATCH_NUMBER_START.test(content)) {
      const { block, last } = collectGoalBlock(lines, i, file);
      if (blockTarget === undefined) {
        throw lineError(file, source, 'expected a goal block right after its match line');
      }
      const final = finalScore(blockTarget.match.score);
      blockTarget.goals = parseGoalBlock(block, file, final);
      blockTarget.hasBlock = true;
      blockTarget = undefined;
      i = last;
      continue;
    }
    blockTarget = undefined;
    const groupDefinition = GROUP_DEFINITION.exec(content);
    if (groupDefinition !== null) {
      tracker.groupDefinition();
      const teams = groupDefinition[2]!.trim().split(/\s{2,}/).filter((t) => t !== '');
      groups.push({ line: source.number, name: groupDefinition[1]!.replace(/\s+/g, ' '), teams });
      continue;
    }
    tracker.otherLine();
    const heading = HEADING.exec(content);
    if (heading !== null) {
      readHeading(source, heading[0].length, file, tracker, roundDates);
      continue;
    }
    const cursor = new Cursor(content, file, source.number);
    cursor.skipSpaces();
    const dateStart = cursor.pos;
    const written = readDate(cursor);
    cursor.skipSpaces();
    if (written !== undefined && cursor.atEnd()) {
      date = resolveDate(dates, written, cursor);
      time = undefined;
      continue;
    }
    cursor.pos = dateStart;
    const prefix = readPrefix(cursor);
    if (prefix.date !== undefined) {
      date = resolveDate(dates, prefix.date, cursor);
      time = undefined;
    }
    if (prefix.time !== undefined) {
      time = { time: prefix.time.time, ...(prefix.time.utcOffset === undefined ? {} : { utcOffset: prefix.time.utcOffset }) };
    }
    const body = readMatchBody(cursor);
    if (date === undefined) throw lineError(file, source, 'expected a date line before the first match');
    const place = tracker.place(date);
    const status: MatchStatus = body.status?.status ?? (finalScore(body.score) === undefined ? 'scheduled' : 'played');
    const notes = (source.comment ?? '').split(/\s*#+\s*/).filter((note) => note !== '');
    const neutral = neutralOf(header, body.home.name, body.away.name, place.stage?.kind);
    const match: MatchData = {
      competition: header.competition,
      edition: header.edition,
      ...(place.stage === undefined ? {} : { stage: place.stage }),
      ...(place.group === undefined ? {} : { group: place.group }),
      date,
      ...(time === undefined ? {} : time),
      ...(body.venue === undefined ? {} : { venue: body.venue }),
      ...(body.city === undefined ? {} : { city: body.city }),
      home: body.home,
      away: body.away,
      ...(neutral === undefined ? {} : { neutral }),
      score: body.score,
      status,
      ...(body.status?.note === undefined ? {} : { statusNote: body.status.note }),
      ...(prefix.matchNumber === undefined ? {} : { matchNumber: prefix.matchNumber }),
      ...(place.replay ? { replay: true } : {}),
      ...(notes.length === 0 ? {} : { notes }),
    };
    const draft: Draft = { line: source.number, match, hasBlock: false };
    drafts.push(draft);
    blockTarget = draft;
  }
  if (header === undefined) {
    throw new ParseError({ file, line: 1, column: 1 }, 'expected a header line like `= World Cup 2022`');
  }
  const fileHasScorers = drafts.some((d) => d.hasBlock);
  const matches = drafts.map((draft) => finish(draft, fileHasScorers, notices));
  return { header, groups, matches, notices };
}

function lineError(file: string, source: SourceLine, detail: string): ParseError {
  return new ParseError({ file, line: source.number, column: source.content.search(/\S|$/) + 1 }, detail);
}

function resolveDate(resolver: YearResolver, written: WrittenDate, cursor: Cursor): string {
  const resolved = resolver.resolve(written);
  if ('problem' in resolved) throw cursor.error(resolved.problem, written.pos);
  return resolved.date;
}

function readHeading(source: SourceLine, start: number, file: string, tracker: StageTracker, roundDates: YearResolver): void {
  const content = source.content;
  const bar = content.indexOf('|', start);
  const name = content.slice(start, bar === -1 ? undefined : bar).trim();
  if (name === '') throw new ParseError({ file, line: source.number, column: start + 1 }, 'expected a stage or group name after the heading marker');
  if (bar === -1) {
    tracker.setHeading(headingOf(name));
    return;
  }
  const cursor = new Cursor(content, file, source.number, bar + 1);
  cursor.skipSpaces();
  const range = readDateRange(cursor);
  cursor.skipSpaces();
  if (!cursor.atEnd()) throw cursor.error('expected the end of the round definition after its dates');
  const resolve = (written: WrittenDate): string => {
    const resolved = roundDates.resolve(written);
    if ('problem' in resolved) throw cursor.error(resolved.problem, written.pos);
    return resolved.date;
  };
  const from = resolve(range.from);
  const to = range.to === range.from ? from : resolve(range.to);
  if (to < from) throw cursor.error('expected a date range that ends after it starts', range.to.pos);
  tracker.roundDefinition({ name: name.replace(/\s+/g, ' '), from, to });
}

function neutralOf(header: FootballTxtHeader, home: string, away: string, stageKind: string | undefined): boolean | undefined {
  if (header.neutral === 'host') {
    if (header.hosts.length === 0) return undefined;
    return !(isHost(header.hosts, home) || isHost(header.hosts, away));
  }
  if (header.neutral === 'final-only') return stageKind === 'final';
  return undefined;
}

/** Attaches goals and checks them against the score. */
function finish(draft: Draft, fileHasScorers: boolean, notices: ParseNotice[]): ParsedMatch {
  const { match } = draft;
  const final = finalScore(match.score);
  let goals = draft.goals;
  if (draft.hasBlock && goals !== undefined) {
    checkGoals(goals, match.score, draft.line, notices);
  } else if (match.status === 'played' && final !== undefined && final[0] === 0 && final[1] === 0) {
    // A goalless match has no scorers to list, whether or not the file lists any.
    goals = [];
  } else if (match.status === 'played' && fileHasScorers) {
    notices.push({ line: draft.line, message: `no scorers listed for ${match.home.name} v ${match.away.name}` });
  }
  return { line: draft.line, match: goals === undefined ? match : { ...match, goals } };
}

function checkGoals(goals: readonly GoalData[], score: Score, line: number, notices: ParseNotice[]): void {
  const final = finalScore(score);
  const home = goals.filter((g) => g.side === 'home').length;
  const away = goals.length - home;
  if (final === undefined) {
    if (goals.length > 0) notices.push({ line, message: `goals listed (${home}-${away}) for a match without a score` });
    return;
  }
  if (final[0] !== home || final[1] !== away) {
    notices.push({ line, message: `goals listed ${home}-${away} do not add up to the score ${final[0]}-${final[1]}` });
  }
}
