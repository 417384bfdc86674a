// The stores a suite runs against (SQLite, and PostgreSQL where MATCHFACTS_TEST_POSTGRES names a
// server): kept beside the PostgreSQL store so the suites under src/ can use them too.
export * from '../../src/store/postgres/test-support/databases.js';
