/**
 * Shortest paths between two graph keys by a bidirectional breadth-first search, with no I/O:
 * the caller's `expand` gives the steps at a set of keys (at most a fixed number per key, the
 * caller's cap), one call per level, so the work is bounded by the levels searched and the
 * cap, not by the graph.
 *
 * The two searches take turns by size: each round expands whichever frontier holds fewer
 * keys (the start's on a tie), and the search stops at the first round where a newly reached
 * key is already known to the other side. While the two frontiers are small, each round also
 * asks for every step between them, so that a cap never hides the step that joins them. Every path found then runs through such a key; of
 * those, the shortest are kept. When every key's steps are all returned (no key over the
 * cap), these are exactly the graph's shortest paths.
 *
 * Order (and the choice of `first` among more): total corroboration (sum of the steps'
 * weights) descending, then the steps' ids in path order, compared one by one. Because that
 * order is decided step by step, each key only needs its `first` best partial paths from
 * either end, which keeps the assembly small even when many shortest paths exist.
 */

export interface SearchStep {
  /** Unique among all steps (a fact's id, or a REPRESENTS link's id). */
  id: string;
  /** The step's own direction: it goes from `from` to `to` whichever way a path uses it. */
  from: string;
  to: string;
  /** Corroboration: the fact's sourceCount (0 when unknown). */
  weight: number;
}

/**
 * Steps touching any of `keys` (either end); steps at a key beyond its cap are left out,
 * except those whose other end is one of `targets`, which must all be there.
 */
export type Expand<S extends SearchStep = SearchStep> = (keys: string[], targets: string[]) => Promise<S[]>;

export interface FoundPath<S extends SearchStep = SearchStep> {
  /** Keys in path order, `from` first. */
  keys: string[];
  /** Steps in path order, as `expand` gave them; each keeps its own direction. */
  steps: S[];
  weight: number;
}

export interface SearchOptions {
  from: string;
  to: string;
  maxHops: number;
  first: number;
  /**
   * When the keys expanded times the other side's frontier is at most this, the other
   * frontier goes to `expand` as its targets: the step that joins the two searches is then
   * found even where a cap would have left it out (at the least, a direct step between the
   * two ends always is). 0: never.
   */
  joinLimit?: number;
}

export interface SearchResult<S extends SearchStep = SearchStep> {
  paths: FoundPath<S>[];
  /** Keys expanded per round, in order: what the search cost. */
  expanded: number[];
}

/** A partial path from one end: its steps in path order (from the `from` end). */
interface Partial {
  steps: SearchStep[];
  weight: number;
}

/** One side of the search: each key's distance from its end and the steps that reach it. */
interface Side {
  dist: Map<string, number>;
  /** Steps from a key one level nearer this side's end to the key. */
  parents: Map<string, { step: SearchStep; via: string }[]>;
  frontier: string[];
  radius: number;
}

function side(start: string): Side {
  return { dist: new Map([[start, 0]]), parents: new Map(), frontier: [start], radius: 0 };
}

/** The order of paths (and of partial paths of one length from one end). */
export function comparePaths(a: { steps: SearchStep[]; weight: number }, b: { steps: SearchStep[]; weight: number }): number {
  if (a.weight !== b.weight) return b.weight - a.weight;
  const n = Math.min(a.steps.length, b.steps.length);
  for (let i = 0; i < n; i++) {
    const x = a.steps[i]!.id;
    const y = b.steps[i]!.id;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.steps.length - b.steps.length;
}

function other(step: SearchStep, key: string): string {
  return step.from === key ? step.to : step.from;
}

export async function searchPaths<S extends SearchStep>(expand: Expand<S>, options: SearchOptions): Promise<SearchResult<S>> {
  const { from, to, maxHops, first } = options;
  const expanded: number[] = [];
  if (from === to || maxHops < 1 || first < 1) return { paths: [], expanded };
  const a = side(from);
  const b = side(to);

  while (a.radius + b.radius < maxHops) {
    // Ties go to the start's side so that the same question always searches the same way.
    const [near, far] = b.frontier.length < a.frontier.length ? [b, a] : [a, b];
    if (near.frontier.length === 0) break;
    const frontier = new Set(near.frontier);
    const targets = frontier.size * far.frontier.length <= (options.joinLimit ?? 0) ? [...far.frontier].sort() : [];
    const steps = await expand([...frontier].sort(), targets);
    expanded.push(frontier.size);
    const next = new Set<string>();
    const depth = near.radius + 1;
    // Sorted so that what the search keeps never depends on the order rows arrive in.
    const ordered = [...steps].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const seen = new Set<string>();
    for (const step of ordered) {
      if (seen.has(step.id) || step.from === step.to) continue;
      seen.add(step.id);
      for (const via of [step.from, step.to]) {
        if (!frontier.has(via)) continue;
        const reached = other(step, via);
        const known = near.dist.get(reached);
        if (known !== undefined && known < depth) continue;
        near.dist.set(reached, depth);
        next.add(reached);
        const list = near.parents.get(reached) ?? [];
        list.push({ step, via });
        near.parents.set(reached, list);
      }
    }
    near.frontier = [...next];
    near.radius = depth;
    const meet = [...next].filter((k) => far.dist.has(k));
    if (meet.length > 0) {
      const length = Math.min(...meet.map((k) => depth + far.dist.get(k)!));
      const at = meet.filter((k) => depth + far.dist.get(k)! === length).sort();
      return { paths: assemble<S>(a, b, from, at, first), expanded };
    }
  }
  return { paths: [], expanded };
}

function topK<T extends Partial>(items: T[], k: number): T[] {
  return items.sort(comparePaths).slice(0, k);
}

/**
 * The `k` best partial paths between a side's root and `key`, in path order: from the start
 * to `key` for side a (`toward` 'start': each step appended), from `key` to the end for side
 * b ('end': each step prepended).
 */
function bestPartials(s: Side, key: string, k: number, memo: Map<string, Partial[]>, toward: 'start' | 'end'): Partial[] {
  const done = memo.get(key);
  if (done) return done;
  const parents = s.parents.get(key);
  let result: Partial[];
  if (!parents) result = [{ steps: [], weight: 0 }];
  else {
    const all: Partial[] = [];
    for (const { step, via } of parents) {
      for (const p of bestPartials(s, via, k, memo, toward)) {
        all.push({ steps: toward === 'start' ? [...p.steps, step] : [step, ...p.steps], weight: p.weight + step.weight });
      }
    }
    result = topK(all, k);
  }
  memo.set(key, result);
  return result;
}

function assemble<S extends SearchStep>(a: Side, b: Side, from: string, meet: string[], first: number): FoundPath<S>[] {
  const fromStart = new Map<string, Partial[]>();
  const toEnd = new Map<string, Partial[]>();
  const candidates: Partial[] = [];
  for (const key of meet) {
    const heads = bestPartials(a, key, first, fromStart, 'start');
    const tails = bestPartials(b, key, first, toEnd, 'end');
    // Both lists are in path order, so the pair (i, j) has at least (i+1)(j+1)-1 better ones.
    for (let i = 0; i < heads.length; i++) {
      for (let j = 0; j < tails.length && (i + 1) * (j + 1) <= first; j++) {
        candidates.push({ steps: [...heads[i]!.steps, ...tails[j]!.steps], weight: heads[i]!.weight + tails[j]!.weight });
      }
    }
  }
  return topK(candidates, first).map((p) => {
    let at = from;
    const keys = [at];
    for (const step of p.steps) {
      at = other(step, at);
      keys.push(at);
    }
    return { keys, steps: p.steps as S[], weight: p.weight };
  });
}
