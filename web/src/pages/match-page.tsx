// A match: score line, status badges, the goals as a timeline, its facts with proof, and its story.
import { useCallback } from 'react';
import { api } from '../api.js';
import { Badges, matchBadges } from '../components/badges.js';
import { CompetitionLink } from '../components/competition-link.js';
import { Chart, type PlotModule } from '../components/chart.js';
import { FactList } from '../components/fact-list.js';
import { longDate, words } from '../components/format.js';
import { LoadedView } from '../components/loaded-view.js';
import { StoryView } from '../components/story-view.js';
import { useTitle } from '../components/use-title.js';
import { tiePath } from '../links.js';
import { Link } from '../router.js';
import type { Goal, Match, MatchFacts, Story } from '../types.js';
import { useJson } from '../use-json.js';

const knockoutKinds = /round_of|quarter|semi|final|play_?off|third|knockout/;

function minuteLabel(goal: Goal): string {
  if (goal.minute == null) return 'minute unknown';
  return goal.stoppage ? `${goal.minute}+${goal.stoppage}'` : `${goal.minute}'`;
}

function GoalTimeline({ match }: { match: Match }) {
  const draw = useCallback(
    (Plot: PlotModule, width: number) => {
      const timed = match.goals.filter((goal) => goal.minute != null);
      // Labels of one team's goals close together go alternately above and below the line, so they do not overlap.
      const lastLabel = new Map<string, { minute: number; below: boolean }>();
      const rows = timed.map((goal) => {
        const minute = goal.minute! + (goal.stoppage ?? 0) / 10;
        const previous = lastLabel.get(goal.team);
        const below = previous !== undefined && minute - previous.minute < 14 && !previous.below;
        lastLabel.set(goal.team, { minute, below });
        return {
          minute,
          team: goal.team,
          below,
          label: `${goal.scorer ?? 'unknown'} ${minuteLabel(goal)}${goal.penalty ? ' (pen)' : ''}${goal.ownGoal ? ' (og)' : ''}`,
        };
      });
      const last = Math.max(90, ...rows.map((row) => row.minute));
      const end = last > 90 ? 120 : 90;
      return Plot.plot({
        width,
        height: 190,
        marginLeft: Math.min(220, 16 + 7 * Math.max(match.home.name.length, match.away.name.length)),
        x: { domain: [0, end], label: 'minute', ticks: end === 120 ? [0, 15, 30, 45, 60, 75, 90, 105, 120] : [0, 15, 30, 45, 60, 75, 90] },
        y: { domain: [match.home.name, match.away.name], label: null },
        marks: [
          Plot.ruleX(end === 120 ? [45, 90, 105] : [45], { stroke: '#999', strokeDasharray: '3,3' }),
          Plot.ruleY([match.home.name, match.away.name], { stroke: '#ddd' }),
          Plot.dot(rows, { x: 'minute', y: 'team', r: 6, fill: 'team', stroke: 'white' }),
          Plot.text(rows.filter((row) => !row.below), { x: 'minute', y: 'team', text: 'label', dy: -14, fontSize: 11 }),
          Plot.text(rows.filter((row) => row.below), { x: 'minute', y: 'team', text: 'label', dy: 16, fontSize: 11 }),
        ],
        color: { domain: [match.home.name, match.away.name], range: ['#1f5fa8', '#b3261e'] },
      });
    },
    [match],
  );
  if (match.goals.length === 0) return <p>{match.goalsKnown ? 'No goals.' : 'The data does not record who scored.'}</p>;
  return (
    <Chart caption={`Goals in ${match.home.name} v ${match.away.name}, by minute`} draw={draw}>
      <ol className="goal-list" aria-label="Goals in order">
        {match.goals.map((goal, i) => (
          <li key={i}>
            <span className="minute">{minuteLabel(goal)}</span>{' '}
            {goal.playerId != null ? <Link href={`/player/${goal.playerId}`}>{goal.scorer}</Link> : (goal.scorer ?? 'unknown scorer')}{' '}
            ({goal.team}
            {goal.penalty ? ', penalty' : ''}
            {goal.ownGoal ? ', own goal' : ''})
          </li>
        ))}
      </ol>
    </Chart>
  );
}

function ScoreLine({ match }: { match: Match }) {
  const score = match.score;
  const main = score?.extraTime ?? score?.fullTime;
  return (
    <h1 className="score-line">
      <span className="team">{match.home.name}</span>{' '}
      <span className="score">{main ? `${main[0]}–${main[1]}` : 'v'}</span>{' '}
      <span className="team">{match.away.name}</span>
    </h1>
  );
}

function MatchHeader({ match }: { match: Match }) {
  const where = [match.venue, match.city, match.country].filter(Boolean).join(', ');
  const isKnockout = match.stageKind ? knockoutKinds.test(match.stageKind) : false;
  return (
    <header className="match-header">
      <p className="eyebrow">
        <CompetitionLink competition={match.competition} season={match.season} />
        {match.stage ? ` · ${match.stage}` : ''}
        {match.group ? ` · ${match.group}` : ''}
      </p>
      <ScoreLine match={match} />
      <p className="score-detail" data-testid="score-line">
        {match.home.name} {match.scoreLine ?? 'v'} {match.away.name}
        {match.score?.halfTime ? ` (half-time ${match.score.halfTime[0]}-${match.score.halfTime[1]})` : ''}
      </p>
      <p>
        <time dateTime={match.date}>{longDate(match.date)}</time>
        {match.time ? `, ${match.time}` : ''}
        {where ? ` · ${where}` : ''}
        {match.attendance != null ? ` · attendance ${match.attendance.toLocaleString('en-GB')}` : ''}
      </p>
      <Badges labels={matchBadges(match)} />
      {match.statusNote && <p className="status-note">{match.statusNote}</p>}
      {isKnockout && (
        <p>
          <Link href={tiePath({ date: match.date, team: match.home.name, competition: match.competition })}>
            The tie: both legs, aggregate and how it was decided
          </Link>
        </p>
      )}
    </header>
  );
}

function Sources({ match }: { match: Match }) {
  return (
    <details>
      <summary>Sources of this match ({match.sources.length})</summary>
      <ul>
        {match.sources.map((source) => (
          <li key={`${source.format}:${source.key}`}>
            {words(source.format)}: <code>{source.key}</code>
            {source.line != null ? ` (line ${source.line})` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}

export default function MatchPage({ params }: { params: Record<string, string> }) {
  const id = params.id!;
  const match = useJson<Match>(api.match(id));
  const facts = useJson<MatchFacts>(api.matchFacts(id));
  const story = useJson<Story>(api.matchStory(id));
  useTitle(match.state === 'ok' ? `${match.data.home.name} v ${match.data.away.name}, ${match.data.date}` : 'Match');
  return (
    <LoadedView loaded={match} what="the match">
      {(m) => (
        <>
          <MatchHeader match={m} />
          <section aria-labelledby="goals-heading">
            <h2 id="goals-heading">Goals</h2>
            <GoalTimeline match={m} />
          </section>
          <section aria-labelledby="facts-heading">
            <h2 id="facts-heading">Facts</h2>
            <LoadedView loaded={facts} what="the facts">
              {(data) => <FactList facts={data.facts} />}
            </LoadedView>
          </section>
          <section aria-labelledby="story-heading">
            <h2 id="story-heading">The story</h2>
            <LoadedView loaded={story} what="the story">
              {(data) => <StoryView story={data} />}
            </LoadedView>
          </section>
          <Sources match={m} />
        </>
      )}
    </LoadedView>
  );
}
