// The `=` header line: `= World Cup 2022  # in Qatar, ...`, `= UEFA Champions League - Quali 2024/25`.
import type { CompetitionRef, EditionRef } from '../../domain/match-data.js';
import { nameKey } from '../../domain/names.js';
import { MONTH_NAMES } from './calendar.js';
import { competitionOf, type NeutralPolicy, titleOf } from './competitions.js';
import { Cursor } from './cursor.js';
import type { SourceLine } from './lines.js';

export interface FootballTxtHeader {
  readonly line: number;
  readonly competition: CompetitionRef;
  /** Undefined when the header names no season (`= World Cup Finals`): each match's year gives it. */
  readonly edition?: EditionRef;
  /** The header says `- Quali` or `Qualification`: every stage is a qualifying stage. */
  readonly qualifying: boolean;
  /** Text after the season that is not a qualifying mark: a stage for the whole edition. */
  readonly section?: string;
  /** Host countries named in the header comment (`# in Qatar`). */
  readonly hosts: readonly string[];
  readonly neutral: NeutralPolicy;
}

const SEASON = /(?:^|\s)((\d{4})(?:\s*[/-]\s*(\d{4}|\d{2}))?)(?=\s|$)/g;

/**
 * `= English Premier League 2024/25`, `=Bundesliga 2024/25=`, `=World Cup 1994 Qualification=`,
 * `= World Cup Finals` (no season: the matches' years give the editions).
 */
export function parseHeader(source: SourceLine, file: string): FootballTxtHeader {
  const cursor = new Cursor(source.content, file, source.number);
  cursor.skipSpaces();
  if (cursor.take(/=\s*/y) === undefined) throw cursor.error('expected a header like `= World Cup 2022` or `= UEFA Champions League 2011/12`');
  const textStart = cursor.pos;
  const text = source.content.slice(textStart).replace(/\s*=+\s*$/, '');
  let season: RegExpExecArray | undefined;
  for (const found of text.matchAll(SEASON)) season = found as RegExpExecArray;
  let edition: EditionRef | undefined;
  let titleText = text.trim();
  let after = '';
  if (season !== undefined) {
    const seasonText = season[1]!;
    const seasonPos = season.index + season[0].indexOf(seasonText);
    const startYear = Number(season[2]);
    let endYear = startYear;
    if (season[3] !== undefined) {
      endYear = season[3].length === 4 ? Number(season[3]) : Math.floor(startYear / 100) * 100 + Number(season[3]);
      if (endYear < startYear) endYear += 100;
    }
    if (startYear < 1800 || startYear > 2999 || endYear - startYear > 1) {
      throw cursor.error(`expected a season like 2022 or 2011/12, not ${seasonText}`, textStart + seasonPos);
    }
    titleText = text.slice(0, seasonPos).trim();
    after = text.slice(seasonPos + seasonText.length).trim();
    edition = { name: seasonText.replace(/\s+/g, ''), startYear, endYear };
  }
  // Without a season the title stays whole (`World Cup Qualifying`): its matches' years are no
  // editions of the competition it names.
  const [title, qualifyingTitle] = edition === undefined ? [titleText, false] : splitQualifying(titleText);
  if (title === '') throw cursor.error('expected a competition name after =', textStart);
  const qualifyingAfter = /^(-\s*)?quali/i.test(after);
  const { competition, neutral } = competitionOf(title);
  return {
    line: source.number,
    competition,
    ...(edition === undefined ? {} : { edition }),
    qualifying: qualifyingTitle || qualifyingAfter,
    ...(after !== '' && !qualifyingAfter ? { section: after.replace(/^-\s*/, '') } : {}),
    hosts: hostsOf(source.comment),
    neutral,
  };
}

function splitQualifying(title: string): [string, boolean] {
  const parts = /^(.*?)\s+-\s+(.*)$/.exec(title);
  if (parts && /^quali/i.test(parts[2]!)) return [parts[1]!, true];
  const trailing = /^(.*?)\s+(qualifying|qualification|qualifiers)$/i.exec(title);
  if (trailing) return [trailing[1]!, true];
  return [title, false];
}

/** `in Qatar, November 20 - December 18` → ['Qatar']; `in Korea n Japan` → ['Korea', 'Japan']. */
function hostsOf(comment: string | undefined): string[] {
  const match = /^in\s+(.*)$/i.exec(comment ?? '');
  if (!match) return [];
  const words: string[] = [];
  for (const word of match[1]!.split(/\s+/)) {
    if (/^\d/.test(word) || new RegExp(`^(${MONTH_NAMES})\\b`, 'i').test(word)) break;
    words.push(word);
    if (word.endsWith(',')) break;
  }
  return words
    .join(' ')
    .replace(/,$/, '')
    .split(/\s*\/\s*|\s+(?:n|&)\s+/)
    .map((host) => host.trim())
    .filter((host) => host !== '');
}

/** Spellings of a host that name the same team. */
const HOST_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'united states': ['usa', 'united states of america'],
  usa: ['united states'],
  korea: ['south korea', 'korea republic'],
  'south korea': ['korea', 'korea republic'],
};

/** Whether a team is one of the hosts (best effort: names and a few aliases). */
export function isHost(hosts: readonly string[], team: string): boolean {
  const key = nameKey(team);
  return hosts.some((host) => {
    const hostKey = nameKey(host);
    return hostKey === key || (HOST_ALIASES[hostKey] ?? []).includes(key);
  });
}

/** `= World Cup 2022   # in Qatar` */
export function formatHeader(competition: CompetitionRef, edition: EditionRef, hosts: readonly string[]): string {
  const line = `= ${titleOf(competition)} ${edition.name}`;
  return hosts.length === 0 ? line : `${line}   # in ${hosts.join(' / ')}`;
}
