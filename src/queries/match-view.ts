// A stored match as a reader sees it, for every surface: the headline, the one-line sentence, the
// JSON the CLI's --json and the API answer (teams, score line, scorers in order, venue, sources).
import { formatMinuteOfPlay, formatScoreLine } from '../domain/score-line.js';
import { goalsInOrder } from '../store/queries/goal-order.js';
import type { StoredGoal, StoredMatch } from '../store/queries/stored-match.js';
import { STAGE_KIND_NAMES } from '../domain/stage-kind.js';
import type { StageKind } from '../domain/vocabulary.js';

/** ` (pen, og)` after a scorer's minute, or nothing. */
export function markers(g: StoredGoal): string {
  const list = [g.penalty ? 'pen' : '', g.ownGoal ? 'og' : ''].filter((m) => m !== '');
  return list.length > 0 ? ` (${list.join(', ')})` : '';
}

export function goalText(g: StoredGoal): string {
  return `${g.scorer ?? 'unknown scorer'} ${formatMinuteOfPlay(g.minute, g.stoppage)}${markers(g)}`;
}

/** A stage as a reader knows it: `Final`, `Quarter-finals`, or the source's own name for other rounds. */
export function stageDisplayName(name: string, kind: StageKind): string {
  if (kind === 'other' || kind === 'qualifying' || kind === 'playoff') return name;
  return STAGE_KIND_NAMES[kind];
}

export function matchHeadline(m: StoredMatch): string {
  const d = m.data;
  return `${d.home.name} ${formatScoreLine(d.score, d.status)} ${d.away.name}`;
}

/** The match in one line: `Argentina 3-3 a.e.t., 4-2 pen. France (Lionel Messi 23' (pen), ...)`. */
export function matchSentence(m: StoredMatch): string {
  const goals = goalsInOrder(m.goals).map(goalText);
  return `${m.data.date} ${matchHeadline(m)}${goals.length > 0 ? ` (${goals.join(', ')})` : ''}`;
}

export function matchJson(m: StoredMatch): Record<string, unknown> {
  const d = m.data;
  return {
    id: m.id,
    text: matchSentence(m),
    competition: d.competition.name,
    season: d.edition.name,
    stage: d.stage ? stageDisplayName(d.stage.name, d.stage.kind) : null,
    stageKind: d.stage?.kind ?? null,
    group: d.group ?? null,
    date: d.date,
    time: d.time ?? null,
    utcOffset: d.utcOffset ?? null,
    home: { id: m.homeTeamId, name: d.home.name },
    away: { id: m.awayTeamId, name: d.away.name },
    scoreLine: formatScoreLine(d.score, d.status),
    score: d.score,
    status: d.status,
    statusNote: d.statusNote ?? null,
    behindClosedDoors: d.behindClosedDoors ?? null,
    attendance: d.attendance ?? null,
    venue: d.venue ?? null,
    city: d.city ?? null,
    country: d.country ?? null,
    neutral: d.neutral ?? null,
    goals: goalsInOrder(m.goals).map((g) => ({
      team: g.side === 'home' ? d.home.name : d.away.name,
      side: g.side,
      scorer: g.scorer,
      playerId: g.playerId,
      minute: g.minute,
      stoppage: g.stoppage,
      period: g.period,
      penalty: g.penalty,
      ownGoal: g.ownGoal,
      text: goalText(g),
    })),
    goalsKnown: d.goals !== undefined,
    sources: m.sources,
  };
}

export { goalsInOrder };
