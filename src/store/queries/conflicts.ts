// Every disagreement between sources: what was kept, from where, and what the other source said.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface ConflictView {
  readonly id: number;
  readonly entity: string;
  readonly entityId: number;
  /** A readable name of what is in dispute: the match, or the goal's match and scorer. */
  readonly subject: string;
  readonly field: string;
  readonly kept: { value: string | null; source: string | null; format: string | null };
  readonly other: { value: string | null; source: string; format: string; location: string | null };
}

export async function readConflicts(db: Kysely<Database>, filter: { field?: string; limit?: number } = {}): Promise<ConflictView[]> {
  let q = db
    .selectFrom('conflict as c')
    .leftJoin('source_file as kf', 'kf.id', 'c.kept_source_file_id')
    .innerJoin('source_file as of', 'of.id', 'c.other_source_file_id')
    .leftJoin('goal as g', (j) => j.onRef('g.id', '=', 'c.entity_id').on('c.entity', '=', 'goal'))
    .leftJoin('match as m', (j) =>
      j.on((eb) =>
        eb.or([
          eb.and([eb('c.entity', '=', 'match'), eb('m.id', '=', eb.ref('c.entity_id'))]),
          eb('m.id', '=', eb.ref('g.match_id')),
        ]),
      ),
    )
    .leftJoin('team as t', (j) => j.onRef('t.id', '=', 'c.entity_id').on('c.entity', '=', 'team_alias'))
    .select([
      'c.id', 'c.entity', 'c.entity_id', 'c.field', 'c.kept_value', 'c.other_value', 'c.other_location',
      'kf.path as kept_path', 'kf.format as kept_format', 'of.path as other_path', 'of.format as other_format',
      'm.date', 'm.home_name', 'm.away_name', 'g.scorer_name', 'g.minute', 't.name as team_name',
    ])
    .orderBy('c.id');
  if (filter.field) q = q.where('c.field', '=', filter.field);
  if (filter.limit) q = q.limit(filter.limit);
  const rows = await q.execute();
  return rows.map((r) => {
    let subject = `${r.entity} ${r.entity_id}`;
    if (r.date !== null) subject = `${r.date} ${r.home_name} v ${r.away_name}`;
    if (r.entity === 'goal' && r.scorer_name !== null) subject += `, goal by ${r.scorer_name}`;
    if (r.entity === 'team_alias') subject = `team ${r.team_name ?? r.entity_id}`;
    return {
      id: r.id,
      entity: r.entity,
      entityId: r.entity_id,
      subject,
      field: r.field,
      kept: { value: r.kept_value, source: r.kept_path, format: r.kept_format },
      other: { value: r.other_value, source: r.other_path, format: r.other_format, location: r.other_location },
    };
  });
}
