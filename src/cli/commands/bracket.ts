// `matchfacts bracket`: the knockout rounds of an edition, tie by tie, with who went on to meet whom.
import type { Command } from 'commander';
import { formatScoreLine } from '../../domain/score-line.js';
import { buildBracket, tieRulesFor, type Bracket } from '../../rules/ties/index.js';
import { openStore, resolveDbPath, type Store } from '../../store/open-store.js';
import { findEdition, type EditionView } from '../../store/queries/editions.js';
import { readMatches } from '../../store/queries/read-matches.js';
import { stageDisplayName } from '../format-match.js';
import { printJson } from '../output.js';

export function registerBracket(program: Command): void {
  program
    .command('bracket')
    .description('the knockout rounds of an edition: every tie, its legs, how it was decided, and the path to the final')
    .requiredOption('--competition <name>', 'e.g. "World Cup 2022", "Champions League 2020/21"')
    .option('--season <name>', 'edition, if not in --competition')
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  matchfacts bracket --competition "cl 2020-21"')
    .action(async (flags: { competition: string; season?: string; db?: string; json?: boolean }) => {
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const edition = await findEdition(store.db, flags.competition, flags.season);
        const bracket = await readBracket(store, edition.id);
        if (flags.json) {
          printJson(bracketJson(edition, bracket));
          return;
        }
        const lines = [`${edition.competition} ${edition.season}${bracket.champion ? ` — champion: ${bracket.champion}` : ''}`];
        for (const s of bracket.stages) {
          lines.push('', stageDisplayName(s.stage.name, s.stage.kind));
          for (const b of s.ties) {
            const legs = b.tie.legs.map((l) => `${l.home.name} ${formatScoreLine(l.score, l.status)} ${l.away.name}`).join('; ');
            lines.push(`  ${legs}`, `    → ${b.tie.text}`);
          }
        }
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        await store.close();
      }
    });
}

/** The knockout rounds of one edition, tie by tie. */
export async function readBracket(store: Store, editionId: number): Promise<Bracket> {
  const matches = (await readMatches(store.db, { editionId })).map((m) => m.data);
  const first = matches[0];
  return first ? buildBracket(matches, tieRulesFor(first.competition, first.edition)) : { stages: [] };
}

export function bracketJson(edition: EditionView, bracket: Bracket): Record<string, unknown> {
  return {
    competition: edition.competition,
    season: edition.season,
    champion: bracket.champion ?? null,
    stages: bracket.stages.map((s) => ({
      stage: s.stage.name,
      kind: s.stage.kind,
      ties: s.ties.map((b) => ({ teams: b.tie.teams, text: b.tie.text, winner: b.tie.winner ?? null, status: b.tie.status, decidedBy: b.tie.decidedBy ?? null, aggregate: b.tie.aggregate ?? null, legs: b.tie.legs.map((l) => ({ date: l.date, home: l.home.name, away: l.away.name, scoreLine: formatScoreLine(l.score, l.status) })), next: b.next ?? null, warnings: b.tie.warnings })),
    })),
  };
}
