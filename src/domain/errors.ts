// The one error family of matchfacts. Every error a user can see is a MatchfactsError.

export class MatchfactsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A place in an input file; line and column are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

export function formatLocation(location: SourceLocation): string {
  let text = location.file;
  if (location.line !== undefined) text += `:${location.line}`;
  if (location.line !== undefined && location.column !== undefined) text += `:${location.column}`;
  return text;
}

/** Input that cannot be read: carries `file:line:column` and says what was expected. */
export class ParseError extends MatchfactsError {
  readonly location: SourceLocation;
  readonly detail: string;
  constructor(location: SourceLocation, detail: string) {
    super(`${formatLocation(location)}: ${detail}`);
    this.location = location;
    this.detail = detail;
  }
}

/** Input that was read but breaks a rule of its format (a missing field, an unknown code). */
export class ValidationError extends MatchfactsError {
  readonly location: SourceLocation;
  readonly field?: string;
  constructor(location: SourceLocation, detail: string, field?: string) {
    super(`${formatLocation(location)}: ${detail}`);
    this.location = location;
    this.field = field;
  }
}

/** A user's request that cannot be met (no such team, ambiguous date). */
export class UsageError extends MatchfactsError {}

/** Something asked for that the store does not hold. */
export class NotFoundError extends MatchfactsError {}
