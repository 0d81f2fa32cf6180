/**
 * Limits on query shape, checked before anything runs: a 20-deep or 1,000-alias query is
 * refused at parse/validation time with a clear message, never executed. Token count is
 * checked while parsing, so even a huge document costs little to refuse.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';

export const LIMITS = {
  maxDepth: 10,
  maxAliases: 30,
  maxTokens: 2000,
  maxDirectives: 20,
  // Armor multiplies a field's cost by a literal `first`: 20,000 lets a 100-row page of
  // facts with their sources through, and stops pages of pages.
  maxCost: 20000,
};

/**
 * Two armor instances so that the shape limits run before the cost limit: a 20-deep query
 * is then refused for its depth (the clearer message), not for the cost depth implies.
 */
export function armorPlugins() {
  const off = { enabled: false };
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: LIMITS.maxDepth, exposeLimits: true, ignoreIntrospection: true },
      maxAliases: { n: LIMITS.maxAliases, exposeLimits: true },
      maxTokens: { n: LIMITS.maxTokens, exposeLimits: true },
      maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
      costLimit: off,
      blockFieldSuggestion: off,
    }),
    EnvelopArmorPlugin({
      costLimit: { maxCost: LIMITS.maxCost, exposeLimits: true, ignoreIntrospection: true },
      maxDepth: off,
      maxAliases: off,
      maxTokens: off,
      maxDirectives: off,
      blockFieldSuggestion: off,
    }),
  ];
}
