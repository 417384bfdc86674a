// The knockout rounds of an edition, tie by tie, with who went on to meet whom.
import { formatScoreLine } from '../domain/score-line.js';
import { buildBracket, tieRulesFor, type Bracket } from '../rules/ties/index.js';
import type { Store } from '../store/open-store.js';
import type { EditionView } from '../store/queries/editions.js';
import { readMatches } from '../store/queries/read-matches.js';
import { legMatchIds, type LegMatchId } from './leg-ids.js';

export interface EditionBracket {
  readonly bracket: Bracket;
  readonly matchIdOf: LegMatchId;
}

/** The knockout rounds of one edition, tie by tie, and the stored match of each leg. */
export async function readBracket(store: Store, editionId: number): Promise<EditionBracket> {
  const stored = await readMatches(store.db, { editionId });
  const matches = stored.map((m) => m.data);
  const first = matches[0];
  const bracket = first ? buildBracket(matches, tieRulesFor(first.competition, first.edition)) : { stages: [] };
  return { bracket, matchIdOf: legMatchIds(stored) };
}

export function bracketJson(edition: EditionView, { bracket, matchIdOf }: EditionBracket): Record<string, unknown> {
  return {
    competition: edition.competition,
    season: edition.season,
    champion: bracket.champion ?? null,
    stages: bracket.stages.map((s) => ({
      stage: s.stage.name,
      kind: s.stage.kind,
      ties: s.ties.map((b) => ({ teams: b.tie.teams, text: b.tie.text, winner: b.tie.winner ?? null, status: b.tie.status, decidedBy: b.tie.decidedBy ?? null, aggregate: b.tie.aggregate ?? null, legs: b.tie.legs.map((l) => ({ matchId: matchIdOf(l), date: l.date, home: l.home.name, away: l.away.name, scoreLine: formatScoreLine(l.score, l.status) })), next: b.next ?? null, warnings: b.tie.warnings })),
    })),
  };
}
