// `matchfacts tie --date D --team T`: the knockout tie a match belongs to — legs, aggregate, how it was decided, what next.
import type { Command } from 'commander';
import { formatScoreLine } from '../../domain/score-line.js';
import { stageDisplayName } from '../../queries/match-view.js';
import { findTie, tieJson } from '../../queries/tie.js';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { printJson } from '../output.js';
import { isoDate } from '../validate.js';

export function registerTie(program: Command): void {
  program
    .command('tie')
    .description('the knockout tie of a match: both legs, aggregate, away goals, how it was decided and who goes on to meet whom')
    .requiredOption('--date <YYYY-MM-DD>', 'the day of either leg', isoDate)
    .requiredOption('--team <name>', 'either team')
    .option('--competition <name>', 'narrow down when a team played twice that day')
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  matchfacts tie --date 2021-03-09 --team Porto    → Porto through on away goals scored in extra time, 4-4 on aggregate')
    .action(async (flags: { date: string; team: string; competition?: string; db?: string; json?: boolean }) => {
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const { match, tie, next, matchIdOf } = await findTie(store, flags);
        if (flags.json) {
          printJson(tieJson(tie, next, matchIdOf));
          return;
        }
        const lines = [`${match.data.competition.name} ${match.data.edition.name} — ${stageDisplayName(tie.stage.name, tie.stage.kind)}`, ''];
        for (const leg of tie.legs) lines.push(`  ${leg.date}  ${leg.home.name} ${formatScoreLine(leg.score, leg.status)} ${leg.away.name}`);
        lines.push('');
        if (tie.aggregate) lines.push(`aggregate  ${tie.teams[0]} ${tie.aggregate[0]}-${tie.aggregate[1]} ${tie.teams[1]}`);
        if (tie.awayGoals) lines.push(`away goals ${tie.teams[0]} ${tie.awayGoals[0]}, ${tie.teams[1]} ${tie.awayGoals[1]}`);
        lines.push(`outcome    ${tie.text}`);
        if (next) lines.push(`next       ${next.winner}: ${next.stage?.name ?? next.stageKind ?? 'next round'}${next.opponent ? ` v ${next.opponent}` : ''}`);
        for (const w of tie.warnings) lines.push(`warning    ${w}`);
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        await store.close();
      }
    });
}
