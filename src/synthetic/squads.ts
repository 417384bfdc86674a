// Squads: a team's roster frozen for one edition, with the weights that decide who scores.
import type { CompetitionRef, EditionRef } from '../domain/match-data.js';
import type { Position } from '../domain/vocabulary.js';
import type { Player, Squad, Team } from './world-types.js';

// Forwards score most; goalkeepers never in open play here (their rare goals would be noise).
const SCORING_WEIGHT: Record<Position, number> = { forward: 12, midfielder: 5, defender: 2, goalkeeper: 0 };
// Own goals come mostly from defenders, who stand where the ball is put across.
const OWN_GOAL_WEIGHT: Record<Position, number> = { forward: 1, midfielder: 2, defender: 6, goalkeeper: 1 };

export function squadOf(team: Team, competition: CompetitionRef, edition: EditionRef, limit = team.roster.length): Squad {
  const members = limit < team.roster.length ? pickSquad(team.roster, limit) : [...team.roster];
  const scoring = members.map((p) => SCORING_WEIGHT[p.position] * p.talent);
  const ownGoal = members.map((p) => OWN_GOAL_WEIGHT[p.position]);
  const takers = members
    .map((p, i) => ({ p, w: (scoring[i] ?? 0) * 100 + (p.position === 'goalkeeper' ? 0 : 1) }))
    .sort((a, b) => b.w - a.w || a.p.id - b.p.id)
    .map((x) => x.p);
  return {
    key: `${competition.name}|${edition.name}|${team.key}`,
    competition,
    edition,
    team,
    members,
    scoring,
    scoringTotal: scoring.reduce((a, b) => a + b, 0),
    ownGoal,
    ownGoalTotal: ownGoal.reduce((a, b) => a + b, 0),
    takers,
  };
}

/** A tournament squad: the most talented players, keeping three goalkeepers. */
function pickSquad(roster: readonly Player[], limit: number): Player[] {
  const keepers = roster.filter((p) => p.position === 'goalkeeper').slice(0, 3);
  const others = roster
    .filter((p) => p.position !== 'goalkeeper')
    .sort((a, b) => b.talent - a.talent || a.id - b.id)
    .slice(0, limit - keepers.length);
  return [...keepers, ...others];
}
