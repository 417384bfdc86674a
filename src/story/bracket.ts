// What a knockout match decides, read from the bracket: the stage of a match the data leaves
// without one (the last match after the semi-finals is the final), and the round its winner goes to.
import type { MatchData } from '../domain/match-data.js';
import type { StageKind } from '../domain/vocabulary.js';
import { buildTies, tieRulesFor } from '../rules/ties/index.js';

/** Knockout rounds in the order they are played. */
const KNOCKOUT_ORDER: readonly StageKind[] = ['first_round', 'round_of_32', 'round_of_16', 'quarter_final', 'semi_final', 'final'];

/** The round a knockout stage's winners go to: "semi_final" after "quarter_final". */
export function nextKnockoutRound(kind: StageKind | undefined): StageKind | undefined {
  const i = kind === undefined ? -1 : KNOCKOUT_ORDER.indexOf(kind);
  return i >= 0 && i < KNOCKOUT_ORDER.length - 1 ? KNOCKOUT_ORDER[i + 1] : undefined;
}

/**
 * The stage of `match`: its own, or — for a match the data gives no stage — the final (or the
 * match for third place) when it comes after every semi-final and its teams are the semi-finals'
 * winners (losers), or, with the teams not yet known, when it is the edition's last match.
 *
 * @example inferredStage(finalWithoutStage, edition) // 'final'
 */
export function inferredStage(match: MatchData, edition: readonly MatchData[]): StageKind | undefined {
  if (match.stage) return match.stage.kind;
  const semis = edition.filter((m) => m.stage?.kind === 'semi_final');
  const first = edition[0];
  if (semis.length === 0 || !first) return undefined;
  const lastSemi = semis.reduce((max, m) => (m.date > max ? m.date : max), '');
  if (match.date <= lastSemi) return undefined;
  const ties = buildTies(edition, tieRulesFor(first.competition, first.edition)).filter((t) => t.stage.kind === 'semi_final' && t.status === 'decided');
  const winners = new Set(ties.map((t) => t.winner));
  const losers = new Set(ties.map((t) => t.loser));
  const teams = [match.home.name, match.away.name];
  if (teams.every((t) => winners.has(t))) return 'final';
  if (teams.every((t) => losers.has(t))) return 'third_place';
  const lastDate = edition.reduce((max, m) => (m.date > max ? m.date : max), '');
  const onLastDay = edition.filter((m) => m.date === lastDate);
  if (match.date === lastDate && onLastDay.length === 1 && !teams.some((t) => winners.has(t) || losers.has(t))) return 'final';
  return undefined;
}
