// "X won 8-4 on aggregate": the two-legged knockout ties of the subject in the data, built and
// decided by the competition's own rules (`src/rules/ties/`), against the claimed score.
import { nameKey } from '../domain/names.js';
import { KNOCKOUT_STAGE_KINDS } from '../records/definitions/vocabulary.js';
import { buildTies, tieRulesFor, type Tie } from '../rules/ties/index.js';
import { readMatches } from '../store/queries/read-matches.js';
import type { Claim, Relation } from './claim.js';
import { competitionsOf, missingSeasons } from './competitions.js';
import type { CheckContext, Judgement } from './context.js';
import { subjectName, type ResolvedSubject } from './subjects.js';
import { isFalse, isTrue, unverifiable, type ProofItem } from './verdict.js';
import { nameMatches } from './words.js';

type Aggregate = Extract<Relation, { kind: 'aggregate' }>;

interface FoundTie {
  readonly tie: Tie;
  readonly competition: string;
  readonly edition: string;
  readonly startYear: number;
  /** The subject's name in this tie, and the other team's. */
  readonly own: string;
  readonly other: string;
  readonly otherId: number | undefined;
  readonly matchIds: readonly number[];
}

function tieLine(found: FoundTie): string {
  return `${found.competition} ${found.edition}, ${found.tie.stage.name}: ${found.tie.legs.map((l) => `${l.date} ${l.home.name} ${l.score.extraTime?.join('-') ?? l.score.fullTime?.join('-') ?? '?'} ${l.away.name}`).join('; ')} — ${found.tie.text}`;
}

/** The subject's two-legged ties in the data, oldest first. */
async function tiesOf(ctx: CheckContext, claim: Claim, teamIds: readonly number[]): Promise<FoundTie[]> {
  const competitions = claim.scope.competition ? competitionsOf(ctx.store, claim.scope.competition).map((c) => c.id) : undefined;
  const marks = (ids: readonly unknown[]) => ids.map(() => '?').join(', ');
  // Qualifying rounds are two-legged knockout ties too: every edition with a staged match of the team.
  const kinds = [...KNOCKOUT_STAGE_KINDS.filter((k) => k !== 'final'), 'qualifying'];
  const editions = ctx.store.sql
    .prepare(
      `SELECT DISTINCT m.edition_id AS id, e.start_year FROM match m JOIN stage s ON s.id = m.stage_id JOIN edition e ON e.id = m.edition_id
       WHERE s.kind IN (${marks(kinds)}) AND (m.home_team_id IN (${marks(teamIds)}) OR m.away_team_id IN (${marks(teamIds)}))
       ${competitions ? `AND e.competition_id IN (${marks(competitions)})` : ''} ${claim.scope.edition ? 'AND e.start_year = ?' : ''}
       ORDER BY e.start_year, m.edition_id`,
    )
    .all(...kinds, ...teamIds, ...teamIds, ...(competitions ?? []), ...(claim.scope.edition ? [claim.scope.edition.year] : [])) as { id: number }[];
  const found: FoundTie[] = [];
  for (const { id } of editions) {
    const matches = await readMatches(ctx.store.db, { editionId: id });
    const sample = matches[0];
    if (!sample) continue;
    const idOf = new Map<string, number>();
    for (const m of matches) {
      idOf.set(m.data.home.name, m.homeTeamId);
      idOf.set(m.data.away.name, m.awayTeamId);
    }
    const ties = buildTies(
      matches.map((m) => m.data),
      tieRulesFor(sample.data.competition, sample.data.edition),
    );
    for (const tie of ties) {
      if (tie.format !== 'two_legs') continue;
      const index = tie.teams.findIndex((t) => teamIds.includes(idOf.get(t) ?? -1));
      if (index < 0) continue;
      const other = tie.teams[1 - index] ?? '';
      const legIds = matches.filter((m) => tie.legs.some((l) => l.date === m.data.date && l.home.name === m.data.home.name && l.away.name === m.data.away.name)).map((m) => m.id);
      found.push({ tie, competition: sample.data.competition.name, edition: sample.data.edition.name, startYear: sample.data.edition.startYear, own: tie.teams[index] ?? '', other, otherId: idOf.get(other), matchIds: legIds });
    }
  }
  const before = claim.time.kind === 'before' ? claim.time.date : undefined;
  return before ? found.filter((f) => (f.tie.legs[f.tie.legs.length - 1]?.date ?? '') < before) : found;
}

/**
 * Judges "X won/lost A-B on aggregate [against Y]".
 *
 * @example await evaluateAggregate(ctx, parse('Qarabağ won 8-4 on aggregate'), qarabag, undefined) // true: Qarabağ FK 8-4 Ludogorets, 2024/25 third qualifying round
 */
export async function evaluateAggregate(ctx: CheckContext, claim: Claim, relation: Aggregate, subject: ResolvedSubject, opponent: ResolvedSubject | undefined): Promise<Judgement> {
  if (subject.teams.length === 0) return unverifiable(`no team named "${subject.said}" in the data`);
  const ties = await tiesOf(
    ctx,
    claim,
    subject.teams.map((t) => t.id),
  );
  const name = subjectName(subject, 'team');
  const high = Math.max(...relation.goals);
  const low = Math.min(...relation.goals);
  const againstOpponent = (f: FoundTie): boolean =>
    relation.opponent === undefined || (opponent?.teams.some((t) => t.id === f.otherId) ?? false) || nameMatches(relation.opponent, f.other) || nameKey(relation.opponent) === nameKey(f.other);
  const decided = ties.filter((f) => f.tie.aggregate !== undefined && f.tie.winner !== undefined);
  const fits = decided.find((f) => {
    const [a, b] = f.tie.aggregate!;
    const won = f.tie.winner === f.own;
    return won === relation.winner && Math.max(a, b) === high && Math.min(a, b) === low && againstOpponent(f);
  });
  const proofOf = (list: readonly FoundTie[]): ProofItem[] => list.map((f) => ({ role: 'tie', text: tieLine(f), matchIds: f.matchIds, date: f.tie.legs[0]?.date ?? '' }));
  if (fits) return isTrue(`${fits.tie.text} (${fits.competition} ${fits.edition}, ${fits.tie.stage.name}, against ${fits.other}).`, proofOf([fits]));
  const pinned = decided.filter(againstOpponent);
  const what = `${name} ${relation.winner ? 'won' : 'lost'} ${high}-${low} on aggregate${relation.opponent ? ` against ${relation.opponent}` : ''}`;
  if ((relation.opponent !== undefined || claim.scope.edition !== undefined) && pinned.length > 0) {
    return isFalse(`Not ${high}-${low}: ${pinned.map((f) => `${f.tie.text} (${f.competition} ${f.edition}, ${f.tie.stage.name}, against ${f.other})`).join('; ')}.`, proofOf(pinned));
  }
  const gaps = new Set<string>();
  const scoped = claim.scope.competition ? competitionsOf(ctx.store, claim.scope.competition) : competitionsOf(ctx.store, { family: 'uefa-club', sex: 'men', said: 'UEFA club competitions', sexSaid: false });
  for (const c of scoped) {
    const missing = missingSeasons(ctx.store, c);
    const first = ctx.store.sql.prepare('SELECT min(name) AS name FROM edition WHERE competition_id = ?').get(c.id) as { name: string | null };
    gaps.add(`${c.name} from ${first.name ?? '?'}${missing.length > 0 ? ` without ${missing.join(', ')}` : ''}`);
  }
  const listed = decided.slice(-5);
  return unverifiable(
    `no tie in the data where ${what}; the data holds only ${[...gaps].join('; ')}${listed.length > 0 ? `. ${name}'s two-legged ties here: ${listed.map((f) => f.tie.text).join('; ')}` : ''}`,
    proofOf(listed),
  );
}
