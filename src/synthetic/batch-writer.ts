// Packs played matches into SourceBatches, each carrying the teams, players and squads its matches
// are the first to need, so every batch can be ingested after the ones before it.
import { sha256 } from '../sources/hash.js';
import type { IncomingMatch, IncomingPlayer, IncomingSquadMember, IncomingTeam, SourceBatch } from '../sources/source-batch.js';
import { emptyBatch } from '../sources/source-batch.js';
import { isoDate } from './calendar.js';
import type { PlayedMatch } from './fixture.js';
import { personName } from './names.js';
import type { Player, Squad, Team } from './world-types.js';

/** Bumped whenever the generator's output changes, so an old file hash is never mistaken for a new batch. */
export const GENERATOR_VERSION = 1;

export class BatchWriter {
  private index = 0;
  private teams: IncomingTeam[] = [];
  private players: IncomingPlayer[] = [];
  private squads: IncomingSquadMember[] = [];
  private matches: IncomingMatch[] = [];
  private readonly squadsWritten = new Set<string>();

  constructor(
    private readonly seed: number,
    private readonly total: number,
    private readonly batchSize: number,
  ) {}

  get origin(): string {
    return `synthetic:seed=${this.seed}:matches=${this.total}`;
  }

  private get file(): string {
    return `synthetic/seed-${this.seed}/matches-${this.total}/batch-${String(this.index + 1).padStart(5, '0')}.json`;
  }

  get pending(): number {
    return this.matches.length;
  }

  /** Squads are per edition, and editions end with their season: their keys need not outlive it. */
  endSeason(): void {
    this.squadsWritten.clear();
  }

  add(played: PlayedMatch, matchIndex: number): void {
    this.writeSquad(played.fixture.home);
    this.writeSquad(played.fixture.away);
    this.matches.push({ sourceKey: `s${this.seed}-m${matchIndex}`, file: this.file, match: played.match });
  }

  take(): SourceBatch {
    const rows = this.matches.length + this.players.length + this.squads.length + this.teams.length;
    // The hash names the batch by what determines it — generator version, seed, size, position —
    // so a repeat import of the same history is recognised without hashing megabytes of JSON.
    const identity = `matchfacts-synthetic/v${GENERATOR_VERSION}|${this.seed}|${this.total}|${this.batchSize}|${this.index}`;
    const batch: SourceBatch = {
      ...emptyBatch('matchfacts-json', this.origin),
      inputs: [{ file: this.file, sha256: sha256(identity), rows }],
      teams: this.teams,
      players: this.players,
      squads: this.squads,
      matches: this.matches,
    };
    this.index += 1;
    this.teams = [];
    this.players = [];
    this.squads = [];
    this.matches = [];
    return batch;
  }

  private writeTeam(team: Team): void {
    if (team.emitted) return;
    team.emitted = true;
    this.teams.push({
      sourceKey: `s${this.seed}-t${team.key}`,
      file: this.file,
      team: team.ref,
      national: team.national,
      aliases: [],
      confederation: team.place.confederation,
    });
  }

  private writePlayer(p: Player): void {
    if (p.emitted) return;
    p.emitted = true;
    const name = personName(p.id, p.sex);
    this.players.push({
      sourceKey: p.sourceId,
      file: this.file,
      player: {
        person: { ...name, sourceId: p.sourceId },
        birthDate: isoDate(p.birthDay),
        sex: p.sex,
        positions: [p.position],
      },
    });
  }

  private writeSquad(squad: Squad): void {
    if (this.squadsWritten.has(squad.key)) return;
    this.squadsWritten.add(squad.key);
    this.writeTeam(squad.team);
    squad.members.forEach((p, i) => {
      this.writePlayer(p);
      this.squads.push({
        sourceKey: `${squad.key}|${p.sourceId}`,
        file: this.file,
        competition: squad.competition,
        edition: squad.edition,
        team: squad.team.ref,
        person: { name: personName(p.id, p.sex).name, sourceId: p.sourceId },
        shirtNumber: i + 1,
        position: p.position,
      });
    });
  }
}
