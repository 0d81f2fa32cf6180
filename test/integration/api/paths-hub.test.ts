/**
 * paths on a hub with more steps than the fan-out: the search follows the hub's most
 * corroborated steps only, reads the same index entries however many weaker steps the hub
 * has, and finds a path through a strong step while a route through a weak one is left out.
 * The graph is this file's own: a hub person inviting more people than PATH_FAN_OUT.
 */
import { toParams } from '../../../src/db';
import { syntheticCypher } from '../../../synthetic/cypher';
import { findPaths, PATH_FAN_OUT } from '../../../src/api/resolvers/query/paths';
import { openApi, profile, type Api } from './harness';

const tag = Math.random().toString(36).slice(2, 8);
const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const pick = () => L[Math.floor(Math.random() * 26)];
// User-assigned ISO codes (never real states) from XP*, a block no other test draws from.
const [target, home] = Array.from(new Set(Array.from({ length: 20 }, () => `XP${pick()}`))) as [string, string];
const person = (name: string) => `person:${tag} ${name}`;
const hub = person('hub');
const weakLink = person('weak link');
const directly = person('invited directly');
const STRONG = PATH_FAN_OUT + 10;
const contacts = Array.from({ length: STRONG }, (_, i) => person(`contact ${String(i).padStart(3, '0')}`));
const extra = Array.from({ length: 40 }, (_, i) => person(`extra ${String(i).padStart(3, '0')}`));
const people = [hub, weakLink, directly, ...contacts, ...extra];

const invited = (to: string, id: string, sourceCount: number) => ({ from: hub, to, props: { id: `inv|${tag}|${id}`, date: '2015-01', sourceCount } });
// The hub's invitations: contact i corroborated by 100 + i, so its PATH_FAN_OUT best are the
// last ones; the weak link's by 1 only.
const hubFacts = [...contacts.map((c, i) => invited(c, `c${i}`, 100 + i)), invited(weakLink, 'weak', 1), invited(directly, 'direct', 1)];
const strongest = contacts.at(-1)!;
const visits = [
  { from: strongest, to: target, props: { id: `vis|${tag}|strong`, date: '2015-02', sourceCount: 1 } },
  // The route through the weak link would rank first (1 + 1,000) if the hub's weak step were followed.
  { from: weakLink, to: target, props: { id: `vis|${tag}|weak`, date: '2015-02', sourceCount: 1000 } },
];

let api: Api;
async function write(name: string, params: Record<string, unknown>) {
  const session = api.db.driver.session({ database: api.db.executor.database });
  try {
    await session.executeWrite((tx) => tx.run(syntheticCypher.get(name).text, toParams(params) as Record<string, unknown>));
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  api = await openApi();
  await write('fixture-states', { rows: [target, home].map((code) => ({ code, name: `State ${code} ${tag}`, aliases: [], bloc: false })) });
  await write('fixture-people', { rows: people.map((id) => ({ leader: false, props: { id, name: id, aliases: [], surnameKey: 'x' } })) });
  await write('fixture-represents', { rows: [{ person: hub, state: home, props: { id: `rep|${hub}|${home}`, role: 'envoy', asOf: '2015-01-01', sourceCount: 1 } }] });
  await write('fixture-invited', { rows: hubFacts });
  await write('fixture-visited', { rows: visits });
});

afterAll(async () => {
  if (api) {
    await write('fixture-cleanup', { articleIds: [], personIds: people, eventIds: [], stateCodes: [target, home], factIds: [] });
    await api.close();
  }
});

const PATHS = `query($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 2, first: 20) {
    length
    entities { __typename ... on State { code } ... on Person { id } }
    steps { kind fact { id sourceCount } }
  }
}`;

const read = (name: string, params: Record<string, unknown>) => api.db.executor.read(name, params);

/** Rows out of each index seek of paths-expand for the hub alone. */
async function seekRows(fanOut: number): Promise<number[]> {
  const { operators } = await profile(api, 'paths-expand', { keys: [hub], targets: [], fanOut, perPair: 5 });
  const seeks = operators.filter((o) => o.name.includes('IndexSeek'));
  expect(seeks.length).toBeGreaterThanOrEqual(6);
  return seeks.map((o) => o.rows);
}

describe('paths through a hub', () => {
  it('follows the hub\'s most corroborated steps only', async () => {
    const res = await api.gql(PATHS, { from: hub, to: target });
    expect(res.body.errors).toBeUndefined();
    const paths = res.body.data.paths;
    expect(paths).toHaveLength(1);
    expect(paths[0].entities).toEqual([
      { __typename: 'Person', id: hub },
      { __typename: 'Person', id: strongest },
      { __typename: 'State', code: target },
    ]);
    expect(paths[0].steps.map((s: any) => s.fact.id)).toEqual([`inv|${tag}|c${STRONG - 1}`, `vis|${tag}|strong`]);
    // The other way round the target's side expands first, and the hub's round then joins its
    // steps to what the target reaches: where a cap cut, the two directions can differ.
    const back = await api.gql(PATHS, { from: target, to: hub });
    expect(back.body.data.paths.map((p: any) => p.steps.map((s: any) => s.fact.id))).toEqual([
      [`vis|${tag}|weak`, `inv|${tag}|weak`],
      [`vis|${tag}|strong`, `inv|${tag}|c${STRONG - 1}`],
    ]);
  });

  it('finds a direct step however weak: the two ends are joined exactly', async () => {
    const res = await api.gql(PATHS, { from: hub, to: directly });
    expect(res.body.data.paths.map((p: any) => p.steps.map((s: any) => s.fact.id))).toEqual([[`inv|${tag}|direct`]]);
    const rows = await read('paths-expand', { keys: [hub], targets: [directly], fanOut: 5, perPair: 5 });
    expect(rows.map((r) => r.id)).toContain(`inv|${tag}|direct`);
    expect(rows).toHaveLength(6);
  });

  it('finds the weak route too when the cap covers the hub, ranked by corroboration', async () => {
    const all = await findPaths(read, { from: hub, to: target, maxHops: 2, first: 5, fanOut: 1000 });
    expect(all.map((steps) => steps.map((s: any) => s.props.id))).toEqual([
      [`inv|${tag}|weak`, `vis|${tag}|weak`],
      [`inv|${tag}|c${STRONG - 1}`, `vis|${tag}|strong`],
    ]);
  });

  it('reads at most the fan-out from each index, however many steps the hub has', async () => {
    for (const fanOut of [5, PATH_FAN_OUT]) {
      const before = await seekRows(fanOut);
      expect(Math.max(...before)).toBeLessThanOrEqual(fanOut);
      await write('fixture-invited', { rows: extra.map((p, i) => invited(p, `extra${fanOut}|${i}`, 2)) });
      expect(await seekRows(fanOut)).toEqual(before);
    }
    const rows = await read('paths-expand', { keys: [hub], targets: [], fanOut: 5, perPair: 5 });
    expect(rows.map((r) => r.weight)).toEqual([100 + STRONG - 1, 100 + STRONG - 2, 100 + STRONG - 3, 100 + STRONG - 4, 100 + STRONG - 5]);
  });
});
