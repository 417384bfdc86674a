// Headings (`» Group A`, `▪ Quarter-finals, Replays`), group definitions and round definitions,
// and the stage and group they give the matches below them.
import type { StageRef } from '../../domain/match-data.js';
import { stageKindOf } from '../../domain/stage-kind.js';
import type { WrittenDate } from './dates.js';

/** `Group A`, `Gruppe G`, `Group 1`: a heading naming one group. */
export const GROUP_NAME = /^(?:group|gruppe|pool)\s+[\p{L}\d]{1,3}$/iu;

export interface Heading {
  readonly group?: string;
  readonly stage?: string;
  /** `Matchday 3` of `League, Matchday 3`: a round inside the stage. */
  readonly round?: string;
  readonly replay: boolean;
}

/** A numbered round inside a stage: `Matchday 12`, `Round 3`, `Week 5`, `5. Spieltag`, `Jornada 7`. */
export const ROUND_NAME =
  /^(?:(?:matchday|match ?day|round|week|gameweek|spieltag|jornada|giornata|journ[ée]e|fecha|rodada|speeltag|runde)\s*\d{1,3}(?:\s+of\s+\d{1,3})?|\d{1,3}\.\s*(?:spieltag|runde|round|matchday|jornada|giornata))$/iu;

/** A matchday of a stage (`League, Matchday 3`); `Qualifying, Round 1` stays a stage of its own. */
const MATCHDAY = /^(?:(?:matchday|match ?day|gameweek|week|spieltag|jornada|giornata|journ[ée]e)\s*\d{1,3}|\d{1,3}\.\s*spieltag)$/iu;

/**
 * What a heading's text means. `, Replays` marks replays of the stage; `, Matchday 3` is a round
 * inside the stage, so all matchdays of `League` are one stage.
 */
export function headingOf(text: string): Heading {
  let name = text.trim().replace(/\s+/g, ' ');
  const replay = /,?\s*replays?$/i.test(name) && !/^replays?$/i.test(name);
  if (replay) name = name.replace(/,?\s*replays?$/i, '');
  if (GROUP_NAME.test(name)) return { group: name, replay };
  // `Second group stage, Group A`: a group of a named stage.
  const staged = /^(.*\S)\s*,\s*([^,]+)$/.exec(name);
  if (staged && GROUP_NAME.test(staged[2]!)) return { stage: staged[1]!, group: staged[2]!, replay };
  if (staged && MATCHDAY.test(staged[2]!)) return { stage: staged[1]!, round: staged[2]!, replay };
  return { stage: name, replay };
}

export interface RoundDefinition {
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

export type WrittenRange = { readonly from: WrittenDate; readonly to: WrittenDate };

/** The stage a plain group heading gives, after `blocks` blocks of group definitions. */
export function groupStageAfter(blocks: number): { name: string; kind: StageRef['kind'] } {
  return blocks >= 2 ? { name: 'Second group stage', kind: 'second_group' } : { name: 'Group stage', kind: 'group' };
}

/** Sections of a league file that are not its table: play-offs, play-outs, promotion rounds. */
const NOT_LEAGUE_SECTION = /play|aufstieg|abstieg|relegation|promotion|final|cup|pokal|barrage|liguilla|decider|entscheidung|qualif/i;

/** The name of a league season's one table stage when the file names none. */
export const LEAGUE_STAGE = 'League';

export interface Place {
  readonly stage?: StageRef;
  readonly group?: string;
  readonly round?: string;
  readonly replay: boolean;
}

/** Gives each match its stage, group and round, and numbers stages in order of first appearance. */
export class StageTracker {
  /** `==`/`===` headings: sections above the `»`/`▪` headings. */
  private sections: string[] = [];
  /** `»`/`▪` (level 1), `▪▪` (level 2), … headings; deeper levels are parts of the ones above. */
  private levels: string[] = [];
  private groupBlocks = 0;
  private inGroupBlock = false;
  private readonly rounds: RoundDefinition[] = [];
  private readonly order = new Map<string, number>();

  /**
   * @param league a domestic league: its numbered rounds (and undivided matches) are one stage
   * @param section text after the header's season, a stage over the whole file
   */
  constructor(
    private readonly qualifying: boolean,
    private readonly league = false,
    section?: string,
  ) {
    if (section !== undefined) this.sections = [section];
  }

  /** A line that is not a group definition ends a block of them. */
  otherLine(): void {
    this.inGroupBlock = false;
  }

  groupDefinition(): void {
    // Each block of group definitions opens a group stage: 1974 has a first and a second round.
    if (!this.inGroupBlock) this.groupBlocks += 1;
    this.inGroupBlock = true;
  }

  /** `== Playoffs` (level 2), `=== Promotion Playoff` (level 3): a section; headings below it end. */
  setSection(level: number, name: string): void {
    this.sections = [...this.sections.slice(0, Math.max(0, level - 2)), name];
    this.levels = [];
    this.inGroupBlock = false;
  }

  /** A heading of `level` (1 for `»`, `▪` or a bare round line) replaces that level and those below. */
  setHeading(level: number, text: string): void {
    this.levels = [...this.levels.slice(0, Math.max(0, level - 1)), text];
    this.inGroupBlock = false;
  }

  /** A round definition also ends the heading above it (1950: `▪ Final Round | July 9-16`). */
  roundDefinition(round: RoundDefinition): void {
    this.rounds.push(round);
    this.levels = [];
    this.inGroupBlock = false;
  }

  /** Stage, group, round and replay flag of a match played on `date`. */
  place(date: string | undefined): Place {
    const leagueSection = this.sections.length === 0 || !NOT_LEAGUE_SECTION.test(this.sections.join(' '));
    if (this.league && leagueSection) {
      const round = this.levels.length === 1 && ROUND_NAME.test(this.levels[0]!) ? this.levels[0]! : undefined;
      const defined = date === undefined ? undefined : this.rounds.find((r) => r.from <= date && date <= r.to)?.name;
      if (round !== undefined || (this.levels.length === 0 && (defined === undefined || ROUND_NAME.test(defined)))) {
        const name = this.sections.length === 0 ? LEAGUE_STAGE : this.sections.join(', ');
        const named = round ?? defined;
        return { stage: this.stageRef(name, 'league'), ...(named === undefined ? {} : { round: named }), replay: false };
      }
    }
    const heading = this.heading();
    const round = heading?.round === undefined ? {} : { round: heading.round };
    if (heading?.group !== undefined && heading.stage !== undefined) {
      return { stage: this.stageRef(heading.stage, stageKindOf(heading.stage)), group: heading.group, ...round, replay: heading.replay };
    }
    if (heading?.group !== undefined) {
      const { name, kind } = groupStageAfter(this.groupBlocks);
      return { stage: this.stageRef(name, kind), group: heading.group, ...round, replay: heading.replay };
    }
    let name = heading?.stage;
    if (name === undefined && date !== undefined) name = this.rounds.find((r) => r.from <= date && date <= r.to)?.name;
    if (name === undefined) return { replay: heading?.replay ?? false };
    name = this.qualified(name);
    return { stage: this.stageRef(name, stageKindOf(name)), ...round, replay: heading?.replay ?? false };
  }

  private cached: { readonly key: readonly string[][]; readonly heading: Heading | undefined } | undefined;

  /** The heading the sections and levels make, kept until they change. */
  private heading(): Heading | undefined {
    if (this.cached?.key[0] === this.sections && this.cached.key[1] === this.levels) return this.cached.heading;
    const parts = [...this.sections, ...this.levels];
    const heading = parts.length === 0 ? undefined : headingOf(parts.join(', '));
    this.cached = { key: [this.sections, this.levels], heading };
    return heading;
  }

  private qualified(name: string): string {
    return this.qualifying && stageKindOf(name) !== 'qualifying' ? `Qualifying, ${name}` : name;
  }

  private stageRef(name: string, kind: StageRef['kind']): StageRef {
    let order = this.order.get(name);
    if (order === undefined) {
      order = this.order.size + 1;
      this.order.set(name, order);
    }
    return { name, kind, order };
  }
}
