// Typed access to one CSV row's fields: every bad value becomes a ValidationError at file:line.
import { ValidationError } from '../../domain/errors.js';
import type { SourceFormat } from '../../domain/vocabulary.js';
import { calendarDateProblem } from '../../domain/calendar-date.js';
import { fieldColumn } from './field-column.js';

/** Column name → index, shared by every row of a file. */
export type CsvColumns = ReadonlyMap<string, number>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CsvRow {
  constructor(
    readonly format: SourceFormat,
    readonly file: string,
    readonly line: number,
    private readonly columns: CsvColumns,
    private readonly values: readonly string[],
  ) {}

  /** The raw text of a field; a column the file lacks is an error, an empty value is not. */
  text(field: string): string {
    const index = this.columns.get(field);
    if (index === undefined) throw this.error(field, `missing column ${field}`);
    return this.values[index] ?? '';
  }

  /** A field that must not be empty. */
  required(field: string): string {
    const value = this.text(field);
    if (value === '') throw this.error(field, `${field} is empty`);
    return value;
  }

  /** The field's text, or undefined when it is empty or one of the source's "no value" markers. */
  optional(field: string, absent: ReadonlySet<string>): string | undefined {
    const value = this.text(field);
    return value === '' || absent.has(value) ? undefined : value;
  }

  int(field: string): number {
    const value = this.text(field);
    if (!/^-?\d+$/.test(value)) throw this.error(field, `${field} should be a whole number, found '${value}'`);
    return Number(value);
  }

  date(field: string): string {
    const value = this.text(field);
    if (!DATE.test(value)) throw this.error(field, `${field} should be a date YYYY-MM-DD, found '${value}'`);
    const problem = calendarDateProblem(value);
    if (problem !== undefined) throw this.error(field, `${field} '${value}' is not a day of the calendar (${problem}): correct the date in the file`);
    return value;
  }

  /**
   * A vendor code looked up in its table; an unknown code names the format and the code. Several
   * fields form one code joined by commas (`1,0,0` for three card flags).
   */
  code<T>(field: string | readonly string[], table: Readonly<Record<string, T>>): T {
    const value = typeof field === 'string' ? this.text(field) : field.map((name) => this.text(name)).join(',');
    const found = table[value];
    if (found === undefined || !Object.hasOwn(table, value)) {
      const name = typeof field === 'string' ? field : field.join(',');
      throw this.error(name, `${this.format}: unknown ${name} code '${value}'`);
    }
    return found;
  }

  /** A value this row refers to by id, looked up in a map built from another file. */
  ref<T>(field: string, map: ReadonlyMap<string, T>): T {
    const value = this.text(field);
    const found = map.get(value);
    if (found === undefined) throw this.error(field, `${this.format}: unknown ${field} '${value}'`);
    return found;
  }

  /** An error at the field's place in the file: file:line:column, the column counted in characters. */
  error(field: string, detail: string): ValidationError {
    const index = this.columns.get(field);
    const column = index === undefined ? undefined : fieldColumn(this.file, this.line, index);
    return new ValidationError({ file: this.file, line: this.line, column }, detail, field);
  }
}
