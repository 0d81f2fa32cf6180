/**
 * Whole-transaction retries beyond the driver's own (which stop after a few seconds): under
 * heavy concurrent ingest and removal of overlapping articles, deadlocks between transactions
 * locking the same facts and people are expected, and each is resolved by running one of
 * them again. Write transactions here have no effects outside themselves, so a re-run is safe.
 */
import { DatabaseError, DatabaseUnavailableError } from '../db/errors';

const MAX_ATTEMPTS = 10;

/** An analyst's correction was committed while a batch was being written: plan it again. */
export class CorrectionsChanged extends Error {
  constructor() {
    super('corrections changed during the write');
    this.name = 'CorrectionsChanged';
  }
}

/** Retries so far in this process (the ingest benchmark reports them). */
let retries = 0;
export const retryCount = (): number => retries;

/**
 * Worth another attempt: a transient failure (deadlock, lock timeout), or a node deleted under
 * this transaction by a concurrent removal. Never an unavailable database: that is the
 * caller's to report (503) at once.
 */
export function retryable(err: unknown): boolean {
  if (err instanceof CorrectionsChanged) return true;
  if (!(err instanceof DatabaseError) || err instanceof DatabaseUnavailableError) return false;
  return err.code.startsWith('Neo.TransientError.Transaction.') || /EntityNotFound/.test(err.code);
}

export async function withRetries<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (attempt >= MAX_ATTEMPTS || !retryable(err)) throw err;
      retries += 1;
      // Random back-off, growing: the transactions that collided should not collide again.
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(1000, 25 * 2 ** attempt)));
    }
  }
}
