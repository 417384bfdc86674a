// Writes MatchData as Football.TXT: one document per competition edition, dates always with
// their year, times with UTC offsets, scores in canonical form, goal blocks with `;`.
import { UsageError } from '../../domain/errors.js';
import type { MatchData } from '../../domain/match-data.js';
import { MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS, parseIso, weekdayOf } from './calendar.js';
import { neutralPolicyOf } from './competitions.js';
import { formatGoalBlock } from './goals.js';
import { formatHeader } from './header.js';
import { hostsFor } from './hosts.js';
import { finalScore, formatScore } from './score.js';
import { groupStageAfter, LEAGUE_STAGE } from './stages.js';
import { bareGroupName } from '../../domain/group-name.js';
import { formatStatus } from './status.js';
import { formatTeam } from './teams.js';

/**
 * A Football.TXT document for the matches of one competition edition, in the order given except
 * that matches under the same heading are kept together.
 *
 * @example writeFootballTxt(parseFootballTxt(text, 'cup.txt').matches.map((m) => m.match))
 */
export function writeFootballTxt(given: readonly MatchData[]): string {
  // The store keeps bare group names (`A`); a Football.TXT heading needs `Group A`.
  const matches = given.map((m) =>
    m.group !== undefined && bareGroupName(m.group) === m.group ? { ...m, group: `Group ${m.group}` } : m,
  );
  const first = matches[0];
  if (first === undefined) return '';
  const editionKey = keyOf(first);
  const stray = matches.find((m) => keyOf(m) !== editionKey);
  if (stray) {
    throw new UsageError(`one Football.TXT document holds one competition edition, not both ${editionKey} and ${keyOf(stray)}`);
  }
  const hosts = neutralPolicyOf(first.competition) === 'host' ? hostsFor(matches) : [];
  const out: string[] = [formatHeader(first.competition, first.edition, hosts), ''];
  const blocks = new GoalBlocks(matches);
  const groupStagesWritten = new Set<string>();
  let groupBlocks = 0;
  const ordered = byHeading(matches);
  let heading: string | undefined;
  let section: string | undefined;
  let date: string | undefined;
  let time: string | undefined;
  for (const match of ordered) {
    const key = headingKey(match);
    if (key !== heading) {
      if (match.group !== undefined && match.stage !== undefined && !groupStagesWritten.has(match.stage.name)) {
        groupStagesWritten.add(match.stage.name);
        groupBlocks += 1;
        out.push('', ...groupDefinitions(matches, match.stage.name));
      }
      if (match.stage?.kind === 'league' && match.stage.name !== LEAGUE_STAGE && match.stage.name !== section) {
        section = match.stage.name;
        out.push('', `== ${section}`);
      }
      const text = headingText(match, groupBlocks);
      if (text !== undefined) out.push('', `▪ ${text}`);
      heading = key;
      date = undefined;
    }
    // A new date line also clears the time a match without one would otherwise inherit.
    if (match.date !== date || (match.time === undefined && time !== undefined)) {
      out.push(dateLine(match.date));
      date = match.date;
      time = undefined;
    }
    out.push(matchLine(match));
    if (match.time !== undefined) time = match.time;
    const block = blocks.blockFor(match);
    if (block !== undefined) out.push(`      ${block}`);
  }
  return `${out.join('\n')}\n`;
}

/** One document per competition edition, named like `fifa-world-cup-2022.txt`. */
export function writeFootballTxtFiles(matches: readonly MatchData[]): { name: string; text: string }[] {
  const editions = new Map<string, MatchData[]>();
  for (const match of matches) {
    const key = keyOf(match);
    const list = editions.get(key);
    if (list) list.push(match);
    else editions.set(key, [match]);
  }
  return [...editions.values()].map((list) => {
    const { competition, edition } = list[0]!;
    return { name: `${slug(competition.name)}-${slug(edition.name)}.txt`, text: writeFootballTxt(list) };
  });
}

function keyOf(match: MatchData): string {
  return `${match.competition.name} ${match.edition.name}`;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function headingKey(match: MatchData): string {
  return JSON.stringify([match.stage?.name ?? null, match.group ?? null, match.round ?? null, match.replay === true]);
}

/**
 * `Group A` where a reader would infer the stage from the blocks of group definitions so far,
 * `Second group stage, Group A` where it would not.
 */
function headingText(match: MatchData, groupBlocks: number): string | undefined {
  let name = match.stage?.name;
  if (match.group !== undefined) {
    const inferred = groupStageAfter(groupBlocks);
    const plain = match.stage === undefined || (match.stage.name === inferred.name && match.stage.kind === inferred.kind);
    name = plain ? match.group : `${match.stage!.name}, ${match.group}`;
  }
  if (name === undefined) return undefined;
  if (match.round !== undefined && match.group === undefined) {
    // A league's one stage is implied by its rounds; a named one is a `==` section above them.
    name = match.stage?.kind === 'league' ? match.round : `${name}, ${match.round}`;
  }
  return match.replay === true ? `${name}, Replays` : name;
}

/** Matches without a stage first (no heading can be closed), then headings in order of first appearance. */
function byHeading(matches: readonly MatchData[]): MatchData[] {
  const rank = new Map<string, number>();
  for (const match of matches) {
    const key = headingKey(match);
    if (!rank.has(key)) rank.set(key, match.stage === undefined && match.group === undefined ? -1 : rank.size);
  }
  return [...matches].sort((a, b) => rank.get(headingKey(a))! - rank.get(headingKey(b))!);
}

function groupDefinitions(matches: readonly MatchData[], stage: string): string[] {
  const groups = new Map<string, string[]>();
  for (const match of matches) {
    if (match.stage?.name !== stage || match.group === undefined) continue;
    const teams = groups.get(match.group) ?? [];
    for (const team of [formatTeam(match.home), formatTeam(match.away)]) if (!teams.includes(team)) teams.push(team);
    groups.set(match.group, teams);
  }
  return [...groups].map(([group, teams]) => `${group}  |  ${teams.join('  ')}`);
}

function dateLine(date: string): string {
  const { year, month, day } = parseIso(date);
  return `${WEEKDAY_ABBREVIATIONS[weekdayOf(year, month, day)]} ${MONTH_ABBREVIATIONS[month - 1]} ${day} ${String(year).padStart(4, '0')}`;
}

function utcText(offset: string): string {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!match) return `UTC${offset}`;
  const hours = String(Number(match[2]));
  return match[3] === '00' ? `UTC${match[1]}${hours}` : `UTC${match[1]}${hours}:${match[3]}`;
}

function matchLine(match: MatchData): string {
  const parts: string[] = [];
  if (match.matchNumber !== undefined) parts.push(`(${match.matchNumber})`);
  if (match.time !== undefined) parts.push(match.utcOffset === undefined ? match.time : `${match.time} ${utcText(match.utcOffset)}`);
  parts.push(`${formatTeam(match.home)} v ${formatTeam(match.away)}`);
  const score = formatScore(match.score);
  if (score !== undefined) parts.push(score);
  const implied = score === undefined ? 'scheduled' : 'played';
  if (match.status !== implied || match.statusNote !== undefined) parts.push(formatStatus(match.status, match.statusNote));
  if (match.venue !== undefined || match.city !== undefined) {
    parts.push(`@ ${match.venue ?? ''}${match.city === undefined ? '' : `, ${match.city}`}`);
  }
  if (match.notes !== undefined && match.notes.length > 0) parts.push(`## ${match.notes.join(' ## ')}`);
  return `  ${parts.join('  ')}`;
}

/** Decides which matches get a goal block, so a reader gives back `goals` exactly. */
class GoalBlocks {
  /** Whether the document will hold a goal block besides the ones only needed for goalless matches. */
  private readonly hasOtherBlocks: boolean;

  constructor(matches: readonly MatchData[]) {
    this.hasOtherBlocks = matches.some((m) => m.goals !== undefined && (m.goals.length > 0 || !playedGoalless(m)));
  }

  blockFor(match: MatchData): string | undefined {
    const goals = match.goals;
    if (goals === undefined) return undefined;
    if (goals.length > 0) return formatGoalBlock(goals, finalScore(match.score));
    // A reader gives a played 0-0 no goals by itself once the file lists scorers anywhere.
    if (playedGoalless(match) && this.hasOtherBlocks) return undefined;
    return '()';
  }
}

function playedGoalless(match: MatchData): boolean {
  const final = finalScore(match.score);
  return match.status === 'played' && final !== undefined && final[0] === 0 && final[1] === 0;
}
