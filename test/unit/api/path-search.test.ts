/**
 * The bidirectional path search on small in-memory graphs: the same shortest paths as an
 * exhaustive enumeration when no key is over the cap, in the documented order, within
 * maxHops, and bounded by the cap at a hub.
 */
import { comparePaths, searchPaths, type SearchStep } from '../../../src/api/path-search';

type Edge = [id: string, from: string, to: string, weight: number];

/** An expand over a list of steps, keeping each key's `cap` best (weight, then id descending). */
function graph(edges: Edge[], cap = Infinity) {
  const steps: SearchStep[] = edges.map(([id, from, to, weight]) => ({ id, from, to, weight }));
  const calls: string[][] = [];
  const expand = async (keys: string[], targets: string[] = []) => {
    calls.push(keys);
    const out: SearchStep[] = [];
    for (const key of keys) {
      const at = steps
        .filter((s) => s.from === key || s.to === key)
        .sort((x, y) => y.weight - x.weight || (x.id < y.id ? 1 : x.id > y.id ? -1 : 0));
      out.push(...at.slice(0, cap), ...at.filter((s) => targets.includes(s.from === key ? s.to : s.from)));
    }
    return out;
  };
  return { steps, expand, calls };
}

/** Every shortest simple path of at most maxHops steps, by depth-first enumeration. */
function exhaustive(steps: SearchStep[], from: string, to: string, maxHops: number) {
  const found: { steps: SearchStep[]; weight: number }[] = [];
  const walk = (at: string, path: SearchStep[], visited: Set<string>) => {
    if (at === to) {
      found.push({ steps: [...path], weight: path.reduce((w, s) => w + s.weight, 0) });
      return;
    }
    if (path.length === maxHops) return;
    for (const s of steps) {
      if (s.from !== at && s.to !== at) continue;
      const next = s.from === at ? s.to : s.from;
      if (visited.has(next)) continue;
      visited.add(next);
      walk(next, [...path, s], visited);
      visited.delete(next);
    }
  };
  walk(from, [], new Set([from]));
  const shortest = Math.min(...found.map((p) => p.steps.length));
  return found.filter((p) => p.steps.length === shortest).sort(comparePaths);
}

const ids = (paths: { steps: SearchStep[] }[]) => paths.map((p) => p.steps.map((s) => s.id));

describe('searchPaths', () => {
  it('finds a direct step, keeping its own direction', async () => {
    const g = graph([['f1', 'B', 'A', 2], ['f2', 'A', 'C', 5]]);
    const { paths } = await searchPaths(g.expand, { from: 'A', to: 'B', maxHops: 3, first: 5 });
    expect(paths).toEqual([{ keys: ['A', 'B'], steps: [{ id: 'f1', from: 'B', to: 'A', weight: 2 }], weight: 2 }]);
  });

  it('meets at odd and even lengths', async () => {
    // A - x - y - B (3 steps: the frontiers meet after one expansion on one side, two on the other).
    const odd = graph([['1', 'A', 'x', 1], ['2', 'x', 'y', 1], ['3', 'y', 'B', 1]]);
    const r3 = await searchPaths(odd.expand, { from: 'A', to: 'B', maxHops: 4, first: 5 });
    expect(r3.paths.map((p) => p.keys)).toEqual([['A', 'x', 'y', 'B']]);
    // A - x - y - z - B (4 steps: two expansions on each side).
    const even = graph([['1', 'A', 'x', 1], ['2', 'x', 'y', 1], ['3', 'y', 'z', 1], ['4', 'B', 'z', 1]]);
    const r4 = await searchPaths(even.expand, { from: 'A', to: 'B', maxHops: 4, first: 5 });
    expect(r4.paths.map((p) => p.keys)).toEqual([['A', 'x', 'y', 'z', 'B']]);
    expect(r4.expanded).toEqual([1, 1, 1, 1]);
  });

  it('returns every shortest path up to first, most corroborated first, then by step ids', async () => {
    const g = graph([
      ['a1', 'A', 'm', 1],
      ['a2', 'A', 'n', 3],
      ['a3', 'A', 'm', 2], // parallel to a1: a distinct path
      ['b1', 'm', 'B', 1],
      ['b2', 'n', 'B', 0],
      ['b3', 'o', 'B', 9],
      ['c1', 'A', 'o', 0],
      ['long', 'A', 'p', 50],
      ['long2', 'p', 'q', 50],
      ['long3', 'q', 'B', 50],
    ]);
    const all = await searchPaths(g.expand, { from: 'A', to: 'B', maxHops: 4, first: 20 });
    expect(ids(all.paths)).toEqual([['c1', 'b3'], ['a2', 'b2'], ['a3', 'b1'], ['a1', 'b1']]);
    expect(all.paths.map((p) => p.weight)).toEqual([9, 3, 3, 2]);
    const two = await searchPaths(g.expand, { from: 'A', to: 'B', maxHops: 4, first: 2 });
    expect(ids(two.paths)).toEqual([['c1', 'b3'], ['a2', 'b2']]);
  });

  it('stops at maxHops and when there is no path', async () => {
    const g = graph([['1', 'A', 'x', 1], ['2', 'x', 'y', 1], ['3', 'y', 'B', 1], ['4', 'C', 'D', 1]]);
    expect((await searchPaths(g.expand, { from: 'A', to: 'B', maxHops: 2, first: 5 })).paths).toEqual([]);
    expect(g.calls).toHaveLength(2);
    expect((await searchPaths(g.expand, { from: 'A', to: 'C', maxHops: 4, first: 5 })).paths).toEqual([]);
    expect((await searchPaths(g.expand, { from: 'A', to: 'nowhere', maxHops: 4, first: 5 })).paths).toEqual([]);
  });

  it('expands the smaller frontier', async () => {
    // A has many neighbours, B one: after one round each, B's side goes on.
    const edges: Edge[] = Array.from({ length: 10 }, (_, i): Edge => [`a${i}`, 'A', `n${i}`, 1]);
    edges.push(['b', 'B', 'm', 1], ['mn', 'm', 'n3', 1]);
    const g = graph(edges);
    const { paths, expanded } = await searchPaths(g.expand, { from: 'A', to: 'B', maxHops: 4, first: 5 });
    expect(ids(paths)).toEqual([['a3', 'mn', 'b']]);
    expect(g.calls).toEqual([['A'], ['B'], ['m']]);
    expect(expanded).toEqual([1, 1, 1]);
  });

  it('follows only the cap\'s most corroborated steps of a hub', async () => {
    // H has 30 steps; under a cap of 5 only its 5 best lead on, so the weak route through
    // H's step to w is not taken, and the search never asks for the other 25 ends.
    const edges: Edge[] = Array.from({ length: 30 }, (_, i): Edge => [`h${String(i).padStart(2, '0')}`, 'H', `n${i}`, 100 - i]);
    edges.push(['weak', 'H', 'w', 0], ['wB', 'w', 'B', 1], ['n2B', 'n2', 'B', 1]);
    const capped = graph(edges, 5);
    const r = await searchPaths(capped.expand, { from: 'H', to: 'B', maxHops: 2, first: 5 });
    expect(ids(r.paths)).toEqual([['h02', 'n2B']]);
    expect(capped.calls.flat()).not.toContain('n10');
    const full = graph(edges);
    const all = await searchPaths(full.expand, { from: 'H', to: 'B', maxHops: 2, first: 5 });
    expect(ids(all.paths)).toEqual([['h02', 'n2B'], ['weak', 'wB']]);
  });

  it('joins the two searches exactly while their frontiers are small', async () => {
    // H's direct step to B is its weakest: beyond the cap, yet found by the join of round one.
    const edges: Edge[] = Array.from({ length: 30 }, (_, i): Edge => [`h${String(i).padStart(2, '0')}`, 'H', `n${i}`, 100 - i]);
    edges.push(['direct', 'B', 'H', 0], ['n3B', 'n3', 'B', 1]);
    const g = graph(edges, 5);
    expect(ids((await searchPaths(g.expand, { from: 'H', to: 'B', maxHops: 3, first: 5, joinLimit: 5 })).paths)).toEqual([['direct']]);
    // Without the join, B's side finds H through its own best steps instead: the same step here.
    expect(ids((await searchPaths(g.expand, { from: 'H', to: 'B', maxHops: 3, first: 5 })).paths)).toEqual([['direct']]);
    // A weak middle step (x to B) that neither side's cap keeps is found when the
    // second round joins B against H's frontier.
    const mid: Edge[] = [...edges.filter(([id]) => id !== 'direct' && id !== 'n3B')];
    mid.push(...Array.from({ length: 30 }, (_, i): Edge => [`b${String(i).padStart(2, '0')}`, 'B', `m${i}`, 100 - i]), ['weakMid', 'n1', 'B', 0]);
    const m = graph(mid, 5);
    expect(ids((await searchPaths(m.expand, { from: 'H', to: 'B', maxHops: 2, first: 5, joinLimit: 5 })).paths)).toEqual([['h01', 'weakMid']]);
    expect(ids((await searchPaths(m.expand, { from: 'H', to: 'B', maxHops: 2, first: 5 })).paths)).toEqual([]);
    expect(ids((await searchPaths(m.expand, { from: 'H', to: 'B', maxHops: 2, first: 5, joinLimit: 4 })).paths)).toEqual([]);
  });

  it('is the exhaustive answer on random small graphs, whatever the order steps arrive in', async () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const n = 4 + Math.floor(rand() * 7);
      const keys = Array.from({ length: n }, (_, i) => `k${i}`);
      const edges: Edge[] = [];
      const m = Math.floor(rand() * n * 2);
      for (let i = 0; i < m; i++) {
        const x = keys[Math.floor(rand() * n)]!;
        const y = keys[Math.floor(rand() * n)]!;
        if (x !== y) edges.push([`e${String(i).padStart(2, '0')}`, x, y, Math.floor(rand() * 3)]);
      }
      const g = graph(edges);
      const shuffled = async (ks: string[]) => (await g.expand(ks)).reverse();
      const maxHops = 1 + Math.floor(rand() * 4);
      const first = 1 + Math.floor(rand() * 6);
      const expected = exhaustive(g.steps, 'k0', 'k1', maxHops).slice(0, first);
      const got = await searchPaths(shuffled, { from: 'k0', to: 'k1', maxHops, first });
      expect(ids(got.paths)).toEqual(ids(expected));
    }
  });
});
