// The context a few matches need, read by indexed lookups instead of loading the store: the
// competitions, the editions of those named, the teams the names can denote, the players the
// matches name, and the stored matches of the same days. A match typed tonight costs its own
// size, not the store's.
import type { SourceBatch } from '../sources/source-batch.js';
import type { TeamRef } from '../domain/match-data.js';
import { nameKey } from '../domain/names.js';
import type { IngestContext, PeopleNamed } from './ingest-context.js';
import { lookupWords } from './player-names.js';
import { competitionKey } from './resolve-structure.js';
import { DATED_NATIONAL_ALIASES, NATIONAL_TEAM_ALIASES } from './team-aliases.js';

/** Batches at most this large, with no players, squads, editions or venues of their own, are read targeted. */
const TARGETED_LIMIT = 200;

export function wantsTargetedContext(ctx: IngestContext, batch: SourceBatch): boolean {
  return (
    !ctx.fullyLoaded &&
    batch.matches.length + batch.teams.length <= TARGETED_LIMIT &&
    batch.players.length + batch.squads.length + batch.editions.length + batch.venues.length === 0
  );
}

const CHUNK = 500;

function chunks<T>(values: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(values.slice(i, i + CHUNK));
  return out;
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Every alias key a team name may be stored under, whichever rule resolves it. */
function aliasKeysOf(ref: TeamRef): string[] {
  const plain = nameKey(ref.name);
  const keys = [plain];
  if (ref.code) keys.push(nameKey(`${ref.name} ${ref.code}`));
  const canonical = NATIONAL_TEAM_ALIASES.get(plain);
  if (canonical) keys.push(nameKey(canonical));
  for (const rule of DATED_NATIONAL_ALIASES) if (rule.alias === plain) keys.push(nameKey(rule.team));
  return keys;
}

/** Loads what resolving and merging the batch's matches reads; the rest of the store stays on disk. */
export async function loadContextFor(ctx: IngestContext, batch: SourceBatch): Promise<void> {
  await ctx.ensureIds();
  const db = ctx.db;
  await ctx.loadCompetitions();

  const editionIds = new Set<number>();
  const competitionIds = [...new Set(batch.matches.map((m) => ctx.competitions.get(competitionKey(m.match.competition.name))?.id))].filter(
    (id): id is number => id !== undefined,
  );
  for (const ids of chunks(competitionIds)) {
    for (const e of await db.selectFrom('edition').select(['id', 'competition_id', 'name']).where('competition_id', 'in', ids).execute()) {
      ctx.editions.set(`${e.competition_id}|${e.name}`, e.id);
      editionIds.add(e.id);
    }
  }
  await ctx.loadStagesOf([...editionIds]);

  const refs: TeamRef[] = [...batch.matches.flatMap((m) => [m.match.home, m.match.away]), ...batch.teams.map((t) => t.team)];
  const { named: teamIds, candidates } = await loadTeams(ctx, refs);

  // The stored matches a day either side of each (sources write local or UTC dates), and those the batch's source keys name.
  const dates = [...new Set(batch.matches.flatMap((m) => [-1, 0, 1].map((d) => shiftDate(m.match.date, d))))];
  const matchIds = new Set<number>();
  for (const ids of chunks(dates)) {
    for (const m of await db.selectFrom('match').select('id').where('date', 'in', ids).execute()) matchIds.add(m.id);
  }
  const keys = batch.matches.map((m) => m.sourceKey);
  const sourceKeyed: number[] = [];
  for (const ids of chunks(keys)) {
    const rows = await db.selectFrom('match_source').select('match_id').where('format', '=', batch.format).where('source_key', 'in', ids).execute();
    for (const row of rows) {
      matchIds.add(row.match_id);
      sourceKeyed.push(row.match_id);
    }
  }
  await ctx.loadMatches([...matchIds]);
  // A stored match the batch may merge into names a team the batch may denote: its other team's
  // players are read too (a name the aliases do not know resolves through that match). The other
  // matches of those days — a whole matchday at a million matches — are not the batch's concern.
  const bySourceKey = new Set(sourceKeyed);
  const wholeTeams = new Set<number>();
  const mergedGoalPlayers: number[] = [];
  for (const m of [...matchIds].map((id) => ctx.matches.get(id))) {
    if (!m) continue;
    // A source's match read again may be a correction: the match is rebuilt from every source's
    // description (rebuild-match.ts), which names people this batch does not: its teams' players are all read.
    if (bySourceKey.has(m.id)) wholeTeams.add(m.home_team_id).add(m.away_team_id);
    else if (candidates.has(m.home_team_id) || candidates.has(m.away_team_id)) {
      teamIds.add(m.home_team_id).add(m.away_team_id);
      // Merging compares the batch's scorers with the stored goals' players (merge-goals.ts).
      for (const g of ctx.goalsByMatch.get(m.id) ?? []) if (g.player_id !== null) mergedGoalPlayers.push(g.player_id);
    }
  }
  await ctx.loadPlayersOfTeams([...wholeTeams]);
  await ctx.loadPlayersNamed([...teamIds], peopleNamed(batch));
  await ctx.loadPlayerRows(mergedGoalPlayers);
}

/** The people the batch's matches name: scorers, penalty takers, booked and substituted players. */
function peopleNamed(batch: SourceBatch): PeopleNamed {
  const keys = new Set<string>();
  const tokens = new Set<string>();
  const sourceIds = new Set<string>();
  const people = batch.matches.flatMap(({ match }) => [
    ...(match.goals ?? []).flatMap((g) => (g.scorer ? [g.scorer] : [])),
    ...(match.shootout ?? []).flatMap((k) => (k.taker ? [k.taker] : [])),
    ...(match.bookings ?? []).map((b) => b.player),
    ...(match.substitutions ?? []).map((s) => s.player),
  ]);
  for (const person of people) {
    keys.add(nameKey(person.name));
    for (const token of lookupWords(person.name)) tokens.add(token);
    if (person.sourceId !== undefined) sourceIds.add(person.sourceId);
  }
  return { format: batch.format, keys, tokens, sourceIds };
}

/**
 * The teams the names may denote: by alias key, by the words of a club's name (`named`), and with
 * them every club of a country a name gives (`candidates`, rows only).
 */
async function loadTeams(ctx: IngestContext, refs: readonly TeamRef[]): Promise<{ named: Set<number>; candidates: Set<number> }> {
  const db = ctx.db;
  const aliasKeys = [...new Set(refs.flatMap(aliasKeysOf))];
  const aliasIds = new Set<number>();
  for (const ids of chunks(aliasKeys)) {
    for (const a of await db.selectFrom('team_alias').selectAll().where('alias_key', 'in', ids).execute()) aliasIds.add(a.id);
  }
  // A club typed without its country is found by the words of its name (resolve-teams.ts).
  for (const ref of refs.filter((r) => r.code === undefined)) {
    const words = nameKey(ref.name).split(' ').filter((w) => w.length > 0);
    const longest = [...words].sort((a, b) => b.length - a.length)[0];
    if (longest === undefined) continue;
    const rows = await db.selectFrom('team_alias').select(['id', 'alias_key']).where('alias_key', 'like', `%${longest}%`).execute();
    for (const a of rows) {
      const have = new Set(a.alias_key.split(' '));
      if (words.every((w) => have.has(w))) aliasIds.add(a.id);
    }
  }
  const teamIds = await ctx.loadAliases([...aliasIds]);
  // A club given with its country may be stored under another legal form of its name: its
  // country's clubs are read (their rows only: their players are read once one is chosen).
  const countryClubs = new Set(teamIds);
  const codes = [...new Set(refs.flatMap((r) => (r.code ? [r.code] : [])))];
  for (const ids of chunks(codes)) {
    for (const t of await db.selectFrom('team').select('id').where('national', '=', 0).where('code', 'in', ids).execute()) countryClubs.add(t.id);
  }
  await ctx.loadTeamRows([...countryClubs]);
  return { named: teamIds, candidates: countryClubs };
}
