/** The API key check for mutations: constant-time, and off (refusing) when no key is set. */
import { createHash, timingSafeEqual } from 'node:crypto';

export type KeyCheck = 'ok' | 'disabled' | 'missing' | 'wrong';

/**
 * `configured` is one key or several, comma-separated (several during a rotation). Every
 * key is compared, with no early exit, so the time taken says nothing about which matched.
 */
export function checkApiKey(configured: string | null | undefined, presented: string | null | undefined): KeyCheck {
  const keys = (configured ?? '').split(',').map((k) => k.trim()).filter((k) => k !== '');
  if (keys.length === 0) return 'disabled';
  if (!presented) return 'missing';
  // Hash both sides first: timingSafeEqual needs equal lengths, and comparing digests
  // leaks neither the key's content nor its length through timing.
  const b = createHash('sha256').update(presented, 'utf8').digest();
  let ok = false;
  for (const key of keys) {
    const a = createHash('sha256').update(key, 'utf8').digest();
    ok = timingSafeEqual(a, b) || ok;
  }
  return ok ? 'ok' : 'wrong';
}
