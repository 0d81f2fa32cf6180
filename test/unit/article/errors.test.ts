import { parseArticle, articleFromInput, ArticleError, type ArticleErrorCode } from '../../../src/article';

const ENGLISH =
  'WASHINGTON (Wire) — The United States invited Japan and South Korea to a trilateral summit at Camp David, the White House said on Friday, ' +
  'and both governments were expected to accept.';

function errorOf(f: () => unknown): ArticleError {
  try {
    f();
  } catch (e) {
    if (e instanceof ArticleError) return e;
    throw new Error(`expected an ArticleError, got ${String(e)}`);
  }
  throw new Error('expected an ArticleError, got a result');
}

describe('bad input gets an ArticleError with a code', () => {
  const cases: Array<[string, () => unknown, ArticleErrorCode]> = [
    ['empty buffer', () => parseArticle(Buffer.alloc(0)), 'EMPTY'],
    ['empty string', () => parseArticle(''), 'EMPTY'],
    ['whitespace only', () => parseArticle(' \n\t\r\n  '), 'EMPTY'],
    ['JSON with blank text', () => parseArticle('{"id":"a","text":"   "}'), 'EMPTY'],
    ['an HTML page without text', () => parseArticle('<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>'), 'EMPTY'],
    ['NUL bytes', () => parseArticle(Buffer.from([0x48, 0x69, 0x00, 0x00, 0x01, 0x02])), 'BINARY'],
    ['a PDF', () => parseArticle(Buffer.from('%PDF-1.7\nsome text that follows the header')), 'BINARY'],
    ['gzip', () => parseArticle(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x41, 0x42])), 'BINARY'],
    ['invalid UTF-8', () => parseArticle(Buffer.concat([Buffer.from(ENGLISH), Buffer.from([0xc3, 0x28, 0xff])])), 'INVALID_UTF8'],
    ['Latin-1 text', () => parseArticle(Buffer.from('Erdo\xf0an said on Tuesday that the visit would go ahead as planned.', 'latin1')), 'INVALID_UTF8'],
    ['a lone surrogate', () => parseArticle(`${ENGLISH} \uD800`), 'INVALID_UTF8'],
    ['broken JSON', () => parseArticle('{"text": "abc"', { filename: 'a.json' }), 'INVALID_JSON'],
    ['a JSON array', () => parseArticle('[{"text":"abc"}]', { filename: 'a.json' }), 'INVALID_JSON'],
    ['JSON without text', () => parseArticle('{"id":"a"}'), 'INVALID_FIELD'],
    ['JSON with a numeric text', () => parseArticle('{"text": 42}'), 'INVALID_FIELD'],
    ['JSON with an unreadable date', () => parseArticle(JSON.stringify({ text: ENGLISH, publishedAt: 'soon' })), 'INVALID_FIELD'],
    ['JSON with an impossible date', () => parseArticle(JSON.stringify({ text: ENGLISH, publishedAt: '2015-02-30' })), 'INVALID_FIELD'],
    ['JSON with a non-string title', () => articleFromInput({ text: ENGLISH, title: ['a'] }), 'INVALID_FIELD'],
  ];
  it.each(cases)('%s', (_name, f, code) => {
    const e = errorOf(f);
    expect(e.code).toBe(code);
    expect(e.message.length).toBeGreaterThan(5);
  });

  it('names the field at fault', () => {
    const e = errorOf(() => parseArticle('{"id":"a"}'));
    expect(e.field).toBe('text');
    expect(e.message).toContain('"text"');
    const f = errorOf(() => articleFromInput({ text: ENGLISH, url: 7 }));
    expect(f.field).toBe('url');
    expect(f.toJSON()).toEqual({ code: 'INVALID_FIELD', message: f.message, field: 'url' });
  });

  it('refuses 10 MB before reading it, as bytes and as a string', () => {
    const big = Buffer.alloc(10 * 1024 * 1024, 0x61);
    const e = errorOf(() => parseArticle(big));
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toContain('10.0 MB');
    expect(errorOf(() => parseArticle(big.toString('latin1'))).code).toBe('TOO_LARGE');
  });

  it('takes the size limit as an option', () => {
    expect(errorOf(() => parseArticle(ENGLISH, {}, { maxBytes: 100 })).code).toBe('TOO_LARGE');
    expect(parseArticle(ENGLISH, {}, { maxBytes: 1000 }).text).toBe(ENGLISH);
    // Bytes, not characters: 60 three-byte characters are 180 bytes.
    expect(errorOf(() => parseArticle('中'.repeat(60), {}, { maxBytes: 100 })).code).toBe('TOO_LARGE');
  });

  it('accepts UTF-16 with a byte-order mark', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ENGLISH, 'utf16le')]);
    expect(parseArticle(utf16).text).toBe(ENGLISH);
  });
});
