// Reads one CSV file once: its bytes are hashed for the manifest and parsed into located rows.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { ParseError, ValidationError } from '../../domain/errors.js';
import type { SourceFormat } from '../../domain/vocabulary.js';
import type { ProgressListener, SourceInput } from '../source-batch.js';
import { sha256 } from '../hash.js';
import { type CsvColumns, CsvRow } from './csv-row.js';

export interface CsvTable {
  readonly input: SourceInput;
  readonly rows: readonly CsvRow[];
}

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

const NEWLINE = 0x0a;

/**
 * Every data row of a CSV file with its 1-based line (the header is line 1).
 *
 * @example (await readCsv('worldcup-db', 'matches.csv')).rows[0]?.line // 2
 */
export async function readCsv(format: SourceFormat, file: string): Promise<CsvTable> {
  const bytes = await readFile(file);
  const { records, lines } = parseWithLines(file, bytes);
  const header = records[0];
  if (header === undefined) throw new ValidationError({ file, line: 1 }, `${format}: the file has no header line`);
  const columns: CsvColumns = new Map(header.map((name, index) => [name, index]));
  const rows: CsvRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const record = records[i] as string[];
    const line = lines(i);
    if (record.length !== header.length) {
      throw new ValidationError({ file, line }, `${format}: expected ${header.length} fields, found ${record.length}`);
    }
    rows.push(new CsvRow(format, file, line, columns, record));
  }
  return { input: { file, sha256: sha256(bytes), rows: rows.length }, rows };
}

/** Several files of one folder, read concurrently, keyed by file name; progress is reported per file. */
export async function readCsvFiles<F extends string>(
  format: SourceFormat,
  folder: string,
  files: readonly F[],
  onProgress?: ProgressListener,
): Promise<Record<F, CsvTable>> {
  let done = 0;
  const tables = await Promise.all(
    files.map(async (file) => {
      const table = await readCsv(format, join(folder, file));
      onProgress?.({ file, done: ++done, total: files.length });
      return [file, table] as const;
    }),
  );
  return Object.fromEntries(tables) as Record<F, CsvTable>;
}

/**
 * Records and a function giving the line each starts on. Asking csv-parse for per-record info costs
 * a third more time, so it is only done when some quoted field spans lines; otherwise record i is on
 * line i + 1. Empty lines are kept as records, so they cannot shift the count (they fail the field
 * count instead).
 */
function parseWithLines(file: string, bytes: Buffer): { records: string[][]; lines: (index: number) => number } {
  const records = parseCsv(file, bytes, false) as string[][];
  if (physicalLines(bytes) === records.length) return { records, lines: (index) => index + 1 };
  const located = parseCsv(file, bytes, true) as unknown as ParsedRecord[];
  // info.lines is the line a record ends on; the next one starts on the following line.
  const starts = located.map((_, index) => (index === 0 ? 1 : (located[index - 1] as ParsedRecord).info.lines + 1));
  return { records: located.map((entry) => entry.record), lines: (index) => starts[index] as number };
}

function physicalLines(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) count++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE ? count + 1 : count;
}

function parseCsv(file: string, bytes: Buffer, info: boolean): unknown[] {
  try {
    return parse(bytes, { bom: true, info, relax_column_count: true });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? error.lines : undefined;
      throw new ParseError({ file, line }, error.message);
    }
    throw error;
  }
}
