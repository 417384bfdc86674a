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
  readonly replay: boolean;
}

/**
 * What a heading's text means. `, Replays` marks replays of the stage; `, Matchday 3` is a round
 * inside the stage and is dropped, so all matchdays of `League` are one stage.
 */
export function headingOf(text: string): Heading {
  let name = text.trim().replace(/\s+/g, ' ');
  const replay = /,?\s*replays?$/i.test(name) && !/^replays?$/i.test(name);
  if (replay) name = name.replace(/,?\s*replays?$/i, '');
  if (GROUP_NAME.test(name)) return { group: name, replay };
  // `Second group stage, Group A`: a group of a named stage.
  const staged = /^(.*\S)\s*,\s*([^,]+)$/.exec(name);
  if (staged && GROUP_NAME.test(staged[2]!)) return { stage: staged[1]!, group: staged[2]!, replay };
  name = name.replace(/,\s*matchday\s+\d+$/i, '');
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

/** Gives each match its stage and group, and numbers stages in order of first appearance. */
export class StageTracker {
  private heading: Heading | undefined;
  private groupBlocks = 0;
  private inGroupBlock = false;
  private readonly rounds: RoundDefinition[] = [];
  private readonly order = new Map<string, number>();

  constructor(private readonly qualifying: boolean) {}

  /** A line that is not a group definition ends a block of them. */
  otherLine(): void {
    this.inGroupBlock = false;
  }

  groupDefinition(): void {
    // Each block of group definitions opens a group stage: 1974 has a first and a second round.
    if (!this.inGroupBlock) this.groupBlocks += 1;
    this.inGroupBlock = true;
  }

  setHeading(heading: Heading): void {
    this.heading = heading;
    this.inGroupBlock = false;
  }

  /** A round definition also ends the heading above it (1950: `▪ Final Round | July 9-16`). */
  roundDefinition(round: RoundDefinition): void {
    this.rounds.push(round);
    this.heading = undefined;
    this.inGroupBlock = false;
  }

  /** Stage, group and replay flag of a match played on `date`. */
  place(date: string): { stage?: StageRef; group?: string; replay: boolean } {
    const heading = this.heading;
    if (heading?.group !== undefined && heading.stage !== undefined) {
      return { stage: this.stageRef(heading.stage, stageKindOf(heading.stage)), group: heading.group, replay: heading.replay };
    }
    if (heading?.group !== undefined) {
      const { name, kind } = groupStageAfter(this.groupBlocks);
      return { stage: this.stageRef(name, kind), group: heading.group, replay: heading.replay };
    }
    let name = heading?.stage;
    if (name === undefined) name = this.rounds.find((r) => r.from <= date && date <= r.to)?.name;
    if (name === undefined) return { replay: heading?.replay ?? false };
    if (this.qualifying && stageKindOf(name) !== 'qualifying') name = `Qualifying, ${name}`;
    return { stage: this.stageRef(name, stageKindOf(name)), replay: heading?.replay ?? false };
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
