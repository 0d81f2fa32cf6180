import { decodeCursor, encodeCursor } from '../../../src/api/cursor';
import { connection, connectionTypes, pageSize } from '../../../src/api/paging';

describe('cursors', () => {
  it('round-trip their parts', () => {
    const c = encodeCursor(['2015-05', 'inv|a|b||false']);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c, 2)).toEqual(['2015-05', 'inv|a|b||false']);
  });

  it.each(['', 'not-base64!', encodeCursor(['only one']), Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url')])(
    'refuse %j with BAD_USER_INPUT',
    (c) => {
      expect(() => decodeCursor(c, 2)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    },
  );
});

describe('page sizes', () => {
  it('default to 20 and accept 1..100', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(null)).toBe(20);
    expect(pageSize(1)).toBe(1);
    expect(pageSize(100)).toBe(100);
  });

  it.each([0, -1, 101, 1.5])('refuse %s', (n) => {
    expect(() => pageSize(n)).toThrow(/between 1 and 100/);
  });
});

describe('connection', () => {
  it('uses the extra row to tell whether a next page exists', async () => {
    const conn = connection([1, 2, 3], 2, null, (n) => `c${n}`, async () => 3);
    expect(conn.edges).toEqual([
      { cursor: 'c1', node: 1 },
      { cursor: 'c2', node: 2 },
    ]);
    expect(conn.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c2' });
    await expect(conn.count()).resolves.toEqual({ total: 3, exact: true });
    const last = connection([3], 2, 'c2', (n) => `c${n}`, async () => 3);
    expect(last.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: 'c3', endCursor: 'c3' });
    const empty = connection([], 2, 'c3', String, async () => 0);
    expect(empty.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it('counts once for both count fields, and passes on a count that stopped at its cap', async () => {
    let runs = 0;
    const capped = connection([1], 1, null, String, async () => {
      runs += 1;
      return { total: 10_000, exact: false };
    });
    const types = connectionTypes.InvitationConnection;
    expect(runs).toBe(0);
    await expect(Promise.all([types.totalCount(capped), types.totalCountExact(capped)])).resolves.toEqual([10_000, false]);
    expect(runs).toBe(1);
  });
});
