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
import { type MatchLine, type MatchPrefix, type Place, readMatchBody, readPrefix } from './match-line.js';
import { finalScore } from './score.js';
import { GROUP_NAME, ROUND_NAME, StageTracker } from './stages.js';
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
  /** The first header; a file that spans several editions has more, in `headers`. */
  readonly header: FootballTxtHeader;
  readonly headers: readonly FootballTxtHeader[];
  readonly groups: readonly GroupDefinition[];
  readonly matches: readonly ParsedMatch[];
  readonly notices: readonly ParseNotice[];
}

const GROUP_DEFINITION = /^\s*((?:group|gruppe|pool)\s+[\p{L}\d]{1,3})\s*\|(.*)$/iu;
const HEADING = /^\s*(»|▪+)\s*/u;
const SECTION = /^\s*(={2,})\s*(.*?)\s*=*\s*$/u;
const MATCH_NUMBER_START = /^\s*\(\d{1,4}\)\s/;
/** `Germany:  Neuer - Kimmich, …`, `Refs: …`, `Att: 67372`: a property of the match above. */
const PROPERTY = /^\s*\p{L}[\p{L}\p{M} .'’/&-]{0,40}?:(?:\s|$)/u;
const BYE = /\sbye(?=\s|$|\[)/i;
const BRACKET_LINE = /^\s*\[(.*)\]\s*$/u;

/** Round and stage names a line may carry without a `»`/`▪` marker (the older layout). */
const BARE_STAGE =
  /^(?:(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|\d{1,2}\.|preliminary|qualifying|final|play-?off|intermediate|elimination)\s+round|round\s+of\s+\d{1,3}|last\s+\d{1,3}|(?:quarter|semi)[- ]?finals?|finals?|play-?offs?|play-?outs?|(?:third|3rd|fifth|5th)[- ]place(?:\s+(?:match|final|play-?off))?|match\s+for\s+(?:third|3rd|fifth|5th)\s+place|replays?|group\s+stage|league\s+phase|decider)(?:,?\s+(?:replays?|first\s+legs?|second\s+legs?))?$/iu;

interface Draft {
  line: number;
  match: MatchData;
  goals?: GoalData[];
  hasBlock: boolean;
}

/** What one header (one edition) holds while its lines are read. */
interface Edition {
  readonly header: FootballTxtHeader;
  readonly tracker: StageTracker;
  readonly dates: YearResolver;
  readonly roundDates: YearResolver;
  date?: string;
  time?: { time: string; utcOffset?: string };
  place?: Place;
  /** The last lone year before a match (`1930 @ Uruguay  …`), for the lines under it. */
  year?: number;
}

function editionOf(header: FootballTxtHeader): Edition {
  const season = header.edition;
  return {
    header,
    tracker: new StageTracker(header.qualifying, header.competition.kind === 'league', header.section),
    dates: new YearResolver(season),
    roundDates: new YearResolver(season),
  };
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
  const headers: FootballTxtHeader[] = [];
  let edition: Edition | undefined;
  let blockTarget: Draft | undefined;
  let propertyContinues = false;
  let lastWasProperty = false;
  let propertyOpen = 0;
  let propertyIndent = 0;

  for (let i = 0; i < lines.length; i += 1) {
    const source = lines[i]!;
    const content = source.content;
    if (content.trim() === '') {
      propertyOpen = 0;
      propertyContinues = false;
      lastWasProperty = false;
      continue;
    }
    const trimmed = content.trimStart();
    if (edition === undefined && !trimmed.startsWith('=')) {
      throw lineError(file, source, 'expected a header line like `= World Cup 2022` before anything else');
    }
    const section = trimmed.startsWith('==') ? SECTION.exec(content) : null;
    if (trimmed.startsWith('=') && section === null) {
      const header = parseHeader(source, file);
      headers.push(header);
      edition = editionOf(header);
      blockTarget = undefined;
      propertyContinues = false;
      continue;
    }
    const current = edition!;
    const { tracker } = current;
    if (section !== null) {
      if (section[2] === '') throw lineError(file, source, 'expected a stage name after ==');
      tracker.setSection(section[1]!.length, section[2]!);
      current.place = undefined;
      blockTarget = undefined;
      continue;
    }
    const indent = content.length - trimmed.length;
    const deeper = lastWasProperty && indent > propertyIndent;
    if ((propertyContinues || propertyOpen > 0 || deeper) && !HEADING.test(content)) {
      // A line-up runs on while its lines end with `,` or `-`; a note while its brackets are open.
      propertyContinues = /[,-]$/.test(content);
      propertyOpen = Math.max(0, propertyOpen + depthOf(content));
      continue;
    }
    propertyContinues = false;
    lastWasProperty = false;
    if (trimmed.startsWith('(') && !MATCH_NUMBER_START.test(content)) {
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
    if (content.includes(':') && PROPERTY.test(content)) {
      // Line-ups, referees, attendance: read past, not stored.
      propertyContinues = /[,-]$/.test(content);
      propertyOpen = Math.max(0, depthOf(content));
      propertyIndent = content.length - trimmed.length;
      lastWasProperty = true;
      continue;
    }
    const previous = blockTarget;
    blockTarget = undefined;
    const groupDefinition = content.includes('|') ? GROUP_DEFINITION.exec(content) : null;
    if (groupDefinition !== null) {
      tracker.groupDefinition();
      const teams = groupDefinition[2]!.trim().split(/\s{2,}/).filter((t) => t !== '');
      groups.push({ line: source.number, name: groupDefinition[1]!.replace(/\s+/g, ' '), teams });
      continue;
    }
    tracker.otherLine();
    const first = trimmed[0];
    const heading = first === '»' || first === '▪' ? HEADING.exec(content) : null;
    if (heading !== null) {
      const level = heading[1] === '»' ? 1 : heading[1]!.length;
      readHeading(source, heading[0].length, level, file, current);
      continue;
    }
    const bracket = first === '[' ? BRACKET_LINE.exec(content) : null;
    if (bracket !== null) {
      readBracketLine(source, bracket[1]!, file, current, previous, notices);
      continue;
    }
    if (trimmed.startsWith('[') && !content.includes(']')) {
      // A note in brackets over several lines.
      let end = i + 1;
      while (end < lines.length && !lines[end]!.content.includes(']')) end += 1;
      if (end >= lines.length) throw lineError(file, source, 'expected ] to close the note');
      const note = lines.slice(i, end + 1).map((l) => l.content.trim()).join(' ').replace(/^\[|\]$/g, '');
      readBracketLine(source, note, file, current, previous, notices);
      i = end;
      continue;
    }
    if (isBareHeading(trimmed)) {
      readHeading(source, content.length - trimmed.length, 1, file, current);
      continue;
    }
    const cursor = new Cursor(content, file, source.number);
    cursor.skipSpaces();
    const dateStart = cursor.pos;
    const written = readDate(cursor);
    cursor.skipSpaces();
    if (written !== undefined && cursor.atEnd()) {
      current.date = resolveDate(current.dates, written, cursor);
      current.time = undefined;
      current.place = undefined;
      continue;
    }
    cursor.pos = dateStart;
    const prefix = readPrefix(cursor, current.header.edition === undefined);
    if (prefix.date !== undefined) {
      current.date = resolveDate(current.dates, prefix.date, cursor);
      current.time = undefined;
      current.place = undefined;
    }
    if (prefix.time !== undefined) {
      current.time = { time: prefix.time.time, ...(prefix.time.utcOffset === undefined ? {} : { utcOffset: prefix.time.utcOffset }) };
    }
    if (cursor.atEnd() && prefix.place !== undefined) {
      // `June 14 20:00 @ Antwerpen, Bosuil`: the venue of the matches below.
      current.place = prefix.place;
      continue;
    }
    if (BYE.test(content) && !/\d\s*-\s*\d|\sv\s/.test(content.slice(cursor.pos))) continue; // a team without a match
    const body = readMatchBody(cursor);
    const draft = matchOf(current, source, file, prefix, body, notices);
    drafts.push(draft);
    blockTarget = draft;
    if (body.goalsAt !== undefined) {
      // rsssf: the scorers follow the away team, on this line and maybe the next ones.
      const { block, last } = collectGoalBlock(lines, i, file, body.goalsAt);
      draft.goals = parseGoalBlock(block, file, finalScore(draft.match.score));
      draft.hasBlock = true;
      blockTarget = undefined;
      i = last;
    }
  }
  if (edition === undefined) {
    throw new ParseError({ file, line: 1, column: 1 }, 'expected a header line like `= World Cup 2022`');
  }
  const fileHasScorers = drafts.some((d) => d.hasBlock);
  const matches = dropRepeats(drafts, notices).map((draft) => finish(draft, fileHasScorers, notices));
  return { header: headers[0]!, headers, groups, matches, notices };
}

/** `Matchday 1`, `Round of 16`, `Group A | …` without a marker; never a match line (no wide gaps, no score). */
function isBareHeading(trimmed: string): boolean {
  const bar = trimmed.indexOf('|');
  const bare = (bar === -1 ? trimmed : trimmed.slice(0, bar)).trimEnd();
  if (bare.length > 60 || bare.includes('  ') || /\d-\d/.test(bare)) return false;
  return ROUND_NAME.test(bare) || GROUP_NAME.test(bare) || BARE_STAGE.test(bare);
}

function matchOf(current: Edition, source: SourceLine, file: string, prefix: MatchPrefix, body: MatchLine, notices: ParseNotice[]): Draft {
  const { header } = current;
  if (prefix.year !== undefined) current.year = prefix.year;
  const year = prefix.year ?? (current.date === undefined ? current.year : Number(current.date.slice(0, 4)));
  const season = header.edition ?? (year === undefined ? undefined : { name: String(year), startYear: year, endYear: year });
  if (season === undefined) {
    throw lineError(file, source, 'expected a date or a year before the match: the header names no season');
  }
  const notes = source.comment === undefined ? [] : source.comment.split(/\s*#+\s*/).filter((note) => note !== '');
  let date = current.year === undefined || current.date !== undefined ? current.date : undefined;
  if (date === undefined) {
    // No date written: the edition's first day stands in, and the match says so.
    date = season.endYear > season.startYear ? `${season.startYear}-07-01` : `${season.startYear}-01-01`;
    notes.push('date not given in the source');
    notices.push({ line: source.number, message: `no date for ${body.home.name} v ${body.away.name}: stored on ${date}, the start of ${season.name}` });
  }
  const place = current.tracker.place(date);
  const played = finalScore(body.score) !== undefined || body.score.penalties !== undefined;
  const status: MatchStatus = body.status?.status ?? (played ? 'played' : 'scheduled');
  const stageKind = place.stage?.kind;
  const neutral = neutralOf(header, body.home.name, body.away.name, stageKind);
  const venue = body.venue === undefined && body.city === undefined ? (prefix.place ?? current.place) : body;
  const time = current.time;
  const match: MatchData = {
    competition: header.competition,
    edition: season,
    ...(place.stage === undefined ? {} : { stage: place.stage }),
    ...(place.group === undefined ? {} : { group: place.group }),
    ...(place.round === undefined ? {} : { round: place.round }),
    date,
    ...(time === undefined ? {} : time),
    ...(venue?.venue === undefined ? {} : { venue: venue.venue }),
    ...(venue?.city === undefined ? {} : { city: venue.city }),
    home: body.home,
    away: body.away,
    ...(neutral === undefined ? {} : { neutral }),
    score: body.score,
    status,
    ...(body.status?.note === undefined ? {} : { statusNote: body.status.note }),
    ...(prefix.matchNumber === undefined ? {} : { matchNumber: prefix.matchNumber }),
    ...(place.replay || body.replay === true ? { replay: true } : {}),
    ...(notes.length === 0 ? {} : { notes }),
  };
  return { line: source.number, match, hasBlock: false };
}

/** `[Sat Sep/8]` is a date line; any other bracketed line is a note on the match above it. */
function readBracketLine(source: SourceLine, inner: string, file: string, current: Edition, previous: Draft | undefined, notices: ParseNotice[]): void {
  const open = source.content.indexOf('[');
  const cursor = new Cursor(source.content, file, source.number, open + 1);
  cursor.skipSpaces();
  const written = readDate(cursor);
  cursor.skipSpaces();
  if (written !== undefined && cursor.sees(/\]\s*$/y)) {
    current.date = resolveDate(current.dates, written, cursor);
    current.time = undefined;
    current.place = undefined;
    return;
  }
  const note = inner.trim();
  if (previous === undefined) {
    notices.push({ line: source.number, message: `note not attached to a match: ${note}` });
    return;
  }
  previous.match = { ...previous.match, notes: [...(previous.match.notes ?? []), note] };
}

/**
 * A fixture written twice in one file (a round repeated whole) is stored once; each repeat is
 * named in a notice.
 */
function dropRepeats(drafts: readonly Draft[], notices: ParseNotice[]): Draft[] {
  const seen = new Map<string, Draft>();
  const kept: Draft[] = [];
  for (const draft of drafts) {
    const m = draft.match;
    const key = `${m.edition.name}|${m.date}|${m.home.name}|${m.away.name}|${m.replay === true}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, draft);
      kept.push(draft);
      continue;
    }
    notices.push({
      line: draft.line,
      message: `line ${draft.line} repeats line ${first.line} (${m.home.name} v ${m.away.name}, ${m.date}): stored once`,
    });
  }
  return kept;
}

/** Brackets a line opens and leaves open (negative when it closes more). */
function depthOf(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
  }
  return depth;
}

function lineError(file: string, source: SourceLine, detail: string): ParseError {
  return new ParseError({ file, line: source.number, column: source.content.search(/\S|$/) + 1 }, detail);
}

function resolveDate(resolver: YearResolver, written: WrittenDate, cursor: Cursor): string {
  const resolved = resolver.resolve(written);
  if ('problem' in resolved) throw cursor.error(resolved.problem, written.pos);
  return resolved.date;
}

function readHeading(source: SourceLine, start: number, level: number, file: string, current: Edition): void {
  const { tracker, roundDates } = current;
  const content = source.content;
  const bar = content.indexOf('|', start);
  const name = content.slice(start, bar === -1 ? undefined : bar).trim();
  if (name === '') throw new ParseError({ file, line: source.number, column: start + 1 }, 'expected a stage or group name after the heading marker');
  current.place = undefined;
  if (bar === -1) {
    tracker.setHeading(level, name.replace(/\s+/g, ' '));
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
