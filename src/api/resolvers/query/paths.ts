/**
 * Query.paths: shortest paths between two actors over facts and REPRESENTS, at most
 * `maxHops` (≤ 4) steps. Entities come back in path order; each step keeps its own direction.
 *
 * The search (../../path-search.ts) runs in rounds, one paths-expand statement per round,
 * and follows from each entity only its PATH_FAN_OUT most corroborated steps (plus the steps
 * joining the two searches, while they are small), so a path between two hubs costs the
 * cap, not the hubs' degrees; then one paths-steps statement reads the steps of the paths
 * found. docs/graph-model.md (Reads) says what the cap can miss.
 */
import type { ApiContext, Row } from '../../context';
import { badInput } from '../../errors';
import { searchPaths, type SearchStep } from '../../path-search';
import { entityKey, type EntityObject, type Plain } from '../../records';
import { toStep, type StepObject } from './steps';

export const MAX_HOPS = 4;
export const MAX_PATHS = 20;

/**
 * Steps followed from one entity, most corroborated first (sourceCount descending, ties by id
 * descending). An entity then costs at most 50 index entries per fact type and side (about
 * 900 db hits for Putin on the 100k-article benchmark graph, whatever his degree), and a
 * round at most 50 entities of a frontier under 50 × 50; every entity of the test graphs has
 * fewer steps, so their answers are exactly the shortest paths. Larger caps miss fewer paths
 * through hubs, at a cost that grows with the cap squared from the second round on.
 */
export const PATH_FAN_OUT = 50;

/**
 * The most (key, target) pairs a round may join exactly (see joinLimit in path-search): the
 * first two rounds (one end against the other, then one end against the other's followed
 * steps) always fit, so a direct step between the two actors, or one from an actor to an
 * entity the other reaches, is never lost to the cap; wider rounds would cost a seek per pair.
 */
export const PATH_JOIN = PATH_FAN_OUT;

type Read = (name: string, params: Record<string, unknown>) => Promise<Row[]>;

interface KindStep extends SearchStep {
  kind: string;
}

/** The search and the read of its steps (each path's paths-steps rows, in path order): the statements the resolver runs. */
export async function findPaths(
  read: Read,
  args: { from: string; to: string; maxHops: number; first: number; fanOut?: number },
): Promise<Plain[][]> {
  const fanOut = args.fanOut ?? PATH_FAN_OUT;
  const expand = async (keys: string[], targets: string[]): Promise<KindStep[]> =>
    (await read('paths-expand', { keys, targets, fanOut, perPair: args.first })).map((r) => ({
      kind: String(r.kind),
      id: String(r.id),
      from: String(r.from),
      to: String(r.to),
      weight: Number(r.weight ?? 0),
    }));
  const { paths } = await searchPaths(expand, { ...args, joinLimit: PATH_JOIN });
  if (paths.length === 0) return [];
  const wanted = new Map<string, KindStep>();
  for (const p of paths) for (const s of p.steps) wanted.set(s.id, s);
  const rows = await read('paths-steps', { steps: [...wanted.values()].map(({ kind, id, from, to }) => ({ kind, id, from, to })) });
  const byId = new Map(rows.map((r) => [String(r.id), r.step]));
  // A step gone between the search and the read drops its paths rather than break them.
  return paths.filter((p) => p.steps.every((s) => byId.has(s.id))).map((p) => p.steps.map((s) => byId.get(s.id)!));
}

const isActor = (e: { __typename: string }) => e.__typename === 'State' || e.__typename === 'Person';

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
  const found = await findPaths(ctx.rows, { from, to, maxHops, first });
  const result = found.map((rows) => {
    const steps: StepObject[] = rows.map(toStep);
    const entities: EntityObject[] = [entityKey(steps[0]!.from) === from ? steps[0]!.from : steps[0]!.to];
    for (const s of steps) entities.push(entityKey(s.from) === entityKey(entities.at(-1)!) ? s.to : s.from);
    return { length: steps.length, entities, steps };
  });
  // Paths join actors (states and people): an event's id names no end.
  if (result.length > 0 && !(isActor(result[0]!.entities[0]!) && isActor(result[0]!.entities.at(-1)!))) return [];
  return result;
}
