/**
 * The API's expected failures, each with a stable `extensions.code` clients can branch on.
 * Anything else thrown in a resolver is masked to "Unexpected error." (see yoga.ts), so a
 * message here is the only text a client ever sees about a failure.
 */
import { createGraphQLError } from 'graphql-yoga';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE';

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
