import { describe, expect, it } from 'vitest';
import { ParseError, ValidationError } from './errors.js';
import { parseLocatedJson } from './located-json.js';

function parseError(text: string): ParseError {
  try {
    parseLocatedJson(text, 'cup.json');
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
}

describe('parseLocatedJson: values and where they start', () => {
  const text = '[\n  {\n    "date": "2020-03-10",\n    "score": { "fullTime": [3, 4] }\n  }\n]\n';
  const doc = parseLocatedJson(text, 'cup.json');

  it('reads the same value JSON.parse does', () => {
    expect(doc.value).toEqual(JSON.parse(text));
  });
  it('knows the line and column of every value and key', () => {
    expect(doc.positionOf([0])).toEqual({ line: 2, column: 3 });
    expect(doc.positionOf([0, 'date'])).toEqual({ line: 3, column: 13 });
    expect(doc.keyPositionOf([0, 'date'])).toEqual({ line: 3, column: 5 });
    expect(doc.positionOf([0, 'score', 'fullTime', 1])).toEqual({ line: 4, column: 32 });
  });
  it('places an absent field at its nearest present ancestor', () => {
    expect(doc.positionOf([0, 'home'])).toEqual({ line: 2, column: 3 });
    expect(doc.keyPositionOf([0, 'home'])).toBeUndefined();
  });
  it('reads escapes, numbers and literals', () => {
    const { value } = parseLocatedJson('{"a": "Ili\\u010di\\u0107\\n", "b": -1.5e2, "c": [true, false, null]}', 'x.json');
    expect(value).toEqual({ a: 'Iličić\n', b: -150, c: [true, false, null] });
  });
  it('skips a byte-order mark without shifting columns', () => {
    expect(parseLocatedJson('\uFEFF{"a": 1}', 'x.json').positionOf(['a'])).toEqual({ line: 1, column: 7 });
  });
  it('keeps "__proto__" as a plain field', () => {
    const { value } = parseLocatedJson('{"__proto__": {"polluted": true}}', 'x.json');
    expect(Object.keys(value ?? {})).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('parseLocatedJson: broken JSON is a ParseError at line:column', () => {
  it('a trailing comma', () => {
    const error = parseError('{\n  "kind": "match",\n}');
    expect(error.location).toEqual({ file: 'cup.json', line: 3, column: 1 });
    expect(error.message).toBe('cup.json:3:1: trailing comma before "}"');
  });
  it('a missing comma between fields', () => {
    expect(parseError('{\n  "kind": "match"\n  "date": "2020-03-10"\n}').message).toBe(
      'cup.json:3:3: unexpected character "\\"" (expected "}" or "," between fields)',
    );
  });
  it('single quotes, comments, bare words', () => {
    expect(parseError("{'kind': 1}").message).toBe('cup.json:1:2: unexpected character "\'" (expected a "quoted" field name)');
    expect(parseError('{"a": \'b\'}').message).toBe('cup.json:1:7: strings need double quotes, not single quotes');
    expect(parseError('// live\n{}').message).toBe('cup.json:1:1: comments are not allowed in JSON');
    expect(parseError('{"a": played}').message).toBe('cup.json:1:7: unexpected character "p" (expected a value)');
  });
  it('an unterminated string points at its opening quote', () => {
    expect(parseError('{"a": "Valencia\n}').message).toBe('cup.json:1:7: unterminated string');
  });
  it('an empty file and a cut-off file', () => {
    expect(parseError('  \n').message).toBe('cup.json:2:1: the file is empty (expected a JSON object or array)');
    expect(parseError('[1, 2').message).toBe('cup.json:1:6: unexpected end of file (expected "]" or "," between items)');
  });
  it('text after the document', () => {
    expect(parseError('{} {}').message).toBe('cup.json:1:4: unexpected character "{" after the end of the document');
  });
});

describe('parseLocatedJson: a field given twice is a ValidationError', () => {
  it('points at the second key', () => {
    const run = () => parseLocatedJson('{\n  "date": "2020-03-10",\n  "date": "2020-03-11"\n}', 'cup.json');
    expect(run).toThrow(ValidationError);
    expect(run).toThrow('cup.json:3:3: field "date" appears twice in one object');
  });
});
