/** The mapping in data/event-codes.json, case by case, as docs/event-codes.md explains it. */
import { codeFact, type FactKindName } from '../../../src/codes/event-codes';

const short = (kind: FactKindName, status: string | null, negated = false) =>
  codeFact(kind, status, negated).map((c) => `${c.direction} ${c.cameo.code} ${c.plover ? `${c.plover.type}${c.plover.mode ? `/${c.plover.mode}` : ''}` : '-'}`);

it.each([
  ['visit', 'occurred', false, ['forward 042 CONSULT/visit', 'reverse 043 CONSULT/visit']],
  ['visit', 'ongoing', false, ['forward 042 CONSULT/visit', 'reverse 043 CONSULT/visit']],
  ['visit', 'possible', false, ['forward 036 AGREE']],
  ['visit', 'planned', false, ['forward 036 AGREE']],
  ['visit', 'postponed', false, ['forward 036 AGREE']],
  ['visit', 'cancelled', false, []],
  ['visit', 'occurred', true, []],
  ['visit', null, false, ['forward 036 AGREE']],
  ['invitation', 'pending', false, ['forward 036 REQUEST']],
  ['invitation', 'unknown', false, ['forward 036 REQUEST']],
  ['invitation', 'accepted', false, ['forward 036 REQUEST', 'reverse 036 AGREE']],
  ['invitation', 'declined', false, ['forward 036 REQUEST', 'reverse 125 REJECT']],
  ['invitation', 'withdrawn', false, []],
  ['invitation', 'accepted', true, []],
  ['statement', null, false, ['forward 010 -']],
] as const)('%s %s negated=%s → %j', (kind, status, negated, expected) => {
  expect(short(kind, status, negated)).toEqual(expected);
});

it('labels every code from the codebook', () => {
  const [made, hosted] = codeFact('visit', 'occurred', false);
  expect(made?.cameo).toEqual({ code: '042', label: 'Make a visit' });
  expect(hosted?.cameo).toEqual({ code: '043', label: 'Host a visit' });
});
