// The goals in the order they were scored, with minutes: told one by one with the running score
// when the data has every goal, else as each team's scorers in order; hat-tricks called out.
import type { StoredGoal } from '../store/queries/stored-match.js';
import type { Side } from '../domain/vocabulary.js';
import type { PhraseKind } from './phrases.js';
import type { Sentence } from './story.js';
import { other, pairLeaderFirst, teamOf, type GoalInOrder, type MatchView } from './match-view.js';
import { joinAnd, numberWord, ordinal, ordinalDigits } from './numbers.js';
import type { StoryWriter } from './writer.js';

/** Goals told one by one up to this many; more are listed per team. */
const NARRATED_GOALS = 6;

function minuteMark(g: StoredGoal): string | undefined {
  if (g.minute === null) return undefined;
  return g.stoppage ? `${g.minute}+${g.stoppage}'` : `${g.minute}'`;
}

function whenWritten(w: StoryWriter, g: StoredGoal, salt: string): string {
  if (g.minute === null) return '';
  if (g.stoppage) return w.phrase('when.stoppage', { minuteMark: minuteMark(g) }, salt) ?? '';
  if (g.minute > 90) return w.phrase('when.extraTime', { minuteMark: minuteMark(g), minute: ordinalDigits(g.minute) }, salt) ?? '';
  return w.phrase('when.minute', { minute: ordinal(g.minute), minutes: g.minute >= 2 ? numberWord(g.minute) : undefined }, salt) ?? '';
}

function goalKind(g: GoalInOrder, total: number): PhraseKind {
  if (g.goal.scorer === null) return 'goal.unnamed';
  if (g.goal.ownGoal) return 'goal.ownGoal';
  if (total === 1) return 'goal.only';
  const [h, a] = g.after;
  const scored = g.goal.side === 'home' ? h : a;
  const against = g.goal.side === 'home' ? a : h;
  if (h + a === 1) return 'goal.opener';
  if (scored === against) return 'goal.equaliser';
  if (scored === against + 1) return 'goal.ahead';
  if (scored > against) return 'goal.extend';
  return 'goal.pullBack';
}

/** What a team is called once it has been named: "the hosts", "the holders", with the source that says so. */
export interface Epithet {
  readonly text: string;
  readonly source: string;
}

function narrated(w: StoryWriter, view: MatchView, epithets: Partial<Record<Side, Epithet>>): Sentence[] {
  const named = new Set<Side>();
  return view.goals.flatMap((g, i) => {
    const salt = `#${i}`;
    // A team named once in the paragraph is "the hosts" or "the holders" the next time, where the data says so.
    const epithet = named.has(g.goal.side) ? epithets[g.goal.side] : undefined;
    const sentence = w.sentence(
      goalKind(g, view.goals.length),
      {
        scorer: g.goal.scorer ?? undefined,
        team: epithet?.text ?? g.team,
        running: pairLeaderFirst(g.after),
        _when: whenWritten(w, g.goal, salt),
        _how: g.goal.penalty ? (w.phrase('how.penalty', {}, salt) ?? '') : '',
      },
      { match: [view.ref, g.ref, ...(epithet ? [epithet.source] : [])] },
      salt,
    );
    if (sentence?.text.includes(g.team)) named.add(g.goal.side);
    return sentence ? [sentence] : [];
  });
}

interface ScorerEntry {
  readonly name: string;
  readonly ownGoal: boolean;
  readonly goals: GoalInOrder[];
}

/** A team's scorers in the order of their first goal: "Toni Kroos (24', 26')". */
function scorerList(w: StoryWriter, goals: readonly GoalInOrder[]): string | undefined {
  const entries = new Map<string, ScorerEntry>();
  for (const g of goals) {
    if (g.goal.scorer === null) continue;
    const key = `${g.goal.scorer}|${g.goal.ownGoal}`;
    const entry = entries.get(key) ?? { name: g.goal.scorer, ownGoal: g.goal.ownGoal, goals: [] };
    entry.goals.push(g);
    entries.set(key, entry);
  }
  if (entries.size === 0) return undefined;
  const items = [...entries.values()].map((e) => {
    const marks = e.goals.map((g) => minuteMark(g.goal)).filter((m): m is string => m !== undefined);
    const pens = e.goals.filter((g) => g.goal.penalty).length;
    if (e.ownGoal) return w.phrase('goals.listOwnGoal', { scorer: e.name, _minutes: marks.length > 0 ? `, ${marks.join(', ')}` : '' }) ?? e.name;
    const parts = [...marks];
    if (pens > 0) parts.push(pens === 1 ? 'pen' : `${numberWord(pens)} pens`);
    return parts.length > 0 ? `${e.name} (${parts.join(', ')})` : e.name;
  });
  return joinAnd(items);
}

function listed(w: StoryWriter, view: MatchView): Sentence[] {
  const first = view.winnerSide ?? 'home';
  const out: Sentence[] = [];
  for (const side of [first, other(first)]) {
    const goals = view.goals.filter((g) => g.goal.side === side);
    const list = scorerList(w, goals);
    if (!list) continue;
    const kind: PhraseKind = side !== first && view.winnerSide !== undefined ? 'goals.reply' : 'goals.team';
    const sentence = w.sentence(kind, { team: teamOf(view, side), list }, { match: [view.ref, ...goals.map((g) => g.ref)] }, `#${side}`);
    if (sentence) out.push(sentence);
  }
  return out;
}

function hauls(w: StoryWriter, view: MatchView, told: readonly string[]): Sentence[] {
  const byScorer = new Map<string, GoalInOrder[]>();
  for (const g of view.goals) {
    if (g.goal.scorer === null || g.goal.ownGoal) continue;
    const key = `${g.goal.scorer}|${g.team}`;
    byScorer.set(key, [...(byScorer.get(key) ?? []), g]);
  }
  const out: Sentence[] = [];
  for (const goals of byScorer.values()) {
    if (goals.length < 3) continue;
    const scorer = goals[0]?.goal.scorer ?? undefined;
    if (scorer !== undefined && told.includes(scorer)) continue;
    const kind: PhraseKind = goals.length === 3 ? 'goals.hatTrick' : 'goals.haul';
    const sentence = w.sentence(kind, { scorer, count: numberWord(goals.length) }, { match: [view.ref, ...goals.map((g) => g.ref)] }, `#${scorer}`);
    if (sentence) out.push(sentence);
  }
  return out;
}

/** The goals paragraph; empty for a goalless match. `told`: scorers whose haul the lead has already told. */
export function goalParagraph(w: StoryWriter, view: MatchView, told: readonly string[] = [], epithets: Partial<Record<Side, Epithet>> = {}): Sentence[] {
  const final = view.final;
  if (!final || final[0] + final[1] === 0) return [];
  const d = view.match.data;
  if (d.status === 'awarded' && view.goals.length === 0) return [];
  const sources = { match: [view.ref] };
  if (d.goals === undefined || view.goals.length === 0) {
    const unknown = w.sentence('goals.unknown', {}, sources);
    return unknown ? [unknown] : [];
  }
  const total = final[0] + final[1];
  const story = view.goalsComplete && total <= NARRATED_GOALS ? narrated(w, view, epithets) : listed(w, view);
  const named = view.goals.filter((g) => g.goal.scorer !== null).length;
  const partial = named < total ? w.sentence('goals.partial', { known: numberWord(named), total: numberWord(total) }, sources) : undefined;
  return [...story, ...hauls(w, view, told), ...(partial ? [partial] : [])];
}
