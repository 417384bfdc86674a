// The knockout tie a match belongs to: legs, aggregate, how it was decided, and the round its winner goes on to.
import { NotFoundError, UsageError } from '../domain/errors.js';
import { formatScoreLine } from '../domain/score-line.js';
import { buildTies, nextRound, tieRulesFor, type Tie } from '../rules/ties/index.js';
import type { Store } from '../store/open-store.js';
import { readMatches } from '../store/queries/read-matches.js';
import type { StoredMatch } from '../store/queries/stored-match.js';
import type { MatchQuery } from './find-match.js';
import { legMatchIds, type LegMatchId } from './leg-ids.js';
import { matchHeadline } from './match-view.js';

/** The knockout tie a match (by day and team) belongs to, and the round its winner goes on to. */
export async function findTie(store: Store, query: MatchQuery): Promise<{ match: StoredMatch; tie: Tie; next: ReturnType<typeof nextRound>; matchIdOf: LegMatchId }> {
  const found = await readMatches(store.db, { date: query.date, team: query.team, competition: query.competition });
  if (found.length === 0) throw new NotFoundError(`no match on ${query.date} involving "${query.team}"`);
  if (found.length > 1) throw new UsageError(`${found.length} matches on ${query.date} involve "${query.team}": add --competition`);
  const match = found[0]!;
  const stage = match.data.stage;
  if (!stage) throw new NotFoundError(`${matchHeadline(match)} has no stage in the data: no tie to show`);
  const edition = await readMatches(store.db, { editionId: match.editionId });
  const rules = tieRulesFor(match.data.competition, match.data.edition);
  const ties = buildTies(
    edition.map((m) => m.data),
    rules,
  );
  const tie = ties.find((t) => t.legs.some((l) => l.date === match.data.date && l.home.name === match.data.home.name && l.away.name === match.data.away.name));
  if (!tie) throw new NotFoundError(`${matchHeadline(match)} (${stage.name}) is not part of a knockout tie`);
  return { match, tie, next: nextRound(tie, ties), matchIdOf: legMatchIds(edition) };
}

export function tieJson(tie: Tie, next: ReturnType<typeof nextRound>, matchIdOf: LegMatchId): Record<string, unknown> {
  return {
    text: tie.text,
    stage: tie.stage.name,
    stageKind: tie.stage.kind,
    teams: tie.teams,
    format: tie.format,
    legs: tie.legs.map((l) => ({ matchId: matchIdOf(l), date: l.date, home: l.home.name, away: l.away.name, scoreLine: formatScoreLine(l.score, l.status), score: l.score, status: l.status })),
    aggregate: tie.aggregate ?? null,
    awayGoals: tie.awayGoals ?? null,
    winner: tie.winner ?? null,
    loser: tie.loser ?? null,
    decidedBy: tie.decidedBy ?? null,
    status: tie.status,
    warnings: tie.warnings,
    next: next ? { winner: next.winner, stage: next.stage?.name ?? next.stageKind ?? null, opponent: next.opponent ?? null, date: next.tie?.legs[0]?.date ?? null } : null,
  };
}
