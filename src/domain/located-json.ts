// A strict JSON reader that remembers where every value and key starts, so a validation error can
// point at `file:line:column` of the offending value. Syntax errors become a ParseError.
import { ParseError, ValidationError } from './errors.js';

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject;
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/** A 1-based line and column in the text. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** A JSON path as zod reports it: object keys and array indices. */
export type JsonPath = readonly PropertyKey[];

export interface LocatedJson {
  readonly value: JsonValue;
  /** Where the value at `path` starts; for a path that is absent, where its nearest present ancestor starts. */
  positionOf(path: JsonPath): TextPosition;
  /** Where the key of the object property at `path` starts, when there is one. */
  keyPositionOf(path: JsonPath): TextPosition | undefined;
}

const MAX_DEPTH = 256;
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

const pathKey = (path: JsonPath): string => path.map(String).join('\u0000');

/**
 * Parse JSON text, keeping the position of every value.
 *
 * @example
 * const doc = parseLocatedJson('{\n  "date": 5\n}', 'cup.json');
 * doc.positionOf(['date']); // { line: 2, column: 11 }
 */
export function parseLocatedJson(text: string, file: string): LocatedJson {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const reader = new Reader(source, file);
  const value = reader.document();
  const at = (offset: number): TextPosition => positionAt(reader.lines, offset);
  return {
    value,
    positionOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const offset = reader.valueOffsets.get(pathKey(path.slice(0, n)));
        if (offset !== undefined) return at(offset);
      }
      return { line: 1, column: 1 };
    },
    keyPositionOf(path) {
      const offset = reader.keyOffsets.get(pathKey(path));
      return offset === undefined ? undefined : at(offset);
    },
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function positionAt(starts: readonly number[], offset: number): TextPosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

class Reader {
  readonly valueOffsets = new Map<string, number>();
  readonly keyOffsets = new Map<string, number>();
  readonly lines: readonly number[];
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    this.lines = lineStarts(text);
  }

  document(): JsonValue {
    this.skipWhitespace();
    if (this.pos >= this.text.length) this.fail('the file is empty (expected a JSON object or array)');
    const value = this.value([], 0);
    this.skipWhitespace();
    if (this.pos < this.text.length) this.fail(`unexpected ${this.describeHere()} after the end of the document`);
    return value;
  }

  private value(path: PropertyKey[], depth: number): JsonValue {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
    this.valueOffsets.set(pathKey(path), this.pos);
    const char = this.text[this.pos];
    if (char === '{') return this.object(path, depth);
    if (char === '[') return this.array(path, depth);
    if (char === '"') return this.string();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.number();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    if (char === "'") this.fail('strings need double quotes, not single quotes');
    if (char === '/') this.fail('comments are not allowed in JSON');
    return this.fail(`unexpected ${this.describeHere()} (expected a value)`);
  }

  private object(path: PropertyKey[], depth: number): JsonObject {
    const result: Record<string, JsonValue> = {};
    const seen = new Set<string>();
    this.pos++; // {
    this.skipWhitespace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      const keyOffset = this.pos;
      if (this.text[this.pos] !== '"') {
        this.fail(this.text[this.pos] === '}' ? 'trailing comma before "}"' : `unexpected ${this.describeHere()} (expected a "quoted" field name)`);
      }
      const key = this.string();
      if (seen.has(key)) throw this.duplicate(key, keyOffset);
      seen.add(key);
      this.keyOffsets.set(pathKey([...path, key]), keyOffset);
      this.skipWhitespace();
      this.expect(':', `after field name "${key}"`);
      this.skipWhitespace();
      // defineProperty, not assignment: a "__proto__" key must stay a plain field
      Object.defineProperty(result, key, { value: this.value([...path, key], depth + 1), enumerable: true, writable: true, configurable: true });
      this.skipWhitespace();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      this.expect('}', 'or "," between fields');
      return result;
    }
  }

  private array(path: PropertyKey[], depth: number): JsonValue[] {
    const result: JsonValue[] = [];
    this.pos++; // [
    this.skipWhitespace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.pos] === ']') this.fail('trailing comma before "]"');
      result.push(this.value([...path, result.length], depth + 1));
      this.skipWhitespace();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      this.expect(']', 'or "," between items');
      return result;
    }
  }

  private string(): string {
    const start = this.pos;
    this.pos++; // opening quote
    let out = '';
    for (;;) {
      const char = this.text[this.pos];
      if (char === undefined || char === '\n') this.fail('unterminated string', start);
      if (char === '"') {
        this.pos++;
        return out;
      }
      if (char < ' ') this.fail('control character in a string (write it as an escape like \\t)');
      if (char !== '\\') {
        out += char;
        this.pos++;
        continue;
      }
      const escape = this.text[this.pos + 1] ?? '';
      if (escape === 'u') {
        const hex = this.text.slice(this.pos + 2, this.pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape (expected four hex digits)');
        out += String.fromCharCode(parseInt(hex, 16));
        this.pos += 6;
      } else {
        const decoded = ESCAPES[escape];
        if (decoded === undefined) this.fail(`bad escape "\\${escape}" in a string`);
        out += decoded;
        this.pos += 2;
      }
    }
  }

  private number(): number {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) return this.fail(`unexpected ${this.describeHere()} (expected a number)`);
    this.pos += match[0].length;
    return Number(match[0]);
  }

  private expect(char: string, context: string): void {
    if (this.text[this.pos] !== char) this.fail(`unexpected ${this.describeHere()} (expected "${char}" ${context})`);
    this.pos++;
  }

  private skipWhitespace(): void {
    while (this.pos < this.text.length && WHITESPACE.has(this.text[this.pos] ?? '')) this.pos++;
  }

  private describeHere(): string {
    const char = this.text[this.pos];
    return char === undefined ? 'end of file' : `character ${JSON.stringify(char)}`;
  }

  private duplicate(key: string, offset: number): ValidationError {
    const { line, column } = positionAt(this.lines, offset);
    return new ValidationError({ file: this.file, line, column }, `field "${key}" appears twice in one object`, key);
  }

  private fail(detail: string, offset = this.pos): never {
    const { line, column } = positionAt(this.lines, offset);
    throw new ParseError({ file: this.file, line, column }, detail);
  }
}
