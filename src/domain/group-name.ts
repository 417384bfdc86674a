// Group names as stored: the bare letter or number, whatever prefix a source writes.

/**
 * `Group A`, `Gruppe A`, `A` → `A`; undefined or blank → null.
 *
 * @example bareGroupName('Gruppe H') // 'H'
 */
export function bareGroupName(name: string | undefined): string | null {
  if (name === undefined) return null;
  const bare = name.replace(/^(group|gruppe|groupe|grupo)\s+/i, '').trim();
  return bare === '' ? null : bare;
}
