/**
 * Limits on query shape, checked before anything runs: a 20-deep or 1,000-alias query is
 * refused at parse/validation time with a clear message, never executed. Token count is
 * checked while parsing, so even a huge document costs little to refuse.
 *
 * Armor's own refusals are plain errors whose message starts "Syntax Error:" (misleading:
 * the query parses) and carry no code. Each limit here rejects with QUERY_TOO_COMPLEX
 * instead (errors.ts), `extensions.limit` naming the bound, thrown at the same point so the
 * query is still refused before execution.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import { queryTooComplex, type QueryLimit } from './errors';

export const LIMITS = {
  maxDepth: 10,
  maxAliases: 30,
  maxTokens: 2000,
  maxDirectives: 20,
  // Armor multiplies a field's cost by a literal `first`: 20,000 lets a 100-row page of
  // facts with their sources through, and stops pages of pages.
  maxCost: 20000,
};

/** Armor's message without its "Syntax Error: " prefix, e.g. "Query depth limit of 10 exceeded, found 20." */
export function refusalMessage(armorMessage: string): string {
  const text = armorMessage.replace(/^Syntax Error:\s*/, '');
  return `${text} The query was refused before running; ask for less in one request.`;
}

/** Armor's onReject hook: replaces its error with a coded one (thrown: the query stops here). */
function refuse(limit: QueryLimit) {
  return {
    onReject: [
      (_ctx: unknown, err: GraphQLError) => {
        throw queryTooComplex(refusalMessage(err.message), limit);
      },
    ],
    propagateOnRejection: true,
  };
}

/**
 * Two armor instances so that the shape limits run before the cost limit: a 20-deep query
 * is then refused for its depth (the clearer message), not for the cost depth implies.
 */
export function armorPlugins() {
  const off = { enabled: false };
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: LIMITS.maxDepth, exposeLimits: true, ignoreIntrospection: true, ...refuse('depth') },
      maxAliases: { n: LIMITS.maxAliases, exposeLimits: true, ...refuse('aliases') },
      maxTokens: { n: LIMITS.maxTokens, exposeLimits: true, ...refuse('tokens') },
      maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true, ...refuse('directives') },
      costLimit: off,
      blockFieldSuggestion: off,
    }),
    EnvelopArmorPlugin({
      costLimit: { maxCost: LIMITS.maxCost, exposeLimits: true, ignoreIntrospection: true, ...refuse('cost') },
      maxDepth: off,
      maxAliases: off,
      maxTokens: off,
      maxDirectives: off,
      blockFieldSuggestion: off,
    }),
  ];
}
