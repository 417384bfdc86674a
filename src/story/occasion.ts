// How a story names the occasion: "the 2014 World Cup semi-final", "a friendly", "Group H".
import type { MatchData } from '../domain/match-data.js';
import type { StageKind } from '../domain/vocabulary.js';

/** Stage kinds as running text writes them, singular (the match) and plural (the round). */
const STAGE_WORDS: Readonly<Record<StageKind, { one: string; round: string; tie: string }>> = {
  qualifying: { one: 'qualifier', round: 'qualifying round', tie: 'qualifying' },
  group: { one: 'group match', round: 'group stage', tie: 'group' },
  second_group: { one: 'second-round group match', round: 'second group stage', tie: 'second-round' },
  final_group: { one: 'final-round match', round: 'final round', tie: 'final-round' },
  league_phase: { one: 'league-phase match', round: 'league phase', tie: 'league-phase' },
  league: { one: 'league match', round: 'league', tie: 'league' },
  playoff: { one: 'play-off', round: 'play-offs', tie: 'play-off' },
  first_round: { one: 'first-round match', round: 'first round', tie: 'first-round' },
  round_of_32: { one: 'round-of-32 match', round: 'round of 32', tie: 'round-of-32' },
  round_of_16: { one: 'round-of-16 match', round: 'round of 16', tie: 'round-of-16' },
  quarter_final: { one: 'quarter-final', round: 'quarter-finals', tie: 'quarter-final' },
  semi_final: { one: 'semi-final', round: 'semi-finals', tie: 'semi-final' },
  third_place: { one: 'match for third place', round: 'match for third place', tie: 'third-place' },
  final: { one: 'final', round: 'final', tie: 'final' },
  other: { one: 'match', round: 'next round', tie: 'knockout' },
};

/** The round as a destination: "the quarter-finals", "the final". */
export function roundWritten(kind: StageKind | undefined): string | undefined {
  return kind === undefined || kind === 'other' ? undefined : STAGE_WORDS[kind].round;
}

/** One match of a stage: "semi-final", "round-of-16 match". */
export function stageMatchWritten(kind: StageKind): string {
  return STAGE_WORDS[kind].one;
}

/**
 * The competition as running text names it: organisers' prefixes dropped ("World Cup",
 * "Champions League"), a qualification competition as its qualifiers.
 *
 * @example competitionWritten('FIFA World Cup') // 'World Cup'
 */
export function competitionWritten(name: string): string {
  return name.replace(/^(FIFA|UEFA|CONMEBOL|CONCACAF|AFC|CAF|OFC)\s+/, '').replace(/\s+qualification$/i, '');
}

/** "a" or "an" before a word as it is said: "an African Cup of Nations qualifier", "an 1888 friendly", "a UEFA…". */
export function article(word: string): string {
  return /^([AEIOaeio]|8|11|18)/.test(word) ? 'an' : 'a';
}

function isQualification(name: string): boolean {
  return /qualification$/i.test(name);
}

function isFriendly(name: string): boolean {
  return /^friendly$/i.test(name.trim());
}

/** "2014 World Cup", "2020/21 Champions League": the title a final is for. */
export function titleWritten(match: MatchData): string {
  const comp = competitionWritten(match.competition.name);
  return match.edition.name && !comp.includes(match.edition.name) ? `${match.edition.name} ${comp}` : comp;
}

/**
 * What the match was, with its article: "the 2014 World Cup semi-final", "the second leg of the
 * 2020/21 Champions League round of 16", "a World Cup qualifier", "a friendly".
 */
export function occasionWritten(match: MatchData, leg?: { index: number; of: number }): string {
  const name = match.competition.name;
  if (isFriendly(name)) return 'a friendly';
  const comp = competitionWritten(name);
  if (isQualification(name)) return `${article(comp)} ${comp} qualifier`;
  const title = titleWritten(match);
  const stage = match.stage;
  if (!stage) return `${article(title)} ${title} match`;
  if (stage.kind === 'other') return `${article(title)} ${title} match (${stage.name})`;
  if (leg && leg.of === 2) return `the ${leg.index === 0 ? 'first' : 'second'} leg of their ${title} ${STAGE_WORDS[stage.kind].tie} tie`;
  if (stage.kind === 'group' || stage.kind === 'second_group') {
    return match.group ? `${article(title)} ${title} Group ${match.group} match` : `${article(title)} ${title} ${STAGE_WORDS[stage.kind].one}`;
  }
  if (stage.kind === 'final' || stage.kind === 'semi_final' || stage.kind === 'quarter_final' || stage.kind === 'third_place') {
    return `the ${title} ${STAGE_WORDS[stage.kind].one}`;
  }
  return `${article(title)} ${title} ${STAGE_WORDS[stage.kind].one}`;
}

/** "Group H"; "their group" when the data names none (a group known only by its teams); or the league phase's table. */
export function tableWritten(group: string | undefined): string {
  if (group === undefined) return 'the league phase table';
  if (/^Group\s+\S+$/i.test(group)) return group;
  return /^\S+$/.test(group) ? `Group ${group}` : 'their group';
}
