import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../domain/errors.js';
import type { CompetitionRef, EditionRef, GoalData, MatchData, Score, StageRef, TeamRef } from '../../domain/match-data.js';
import { nameKey } from '../../domain/names.js';
import { stageKindOf } from '../../domain/stage-kind.js';
import type { MatchStatus } from '../../domain/vocabulary.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar.js';
import { periodOf } from './goals.js';
import { parseFootballTxt } from './parser.js';
import { finalScore } from './score.js';
import { writeFootballTxt } from './writer.js';

const ROOT = fileURLToPath(new URL('../../../../shared/data/football-txt/', import.meta.url));
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
const TEXTS = walk(ROOT).sort().map((path) => readFileSync(path, 'utf8'));

/** Runs the parser and lets only ParseError escape as a failure the property accepts. */
function parsesOrParseError(text: string): void {
  try {
    parseFootballTxt(text, 'fuzz.txt');
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    expect(error.location.line).toBeGreaterThanOrEqual(1);
  }
}

describe('the parser never fails with anything but a ParseError', () => {
  it('on arbitrary text, with or without a header', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.string({ unit: 'grapheme', maxLength: 200 }), (withHeader, body) => {
        parsesOrParseError(withHeader ? `= World Cup 2022\n▪ Final\nSun Dec 18\n${body}` : body);
      }),
      { numRuns: 500 },
    );
  });

  it('on arbitrary mutations of real lines', () => {
    const alphabet = fc.constantFrom(...'0123456789-:;,.()[]@#\'/+ v»▪abcdefpenogUTC\t'.split(''), 'a.e.t.', 'pen.', '\r\n', '  ');
    fc.assert(
      fc.property(
        fc.nat({ max: TEXTS.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 200 }), fc.nat({ max: 3 }), alphabet), { minLength: 1, maxLength: 4 }),
        (fileIndex, edits) => {
          const lines = TEXTS[fileIndex]!.split('\n');
          for (const [lineIndex, at, remove, insert] of edits) {
            const index = lineIndex % lines.length;
            const line = lines[index]!;
            const pos = Math.min(at, line.length);
            lines[index] = line.slice(0, pos) + insert + line.slice(pos + remove);
          }
          parsesOrParseError(lines.join('\n'));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('export → parse round-trips the shared files', () => {
  const ALL = TEXTS.map((text) => parseFootballTxt(text, 'x').matches.map((m) => m.match));

  it('any run of consecutive matches from any file, written and read back, is unchanged', () => {
    fc.assert(
      fc.property(fc.nat({ max: ALL.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 40 }), (fileIndex, start, length) => {
        const matches = ALL[fileIndex]!;
        const from = start % matches.length;
        const slice = matches.slice(from, from + length);
        // Stage order is numbered from the first stage a document shows, so renumber the slice.
        const orders = new Map<string, number>();
        const expected = slice.map((m) => {
          if (m.stage === undefined) return m;
          if (!orders.has(m.stage.name)) orders.set(m.stage.name, orders.size + 1);
          return { ...m, stage: { ...m.stage, order: orders.get(m.stage.name)! } };
        });
        const again = parseFootballTxt(writeFootballTxt(slice), 'w').matches.map((m) => m.match);
        expect(withoutHostDependentFields(again, slice)).toEqual(withoutHostDependentFields(expected, slice));
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * A slice may leave out the matches that showed who the host is, or be entirely goalless in a
 * file that lists scorers; those two fields depend on the whole file, so compare them only when
 * the slice still carries the evidence.
 */
function withoutHostDependentFields(matches: MatchData[], slice: MatchData[]): unknown[] {
  const hostKnown = slice.some((m) => m.neutral === false) || slice.every((m) => m.neutral === true);
  const scorersKnown = slice.some((m) => m.goals !== undefined && m.goals.length > 0);
  return matches.map((m) => {
    const copy: Record<string, unknown> = { ...m };
    if (!hostKnown) delete copy.neutral;
    if (!scorersKnown && m.goals !== undefined && m.goals.length === 0) delete copy.goals;
    return copy;
  });
}

// ---- generated MatchData within what Football.TXT can say ----

const COMPETITIONS: readonly { competition: CompetitionRef; season: 'year' | 'season'; neutral: 'host' | 'final' | 'none' }[] = [
  { competition: { name: 'FIFA World Cup', sex: 'men', kind: 'international_tournament' }, season: 'year', neutral: 'host' },
  { competition: { name: 'UEFA Champions League', sex: 'men', kind: 'cup' }, season: 'season', neutral: 'final' },
  { competition: { name: 'Premier League', sex: 'men', kind: 'league' }, season: 'season', neutral: 'none' },
  { competition: { name: 'DFB-Pokal', sex: 'men', kind: 'cup' }, season: 'season', neutral: 'none' },
];

// Month and weekday names would read as dates at the start of a line.
const CALENDAR_WORD = new RegExp(`^(${MONTH_NAMES}|${WEEKDAY_NAMES})$`, 'i');
// Letters only: the Latin-1 ranges À-Ý and à-ÿ also hold × and ÷, which no name contains.
const word = fc.stringMatching(/^[A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ]{1,8}$/).filter((w) => !CALENDAR_WORD.test(w));
const teamName = fc.oneof(
  fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.option(fc.integer({ min: 1, max: 2099 }), { nil: undefined })).map(
    ([words, number]) => [...words, ...(number === undefined ? [] : [String(number)])].join(' '),
  ),
  fc.constantFrom('1. FC Köln', 'FK Bodø/Glimt', 'Brighton & Hove Albion', "Côte d'Ivoire", "St. Joseph's FC", '1899 Hoffenheim'),
);
const personName = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
  fc.constantFrom('M. Rosas', "N'Golo Kanté", 'Vinícius Jr.', 'Ángel Di María'),
);
const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const pair = fc.tuple(fc.nat({ max: 9 }), fc.nat({ max: 9 }));

const scoreArb: fc.Arbitrary<Score> = fc
  .record({ fullTime: pair, halfTime: fc.option(pair, { nil: undefined }), extraTime: fc.option(pair, { nil: undefined }), penalties: fc.option(pair, { nil: undefined }) })
  .map((s) => ({
    ...(s.halfTime ? { halfTime: s.halfTime } : {}),
    fullTime: s.fullTime,
    ...(s.extraTime ? { extraTime: s.extraTime } : {}),
    ...(s.penalties ? { penalties: s.penalties } : {}),
  }));

const goalArb = (side: 'home' | 'away'): fc.Arbitrary<GoalData> =>
  fc
    .record({
      scorer: personName,
      minute: fc.integer({ min: 1, max: 120 }),
      stoppage: fc.option(fc.integer({ min: 1, max: 15 }), { nil: undefined }),
      penalty: fc.boolean(),
      ownGoal: fc.boolean(),
    })
    .map((g) => ({
      side,
      scorer: { name: g.scorer },
      minute: g.minute,
      ...(g.stoppage !== undefined && [45, 90, 105, 120].includes(g.minute) ? { stoppage: g.stoppage } : {}),
      period: periodOf(g.minute),
      penalty: g.penalty,
      ownGoal: g.ownGoal,
    }));

interface Raw {
  home: string;
  away: string;
  code: boolean;
  day: number;
  time?: string;
  utcOffset?: string;
  status: MatchStatus;
  score: Score;
  statusNote?: string;
  venue?: string;
  city?: string;
  matchNumber?: number;
  notes?: string[];
  homeGoals: GoalData[];
  awayGoals: GoalData[];
}

const rawArb: fc.Arbitrary<Raw> = fc
  .record({
    home: teamName,
    away: teamName,
    code: fc.boolean(),
    day: fc.nat({ max: 500 }),
    time: fc.option(fc.tuple(fc.nat({ max: 23 }), fc.constantFrom(0, 15, 30, 45)), { nil: undefined }),
    utcOffset: fc.option(fc.tuple(fc.constantFrom('+', '-'), fc.nat({ max: 12 }), fc.constantFrom(0, 30)), { nil: undefined }),
    status: fc.constantFrom<MatchStatus>('played', 'played', 'played', 'scheduled', 'awarded', 'cancelled', 'postponed', 'abandoned', 'suspended'),
    score: scoreArb,
    withScore: fc.boolean(),
    statusNote: fc.option(phrase, { nil: undefined }),
    venue: fc.option(phrase, { nil: undefined }),
    city: fc.option(phrase, { nil: undefined }),
    matchNumber: fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
    notes: fc.option(fc.array(phrase, { minLength: 1, maxLength: 2 }), { nil: undefined }),
    homeGoals: fc.array(goalArb('home'), { maxLength: 3 }),
    awayGoals: fc.array(goalArb('away'), { maxLength: 3 }),
  })
  .filter((r) => r.home !== r.away)
  .map((r) => {
    const scored = r.status === 'played' || (r.status !== 'scheduled' && r.withScore);
    return {
      home: r.home,
      away: r.away,
      code: r.code,
      day: r.day,
      ...(r.time ? { time: `${String(r.time[0]).padStart(2, '0')}:${String(r.time[1]).padStart(2, '0')}` } : {}),
      ...(r.time && r.utcOffset ? { utcOffset: `${r.utcOffset[0]}${String(r.utcOffset[1]).padStart(2, '0')}:${String(r.utcOffset[2]).padStart(2, '0')}` } : {}),
      status: r.status,
      score: scored ? r.score : {},
      ...(r.statusNote && r.status !== 'played' && r.status !== 'scheduled' ? { statusNote: r.statusNote } : {}),
      ...(r.venue ? { venue: r.venue } : {}),
      ...(r.city ? { city: r.city } : {}),
      ...(r.matchNumber ? { matchNumber: r.matchNumber } : {}),
      ...(r.notes ? { notes: r.notes } : {}),
      homeGoals: r.homeGoals,
      awayGoals: r.awayGoals,
    };
  });

const KNOCKOUT = ['Round of 16', 'Quarter-finals', 'Semi-finals', 'Match for third place', 'Final', 'Playoffs', 'League'];

interface Segment {
  heading: { group: string } | { stage: string; replay: boolean };
  matches: Raw[];
}

/** National teams (World Cups name their hosts in the header) are plain names. */
const plainName = (name: string): string => name.replace(/[^\p{L}' ]/gu, '').trim().replace(/\s+/g, ' ') || 'Team';

const documentArb = fc
  .record({
    competition: fc.nat({ max: COMPETITIONS.length - 1 }),
    year: fc.integer({ min: 1930, max: 2030 }),
    groups: fc.uniqueArray(fc.constantFrom('Group A', 'Group B', 'Group C', 'Group 1'), { maxLength: 3 }),
    stages: fc.uniqueArray(fc.tuple(fc.constantFrom(...KNOCKOUT), fc.boolean()), {
      maxLength: 4,
      selector: ([name, replay]) => `${name}${replay}`,
    }),
    // The same fixture twice on one day is a repeated line, which the parser stores once (and says so).
    matches: fc.uniqueArray(rawArb, { minLength: 1, maxLength: 12, selector: (m) => `${m.day}|${m.home}|${m.away}` }),
    scorers: fc.boolean(),
    host: fc.option(fc.nat(), { nil: undefined }),
  })
  // A file names each team one way: two names a reader takes for one team (Aa and Aà, as a header's
  // host is matched) would be one team, not two.
  .filter((d) => {
    const asWritten = COMPETITIONS[d.competition]!.neutral === 'host' ? plainName : (name: string) => name;
    const names = new Set(d.matches.flatMap((m) => [asWritten(m.home), asWritten(m.away)]));
    return new Set([...names].map(nameKey)).size === names.size;
  })
  .map((d) => {
    const headings: Segment['heading'][] = [
      ...d.groups.map((group) => ({ group })),
      ...d.stages.map(([stage, replay]) => ({ stage, replay })),
    ];
    if (headings.length === 0) headings.push({ stage: 'Final', replay: false });
    // Spread matches over the headings in order, at least one per heading where possible.
    const segments: Segment[] = headings.map((heading) => ({ heading, matches: [] }));
    d.matches.forEach((m, i) => segments[Math.min(i, segments.length - 1) === i ? i : i % segments.length]!.matches.push(m));
    return { ...d, segments: segments.filter((s) => s.matches.length > 0) };
  });

function build(d: typeof documentArb extends fc.Arbitrary<infer T> ? T : never): MatchData[] {
  const { competition, season, neutral } = COMPETITIONS[d.competition]!;
  const edition: EditionRef =
    season === 'year'
      ? { name: String(d.year), startYear: d.year, endYear: d.year }
      : { name: `${d.year}/${String((d.year + 1) % 100).padStart(2, '0')}`, startYear: d.year, endYear: d.year + 1 };
  const all = d.segments.flatMap((s) => s.matches);
  const host = d.host === undefined ? undefined : all[d.host % all.length]!.home;
  const orders = new Map<string, number>();
  const out: MatchData[] = [];
  for (const segment of d.segments) {
    for (const raw of segment.matches) {
      const plain = (name: string): string => (neutral === 'host' ? plainName(name) : name);
      const team = (name: string, code: string): TeamRef =>
        raw.code && competition.kind === 'cup' ? { name: plain(name), code } : { name: plain(name) };
      let stage: StageRef;
      const heading = segment.heading;
      const stageName = 'group' in heading ? 'Group stage' : heading.stage;
      if (!orders.has(stageName)) orders.set(stageName, orders.size + 1);
      if ('group' in heading) stage = { name: stageName, kind: 'group', order: orders.get(stageName)! };
      else stage = { name: stageName, kind: stageKindOf(stageName), order: orders.get(stageName)! };
      const date = new Date(Date.UTC(d.year, 5, 1) + raw.day * 86_400_000).toISOString().slice(0, 10);
      const neutralFlag =
        neutral === 'host'
          ? host === undefined
            ? undefined
            : !(raw.home === host || raw.away === host || plain(raw.home) === plain(host) || plain(raw.away) === plain(host))
          : neutral === 'final'
            ? stage.kind === 'final'
            : undefined;
      const final = finalScore(raw.score);
      let goals: GoalData[] | undefined;
      if (d.scorers && raw.status === 'played' && final !== undefined) {
        goals = [...raw.homeGoals.slice(0, final[0]), ...raw.awayGoals.slice(0, final[1])];
      }
      out.push({
        competition,
        edition,
        stage,
        ...('group' in heading ? { group: heading.group } : {}),
        date,
        ...(raw.time ? { time: raw.time } : {}),
        ...(raw.utcOffset ? { utcOffset: raw.utcOffset } : {}),
        ...(raw.venue ? { venue: raw.venue } : {}),
        ...(raw.city ? { city: raw.city } : {}),
        home: team(raw.home, 'ENG'),
        away: team(raw.away, 'ESP'),
        ...(neutralFlag === undefined ? {} : { neutral: neutralFlag }),
        score: raw.score,
        status: raw.status,
        ...(raw.statusNote ? { statusNote: raw.statusNote } : {}),
        ...(raw.matchNumber ? { matchNumber: raw.matchNumber } : {}),
        ...('replay' in heading && heading.replay ? { replay: true } : {}),
        ...(goals === undefined ? {} : { goals }),
        ...(raw.notes ? { notes: raw.notes } : {}),
      });
    }
  }
  // A played 0-0 reads back as no goals, in any file: say so up front.
  return out.map((m) => {
    const final = finalScore(m.score);
    if (m.goals === undefined && m.status === 'played' && final?.[0] === 0 && final[1] === 0) return { ...m, goals: [] };
    return m;
  });
}

describe('generated matches round-trip through writer → parser', () => {
  it('any document of one competition edition reads back as written', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const matches = build(doc);
        const text = writeFootballTxt(matches);
        const again = parseFootballTxt(text, 'generated.txt').matches.map((m) => m.match);
        expect(again).toEqual(matches);
      }),
      { numRuns: 300 },
    );
  });
});

