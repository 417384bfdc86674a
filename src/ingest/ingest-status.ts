// A change of status or conditions for a match already stored (postponed, behind closed doors).
import { ValidationError } from '../domain/errors.js';
import type { SourceFormat } from '../domain/vocabulary.js';
import type { IncomingStatusUpdate } from '../sources/source-batch.js';
import type { IngestContext, MatchRow } from './ingest-context.js';
import { flag } from './match-rows.js';
import { teamNameMatches } from './team-match-lookup.js';

/** Matches of a day involving a team: from the store, and from this import when it has loaded them. */
export async function findMatchesOn(ctx: IngestContext, date: string, team: string): Promise<MatchRow[]> {
  const byId = new Map<number, MatchRow>();
  for (const m of await ctx.db.selectFrom('match').selectAll().where('date', '=', date).execute()) byId.set(m.id, ctx.matches.get(m.id) ?? m);
  for (const m of ctx.matches.values()) if (m.date === date) byId.set(m.id, m);
  const teamNames = async (id: number): Promise<string[]> => {
    const known = ctx.teams.get(id);
    if (known) return [known.name];
    const row = await ctx.db.selectFrom('team').select('name').where('id', '=', id).executeTakeFirst();
    return row ? [row.name] : [];
  };
  const found: MatchRow[] = [];
  for (const m of byId.values()) {
    const names = [m.home_name, m.away_name, ...(await teamNames(m.home_team_id)), ...(await teamNames(m.away_team_id))];
    if (names.some((n) => teamNameMatches(team, n))) found.push(m);
  }
  return found;
}

export async function ingestStatusUpdate(ctx: IngestContext, u: IncomingStatusUpdate, format: SourceFormat, sourceFileId: number): Promise<void> {
  const counts = ctx.count(format, 'status updates');
  counts.read += 1;
  const location = { file: u.file, line: u.line };
  const found = await findMatchesOn(ctx, u.date, u.team);
  if (found.length === 0) throw new ValidationError(location, `no stored match on ${u.date} for team "${u.team}"`, 'team');
  if (found.length > 1) {
    const names = found.map((m) => `${m.home_name} v ${m.away_name}`).join('; ');
    throw new ValidationError(location, `"${u.team}" matches several matches on ${u.date} (${names}): use the full team name`, 'team');
  }
  const match = found[0]!;
  const updates: Partial<MatchRow> = {};
  if (u.status !== undefined && u.status !== match.status) {
    updates.status = u.status;
    // The note said why the match had its old status ("floodlight failure"): it goes with it.
    if (u.statusNote === undefined && match.status_note !== null) updates.status_note = null;
  }
  if (u.statusNote !== undefined && u.statusNote !== match.status_note) updates.status_note = u.statusNote;
  const closed = flag(u.behindClosedDoors);
  if (closed !== null && closed !== match.behind_closed_doors) updates.behind_closed_doors = closed;
  if (u.attendance !== undefined && u.attendance !== match.attendance) updates.attendance = u.attendance;
  if (Object.keys(updates).length === 0) {
    counts.unchanged += 1;
    return;
  }
  counts.corrected += 1;
  ctx.writes.update('match', match.id, updates);
  Object.assign(match, updates);
  ctx.matches.set(match.id, match);
  for (const field of Object.keys(updates)) {
    ctx.writes.insert('provenance', { id: ctx.nextId('provenance'), entity: 'match', entity_id: match.id, field, source_file_id: sourceFileId });
  }
}
