/**
 * Query.neighbourhood: the steps around an actor (or event), one or two steps out, bounded
 * by `first` at each depth so a hub costs no more than a leaf.
 */
import type { ApiContext } from '../../context';
import { badInput } from '../../errors';
import { pageSize } from '../../paging';
import { entityKey, toEntity, type EntityObject } from '../../records';
import { toStep, type StepObject } from './steps';

export const MAX_DEPTH = 2;

/**
 * Depth 1 of an actor with at least HUB_DEGREE facts is read from the top of the sourceCount
 * indexes (neighbourhood-of), for the fact types where the actor holds enough of all facts
 * to fill a page within INDEX_SCAN index entries; when the indexes cannot settle the answer,
 * the query reads every step as for a smaller actor. INDEX_SCAN bounds the work wasted then.
 */
export const HUB_DEGREE = 1000;
export const INDEX_SCAN = 2000;

export async function neighbourhood(
  _: unknown,
  args: { actor: string; depth?: number | null; first?: number | null },
  ctx: ApiContext,
) {
  const depth = args.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw badInput(`\`depth\` must be 1 or ${MAX_DEPTH} (got ${depth}).`);
  }
  const first = pageSize(args.first ?? 25);
  // One extra step per depth tells whether `first` cut anything off.
  const [row] = await ctx.rows('neighbourhood-of', {
    actor: args.actor.trim(),
    depth,
    limit: first + 1,
    hubDegree: HUB_DEGREE,
    scan: INDEX_SCAN,
  });
  if (!row) return { center: null, entities: [], steps: [], truncated: false };
  const center = toEntity(row.center);
  const all: StepObject[] = (Array.isArray(row.steps) ? row.steps : []).map(toStep);
  const near = all.filter((s) => entityKey(s.from) === entityKey(center) || entityKey(s.to) === entityKey(center));
  const far = all.filter((s) => !near.includes(s));
  const steps = [...near.slice(0, first), ...far.slice(0, first)];
  const truncated = near.length > first || far.length > first;
  const entities = new Map<string, EntityObject>([[entityKey(center), center]]);
  for (const s of steps) {
    entities.set(entityKey(s.from), s.from);
    entities.set(entityKey(s.to), s.to);
  }
  return { center, entities: [...entities.values()], steps, truncated };
}
