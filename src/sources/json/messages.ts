// Every user-facing text of the JSON format in one place: what each field expects, and how a
// broken field is described (`match is missing "date" (expected YYYY-MM-DD)`).
import { MATCH_STATUSES } from '../../domain/vocabulary.js';
import type { JsonPath, JsonValue } from '../../domain/located-json.js';

/** One thing wrong with an entry; `path` is relative to the entry, `atKey` points at the field name. */
export interface Problem {
  readonly path: JsonPath;
  readonly detail: string;
  readonly atKey?: boolean;
}

export type EntryNoun = 'match' | 'status update' | 'competition status' | 'entry';

const SIDE_OR_TEAM = '"home", "away" or the name of the home or away team';
const PAIR = '[home, away] goal counts, like [2, 1]';
const BOOLEAN = 'true or false';

// Looked up by the field's path with indices written `[]`, then by its last name.
const EXPECTED: Readonly<Record<string, string>> = {
  kind: '"match", "status" or "competition-status"',
  $schema: 'a path or URL of the JSON Schema',
  competition: 'a name like "UEFA Champions League", or {"name", "sex", "kind"}',
  'competition.name': 'a competition name',
  'competition.sex': '"men" or "women"',
  'competition.kind': '"league", "cup" or "international_tournament"',
  season: '"2019/20" for a club season or "2022" for a tournament year',
  stage: 'a stage name like "Round of 16"',
  group: 'a group name like "A"',
  date: 'YYYY-MM-DD',
  time: 'HH:MM on a 24-hour clock, like "20:45"',
  utcOffset: '+HH:MM or -HH:MM, like "+01:00"',
  venue: 'a stadium name',
  city: 'a city name',
  country: 'a country name',
  home: 'a team name, or {"name", "code"}',
  away: 'a team name, or {"name", "code"}',
  name: 'a name',
  'home.name': 'a team name',
  'away.name': 'a team name',
  code: 'a three-letter code in capitals, like "ITA"',
  neutral: BOOLEAN,
  behindClosedDoors: BOOLEAN,
  penalty: BOOLEAN,
  ownGoal: BOOLEAN,
  converted: BOOLEAN,
  score: 'an object with halfTime, fullTime, extraTime and penalties',
  'score.halfTime': PAIR,
  'score.fullTime': PAIR,
  'score.extraTime': PAIR,
  'score.penalties': PAIR,
  status: MATCH_STATUSES.map((s) => `"${s}"`).join(', '),
  statusNote: 'a short text',
  attendance: 'a whole number of spectators',
  goals: 'a list of goals',
  'goals[]': 'a goal like {"team": "home", "scorer": "…", "minute": 16}',
  'goals[].team': SIDE_OR_TEAM,
  scorer: 'a player name',
  taker: 'a player name',
  minute: "a whole minute from 1 to 120 (90 for 90+3')",
  stoppage: "a minute of stoppage time from 1 to 30 (3 for 90+3')",
  period: '"first_half", "second_half", "extra_time_first" or "extra_time_second"',
  shootout: 'a list of shoot-out kicks',
  'shootout[]': 'a kick like {"team": "home", "taker": "…", "converted": true}',
  'shootout[].team': SIDE_OR_TEAM,
  team: 'the name of either team of the match',
};

/** `goals[2].minute` */
export function fieldLabel(path: JsonPath): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join('');
}

/** What the field at `path` expects, for the `(expected …)` part of a message. */
export function expectedAt(path: JsonPath, fallback: string): string {
  const generic = path.map((part) => (typeof part === 'number' ? '[]' : `.${String(part)}`)).join('').replace(/^\./, '');
  let key = generic;
  while (key) {
    const hint = EXPECTED[key];
    if (hint) return hint;
    key = key.endsWith('[]') ? key.slice(0, -2) : '';
  }
  const last = [...path].reverse().find((part) => typeof part === 'string');
  return (last !== undefined ? EXPECTED[String(last)] : undefined) ?? fallback;
}

/** A short rendering of a value the user wrote. */
export function showValue(value: JsonValue | undefined): string {
  if (value === undefined) return 'missing';
  if (Array.isArray(value) && value.length > 4) return `a list of ${value.length} items`;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const subject = (noun: EntryNoun, path: JsonPath): string => (path.length ? `${noun} ${fieldLabel(path)}` : noun);

export const messages = {
  missing: (noun: EntryNoun, parent: JsonPath, key: string, expected: string) =>
    `${subject(noun, parent)} is missing "${key}" (expected ${expected})`,
  invalid: (noun: EntryNoun, path: JsonPath, value: JsonValue | undefined, expected: string) =>
    `${noun} "${fieldLabel(path)}" is ${showValue(value)} (expected ${expected})`,
  unknownField: (noun: EntryNoun, parent: JsonPath, key: string, suggestion: string | undefined) =>
    `${subject(noun, parent)} has unknown field "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
  fieldOfOtherEntry: (noun: EntryNoun, key: string, owners: readonly string[]) =>
    `${noun} has no field "${key}": it is a field of ${owners.map((o) => `"kind": "${o}"`).join(' or ')} entries${owners.includes('match') ? ' (to change a known match\'s score or goals, post the whole match again as "kind": "match"; it corrects the one stored)' : ''}`,
  notAnEntry: (value: JsonValue) => `entry is ${showValue(value)} (expected an object with "kind": "match", "status" or "competition-status")`,
  notADocument: (value: JsonValue) => `the document is ${showValue(value)} (expected an object or an array of objects)`,
  seasonSpan: (season: string) => `match "season" is "${season}" (expected two consecutive years, like "2019/20")`,
  sameTeams: (name: string) => `match has "${name}" as both home and away team`,
  scoreBelow: (later: string, earlier: string, laterScore: string, earlierScore: string) =>
    `match "score.${later}" ${laterScore} is less than "score.${earlier}" ${earlierScore} (goals are never taken away)`,
  scoreNeeds: (field: string, needed: string) => `match "score.${field}" needs "score.${needed}" too`,
  penaltiesNeedDraw: (after: string, score: string) =>
    `match "score.penalties" needs a level score after ${after}, but it is ${score}`,
  penaltiesLevel: (score: string) => `match "score.penalties" is ${score} (expected a winner)`,
  playedWithoutScore: () => 'match "status" is "played" but "score.fullTime" is missing',
  scheduledWithScore: () => 'match "status" is "scheduled" but "score.fullTime" is given',
  listWithoutScore: (field: 'goals' | 'shootout', needed: string) => `match has "${field}" but no "score.${needed}"`,
  unknownSide: (path: JsonPath, team: string, home: string, away: string) =>
    `match "${fieldLabel(path)}" is "${team}" (expected "home", "away", "${home}" or "${away}")`,
  periodMismatch: (path: JsonPath, period: string, minute: number, actual: string) =>
    `match "${fieldLabel(path)}" is "${period}" but minute ${minute} is in the ${actual.replace(/_/g, ' ')}`,
  stoppageMinute: (path: JsonPath, minute: number) =>
    `match "${fieldLabel(path)}" needs "minute" 45, 90, 105 or 120 (the minute stoppage time follows), not ${minute}`,
  extraTimeGoal: (path: JsonPath, minute: number) =>
    `match "${fieldLabel(path)}" is in extra time (minute ${minute}) but "score.extraTime" is missing`,
  countsDiffer: (what: string, counted: string, field: string, score: string) =>
    `match ${what} add up to ${counted} but "score.${field}" is ${score}`,
  changesNothing: () =>
    'status update changes nothing (expected at least one of "status", "statusNote", "behindClosedDoors", "attendance")',
  duplicateMatch: (date: string, home: string, away: string, where: string) =>
    `match ${date} ${home} v ${away} is entered twice (first at ${where})`,
} as const;

const FIELD_NAMES: readonly string[] = [...new Set(Object.keys(EXPECTED).map((key) => key.split('.').pop() ?? key))].filter(
  (name) => !name.endsWith('[]'),
);

const squash = (name: string): string => name.toLowerCase().replace(/[-_ ]/g, '');

/** The field the user probably meant by an unknown `key`: same letters, or one or two typos away. */
export function suggestField(key: string): string | undefined {
  const exact = FIELD_NAMES.find((name) => squash(name) === squash(key));
  if (exact) return exact;
  const near = FIELD_NAMES.map((name) => [name, editDistance(squash(name), squash(key))] as const)
    .filter(([, distance]) => distance <= 2)
    .sort((a, b) => a[1] - b[1]);
  return near[0]?.[0];
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
