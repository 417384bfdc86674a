// A position inside one line, for reading tokens left to right and reporting 1-based columns.
import { ParseError } from '../../domain/errors.js';

export class Cursor {
  pos: number;

  constructor(
    readonly text: string,
    readonly file: string,
    readonly line: number,
    pos = 0,
  ) {
    this.pos = pos;
  }

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  skipSpaces(): void {
    while (this.pos < this.text.length && (this.text[this.pos] === ' ' || this.text[this.pos] === '\t')) this.pos += 1;
  }

  /** Matches a sticky regular expression at the current position and moves past it. */
  take(pattern: RegExp): RegExpExecArray | undefined {
    const sticky = pattern.sticky ? pattern : new RegExp(pattern.source, `${pattern.flags}y`);
    sticky.lastIndex = this.pos;
    const match = sticky.exec(this.text);
    if (match === null) return undefined;
    this.pos = sticky.lastIndex;
    return match;
  }

  /** Tests a regular expression at the current position without moving. */
  sees(pattern: RegExp): boolean {
    const sticky = pattern.sticky ? pattern : new RegExp(pattern.source, `${pattern.flags}y`);
    sticky.lastIndex = this.pos;
    return sticky.test(this.text);
  }

  /** A ParseError at the current position (or at `pos`). */
  error(detail: string, pos = this.pos): ParseError {
    return new ParseError({ file: this.file, line: this.line, column: pos + 1 }, detail);
  }
}
