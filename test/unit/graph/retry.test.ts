import { DatabaseError, DatabaseUnavailableError, QueryError } from '../../../src/db/errors';
import { mapPool } from '../../../src/graph/pool';
import { retryable, withRetries } from '../../../src/graph/retry';

const deadlock = () => new DatabaseError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', 'write-invited');

describe('withRetries', () => {
  it('re-runs transient failures until the work succeeds', async () => {
    let calls = 0;
    const result = await withRetries(async () => {
      calls += 1;
      if (calls < 3) throw deadlock();
      return 'done';
    });
    expect(result).toBe('done');
    expect(calls).toBe(3);
  });

  it('gives up at once on an unavailable database or a broken query', async () => {
    for (const err of [new DatabaseUnavailableError('ServiceUnavailable', 'write-invited'), new QueryError('bad', 'Neo.ClientError.Statement.SyntaxError', 'x'), new Error('plain')]) {
      let calls = 0;
      await expect(
        withRetries(async () => {
          calls += 1;
          throw err;
        }),
      ).rejects.toBe(err);
      expect(calls).toBe(1);
    }
  });

  it('tells which errors are worth another attempt', () => {
    expect(retryable(deadlock())).toBe(true);
    expect(retryable(new QueryError('gone', 'Neo.ClientError.Statement.EntityNotFound', 'x'))).toBe(true);
    expect(retryable(new DatabaseUnavailableError('Neo.TransientError.General.DatabaseUnavailable', 'x'))).toBe(false);
  });
});

describe('mapPool', () => {
  it('keeps input order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapPool([5, 1, 4, 2, 3], 2, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, n));
      running -= 1;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });

  it('stops starting work after a failure, waits for what runs, then rethrows', async () => {
    const started: number[] = [];
    const boom = new Error('boom');
    await expect(
      mapPool([1, 2, 3, 4, 5, 6], 2, async (n) => {
        started.push(n);
        if (n === 2) throw boom;
        await new Promise((r) => setTimeout(r, 5));
        return n;
      }),
    ).rejects.toBe(boom);
    expect(started.length).toBeLessThan(6);
  });
});
