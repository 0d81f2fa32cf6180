/**
 * neighbourhood-of reads a hub's most corroborated steps from the top of the sourceCount
 * indexes, and falls back to reading every step when the indexes cannot settle the answer.
 * Both must give exactly the answer of reading every step: same steps, same order (ties on
 * sourceCount included), for every page size and depth. The graph here is this file's own: a
 * hub state with its people and facts whose sourceCounts are far above anything other test
 * files write, with ties, and facts with no sourceCount at all.
 */
import { toParams } from '../../../src/db';
import { syntheticCypher } from '../../../synthetic/cypher';
import { HUB_DEGREE, INDEX_SCAN } from '../../../src/api/resolvers/query/neighbourhood';
import { openApi, profile, type Api } from './harness';

const fixtures = syntheticCypher;
const tag = Math.random().toString(36).slice(2, 8);
// User-assigned ISO codes (never real states) from XN*, a block no other test draws from.
const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const pick = () => L[Math.floor(Math.random() * 26)];
const codes = Array.from(new Set(Array.from({ length: 60 }, () => `XN${pick()}`))).slice(0, 5);
const [hub, ...others] = codes as [string, ...string[]];
const people = Array.from({ length: 12 }, (_, i) => `person:${tag} envoy ${String(i).padStart(2, '0')}`);

type Fact = { type: 'INVITED' | 'VISITED' | 'STATED'; from: string; to: string; props: Record<string, unknown> };
const facts: Fact[] = [];
const OFFSET = { INVITED: 0, VISITED: 3, STATED: 6 };
/** sourceCount of the i-th fact of a type: 10 distinct high ones (distinct across types too), then ties, then none. */
const corroboration = (type: keyof typeof OFFSET, i: number): number | null =>
  i < 10 ? 100_000 + 10 * i + (i % 3) + OFFSET[type] : i < 20 ? 90_000 : i < 38 ? 80_000 + (i % 2) : null;
for (const type of ['INVITED', 'VISITED', 'STATED'] as const) {
  for (let i = 0; i < 40; i++) {
    const person = people[i % people.length]!;
    const other = others[i % others.length]!;
    // The hub on either end; visits always end at a state.
    const [from, to] = type === 'VISITED' ? (i % 2 ? [person, hub] : [hub, other]) : i % 2 ? [person, hub] : [hub, i % 4 ? person : other];
    const sc = corroboration(type, i);
    facts.push({ type, from, to, props: { id: `${type.toLowerCase()}|${tag}|${i}`, date: `2015-0${(i % 9) + 1}`, ...(sc === null ? {} : { sourceCount: sc }) } });
  }
}

let api: Api;
async function write(name: string, params: Record<string, unknown>) {
  const session = api.db.driver.session({ database: api.db.executor.database });
  try {
    await session.executeWrite((tx) => tx.run(fixtures.get(name).text, toParams(params) as Record<string, unknown>));
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  api = await openApi();
  await write('fixture-states', { rows: codes.map((code) => ({ code, name: `State ${code} ${tag}`, aliases: [], bloc: false })) });
  await write('fixture-people', { rows: people.map((id) => ({ leader: false, props: { id, name: id, aliases: [], surnameKey: 'envoy' } })) });
  await write('fixture-represents', {
    rows: people.map((p, i) => ({ person: p, state: hub, props: { id: `rep|${p}|${hub}`, role: 'envoy', asOf: '2015-01-01', sourceCount: i === 0 ? 100_087 : 1 } })),
  });
  for (const type of ['INVITED', 'VISITED', 'STATED'] as const) {
    await write(`fixture-${type.toLowerCase()}`, { rows: facts.filter((f) => f.type === type) });
  }
});

afterAll(async () => {
  if (api) {
    await write('fixture-cleanup', { articleIds: [], personIds: people, eventIds: [], stateCodes: codes, factIds: [] });
    await api.close();
  }
});

async function neighbourhood(params: Record<string, unknown>) {
  const session = api.db.driver.session({ database: api.db.executor.database });
  try {
    const result = await session.run(api.db.executor.catalog.get('neighbourhood-of').text, toParams(params) as Record<string, unknown>);
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/** Whether the statement answered from the indexes: its fall-back expansion got no row. */
async function answeredFromIndexes(params: Record<string, unknown>): Promise<boolean> {
  const { operators } = await profile(api, 'neighbourhood-of', params);
  const guards = operators.filter((o) => o.name.startsWith('Filter') && o.details.includes('hubNear IS NULL'));
  expect(guards).toHaveLength(1);
  return guards[0]!.rows === 0;
}

const everyStep = { hubDegree: 1_000_000_000, scan: INDEX_SCAN };

describe('neighbourhood-of on a hub', () => {
  it.each([
    [1, 1],
    [1, 3],
    [1, 11],
    [1, 12],
    [1, 26],
    [2, 26],
    [1, 101],
    [2, 101],
  ])('depth %i, limit %i: the index path gives the same steps in the same order as reading every step', async (depth, limit) => {
    for (const actor of [hub, people[0]!, people[5]!]) {
      const expected = await neighbourhood({ actor, depth, limit, ...everyStep });
      expect(expected).toHaveLength(1);
      // Hub path forced on (degree threshold 0), with a roomy and a tiny index budget.
      for (const scan of [INDEX_SCAN, 5]) {
        expect(await neighbourhood({ actor, depth, limit, hubDegree: 0, scan })).toEqual(expected);
      }
    }
  });

  it('answers from the indexes when the top is clear, and reads every step when a budget runs out or the actor is no hub', async () => {
    const params = { actor: hub, depth: 1, limit: 11, hubDegree: 0 };
    await expect(answeredFromIndexes({ ...params, scan: INDEX_SCAN })).resolves.toBe(true);
    await expect(answeredFromIndexes({ ...params, scan: 5 })).resolves.toBe(false);
    await expect(answeredFromIndexes({ ...params, hubDegree: HUB_DEGREE, scan: INDEX_SCAN })).resolves.toBe(false);
  });

  it('lists the most corroborated steps first through the API', async () => {
    const res = await api.gql(`query($a: ID!) { neighbourhood(actor: $a, first: 5) { truncated steps { kind role fact { id sourceCount } } } }`, { a: hub });
    expect(res.body.errors).toBeUndefined();
    const n = res.body.data.neighbourhood;
    expect(n.truncated).toBe(true);
    const top = [...facts]
      .filter((f) => typeof f.props.sourceCount === 'number')
      .sort((x, y) => (y.props.sourceCount as number) - (x.props.sourceCount as number))
      .slice(0, 5);
    // 100,087 (the REPRESENTS step of envoy 00) ranks among the facts' top values.
    const expected = [...top.map((f) => ({ sc: f.props.sourceCount as number, id: f.props.id as string | null })), { sc: 100_087, id: null }]
      .sort((x, y) => y.sc - x.sc)
      .slice(0, 5);
    expect(n.steps.map((s: any) => s.fact?.id ?? null)).toEqual(expected.map((e) => e.id));
    expect(n.steps.find((s: any) => s.kind === 'REPRESENTS')).toMatchObject({ role: 'envoy', fact: null });
  });
});
