/** CAMEO and PLOVER codes on the GraphQL fact types, from the mapping file, against the real Neo4j. */
import { seededApi } from './harness';

const ctx = seededApi();

const FACT = `query($id: ID!) { fact(id: $id) {
  cameo { code label } plover { type mode }
  eventCodes { direction cameo { code } plover { type mode } }
} }`;

async function codes(id: string | undefined) {
  const res = await ctx.api.gql(FACT, { id });
  expect(res.body.errors).toBeUndefined();
  return res.body.data.fact;
}

it("an accepted invitation: the inviter's 036 and the invitee's acceptance", async () => {
  const f = await codes(ctx.fx.facts.putinKim);
  expect(f.cameo).toEqual({ code: '036', label: 'Express intent to meet or negotiate' });
  expect(f.plover).toEqual({ type: 'REQUEST', mode: null });
  expect(f.eventCodes).toEqual([
    { direction: 'FORWARD', cameo: { code: '036' }, plover: { type: 'REQUEST', mode: null } },
    { direction: 'REVERSE', cameo: { code: '036' }, plover: { type: 'AGREE', mode: null } },
  ]);
});

it('a made visit is 042 for the visitor and 043 for the host; a possible one only an intent', async () => {
  const made = await codes(ctx.fx.facts.xiVisit);
  expect(made.eventCodes.map((c: any) => [c.direction, c.cameo.code, c.plover.type, c.plover.mode])).toEqual([
    ['FORWARD', '042', 'CONSULT', 'visit'],
    ['REVERSE', '043', 'CONSULT', 'visit'],
  ]);
  const possible = await codes(ctx.fx.facts.kimVisit);
  expect(possible.cameo.code).toBe('036');
  expect(possible.eventCodes).toHaveLength(1);
});

it('a statement is 010 with no PLOVER type; a negated invitation has no code', async () => {
  const said = await codes(ctx.fx.facts.lavrovK);
  expect(said.cameo.code).toBe('010');
  expect(said.plover).toBeNull();
  const negated = await codes(ctx.fx.facts.xiKimNeg);
  expect(negated).toEqual({ cameo: null, plover: null, eventCodes: [] });
});
