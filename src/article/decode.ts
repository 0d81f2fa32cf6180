/**
 * Raw bytes (or a string) to checked text. Cheap checks come first and the size check comes
 * before anything that reads the whole input, so a 10 MB upload is refused in microseconds.
 */
import { ArticleError } from './errors';

/** 5 MB: far above any news article (the longest wires are ~30 KB), well below memory trouble. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const MAGIC: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['gzip', [0x1f, 0x8b]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
];

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

export function checkSize(size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new ArticleError('TOO_LARGE', `input is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one article`);
  }
}

/** A share of control characters no text file has; NUL alone is enough. */
function looksBinary(sample: ArrayLike<number>): boolean {
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample[i]!;
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

/** C0 controls other than tab, line feed, form feed and carriage return. */
const CONTROL = /[\x01-\x08\x0B\x0E-\x1F]/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes → text: size, emptiness, binary content and UTF-8 validity, in that order. */
export function decodeBytes(buf: Uint8Array, maxBytes: number): string {
  checkSize(buf.length, maxBytes);
  if (buf.length === 0) throw new ArticleError('EMPTY', 'input is empty');
  for (const [kind, sig] of MAGIC) {
    if (startsWith(buf, sig)) throw new ArticleError('BINARY', `input is a ${kind} file, not text`);
  }
  // UTF-16 with a byte-order mark is text, however many NULs it holds.
  if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) {
    const le = buf[0] === 0xff;
    try {
      return new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(buf);
    } catch {
      throw new ArticleError('INVALID_UTF8', 'input starts with a UTF-16 byte-order mark but is not valid UTF-16');
    }
  }
  if (looksBinary(buf.subarray(0, 8192))) throw new ArticleError('BINARY', 'input looks binary (control bytes), not text');
  try {
    return fatalUtf8.decode(buf);
  } catch {
    throw new ArticleError('INVALID_UTF8', 'input is not valid UTF-8 (re-encode it as UTF-8; Latin-1 and Windows-1252 are not accepted)');
  }
}

/** Strings were decoded already; they can still be too large, binary-looking or hold lone surrogates. */
export function checkString(s: string, maxBytes: number): string {
  // Every character is at least one byte: a string longer than the limit is over it, without counting.
  if (s.length > maxBytes) checkSize(s.length, maxBytes);
  checkSize(Buffer.byteLength(s, 'utf8'), maxBytes);
  if (s.length === 0) throw new ArticleError('EMPTY', 'input is empty');
  const sample = s.length > 8192 ? s.slice(0, 8192) : s;
  if (sample.includes('\0') || (sample.match(CONTROL) ?? []).length / sample.length > 0.05) {
    throw new ArticleError('BINARY', 'input looks binary (control characters), not text');
  }
  if (LONE_SURROGATE.test(s)) throw new ArticleError('INVALID_UTF8', 'input holds unpaired UTF-16 surrogates and cannot be encoded as UTF-8');
  return s;
}
