// Claim checking: the public API of `src/claims/` — read an English claim, judge it against the record book.
export type { Claim, ClaimAction, ClaimCompetition, ClaimScope, ClaimSubject, ClaimedValue, ParsedClaim, Relation, TimePoint } from './claim.js';
export type { ProofItem, Verdict, VerdictKind } from './verdict.js';
export { parseClaim } from './parse-claim.js';
export { checkClaim, type CheckOptions, type CheckResult } from './check-claim.js';
export { claimView } from './describe.js';
export { PLAUSIBLE_AGE } from './plausibility.js';
export { GAP_SHARE } from './coverage-gate.js';
