// Who a claim is about: the players and teams of the store a typed name denotes, as the record
// book keys them (`p12`, `t7`).
import { nameKey } from '../domain/names.js';
import type { Sex } from '../domain/vocabulary.js';
import type { Store } from '../store/open-store.js';
import { findPlayerIds } from '../store/queries/players.js';
import { nameMatches } from './words.js';

export interface SubjectPlayer {
  readonly id: number;
  readonly name: string;
  readonly birthDate: string | null;
  readonly sex: Sex | null;
}

export interface SubjectTeam {
  readonly id: number;
  readonly name: string;
}

export interface ResolvedSubject {
  readonly said: string;
  readonly players: readonly SubjectPlayer[];
  readonly teams: readonly SubjectTeam[];
}

/**
 * The names desks use for teams whose stored name differs, and the article of "the Netherlands",
 * "the USA": a name key with its leading "the" dropped and a common name replaced.
 */
const COMMON_NAMES: Readonly<Record<string, string>> = {
  holland: 'netherlands',
  usa: 'united states',
  us: 'united states',
  'u s': 'united states',
  'u s a': 'united states',
  'united states of america': 'united states',
  'the states': 'united states',
  'korea republic': 'south korea',
  'korea dpr': 'north korea',
  'ir iran': 'iran',
  "cote d'ivoire": 'ivory coast',
};

function commonName(key: string): string {
  const bare = key.replace(/^the\s+/, '');
  return COMMON_NAMES[bare] ?? bare;
}

/** Every team name and alias the store knows (as `nameKey` writes it), with the teams it names. */
export function teamAliases(store: Store): Map<string, number[]> {
  const aliases = new Map<string, number[]>();
  for (const row of store.sql.prepare('SELECT team_id AS id, alias_key AS key FROM team_alias').all() as { id: number; key: string }[]) {
    const ids = aliases.get(row.key);
    if (ids) ids.push(row.id);
    else aliases.set(row.key, [row.id]);
  }
  return aliases;
}

/** Teams whose name or any alias is the typed name, or contains all its words ("Brest" → Stade Brestois 29 too). */
function teamsNamed(store: Store, typed: string): { exact: number[]; loose: number[] } {
  const key = nameKey(typed);
  const words = key.split(' ').filter((w) => w.length > 0);
  const exact = new Set<number>();
  const loose = new Set<number>();
  for (const [alias, ids] of teamAliases(store)) {
    if (alias === key) for (const id of ids) exact.add(id);
    const have = alias.split(' ');
    if (words.length > 0 && words.every((w) => have.some((h) => h === w || (w.length >= 4 && h.startsWith(w))))) for (const id of ids) loose.add(id);
  }
  return { exact: [...exact], loose: [...loose] };
}

function playedIn(store: Store, teamIds: readonly number[], competitionIds: readonly number[]): Set<number> {
  if (teamIds.length === 0 || competitionIds.length === 0) return new Set();
  const t = teamIds.map(() => '?').join(', ');
  const c = competitionIds.map(() => '?').join(', ');
  const rows = store.sql
    .prepare(
      `SELECT DISTINCT CASE WHEN m.home_team_id IN (${t}) THEN m.home_team_id ELSE m.away_team_id END AS id
       FROM match m JOIN edition e ON e.id = m.edition_id
       WHERE e.competition_id IN (${c}) AND (m.home_team_id IN (${t}) OR m.away_team_id IN (${t}))`,
    )
    .all(...teamIds, ...competitionIds, ...teamIds, ...teamIds) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/**
 * The players and teams a name denotes. A player whose own name is the typed name wins over one
 * merely known by it ("Ronaldo" is Ronaldo, not Cristiano Ronaldo, who is also called so). Given
 * the claim's competitions, teams that played in them win over namesakes that did not ("Brest" in
 * the Champions League is Stade Brestois 29, not Dinamo Brest).
 *
 * @example await resolveSubject(store, 'Ronaldo') // { players: [{ id: 8140, name: 'Ronaldo', … }], teams: [] }
 */
export async function resolveSubject(store: Store, typed: string, competitionIds: readonly number[] = []): Promise<ResolvedSubject> {
  const said = typed.trim();
  const key = commonName(nameKey(said));
  const playerIds = key.length === 0 ? [] : await findPlayerIds(store.db, said.replace(/^the\s+/i, ''));
  const rows =
    playerIds.length === 0
      ? []
      : (store.sql
          .prepare(`SELECT id, name, birth_date, sex FROM player WHERE id IN (${playerIds.map(() => '?').join(', ')})`)
          .all(...playerIds) as { id: number; name: string; birth_date: string | null; sex: Sex | null }[]);
  let players: SubjectPlayer[] = rows.map((r) => ({ id: r.id, name: r.name, birthDate: r.birth_date, sex: r.sex }));
  const own = players.filter((p) => nameKey(p.name) === key);
  const named = key.length === 0 ? { exact: [], loose: [] } : teamsNamed(store, key);
  // "Brazil" is the team, not Alan Brazil: a player found only by a word of his name gives way to a team of that very name.
  const playerExact = key.length > 0 && store.sql.prepare('SELECT 1 FROM player_name WHERE name_key = ? LIMIT 1').get(key) !== undefined;
  if (!playerExact && named.exact.length > 0) players = [];
  let teamIds = named.exact.length > 0 ? named.exact : named.loose;
  if (competitionIds.length > 0) {
    const exactIn = playedIn(store, named.exact, competitionIds);
    const looseIn = playedIn(store, named.loose, competitionIds);
    if (exactIn.size > 0) teamIds = [...exactIn];
    else if (looseIn.size > 0) teamIds = [...looseIn];
  }
  const teams =
    teamIds.length === 0
      ? []
      : (store.sql.prepare(`SELECT id, name FROM team WHERE id IN (${teamIds.map(() => '?').join(', ')})`).all(...teamIds) as SubjectTeam[]);
  return { said, players: own.length > 0 ? own : players, teams };
}

/** The record-book keys of the subject: `p<id>` for players, `t<id>` for teams. */
export function subjectKeys(subject: ResolvedSubject, kind: 'player' | 'team' | 'any' = 'any'): Set<string> {
  const keys = new Set<string>();
  if (kind !== 'team') for (const p of subject.players) keys.add(`p${p.id}`);
  if (kind !== 'player') for (const t of subject.teams) keys.add(`t${t.id}`);
  return keys;
}

/** True when a record-book subject is the claim's subject: by key when the store knows the name, else by name. */
export function isSubject(subject: ResolvedSubject, entry: { readonly key: string; readonly name: string }): boolean {
  const keys = subjectKeys(subject);
  if (keys.size > 0) return keys.has(entry.key);
  return nameMatches(subject.said, entry.name);
}

/** How the subject is written in an answer: the stored name when it is one player or team. */
export function subjectName(subject: ResolvedSubject, kind: 'player' | 'team' | 'any' = 'any'): string {
  if (kind !== 'team' && subject.players.length === 1) return subject.players[0]!.name;
  if (kind !== 'player' && subject.teams.length === 1) return subject.teams[0]!.name;
  return subject.said;
}
