// Test support: a generated history flattened into lookups (squads, birth dates) the tests check against.
import type { MatchData } from '../../domain/match-data.js';
import type { SourceBatch } from '../../sources/source-batch.js';
import { generateHistory, type HistoryOptions } from '../generate-history.js';

export interface FlatHistory {
  readonly batches: number;
  readonly matches: readonly MatchData[];
  /** `competition|edition|team` → source ids of the squad. */
  readonly squads: ReadonlyMap<string, ReadonlySet<string>>;
  readonly birthDates: ReadonlyMap<string, string>;
  readonly names: ReadonlyMap<string, string>;
}

export function squadKey(m: MatchData, team: string): string {
  return `${m.competition.name}|${m.edition.name}|${team}`;
}

export function flatten(options: HistoryOptions): FlatHistory {
  const matches: MatchData[] = [];
  const squads = new Map<string, Set<string>>();
  const birthDates = new Map<string, string>();
  const names = new Map<string, string>();
  let batches = 0;
  const take = (batch: SourceBatch): void => {
    batches += 1;
    for (const p of batch.players) {
      const id = p.player.person.sourceId ?? p.sourceKey;
      if (p.player.birthDate) birthDates.set(id, p.player.birthDate);
      names.set(id, p.player.person.name);
    }
    for (const s of batch.squads) {
      const key = `${s.competition.name}|${s.edition.name}|${s.team.name}`;
      const set = squads.get(key) ?? new Set<string>();
      if (s.person.sourceId) set.add(s.person.sourceId);
      squads.set(key, set);
    }
    for (const m of batch.matches) matches.push(m.match);
  };
  for (const batch of generateHistory(options)) take(batch);
  return { batches, matches, squads, birthDates, names };
}
