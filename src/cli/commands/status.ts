// `matchfacts status`: set or show the status of a match (postponed, behind closed doors…) or of a competition (suspended).
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { UsageError } from '../../domain/errors.js';
import { COMPETITION_STATUSES, MATCH_STATUSES, type CompetitionStatus, type MatchStatus } from '../../domain/vocabulary.js';
import { ingestBatches } from '../../ingest/ingest.js';
import { sha256 } from '../../sources/hash.js';
import { emptyBatch, type IncomingStatusUpdate } from '../../sources/source-batch.js';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { findEdition, readCompetitionStatus, recordCompetitionStatus } from '../../store/queries/editions.js';
import { readMatches } from '../../store/queries/read-matches.js';
import { matchHeadline, matchJson } from '../../queries/match-view.js';
import { printJson } from '../output.js';
import { isoDate, positiveInt } from '../validate.js';

const CONDITIONS = ['behind_closed_doors', 'with_spectators'] as const;
const SETTABLE: readonly string[] = [...MATCH_STATUSES, ...CONDITIONS, ...COMPETITION_STATUSES.filter((s) => !(MATCH_STATUSES as readonly string[]).includes(s))];

function settable(value: string): string {
  if (!SETTABLE.includes(value)) throw new InvalidArgumentError(`expected one of ${SETTABLE.join(', ')}, got "${value}"`);
  return value;
}

interface StatusFlags {
  date?: string;
  team?: string;
  competition?: string;
  season?: string;
  set?: string;
  note?: string;
  reason?: string;
  since?: string;
  attendance?: number;
  db?: string;
  json?: boolean;
}

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('set or show the status of a match (postponed, abandoned, behind closed doors, ...) or of a competition (suspended)')
    .option('--date <YYYY-MM-DD>', 'a match: its day', isoDate)
    .option('--team <name>', 'a match: either team')
    .option('--competition <name>', 'a competition edition ("cl 2019-20"), or to narrow down a match')
    .option('--season <name>', 'the edition, if not in --competition')
    .option('--set <status>', `one of: ${SETTABLE.join(', ')}`, settable)
    .option('--note <text>', 'why (a match): "COVID-19 outbreak"')
    .option('--reason <text>', 'why (a competition)')
    .option('--since <YYYY-MM-DD>', 'a competition: from when (default today)', isoDate)
    .option('--attendance <n>', 'a match: spectators', positiveInt)
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `
A match is named by --date and --team; a competition by --competition (and --season) alone.
Without --set, the current status is shown. Every change is kept with when it was made.

Examples:
  matchfacts status --date 2020-03-10 --team Valencia --set behind_closed_doors   (after: matchfacts import src/sources/json/examples/valencia-atalanta-2020-03-10.json)
  matchfacts status --date 2020-03-17 --team "Manchester City" --set postponed --note "COVID-19 pandemic"
  matchfacts status --competition "Champions League 2019/20" --set suspended --since 2020-03-13 --reason "COVID-19 pandemic"`,
    )
    .action(async (flags: StatusFlags) => {
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        if (flags.date || flags.team) await matchStatus(store, flags);
        else if (flags.competition) await competitionStatus(store, flags);
        else throw new UsageError('name a match (--date and --team) or a competition (--competition)');
      } finally {
        await store.close();
      }
    });
}

async function matchStatus(store: Awaited<ReturnType<typeof openStore>>, flags: StatusFlags): Promise<void> {
  if (!flags.date || !flags.team) throw new UsageError('a match needs both --date and --team');
  const found = await readMatches(store.db, { date: flags.date, team: flags.team, competition: flags.competition });
  if (found.length !== 1) {
    throw new UsageError(
      found.length === 0
        ? `no match on ${flags.date} involving "${flags.team}"`
        : `${found.length} matches on ${flags.date} involve "${flags.team}": ${found.map(matchHeadline).join('; ')} — add --competition`,
    );
  }
  const match = found[0]!;
  if (flags.set || flags.note !== undefined || flags.attendance !== undefined) {
    if (flags.set && (COMPETITION_STATUSES as readonly string[]).includes(flags.set) && !(MATCH_STATUSES as readonly string[]).includes(flags.set)) {
      throw new UsageError(`"${flags.set}" is a competition status; a match can be ${[...MATCH_STATUSES, ...CONDITIONS].join(', ')}`);
    }
    // The change goes through the import path: one transaction, provenance, the same checks as JSON input.
    const stamp = new Date().toISOString();
    const file = `matchfacts status (${stamp})`;
    const update: IncomingStatusUpdate = {
      sourceKey: `status:${flags.date}/${flags.team}#${stamp}`,
      file,
      date: flags.date,
      team: match.data.home.name,
      status: flags.set && (MATCH_STATUSES as readonly string[]).includes(flags.set) ? (flags.set as MatchStatus) : undefined,
      statusNote: flags.note,
      behindClosedDoors: flags.set === 'behind_closed_doors' ? true : flags.set === 'with_spectators' ? false : undefined,
      attendance: flags.attendance,
    };
    await ingestBatches(store, [
      { ...emptyBatch('matchfacts-json', file), inputs: [{ file, sha256: sha256(JSON.stringify(update)), rows: 1 }], statusUpdates: [update] },
    ]);
  }
  const [after] = await readMatches(store.db, { ids: [match.id] });
  if (flags.json) printJson(matchJson(after!));
  else {
    const d = after!.data;
    process.stdout.write(
      `${matchHeadline(after!)} (${d.date})\nstatus   ${d.status}${d.statusNote ? ` (${d.statusNote})` : ''}${d.behindClosedDoors ? ', behind closed doors' : ''}${d.attendance !== undefined ? `, attendance ${d.attendance}` : ''}\n`,
    );
  }
}

async function competitionStatus(store: Awaited<ReturnType<typeof openStore>>, flags: StatusFlags): Promise<void> {
  const edition = await findEdition(store.db, flags.competition!, flags.season);
  if (flags.set) {
    if (!(COMPETITION_STATUSES as readonly string[]).includes(flags.set)) {
      throw new UsageError(`"${flags.set}" is a match status; a competition can be ${COMPETITION_STATUSES.join(', ')}`);
    }
    await recordCompetitionStatus(store.db, edition.id, flags.set as CompetitionStatus, flags.since ?? new Date().toISOString().slice(0, 10), flags.reason);
  }
  const status = await readCompetitionStatus(store.db, edition.id);
  if (flags.json) printJson({ competition: edition.competition, season: edition.season, ...status });
  else {
    const since = status.since ? ` since ${status.since}` : '';
    process.stdout.write(`${edition.competition} ${edition.season}: ${status.status}${since}${status.reason ? ` (${status.reason})` : ''}\n`);
  }
}
