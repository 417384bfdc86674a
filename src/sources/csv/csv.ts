// Reads one CSV file once: its bytes are hashed for the manifest and parsed into located rows.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { ParseError, UsageError, ValidationError } from '../../domain/errors.js';
import type { SourceFormat } from '../../domain/vocabulary.js';
import type { ProgressListener, SourceInput } from '../source-batch.js';
import { sha256 } from '../hash.js';
import { type CsvColumns, CsvRow } from './csv-row.js';

export interface CsvTable {
  readonly input: SourceInput;
  readonly rows: readonly CsvRow[];
}

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
  const missing = (await Promise.all(files.map(async (file) => ((await isReadableFile(join(folder, file))) ? [] : [file])))).flat();
  if (missing.length > 0) {
    throw new UsageError(
      `${folder}: ${missing.join(', ')} missing; a ${format} folder holds ${files.join(', ')} — copy the whole folder again`,
    );
  }
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
 * Records and a function giving the line each starts on. Record i starts one line after record
 * i − 1 ends, and a record ends as many lines later as its quoted fields hold line breaks.
 */
function parseWithLines(file: string, bytes: Buffer): { records: string[][]; lines: (index: number) => number } {
  const records = parseCsv(file, bytes);
  const starts = new Array<number>(records.length);
  let line = 1;
  for (let i = 0; i < records.length; i++) {
    starts[i] = line;
    line += 1;
    for (const field of records[i]!) {
      if (field.includes('\n')) line += field.split('\n').length - 1;
    }
  }
  return { records, lines: (index) => starts[index] ?? index + 1 };
}

function parseCsv(file: string, bytes: Buffer): string[][] {
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const result = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false });
  const problem = result.errors.find((e) => e.type === 'Quotes');
  if (problem) {
    const line = typeof problem.row === 'number' ? problem.row + 1 : undefined;
    throw new ParseError({ file, line }, `CSV: ${problem.message}`);
  }
  const records = result.data;
  // A file ending in a line break yields one empty record after it: not a row.
  const last = records[records.length - 1];
  if (last !== undefined && last.length === 1 && last[0] === '') records.pop();
  return records;
}

export async function isReadableFile(path: string): Promise<boolean> {
  return stat(path).then((info) => info.isFile(), () => false);
}
