// Team identity: one team for every spelling of it, by alias (with the dates it applied), then
// by the built-in table of national-team spellings, else a new team.
import { nameKey } from '../domain/names.js';
import type { TeamRef } from '../domain/match-data.js';
import type { AliasEntry, IngestContext } from './ingest-context.js';
import { DATED_NATIONAL_ALIASES, NATIONAL_TEAM_ALIASES } from './team-aliases.js';

/** The alias key of a team name: clubs carry their country code, national teams do not. */
export function teamKey(ref: TeamRef, national: boolean): string {
  return nameKey(!national && ref.code ? `${ref.name} ${ref.code}` : ref.name);
}

function applies(entry: AliasEntry, date: string | undefined): boolean {
  if (date === undefined) return true;
  return (entry.from === null || entry.from <= date) && (entry.to === null || date <= entry.to);
}

/** The team an alias key denotes on a date: a dated alias in force wins over an undated one. */
export function lookupTeam(ctx: IngestContext, key: string, date?: string): number | undefined {
  const entries = ctx.teamAliases.get(key);
  if (!entries) return undefined;
  const dated = entries.find((e) => (e.from !== null || e.to !== null) && date !== undefined && applies(e, date));
  if (dated) return dated.teamId;
  return entries.find((e) => e.from === null && e.to === null)?.teamId;
}

export interface TeamResolution {
  readonly teamId: number;
  readonly created: boolean;
}

/** Finds or creates the team a source names, adding the source's spelling as an alias. */
export function resolveTeam(
  ctx: IngestContext,
  ref: TeamRef,
  options: { national: boolean; date?: string; sourceFileId: number },
): TeamResolution {
  const key = teamKey(ref, options.national);
  if (options.national && options.date !== undefined) {
    const renamed = datedCanonical(key, options.date);
    if (renamed !== undefined) {
      const target = lookupTeam(ctx, nameKey(renamed), options.date);
      const teamId = target ?? createTeam(ctx, { name: renamed, code: ref.code }, options);
      return { teamId, created: target === undefined };
    }
  }
  const found = lookupTeam(ctx, key, options.date);
  if (found !== undefined) return { teamId: found, created: false };
  if (options.national) {
    const canonical = NATIONAL_TEAM_ALIASES.get(key);
    const target = canonical !== undefined ? lookupTeam(ctx, nameKey(canonical), options.date) : undefined;
    if (target !== undefined) {
      addTeamAlias(ctx, target, ref.name, key, null, null, options.sourceFileId);
      return { teamId: target, created: false };
    }
    if (canonical !== undefined) {
      // First sighting under an old or variant name: create the team under its usual name.
      const teamId = createTeam(ctx, { name: canonical, code: ref.code }, options);
      addTeamAlias(ctx, teamId, ref.name, key, null, null, options.sourceFileId);
      return { teamId, created: true };
    }
  }
  if (!options.national && ref.code !== undefined) {
    // "Atalanta BC (ITA)" one season, "Atalanta (ITA)" the next: the same club of the same country.
    const club = sameClubOtherForm(ctx, ref.name, ref.code);
    if (club !== undefined) {
      addTeamAlias(ctx, club, ref.name, key, null, null, options.sourceFileId);
      return { teamId: club, created: false };
    }
  }
  if (!options.national && ref.code === undefined) {
    // A club typed without its country code (live JSON: "Atalanta") is the one known club whose
    // name holds all the typed words (Atalanta BC (ITA)), if there is exactly one.
    const club = uniqueClubNamed(ctx, key);
    if (club !== undefined) {
      addTeamAlias(ctx, club, ref.name, key, null, null, options.sourceFileId);
      return { teamId: club, created: false };
    }
  }
  return { teamId: createTeam(ctx, ref, options), created: true };
}

// Words that say what kind of club it is, not which: FC, CF, BC, SK, "Club … de" and the like.
const CLUB_FORM_WORDS: ReadonlySet<string> = new Set(
  'fc cf bc ac sc afc cfc sv fk sk nk as ss us rc rcd cd ud sd ca bk if ik ssc vfb vfl tsg kv krc kaa rsc pfc cp sl club calcio de'.split(' '),
);

/** A club's name without the words of its legal form: `Real Madrid CF` and `Real Madrid` are both `real madrid`. */
export function clubCoreName(name: string): string {
  return nameKey(name).split(' ').filter((w) => w !== '' && !CLUB_FORM_WORDS.has(w)).join(' ');
}

/** The one stored club of the same country whose name differs from `name` only in such words. */
function sameClubOtherForm(ctx: IngestContext, name: string, code: string): number | undefined {
  const core = clubCoreName(name);
  if (core === '') return undefined;
  const found = [...ctx.teams.values()].filter((t) => t.national === 0 && t.code === code && clubCoreName(t.name) === core);
  return found.length === 1 ? found[0]?.id : undefined;
}

function uniqueClubNamed(ctx: IngestContext, key: string): number | undefined {
  const words = key.split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return undefined;
  const found = new Set<number>();
  for (const [aliasKey, entries] of ctx.teamAliases) {
    const have = new Set(aliasKey.split(' '));
    if (!words.every((w) => have.has(w))) continue;
    for (const e of entries) if (ctx.teams.get(e.teamId)?.national === 0) found.add(e.teamId);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function datedCanonical(key: string, date: string): string | undefined {
  const rule = DATED_NATIONAL_ALIASES.find((r) => r.alias === key && r.from <= date && date <= r.to);
  return rule?.team;
}

function createTeam(ctx: IngestContext, ref: TeamRef, options: { national: boolean; sourceFileId: number }): number {
  const id = ctx.nextId('team');
  const row = {
    id,
    name: ref.name,
    national: options.national ? (1 as const) : (0 as const),
    code: ref.code ?? null,
    confederation: null,
    region: null,
    source_file_id: options.sourceFileId,
  };
  ctx.teams.set(id, row);
  ctx.newTeams.push(ref.code && !options.national ? `${ref.name} (${ref.code})` : ref.name);
  ctx.writes.insert('team', row);
  addTeamAlias(ctx, id, ref.name, teamKey(ref, options.national), null, null, options.sourceFileId);
  if (options.national) addTeamAlias(ctx, id, ref.name, nameKey(ref.name), null, null, options.sourceFileId);
  return id;
}

/** Records an alias unless the same team already has it with the same dates. */
export function addTeamAlias(
  ctx: IngestContext,
  teamId: number,
  alias: string,
  key: string,
  from: string | null,
  to: string | null,
  sourceFileId: number,
): void {
  const existing = ctx.teamAliases.get(key) ?? [];
  if (existing.some((e) => e.teamId === teamId && e.from === from && e.to === to)) return;
  ctx.addAlias(key, { teamId, from, to });
  ctx.writes.insert('team_alias', {
    id: ctx.nextId('team_alias'),
    team_id: teamId,
    alias,
    alias_key: key,
    valid_from: from,
    valid_to: to,
    source_file_id: sourceFileId,
  });
}
