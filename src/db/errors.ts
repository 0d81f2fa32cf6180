/**
 * A few typed database errors, mapped from driver error *codes* (never message text), so
 * callers branch on a class: the API answers 503 for DatabaseUnavailableError, a clear
 * client error for ConstraintViolationError, and masks the rest.
 */
import { Neo4jError } from 'neo4j-driver';

export class DatabaseError extends Error {
  constructor(
    message: string,
    /** The driver's error code, e.g. "ServiceUnavailable" or "Neo.ClientError...". */
    readonly code: string,
    /** Name of the Cypher file that was running, when known. */
    readonly query: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseError';
  }
}

/** Neo4j cannot be reached or lost the connection: retry later (HTTP 503). */
export class DatabaseUnavailableError extends DatabaseError {
  constructor(code: string, query: string | undefined, cause?: unknown) {
    super(`Neo4j is unavailable (${code})`, code, query, { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

/** A uniqueness constraint refused the write. */
export class ConstraintViolationError extends DatabaseError {
  constructor(message: string, code: string, query: string | undefined, cause?: unknown) {
    super(message, code, query, { cause });
    this.name = 'ConstraintViolationError';
  }
}

/** The statement itself is wrong (syntax, missing parameter, type): a bug, not bad input. */
export class QueryError extends DatabaseError {
  constructor(message: string, code: string, query: string | undefined, cause?: unknown) {
    super(message, code, query, { cause });
    this.name = 'QueryError';
  }
}

/** Credentials were refused. */
export class DatabaseAuthError extends DatabaseError {
  constructor(code: string, query: string | undefined, cause?: unknown) {
    super('Neo4j refused the credentials (check NEO4J_USER / NEO4J_PASSWORD)', code, query, { cause });
    this.name = 'DatabaseAuthError';
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** Wraps a driver error in one of the typed errors above; other errors pass unchanged. */
export function mapDriverError(err: unknown, query?: string): unknown {
  if (err instanceof DatabaseError || !(err instanceof Neo4jError)) return err;
  const code = err.code;
  if (UNAVAILABLE_CODES.has(code)) return new DatabaseUnavailableError(code, query, err);
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolationError(err.message, code, query, err);
  }
  if (code.startsWith('Neo.ClientError.Security.')) return new DatabaseAuthError(code, query, err);
  if (code.startsWith('Neo.ClientError.Statement.')) {
    return new QueryError(`${query ?? 'query'}: ${err.message}`, code, query, err);
  }
  return new DatabaseError(err.message, code, query, { cause: err });
}
