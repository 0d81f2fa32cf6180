/** The API key check for mutations: constant-time, and off (refusing) when no key is set. */
import { createHash, timingSafeEqual } from 'node:crypto';

export type KeyCheck = 'ok' | 'disabled' | 'missing' | 'wrong';

export function checkApiKey(configured: string | null | undefined, presented: string | null | undefined): KeyCheck {
  if (!configured) return 'disabled';
  if (!presented) return 'missing';
  // Hash both sides first: timingSafeEqual needs equal lengths, and comparing digests
  // leaks neither the key's content nor its length through timing.
  const a = createHash('sha256').update(configured, 'utf8').digest();
  const b = createHash('sha256').update(presented, 'utf8').digest();
  return timingSafeEqual(a, b) ? 'ok' : 'wrong';
}
