// The phrase book: every template a story is written from, several per kind of sentence. Slots are
// `{name}`; a slot named `{_name}` may be empty. All literal words of a story live here (or in
// `LITERAL_WORDS`), so a test can tell the words of the templates from the words of the data.

export const PHRASES = {
  // Headlines: present tense, score winner first.
  'headline.rout': ['{winner} rout {loser} {score}', '{winner} thrash {loser} {score}', '{winner} put {winnerGoals} past {loser}', '{winner} run riot against {loser}'],
  'headline.win': ['{winner} beat {loser} {score}', '{winner} see off {loser} {score}', '{score} win for {winner} against {loser}', '{winner} too strong for {loser}'],
  'headline.narrow': ['{winner} edge {loser} {score}', '{winner} squeeze past {loser} {score}', '{winner} beat {loser} {score}', 'Narrow win for {winner} against {loser}'],
  'headline.draw': ['{home} and {away} draw {score}', '{home} held {score} by {away}', 'Honours even as {home} and {away} draw {score}'],
  'headline.goalless': ['{home} and {away} draw a blank', 'Stalemate between {home} and {away}', 'No goals between {home} and {away}'],
  'headline.aet': ['{winner} beat {loser} {score} after extra time', '{winner} need extra time to beat {loser}', 'Extra time takes {winner} past {loser}'],
  'headline.penalties': ['{winner} beat {loser} on penalties', '{winner} win shoot-out against {loser}', 'Penalties take {winner} past {loser}'],
  'headline.awarded': ['{winner} awarded the match against {loser}', 'Match awarded to {winner}'],
  'headline.champions': ['{winner} win the {title}', '{winner} are {title} champions', '{title}: {winner} crowned champions'],
  'headline.through': ['{tieWinner} knock out {tieLoser} {how}', '{tieWinner} go through {how}', '{tieWinner} through {how} against {tieLoser}'],
  'headline.throughPlain': ['{tieWinner} knock out {tieLoser}', '{tieWinner} through to the {nextRound}', '{tieWinner} go through at the expense of {tieLoser}'],
  'headline.record': ['{subject} {recordVerb} as {result}', 'Record for {subject} as {result}', '{result} as {subject} {recordVerb}'],
  'headline.scheduled': ['{home} v {away}: still to be played', '{home} v {away} on {date}', 'Coming up: {home} v {away}'],
  'headline.postponed': ['{home} v {away} postponed', 'Postponement: {home} v {away}', '{home} v {away} off'],
  'headline.abandoned': ['{home} v {away} abandoned', 'Abandoned: {home} v {away}'],
  'headline.cancelled': ['{home} v {away} called off', 'Cancelled: {home} v {away}'],
  'headline.suspended': ['{home} v {away} suspended', 'Suspended: {home} v {away}'],
  'headline.unknown': ['{home} v {away}: result not known', 'No score on record for {home} v {away}'],

  // Record verbs for headlines (present) and standfirsts (past).
  'recordVerb.new_record': ['breaks record', 'sets record'],
  'recordVerb.equals_record': ['equals record', 'draws level with record'],
  'recordVerb.extends_own_record': ['extends record', 'stretches record'],
  'recordVerb.milestone': ['reaches {value}', 'brings up {value}'],
  'recordPast.new_record': ['{subject} broke {holder}\'s record', '{subject} took the record from {holder}'],
  'recordPast.new_recordAlone': ['{subject} set a record', '{subject} set a new record'],
  'recordPast.equals_record': ['{subject} equalled {holder}\'s record', '{subject} drew level with {holder}\'s record'],
  'recordPast.new_recordShared': ['{subject} broke the record shared by {holder}', '{subject} took the record from {holder}'],
  'recordPast.equals_recordShared': ['{subject} joined {holder} as joint record holders', '{subject} drew level with the record held by {holder}'],
  'recordPast.extends_own_record': ['{subject} extended a record that was already theirs', '{subject} bettered their own record'],
  'recordPast.milestone': ['{subject} reached {value}', '{subject} brought up {value}'],

  // Results: past tense, score winner first.
  'result.rout': ['{winner} thrashed {loser} {score}', '{winner} routed {loser} {score}', '{winner} put {winnerGoals} past {loser}, winning {score}', '{winner} ran riot against {loser}, winning {score}'],
  'result.win': ['{winner} beat {loser} {score}', '{winner} saw off {loser} {score}', '{winner} won {score} against {loser}', '{winner} were too strong for {loser}, winning {score}'],
  'result.narrow': ['{winner} edged {loser} {score}', '{winner} squeezed past {loser} {score}', '{winner} beat {loser} {score}', '{winner} won {score} against {loser}'],
  'result.draw': ['{home} and {away} drew {score}', '{home} were held {score} by {away}', '{home} and {away} shared a {score} draw'],
  'result.goalless': ['{home} and {away} drew {score}', '{home} and {away} could not find a goal between them', '{home} and {away} played out a goalless draw'],
  'result.aet': ['{winner} beat {loser} {score} after extra time', '{winner} needed extra time to beat {loser} {score}', '{winner} won {score} against {loser} after extra time'],
  'result.drawAet': ['{home} and {away} drew {score} after extra time', '{home} and {away} were still level at {score} after extra time'],
  'result.penalties': ['{winner} beat {loser} {pens} on penalties after a {score} draw', '{winner} won the shoot-out {pens} against {loser} after a {score} draw', '{winner} came through a {score} draw to beat {loser} {pens} on penalties'],
  'result.penaltiesNoScore': ['{winner} beat {loser} on penalties after a {score} draw', '{winner} won the shoot-out against {loser} after a {score} draw'],
  'result.awarded': ['{winner} were awarded the match against {loser} {score}', '{winner} were awarded a {score} win over {loser}'],
  'result.awardedNoScore': ['{winner} were awarded the match against {loser}', '{winner} were given the match against {loser}'],

  // The opening sentence of the body: the result and the occasion.
  'body.result': ['{result} in {occasion}{_where}', 'In {occasion}{_where}, {result}', '{result} in {occasion}{_where} on {date}'],
  'where.venue': [' at {venue}', ' at {venue} in {city}'],
  'where.city': [' in {city}'],

  // The standfirst: the result and what it means, in one line.
  'standfirst.result': ['{result} in {occasion}{_meaning}{_record}', 'In {occasion}, {result}{_meaning}{_record}'],

  // What a result means, as a clause after the result.
  'meaning.reach': [' to reach the {nextRound}', ' to go through to the {nextRound}', ' to book a place in the {nextRound}'],
  'meaning.reachAggregate': [' to reach the {nextRound}, {agg} on aggregate', ' to go through {agg} on aggregate'],
  'meaning.reachHow': [' to go through {how}, {agg} on aggregate', ' and went through {how}, {agg} on aggregate'],
  'meaning.throughAnyway': [', but {tieWinner} went through {how}, {agg} on aggregate', ', yet {tieWinner} went through {how}, {agg} on aggregate'],
  'meaning.throughAnywayAggregate': [', but {tieWinner} went through {agg} on aggregate', ', though {tieWinner} still went through {agg} on aggregate'],
  'meaning.champions': [' to take the title', ' and are champions', ' to be crowned champions'],
  'meaning.lead': [', taking a {lead} lead into the second leg', ' to lead {lead} after the first leg'],
  'meaning.top': [' to go top of {tableName}', ' and went top of {tableName}', ', a result that put {team} top of {tableName}'],
  'meaning.out': [', and {team} are out', ', a result that put {team} out'],
  'record.clause': [', and {recordPast}', ' as {recordPast}'],

  // How a tie was won, as a phrase: "on away goals after extra time".
  'how.away_goals': ['on away goals'],
  'how.away_goals_in_extra_time': ['on away goals scored in extra time', 'on away goals after extra time'],
  'how.extra_time': ['after extra time'],
  'how.penalties': ['on penalties', 'in a penalty shoot-out'],
  'how.replay': ['in a replay'],

  // The tie after the match.
  'tie.aggregate': ['{tieWinner} went through {agg} on aggregate', '{tieWinner} won the tie {agg} on aggregate', '{tieWinner} went through to the {nextRound}, {agg} on aggregate'],
  'tie.away_goals': ['{tieWinner} went through on away goals, {agg} on aggregate', 'The tie finished {agg} on aggregate, and {tieWinner} went through on away goals', 'Away goals took {tieWinner} through after {agg} on aggregate'],
  'tie.away_goals_in_extra_time': [
    '{tieWinner} went through on away goals after extra time, {agg} on aggregate',
    '{tieWinner} went through on away goals scored in extra time, {agg} on aggregate',
    'After extra time the tie stood at {agg} on aggregate, and {tieWinner} went through on away goals',
  ],
  'tie.extra_time': ['{tieWinner} went through {agg} on aggregate after extra time', 'Extra time settled it: {tieWinner} went through {agg} on aggregate'],
  'tie.penalties': ['{tieWinner} went through {pens} on penalties after {agg} on aggregate', 'The tie ended {agg} on aggregate and {tieWinner} won the shoot-out {pens}'],
  'tie.penaltiesNoScore': ['{tieWinner} went through on penalties after {agg} on aggregate', 'The tie ended {agg} on aggregate and {tieWinner} won the shoot-out'],
  'tie.single': ['{tieWinner} go through to the {nextRound}', '{tieWinner} are into the {nextRound}', 'The win takes {tieWinner} into the {nextRound}'],
  'tie.out': ['{tieLoser} are out of the {competition}', '{tieLoser} go out', 'It is the end of the road for {tieLoser}'],
  'tie.text': ['{tieText}'],
  'tie.replay': ['The teams met again in a replay on {date}', 'A replay followed on {date}', 'It went to a replay, on {date}'],
  'tie.thirdPlaceNext': ['{tieLoser} play {opponent} for third place on {date}', '{tieLoser} are left with the match for third place, against {opponent} on {date}'],
  'tie.firstLegLead': ['{leader} take a {lead} lead into the second leg', '{leader} hold a {lead} advantage going into the second leg', '{leader} have a {lead} lead to defend in the second leg'],
  'tie.firstLegLevel': ['The tie is level at {lead} going into the second leg', 'Everything is still to play for in the second leg, with the tie level at {lead}'],
  'tie.firstLeg': ['{firstLegWinner} had won the first leg {firstLeg}', '{firstLegWinner} had taken the first leg {firstLeg}'],
  'tie.firstLegDrawn': ['The first leg had finished {firstLeg}', 'The first leg ended {firstLeg}'],
  'champions': ['{winner} are the {title} champions', '{winner} won the {title}', 'The {title} belongs to {winner}'],
  'thirdPlace': ['{winner} finished third', 'Third place went to {winner}'],

  // Group and league tables.
  'table.top': ['{team} are top of {tableName} with {points}', '{team} lead {tableName} on {points}', '{team} sit top of {tableName} on {points}'],
  'table.wentTop': ['{team} went top of {tableName} with {points}', 'The result took {team} top of {tableName}, on {points}'],
  'table.position': ['{team} are {position} in {tableName} with {points}', '{team} lie {position} in {tableName} on {points}'],
  'table.winners': ['{team} finished top of {tableName}', '{team} won {tableName}'],
  'table.through': ['{team} finished {position} in {tableName} and went through to the {nextRound}', '{team} went through to the {nextRound} in {position} place in {tableName}'],
  'table.throughNoRound': ['{team} finished {position} in {tableName} and went through', '{team} went through in {position} place in {tableName}'],
  'table.out': ['{team} finished {position} in {tableName} and are out', '{team} are out after finishing {position} in {tableName}'],
  'table.final': ['{team} finished {position} in {tableName} with {points}', '{team} ended {position} in {tableName}, on {points}'],
  'table.zone': ['{team} finished {position} in the league phase, in the places for the {zone}', '{team} ended the league phase {position}: {zone}'],

  // Goals in the order they were scored.
  'goal.only': ['{scorer} scored the only goal{_when}{_how}', '{scorer} settled it{_when}{_how}', 'The only goal came from {scorer}{_when}{_how}'],
  'goal.opener': ['{scorer} opened the scoring{_when}{_how}', '{scorer} put {team} ahead{_when}{_how}', '{team} took the lead through {scorer}{_when}{_how}'],
  'goal.equaliser': ['{scorer} equalised for {team}{_when}{_how}', '{scorer} levelled at {running}{_when}{_how}', '{scorer} drew {team} level{_when}{_how}'],
  'goal.ahead': ['{scorer} put {team} in front{_when}{_how}', '{scorer} made it {running}{_when}{_how}', '{scorer} gave {team} the lead{_when}{_how}'],
  'goal.extend': ['{scorer} made it {running}{_when}{_how}', '{scorer} added another for {team}{_when}{_how}', '{running} came from {scorer}{_when}{_how}'],
  'goal.pullBack': ['{scorer} pulled one back for {team}{_when}{_how}', '{scorer} made it {running}{_when}{_how}', '{scorer} replied for {team}{_when}{_how}'],
  'goal.ownGoal': ['An own goal by {scorer} made it {running}{_when}', '{scorer} scored an own goal to make it {running}{_when}', 'It was {running} after an own goal by {scorer}{_when}'],
  'goal.unnamed': ['A goal by an unnamed scorer made it {running}{_when}', 'The data does not name the scorer who made it {running}{_when}'],
  'when.minute': [' in the {minute} minute', ' after {minutes} minutes'],
  'when.stoppage': [' in stoppage time ({minuteMark})', ' deep in stoppage time ({minuteMark})'],
  'when.extraTime': [' in extra time ({minuteMark})', ' in the {minute} minute'],
  'how.penalty': [' from the penalty spot', ' with a penalty'],
  'goals.team': ['{team}\'s goals came from {list}', '{team} scored through {list}', 'The goals for {team}: {list}'],
  'goals.reply': ['{list} replied for {team}', '{team}\'s reply came from {list}', 'For {team}, {list} scored'],
  'goals.hatTrick': ['{scorer} scored a hat-trick', '{scorer} hit a hat-trick', 'It was a hat-trick for {scorer}'],
  'goals.haul': ['{scorer} scored {count}', '{scorer} hit {count}', '{count} of the goals were scored by {scorer}'],
  'goals.unknown': ['The data loaded does not name the scorers', 'The scorers are not in the data loaded'],
  'goals.partial': ['The data names the scorers of {known} of the {total} goals', 'Only {known} of the {total} goals have a named scorer in the data'],
  'goals.listOwnGoal': ['{scorer} (own goal{_minutes})'],

  // Record facts.
  'record.fact': ['{factText}'],
  'record.stood': ['{holder} had held the record since {year}', 'The record had stood since {year}, when {holder} set it', '{holder}\'s mark had stood for {years}'],
  'record.stoodShared': ['{holder} had shared the record since {year}', 'The record had stood since {year}'],
  'record.stoodRecent': ['The previous mark, set by {holder} on {since}, had lasted {days}', '{holder} had held the record only since {since}'],
  'record.shared': ['{subject} now shares the record with {holder}', '{subject} is now level with {holder}'],
  'record.ownSince': ['The record was already {subject}\'s, set in {year}', '{subject} had held it since {year}'],
  'record.age': ['{subject} was {age} old on the day', 'On the day, {subject} was {age} old'],
  'record.coverage': ['A caveat: {note}', 'That comes with a caveat: {note}'],

  // What comes next.
  'next.round': ['{team} meet {opponent} in the {nextRound} on {date}', 'Next for {team}: {opponent} in the {nextRound}, on {date}', '{team} will play {opponent} in the {nextRound}, on {date}'],
  'next.roundNoDate': ['{team} meet {opponent} in the {nextRound}', 'Next for {team}: {opponent} in the {nextRound}'],
  'next.roundUnknown': ['{team} go on to the {nextRound}; their opponents are not in the data yet', 'The {nextRound} awaits {team}, against opponents not yet in the data'],
  'next.postponed': ['{team}\'s {nextRound} against {opponent}, due on {date}, has been postponed{_note}', 'The {nextRound} between {home} and {away}, due on {date}, is postponed{_note}'],
  'next.secondLeg': ['The second leg is at {home} on {date}', 'The sides meet again on {date}, at {home}', 'The return leg, at {home}, is on {date}'],
  'next.secondLegPostponed': ['The second leg, due on {date} at {home}, has been postponed{_note}', 'The return leg at {home}, due on {date}, is postponed{_note}'],
  'next.fixture': ['{team} play {opponent} next, on {date}', 'Next for {team}: {opponent} on {date}', '{team} face {opponent} on {date}'],
  'next.fixturePostponed': ['{team}\'s next match, against {opponent} on {date}, has been postponed{_note}'],
  'next.suspended': ['The {competition} has been suspended since {since}{_reason}, so what comes next is uncertain', 'What comes next is uncertain: the {competition} was suspended on {since}{_reason}'],
  'next.abandoned': ['The {competition} was abandoned on {since}{_reason}', 'There is no next round: the {competition} was abandoned on {since}{_reason}'],
  'note': [' ({note})'],

  // Match status.
  'status.closedDoors': ['The match was played behind closed doors', 'It was played behind closed doors', 'No spectators were let in: the match was played behind closed doors'],
  'status.attendance': ['The crowd was {attendance}', '{attendance} watched', 'The attendance was {attendance}'],
  'status.scheduled': ['{home} play {away} in {occasion} on {date}', '{home} v {away}, {occasion}, is scheduled for {date}'],
  'status.noResult': ['There is no result yet', 'The match has not been played yet'],
  'status.postponed': ['{home} v {away}, {occasion} due on {date}, has been postponed', '{home} v {away}, due on {date}, has been postponed'],
  'status.abandoned': ['{home} v {away}, {occasion}, was abandoned on {date}{_at}', '{home} v {away} was abandoned on {date}{_at}'],
  'status.cancelled': ['{home} v {away}, {occasion} due on {date}, was cancelled', '{home} v {away}, due on {date}, was called off'],
  'status.suspended': ['{home} v {away}, {occasion}, was suspended on {date}{_at}', '{home} v {away} was suspended on {date}{_at}'],
  'status.at': [' at {score}', ', with the score at {score}'],
  'status.note': ['The reason given: {note}', 'Reason: {note}'],
  'status.unknownScore': ['{home} v {away} in {occasion} on {date} has no score in the data', 'The data has no score for {home} v {away} in {occasion} on {date}'],

  // Previews: what is within reach.
  'preview.intro': ['{home} play {away} in {occasion} on {date}{_where}', '{home} v {away}, {occasion}, is on {date}{_where}', 'On {date}, {home} meet {away} in {occasion}{_where}'],
  'preview.headline': ['{home} v {away}: what is at stake', 'Preview: {home} v {away}', '{home} v {away}: within reach'],
  'preview.standfirst': ['{home} meet {away} in {occasion} on {date}{_stake}', 'What is at stake when {home} play {away} in {occasion} on {date}{_stake}'],
  'preview.stake': ['. {stake}', ': {stake}'],
  'preview.equal': ['{player} {needs} {need} to equal the record for {title} ({value}, held by {holder})', '{need} would take {player} level with the record for {title}: {value}, held by {holder}'],
  'preview.break': ['{player} {needs} {need} to break the record for {title} ({value}, held by {holder})', '{player} {is} {need} from breaking the record for {title}, {value}, held by {holder}'],
  'preview.breakShared': ['{player} {shares} the record for {title}, {value}, with {holder} and {needs} {need} to break it', '{need} would give {player} the record for {title} outright: {value} is shared with {holder}'],
  'preview.tieWin': ['A win of any kind would take {team} through', 'Any win would be enough for {team}'],
  'preview.tieDraw': ['A draw would be enough to take {team} through', '{team} would go through with a draw'],
  'preview.tieNeed': ['{team} need to overturn a {lead} deficit from the first leg', '{team} trail {lead} from the first leg'],
  'preview.tieLevel': ['The tie is level at {lead} after the first leg', 'The first leg ended level, {lead} on aggregate'],
  'preview.groupWin': ['A win would take {team} through regardless of the other result{_plural}', 'Victory would see {team} through, whatever happens elsewhere'],
  'preview.groupTop': ['A win would guarantee {team} first place in {tableName}', '{team} would be sure of top spot in {tableName} with a win'],
  'preview.alreadyThrough': ['{team} are already sure of a place in the next round', '{team} are through already, whatever happens'],
  'preview.alreadyTop': ['{team} are already sure of first place in {tableName}', 'First place in {tableName} is already {team}\'s'],
  'preview.milestoneGoals': ['{subject} {isAre} {need} away from {milestone} {book} goals', '{need} would bring {subject} to {milestone} {book} goals'],
  'preview.milestoneMatch': ['The match will be {subject}\'s {nth} {book} match', '{subject} play their {nth} {book} match'],
  'preview.milestoneCompetition': ['The {book} is {need} away from its {nth} goal', '{need} more and the {book} reaches its {nth} goal'],
  'preview.holds': ['{player} {holds} the record for {title}, {value}, and can add to it', 'The record for {title} is {player}\'s alone, at {value}'],
  'preview.nothing': ['The record book has nothing within reach of this match', 'No record or milestone is within reach in this match'],
} as const satisfies Record<string, readonly string[]>;

export type PhraseKind = keyof typeof PHRASES;

/** Capitalised words the story code writes outside the templates. */
export const LITERAL_WORDS: readonly string[] = ['Group'];
