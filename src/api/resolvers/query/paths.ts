/**
 * Query.paths: shortest paths between two actors over facts and REPRESENTS, at most
 * `maxHops` (≤ 4) steps. Entities come back in path order; each step keeps its own direction.
 */
import type { ApiContext } from '../../context';
import { badInput } from '../../errors';
import { toEntity } from '../../records';
import { toStep } from './steps';

export const MAX_HOPS = 4;
export const MAX_PATHS = 20;

export async function paths(
  _: unknown,
  args: { from: string; to: string; maxHops?: number | null; first?: number | null },
  ctx: ApiContext,
) {
  const maxHops = args.maxHops ?? 3;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw badInput(`\`maxHops\` must be between 1 and ${MAX_HOPS} (got ${maxHops}).`);
  }
  const first = args.first ?? 5;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PATHS) {
    throw badInput(`\`first\` must be between 1 and ${MAX_PATHS} (got ${first}).`);
  }
  const from = args.from.trim();
  const to = args.to.trim();
  if (from === to) throw badInput('`from` and `to` must be two different actors.');
  const rows = await ctx.rows('paths-between', { from, to, maxHops, limit: first });
  return rows.map((r) => {
    const entities = (Array.isArray(r.entities) ? r.entities : []).map(toEntity);
    const steps = (Array.isArray(r.steps) ? r.steps : []).map(toStep);
    return { length: steps.length, entities, steps };
  });
}
