// `matchfacts bracket`: the knockout rounds of an edition, tie by tie, with who went on to meet whom.
import type { Command } from 'commander';
import { formatScoreLine } from '../../domain/score-line.js';
import { bracketJson, readBracket } from '../../queries/bracket.js';
import { stageDisplayName } from '../../queries/match-view.js';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { findEdition } from '../../store/queries/editions.js';
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
        const read = await readBracket(store, edition.id);
        const { bracket } = read;
        if (flags.json) {
          printJson(bracketJson(edition, read));
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
