/**
 * Opaque keyset cursors: base64url of a small JSON array ([sort key, id] for facts, [key]
 * for listings). Keyset rather than offset so that a page costs the same wherever it is.
 */
import { badInput } from './errors';

export function encodeCursor(parts: string[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, size: number): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('Invalid cursor: pass back an endCursor this API returned.');
  }
  if (!Array.isArray(parsed) || parsed.length !== size || !parsed.every((p) => typeof p === 'string')) {
    throw badInput('Invalid cursor: pass back an endCursor this API returned.');
  }
  return parsed as string[];
}
