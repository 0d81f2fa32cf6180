/**
 * The explorer's only door to data: POSTs to the public GraphQL endpoint, exactly as any
 * client would, and turns every failure into a sentence a reader can act on.
 */

export type ApiFailure = 'unreachable' | 'unavailable' | 'rejected';

export class ApiError extends Error {
  constructor(message: string, readonly failure: ApiFailure) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The diplograph service cannot be reached. Check that it is running, then reload the page.', 'unreachable');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await res.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`The service answered HTTP ${res.status} without a GraphQL result. Try again shortly.`, 'unreachable');
  }
  const first = body.errors?.[0];
  if (first) {
    if (first.extensions?.code === 'SERVICE_UNAVAILABLE') {
      throw new ApiError('The graph database is unavailable right now, so nothing can be shown. Try again shortly.', 'unavailable');
    }
    throw new ApiError(`The API refused the request: ${first.message}`, 'rejected');
  }
  if (!body.data) throw new ApiError('The API answered without data. Try again shortly.', 'unreachable');
  return body.data;
}

/** GraphiQL (served beside the explorer) opened on this query with these variables. */
export function graphiqlUrl(query: string, variables: Record<string, unknown>): string {
  const defined = Object.fromEntries(Object.entries(variables).filter(([, v]) => v !== undefined && v !== null));
  const params = new URLSearchParams({ query, variables: JSON.stringify(defined, null, 2) });
  return `/graphql?${params.toString()}`;
}
