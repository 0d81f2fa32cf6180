/**
 * The API's expected failures, each with a stable `extensions.code` clients can branch on.
 * Anything else thrown in a resolver is masked to "Unexpected error." (see yoga.ts), so a
 * message here is the only text a client ever sees about a failure.
 */
import { createGraphQLError } from 'graphql-yoga';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE' | 'QUERY_TOO_COMPLEX';

export function badInput(message: string) {
  return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function unauthenticated(message: string) {
  return createGraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function notFound(message: string) {
  return createGraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

export function serviceUnavailable() {
  return createGraphQLError('The graph database is unavailable; try again shortly.', {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
  });
}

/** Which bound a refused query broke (`extensions.limit`), next to the shared code. */
export type QueryLimit = 'depth' | 'aliases' | 'tokens' | 'directives' | 'cost';

/**
 * A query refused for its shape before anything ran: one code for every shape limit, so a
 * client branches once; `extensions.limit` says which bound it broke.
 */
export function queryTooComplex(message: string, limit: QueryLimit) {
  return createGraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limit } });
}
