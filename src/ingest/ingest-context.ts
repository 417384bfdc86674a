// The in-memory view of the store an import works against: identity maps loaded once, new ids
// handed out locally, every write queued in PendingWrites and flushed in one transaction.
import type { Kysely, Selectable } from 'kysely';
import type { MatchData } from '../domain/match-data.js';
import type { SourceFormat } from '../domain/vocabulary.js';
import type { Database, GoalTable, MatchTable, PlayerTable, TeamTable } from '../store/schema.js';
import { PendingWrites, type TableName } from './pending-writes.js';
import { recordedWords } from './player-names.js';

export interface AliasEntry {
  readonly teamId: number;
  readonly from: string | null;
  readonly to: string | null;
}

export type MatchRow = Selectable<MatchTable>;

/** One source's description of a match, as stored in `match_source`. */
export interface SourceDescription {
  readonly sourceRowId: number;
  readonly format: SourceFormat;
  readonly sourceFileId: number;
  readonly location: string;
  readonly match: MatchData;
}
export type GoalRow = Selectable<GoalTable>;
export type PlayerRow = Selectable<PlayerTable>;
export type TeamRow = Selectable<TeamTable>;

/** Who a batch's matches name: each written name's key, the words of them, and source ids. */
export interface PeopleNamed {
  readonly format: SourceFormat;
  readonly keys: ReadonlySet<string>;
  /** The names' lookup words (player-names.ts `lookupWords`). */
  readonly tokens: ReadonlySet<string>;
  readonly sourceIds: ReadonlySet<string>;
}

/** Counts shown in the import summary, per source format and entity. */
export interface EntityCounts {
  read: number;
  added: number;
  merged: number;
  unchanged: number;
  corrected: number;
}

export class IngestContext {
  readonly writes = new PendingWrites();
  private readonly nextIds = new Map<TableName, number>();

  readonly sourceFiles = new Map<string, number>();
  readonly sourceFileFormat = new Map<number, string>();
  readonly competitions = new Map<string, { id: number; sex: string; kind: string }>();
  readonly editions = new Map<string, number>();
  readonly stages = new Map<string, number>();
  readonly stageNames = new Map<number, string>();
  readonly groups = new Set<string>();
  readonly teams = new Map<number, TeamRow>();
  readonly teamAliases = new Map<string, AliasEntry[]>();
  readonly venues = new Set<string>();
  readonly players = new Map<number, PlayerRow>();
  readonly playerBySourceId = new Map<string, number>();
  readonly playerNames = new Map<string, Set<number>>();
  readonly playerNameRows = new Set<string>();
  /** `team|token` → players of the team with that word in their recorded name. */
  readonly playersByTeamToken = new Map<string, Set<number>>();
  readonly matches = new Map<number, MatchRow>();
  readonly matchBySource = new Map<string, { matchId: number; hash: string; sourceRowId: number }>();
  readonly matchesByPair = new Map<string, number[]>();
  readonly matchFormats = new Map<number, Set<string>>();
  readonly goalsByMatch = new Map<number, GoalRow[]>();
  readonly editionRows = new Set<string>();
  readonly matchesWithKicks = new Set<number>();
  readonly matchesWithBookings = new Set<number>();
  readonly matchesWithSubstitutions = new Set<number>();

  /** Matches a source corrected in this batch, with the corrected descriptions: rebuilt after the batch. */
  readonly corrections = new Map<number, SourceDescription[]>();
  /** Descriptions of stored matches merged in this import (not yet in the store), for a rebuild. */
  readonly mergedThisImport = new Map<number, SourceDescription[]>();
  /** Matches created by this import: a second description of one in the same import is merged in place. */
  readonly createdThisImport = new Set<number>();

  /** Teams this import created, as named: the summary lists them, so a misspelt name shows. */
  readonly newTeams: string[] = [];

  readonly counts = new Map<string, EntityCounts>();
  readonly conflictsAdded = { count: 0 };

  constructor(readonly db: Kysely<Database>) {}

  nextId(table: TableName): number {
    const id = this.nextIds.get(table) ?? 1;
    this.nextIds.set(table, id + 1);
    return id;
  }

  count(format: SourceFormat, entity: string): EntityCounts {
    const key = `${format}\u0000${entity}`;
    let c = this.counts.get(key);
    if (!c) this.counts.set(key, (c = { read: 0, added: 0, merged: 0, unchanged: 0, corrected: 0 }));
    return c;
  }

  private loaded = false;
  private idsLoaded = false;

  /** Loads identities and next ids from the store, once, when the first new data arrives. */
  async ensureLoaded(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    await this.ensureIds();
    await this.load();
  }

  /** True once every identity map is loaded; before that only ids are (a status change needs no more). */
  get fullyLoaded(): boolean {
    return this.loaded;
  }

  /** The next free id of every table: all a status change needs to write. */
  async ensureIds(): Promise<void> {
    if (this.idsLoaded) return;
    this.idsLoaded = true;
    const tables: TableName[] = [
      'source_file', 'competition', 'edition', 'stage', 'edition_group', 'team', 'team_alias', 'venue',
      'player', 'player_name', 'squad_member', 'match', 'match_source', 'goal', 'shootout_kick',
      'booking', 'substitution', 'edition_team', 'published_standing', 'award', 'conflict', 'provenance', 'notice',
      'competition_status', 'points_deduction',
    ];
    for (const table of tables) {
      const row = await this.db.selectFrom(table).select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
      this.nextIds.set(table, Number(row?.max ?? 0) + 1);
    }
  }

  /**
   * Which of a batch's files the store already holds (same format, same bytes): enough to decide
   * whether the batch brings anything new. Read by hash, not the whole table: a desk that imports
   * each result as a file of its own adds a file a match.
   */
  async loadSourceFilesOf(format: string, hashes: readonly string[]): Promise<void> {
    const wanted = [...new Set(hashes)].filter((hash) => !this.sourceFiles.has(`${format}|${hash}`));
    for (const chunk of inChunks(wanted)) {
      const rows = await this.db.selectFrom('source_file').select(['id', 'format', 'sha256']).where('format', '=', format).where('sha256', 'in', chunk).execute();
      for (const f of rows) {
        this.sourceFiles.set(`${f.format}|${f.sha256}`, f.id);
        this.sourceFileFormat.set(f.id, f.format);
      }
    }
  }

  /** The format of each file stored rows came from: a source corrects only the rows its own format wrote. */
  private async loadSourceFormats(fileIds: Iterable<number>): Promise<void> {
    const wanted = [...new Set(fileIds)].filter((id) => !this.sourceFileFormat.has(id));
    for (const chunk of inChunks(wanted)) {
      for (const f of await this.db.selectFrom('source_file').select(['id', 'format']).where('id', 'in', chunk).execute()) this.sourceFileFormat.set(f.id, f.format);
    }
  }

  private async load(): Promise<void> {
    const db = this.db;
    for (const f of await db.selectFrom('source_file').select(['id', 'format']).execute()) this.sourceFileFormat.set(f.id, f.format);
    await this.loadCompetitions();
    const editionCompetition = new Map<number, number>();
    for (const e of await db.selectFrom('edition').select(['id', 'competition_id', 'name']).execute()) {
      this.editions.set(`${e.competition_id}|${e.name}`, e.id);
      editionCompetition.set(e.id, e.competition_id);
    }
    for (const s of await db.selectFrom('stage').select(['id', 'edition_id', 'stage_key', 'name']).execute()) {
      this.stages.set(`${s.edition_id}|${s.stage_key}`, s.id);
      this.stageNames.set(s.id, s.name);
    }
    for (const g of await db.selectFrom('edition_group').select(['stage_id', 'name']).execute()) {
      this.groups.add(`${g.stage_id}|${g.name}`);
    }
    // A batch read targeted before this one may have loaded (and changed) some rows: those stay.
    const targeted = this.targetedMatches.size > 0 || this.loadedAliasIds.size > 0;
    for (const t of await db.selectFrom('team').selectAll().execute()) if (!this.teams.has(t.id)) this.teams.set(t.id, t);
    for (const a of await db.selectFrom('team_alias').selectAll().execute()) {
      if (targeted && this.loadedAliasIds.has(a.id)) continue;
      this.addAlias(a.alias_key, { teamId: a.team_id, from: a.valid_from, to: a.valid_to });
    }
    for (const v of await db.selectFrom('venue').select(['name', 'city']).execute()) {
      this.venues.add(`${v.name}|${v.city ?? ''}`);
    }
    for (const p of await db.selectFrom('player').selectAll().execute()) if (!this.players.has(p.id)) this.players.set(p.id, p);
    for (const s of await db.selectFrom('player_source_id').selectAll().execute()) {
      const key = `${s.format}|${s.source_id}`;
      if (!this.playerBySourceId.has(key)) this.playerBySourceId.set(key, s.player_id);
    }
    for (const n of await db.selectFrom('player_name').select(['player_id', 'team_id', 'name_key']).execute()) {
      this.rememberPlayerName(n.player_id, n.team_id, n.name_key);
    }
    for (const m of await db.selectFrom('match').selectAll().execute()) {
      if (targeted && this.targetedMatches.has(m.id)) continue;
      this.rememberMatch(m);
      this.indexMatchPair(m, editionCompetition.get(m.edition_id) ?? 0);
    }
    for (const s of await db.selectFrom('match_source').select(['id', 'match_id', 'format', 'source_key', 'content_hash']).execute()) {
      if (targeted && this.targetedMatches.has(s.match_id)) continue;
      this.matchBySource.set(`${s.format}|${s.source_key}`, { matchId: s.match_id, hash: s.content_hash, sourceRowId: s.id });
      this.rememberMatchFormat(s.match_id, s.format);
    }
    for (const g of await db.selectFrom('goal').selectAll().orderBy('match_id').orderBy('seq').execute()) {
      if (targeted && this.targetedMatches.has(g.match_id)) continue;
      this.rememberGoal(g);
    }
    for (const k of await db.selectFrom('shootout_kick').select('match_id').distinct().execute()) this.matchesWithKicks.add(k.match_id);
    for (const k of await db.selectFrom('booking').select('match_id').distinct().execute()) this.matchesWithBookings.add(k.match_id);
    for (const k of await db.selectFrom('substitution').select('match_id').distinct().execute()) {
      this.matchesWithSubstitutions.add(k.match_id);
    }
    for (const t of await db.selectFrom('edition_team').select('edition_id').distinct().execute()) {
      this.editionRows.add(`published|${t.edition_id}`);
    }
    for (const row of await db.selectFrom('squad_member').select(['edition_id', 'team_id', 'player_id']).execute()) {
      this.editionRows.add(`squad|${row.edition_id}|${row.team_id}|${row.player_id}`);
    }
  }

  // Targeted loading (load-context-for.ts): each reads rows by id or key, once.
  private competitionsLoaded = false;
  private readonly loadedAliasIds = new Set<number>();
  private readonly targetedMatches = new Set<number>();
  private readonly teamsWithPlayers = new Set<number>();
  private readonly editionsWithStages = new Set<number>();

  async loadCompetitions(): Promise<void> {
    if (this.competitionsLoaded) return;
    this.competitionsLoaded = true;
    for (const c of await this.db.selectFrom('competition').selectAll().execute()) {
      if (!this.competitions.has(c.name_key)) this.competitions.set(c.name_key, { id: c.id, sex: c.sex, kind: c.kind });
    }
  }

  async loadStagesOf(editionIds: readonly number[]): Promise<void> {
    const wanted = editionIds.filter((id) => !this.editionsWithStages.has(id));
    for (const ids of inChunks(wanted)) {
      for (const id of ids) this.editionsWithStages.add(id);
      const stages = await this.db.selectFrom('stage').select(['id', 'edition_id', 'stage_key', 'name']).where('edition_id', 'in', ids).execute();
      for (const s of stages) {
        this.stages.set(`${s.edition_id}|${s.stage_key}`, s.id);
        this.stageNames.set(s.id, s.name);
      }
      for (const stageIds of inChunks(stages.map((s) => s.id))) {
        for (const g of await this.db.selectFrom('edition_group').select(['stage_id', 'name']).where('stage_id', 'in', stageIds).execute()) {
          this.groups.add(`${g.stage_id}|${g.name}`);
        }
      }
    }
  }

  /** Loads aliases by row id; returns the teams they denote. */
  async loadAliases(aliasIds: readonly number[]): Promise<Set<number>> {
    const teamIds = new Set<number>();
    for (const ids of inChunks(aliasIds)) {
      for (const a of await this.db.selectFrom('team_alias').selectAll().where('id', 'in', ids).execute()) {
        teamIds.add(a.team_id);
        if (this.loadedAliasIds.has(a.id)) continue;
        this.loadedAliasIds.add(a.id);
        this.addAlias(a.alias_key, { teamId: a.team_id, from: a.valid_from, to: a.valid_to });
      }
    }
    return teamIds;
  }

  async loadTeamRows(teamIds: readonly number[]): Promise<void> {
    for (const ids of inChunks(teamIds.filter((id) => !this.teams.has(id)))) {
      for (const t of await this.db.selectFrom('team').selectAll().where('id', 'in', ids).execute()) this.teams.set(t.id, t);
    }
  }

  /** The stored matches, with their sources, goals and events: what merging into them reads. */
  async loadMatches(matchIds: readonly number[]): Promise<void> {
    const wanted = matchIds.filter((id) => !this.targetedMatches.has(id) && !this.matches.has(id));
    for (const ids of inChunks(wanted)) {
      for (const id of ids) this.targetedMatches.add(id);
      const rows = await this.db
        .selectFrom('match')
        .innerJoin('edition', 'edition.id', 'match.edition_id')
        .selectAll('match')
        .select('edition.competition_id as competition_id')
        .where('match.id', 'in', ids)
        .execute();
      for (const { competition_id: competitionId, ...m } of rows) {
        this.rememberMatch(m);
        this.indexMatchPair(m, competitionId);
      }
      for (const s of await this.db.selectFrom('match_source').select(['id', 'match_id', 'format', 'source_key', 'content_hash']).where('match_id', 'in', ids).execute()) {
        this.matchBySource.set(`${s.format}|${s.source_key}`, { matchId: s.match_id, hash: s.content_hash, sourceRowId: s.id });
        this.rememberMatchFormat(s.match_id, s.format);
      }
      const goals = await this.db.selectFrom('goal').selectAll().where('match_id', 'in', ids).orderBy('match_id').orderBy('seq').execute();
      for (const g of goals) this.rememberGoal(g);
      await this.loadSourceFormats([...rows.map((m) => m.source_file_id), ...goals.map((g) => g.source_file_id)]);
      for (const [table, set] of [
        ['shootout_kick', this.matchesWithKicks],
        ['booking', this.matchesWithBookings],
        ['substitution', this.matchesWithSubstitutions],
      ] as const) {
        for (const k of await this.db.selectFrom(table).select('match_id').distinct().where('match_id', 'in', ids).execute()) set.add(k.match_id);
      }
    }
  }

  /**
   * The players of these teams that the names or source ids can denote (resolve-players.ts: the
   * same name, a word of the player's name in common, or the source's own id), with every name
   * they have in these teams and every source id. A club's players over a long history run to a
   * thousand; the few a match names are what resolving it reads.
   */
  async loadPlayersNamed(teamIds: readonly number[], people: PeopleNamed): Promise<void> {
    // A result without scorers or cards names nobody: no player is resolved.
    if (people.keys.size === 0 && people.sourceIds.size === 0) return;
    const found = new Set<number>();
    for (const ids of inChunks([...people.sourceIds])) {
      for (const s of await this.db.selectFrom('player_source_id').select('player_id').where('format', '=', people.format).where('source_id', 'in', ids).execute()) {
        found.add(s.player_id);
      }
    }
    const names: { player_id: number; team_id: number | null; name_key: string }[] = [];
    for (const ids of inChunks(teamIds.filter((id) => !this.teamsWithPlayers.has(id)))) {
      const rows = await this.db
        .selectFrom('player_name as pn')
        .innerJoin('player as p', 'p.id', 'pn.player_id')
        .select(['pn.player_id', 'pn.team_id', 'pn.name_key', 'p.name'])
        .where('pn.team_id', 'in', ids)
        .execute();
      for (const r of rows) {
        names.push(r);
        if (people.keys.has(r.name_key) || recordedWords(r.name).some((token) => people.tokens.has(token))) found.add(r.player_id);
      }
    }
    await this.loadPlayerRows([...found]);
    for (const n of names) if (found.has(n.player_id)) this.rememberPlayerName(n.player_id, n.team_id, n.name_key);
  }

  /** Player rows and their source ids, by id: the stored goals a merge compares scorers with name them. */
  async loadPlayerRows(playerIds: readonly number[]): Promise<void> {
    for (const pids of inChunks(playerIds.filter((id) => !this.players.has(id)))) {
      for (const p of await this.db.selectFrom('player').selectAll().where('id', 'in', pids).execute()) this.players.set(p.id, p);
      for (const s of await this.db.selectFrom('player_source_id').selectAll().where('player_id', 'in', pids).execute()) {
        this.playerBySourceId.set(`${s.format}|${s.source_id}`, s.player_id);
      }
    }
  }

  /** The players known under a name in these teams, with every name and source id they have. */
  async loadPlayersOfTeams(teamIds: readonly number[]): Promise<void> {
    const wanted = teamIds.filter((id) => !this.teamsWithPlayers.has(id));
    for (const ids of inChunks(wanted)) {
      for (const id of ids) this.teamsWithPlayers.add(id);
      const names = await this.db.selectFrom('player_name').select(['player_id', 'team_id', 'name_key']).where('team_id', 'in', ids).execute();
      await this.loadPlayerRows([...new Set(names.map((n) => n.player_id))]);
      for (const n of names) this.rememberPlayerName(n.player_id, n.team_id, n.name_key);
    }
  }

  addAlias(key: string, entry: AliasEntry): void {
    let list = this.teamAliases.get(key);
    if (!list) this.teamAliases.set(key, (list = []));
    list.push(entry);
  }

  rememberPlayerName(playerId: number, teamId: number | null, key: string): boolean {
    const rowKey = `${playerId}|${teamId ?? ''}|${key}`;
    if (this.playerNameRows.has(rowKey)) return false;
    this.playerNameRows.add(rowKey);
    const lookup = `${teamId ?? ''}|${key}`;
    let set = this.playerNames.get(lookup);
    if (!set) this.playerNames.set(lookup, (set = new Set()));
    set.add(playerId);
    const player = this.players.get(playerId);
    if (teamId !== null && player) {
      for (const token of recordedWords(player.name)) {
        const tokenKey = `${teamId}|${token}`;
        let team = this.playersByTeamToken.get(tokenKey);
        if (!team) this.playersByTeamToken.set(tokenKey, (team = new Set()));
        team.add(playerId);
      }
    }
    return true;
  }

  rememberMatch(m: MatchRow): void {
    this.matches.set(m.id, m);
  }

  indexMatchPair(m: MatchRow, competitionId: number): void {
    const key = pairKey(competitionId, m.home_team_id, m.away_team_id);
    let list = this.matchesByPair.get(key);
    if (!list) this.matchesByPair.set(key, (list = []));
    list.push(m.id);
  }

  rememberMatchFormat(matchId: number, format: string): void {
    let set = this.matchFormats.get(matchId);
    if (!set) this.matchFormats.set(matchId, (set = new Set()));
    set.add(format);
  }

  rememberGoal(g: GoalRow): void {
    let list = this.goalsByMatch.get(g.match_id);
    if (!list) this.goalsByMatch.set(g.match_id, (list = []));
    list.push(g);
  }
}

function inChunks<T>(values: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

export function pairKey(competitionId: number, teamA: number, teamB: number): string {
  return `${competitionId}|${Math.min(teamA, teamB)}|${Math.max(teamA, teamB)}`;
}
