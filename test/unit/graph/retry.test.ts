import { DatabaseError, DatabaseUnavailableError, QueryError } from '../../../src/db/errors';
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
