import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { parseArticle, articleFromInput, detectFormat, articleId } from '../../../src/article';

const BODY =
  'SEOUL (Yonhap) — South Korean President Park Geun-hye will visit Beijing next month for talks with Chinese President Xi Jinping, ' +
  'her office said on Monday, in a trip officials described as a chance to deepen economic ties.\n\n' +
  'Presidential spokesman Min Kyung-wook told reporters that the two leaders would discuss North Korea and trade.';

const WIRE = `Park to visit Beijing for talks with Xi\n\nAugust 3, 2015\nPark Geun-hye, right, and Xi Jinping. (file photo)\n\n${BODY}\n`;

describe('parseArticle: plain text in the wire layout', () => {
  const a = parseArticle(WIRE, { filename: 'story.txt' });

  it('takes the headline, the date line and the dateline', () => {
    expect(a.title).toBe('Park to visit Beijing for talks with Xi');
    expect(a.publishedAt).toBe('2015-08-03');
    expect(a.dateline).toEqual({ city: 'Seoul', agency: 'Yonhap' });
    expect(a.source).toBe('Yonhap');
    expect(a.url).toBeNull();
  });

  it('keeps the whole text, unreflowed, so offsets point into it', () => {
    expect(a.text).toBe(WIRE);
    const i = a.text.indexOf('Min Kyung-wook');
    expect(a.text.slice(i, i + 14)).toBe('Min Kyung-wook');
  });

  it('gives a content id when there is neither id nor url', () => {
    expect(a.id).toBe(`sha256:${createHash('sha256').update(WIRE).digest('hex')}`);
  });

  it('reads the seed article', () => {
    const seed = readFileSync(join(__dirname, '../../../seeds/yonhap-2015-01-22-kim-russia-visit.txt'));
    const s = parseArticle(seed, { filename: 'yonhap-2015-01-22-kim-russia-visit.txt' });
    expect(s.title).toBe('China says Kim’s possible visit to Russia ‘conducive to peace’');
    expect(s.publishedAt).toBe('2015-01-22');
    expect(s.dateline).toEqual({ city: 'Beijing', agency: 'Yonhap' });
    expect(s.text.startsWith('China says Kim’s')).toBe(true);
  });
});

describe('parseArticle: normalisation that keeps offsets meaningful', () => {
  it('turns CRLF and CR into LF and strips a byte-order mark', () => {
    const a = parseArticle(Buffer.from(`\uFEFF${WIRE.replace(/\n/g, '\r\n')}`, 'utf8'), { filename: 'a.txt' });
    expect(a.text).toBe(WIRE);
  });

  it('composes accents to NFC', () => {
    const decomposed = 'Erdog\u0306an' + ' met Turkish officials in Ankara on Tuesday, where he said that the talks had gone well for both sides.';
    const a = parseArticle(decomposed);
    expect(a.text.startsWith('Erdoğan')).toBe(true);
    expect(a.text).toBe(decomposed.normalize('NFC'));
  });
});

describe('publication date: field, else date line, else dateline', () => {
  it('prefers the field over the date line', () => {
    const a = articleFromInput({ text: WIRE, publishedAt: '2015-08-04T09:00:00+09:00' });
    expect(a.publishedAt).toBe('2015-08-04');
  });

  it('reads a written-out field date', () => {
    expect(articleFromInput({ text: BODY, publishedAt: 'August 4, 2015' }).publishedAt).toBe('2015-08-04');
  });

  it('falls back to the dateline date when there is no date line', () => {
    const text = 'Kim arrives in Vladivostok\n\nVLADIVOSTOK, April 24, 2019 (Wire) -- North Korean leader Kim Jong-un arrived in Vladivostok on Wednesday for his first summit with Russian President Vladimir Putin.';
    const a = parseArticle(text);
    expect(a.publishedAt).toBe('2019-04-24');
    expect(a.dateline).toEqual({ city: 'Vladivostok', agency: 'Wire' });
  });

  it.each([
    ['27/12/2019', '2019-12-27'],
    ['Fri, 27 Dec 2019 08:00:00 GMT', '2019-12-27'],
    ['20191227', '2019-12-27'],
    ['2019', '2019'],
    ['2019-12', '2019-12'],
    ['December 2019', '2019-12'],
  ])('reads the field form %s', (value, expected) => {
    expect(articleFromInput({ text: BODY, publishedAt: value }).publishedAt).toBe(expected);
  });

  it('reads epoch seconds and milliseconds', () => {
    expect(articleFromInput({ text: BODY, publishedAt: 1577404800 }).publishedAt).toBe('2019-12-27');
    expect(articleFromInput({ text: BODY, publishedAt: 1577404800000 }).publishedAt).toBe('2019-12-27');
  });

  it('is null when nothing dates the article', () => {
    expect(parseArticle(BODY).publishedAt).toBeNull();
  });

  it('does not take a date inside a headline for a date line', () => {
    const text = `Putin to visit Pyongyang on June 18, 2024\n\n${BODY}`;
    expect(parseArticle(text).publishedAt).toBeNull();
  });
});

describe('datelines', () => {
  const cases: Array<[string, { city: string; agency: string | null }]> = [
    ['BEIJING (Yonhap) —', { city: 'Beijing', agency: 'Yonhap' }],
    ['BEIJING, May 12 (Xinhua) --', { city: 'Beijing', agency: 'Xinhua' }],
    ['JANAKPUR:', { city: 'Janakpur', agency: null }],
    ['PYONGYANG -', { city: 'Pyongyang', agency: null }],
    ['NEW DELHI, India, March 3', { city: 'New Delhi', agency: null }],
    ['ST. PETERSBURG, Russia —', { city: 'St. Petersburg', agency: null }],
  ];
  it.each(cases)('%s', (opening, expected) => {
    const text = `Headline for the test\n\n${opening} The foreign minister said on Tuesday that the two countries had agreed to hold talks next month.`;
    expect(parseArticle(text).dateline).toEqual(expected);
  });

  it('does not take an agency kicker in a headline for a city', () => {
    const text = `KCNA: Kim accepts invitation to visit Moscow\n\n${BODY}`;
    expect(parseArticle(text).dateline).toEqual({ city: 'Seoul', agency: 'Yonhap' });
  });

  it('keeps the date from an agency credit', () => {
    const text = 'MINSK (Wire News / Agency - 14th March, 2021) Belarusian President Alexander Lukashenko said on Sunday he would travel to Moscow.';
    const a = parseArticle(text);
    expect(a.dateline).toEqual({ city: 'Minsk', agency: 'Wire News / Agency' });
    expect(a.publishedAt).toBe('2021-03-14');
  });
});

describe('parseArticle: JSON', () => {
  it('takes every field and normalises the date', () => {
    const a = parseArticle(
      JSON.stringify({ id: 'art-1', url: 'https://example.org/1', title: ' Park  to visit ', publishedAt: '2015-08-03', source: 'Yonhap', text: BODY }),
      { filename: 'a.json' },
    );
    expect(a).toEqual({
      id: 'art-1',
      url: 'https://example.org/1',
      title: 'Park to visit',
      source: 'Yonhap',
      publishedAt: '2015-08-03',
      dateline: { city: 'Seoul', agency: 'Yonhap' },
      text: BODY,
    });
  });

  it('ignores unknown fields', () => {
    expect(articleFromInput({ text: BODY, states: ['KOR'] }).text).toBe(BODY);
  });

  it('reads the title from the text when the record has none', () => {
    expect(articleFromInput({ text: WIRE }).title).toBe('Park to visit Beijing for talks with Xi');
  });
});

describe('article id', () => {
  it('is the given id, else the url, else a content hash', () => {
    expect(articleFromInput({ id: 'given', url: 'https://example.org/x', text: BODY }).id).toBe('given');
    expect(articleFromInput({ url: 'https://example.org/x', text: BODY }).id).toBe('https://example.org/x');
    expect(articleFromInput({ id: '  ', url: null, text: BODY }).id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(articleId(null, null, 'x')).toBe(articleId(undefined, '', 'x'));
    expect(articleId(null, null, 'x')).not.toBe(articleId(null, null, 'y'));
  });

  it('hashes the normalised text, so CRLF and LF copies share an id', () => {
    expect(parseArticle(WIRE.replace(/\n/g, '\r\n')).id).toBe(parseArticle(WIRE).id);
  });
});

describe('parseArticle: HTML', () => {
  const page = `<!doctype html><html><head><title>Moscow invites Kim | World</title>
<meta property="article:published_time" content="2015-01-21T18:30:00+03:00">
<meta property="og:site_name" content="Example Wire"><link rel="canonical" href="https://example.org/moscow-invites-kim">
<script>document.write("<p>not article text</p>")</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Moscow invites Kim to Victory Day</h1>
<p>MOSCOW (Example Wire) — Russian President Vladimir Putin has invited North Korean leader <b>Kim Jong-un</b> to attend the ceremony marking the 70th anniversary of victory in World War II, the Kremlin said on Wednesday.</p>
<p>Foreign Minister Sergei Lavrov told reporters that Pyongyang had sent a positive signal, although no final reply had been received and the details of the trip were still being discussed.</p>
<p>South Korean President Park Geun-hye has also been invited; her office said on Thursday that no decision had been made.</p>
</article><footer>© Example Wire. All rights reserved.</footer></body></html>`;
  const a = parseArticle(page, { filename: 'page.html' });

  it('takes the main text, one paragraph a line, without scripts or navigation', () => {
    expect(a.text.startsWith('Moscow invites Kim to Victory Day\n\nMOSCOW (Example Wire) — Russian President')).toBe(true);
    expect(a.text).toContain('leader Kim Jong-un to attend');
    expect(a.text).toContain('being discussed.\n\nSouth Korean President');
    expect(a.text).not.toContain('not article text');
    expect(a.text).not.toContain('Sport');
  });

  it('takes title, url, site and published time from the head', () => {
    expect(a.title).toBe('Moscow invites Kim to Victory Day');
    expect(a.url).toBe('https://example.org/moscow-invites-kim');
    expect(a.id).toBe('https://example.org/moscow-invites-kim');
    expect(a.source).toBe('Example Wire');
    expect(a.publishedAt).toBe('2015-01-21');
    expect(a.dateline).toEqual({ city: 'Moscow', agency: 'Example Wire' });
  });

  it('reads a <time datetime> when there is no meta date', () => {
    const b = parseArticle(
      '<html><body><article><h1>Abe to visit Tehran</h1><time datetime="2019-06-10">June 10</time><p>Japanese Prime Minister Shinzo Abe will visit Iran this week, the first such trip by a Japanese leader in four decades, officials in Tokyo said on Monday.</p></article></body></html>',
    );
    expect(b.publishedAt).toBe('2019-06-10');
    expect(b.title).toBe('Abe to visit Tehran');
  });

  it('reads a page too large for Readability by walking its body', () => {
    const cells = '<span>cell</span>'.repeat(21000);
    const big = parseArticle(
      `<html><head><title>Summit table</title></head><body><p>The summit ended on Friday with a joint statement on trade and security, officials said.</p><div>${cells}</div></body></html>`,
    );
    expect(big.title).toBe('Summit table');
    expect(big.text.startsWith('Summit table\n\nThe summit ended on Friday')).toBe(true);
    expect(big.text).toContain('cellcell');
  });

  it('reads a bare fragment', () => {
    const c = parseArticle('<p>The foreign minister said on Tuesday that the talks had been useful.</p><p>He will travel to Paris next week.</p>', {
      contentType: 'text/html',
    });
    expect(c.text).toBe('The foreign minister said on Tuesday that the talks had been useful.\n\nHe will travel to Paris next week.');
  });
});

describe('detectFormat', () => {
  it.each([
    ['{"text":"x"}', {}, 'json'],
    ['<!doctype html><p>x</p>', {}, 'html'],
    ['<html><body>x</body></html>', {}, 'html'],
    ['Headline\n\nBody', {}, 'text'],
    ['{ not json', { filename: 'a.txt' }, 'text'],
    ['Body', { contentType: 'application/json; charset=utf-8' }, 'json'],
    ['Body', { filename: 'A.HTM' }, 'html'],
  ] as const)('%s %j → %s', (raw, hint, format) => {
    expect(detectFormat(raw, hint)).toBe(format);
  });
});

describe('datelines in capitals beyond ASCII', () => {
  it.each([
    ['BRASÍLIA — Some 17 heads of state have confirmed they will travel to the capital for the inauguration, officials said.', 'Brasília'],
    ['HÀ NỘI — The Philippine president arrived in the capital on Monday afternoon for a two-day state visit, officials said.', 'Hà Nội'],
  ])('%s', (text, city) => {
    const a = parseArticle(`Headline\n\n${text}\n`, { filename: 'story.txt' });
    expect(a.dateline).toEqual({ city, agency: null });
  });
});

describe('datelines in title case, with a date and a credit or an agency and a dash', () => {
  const body = ' The foreign minister said on Tuesday that the two countries had agreed to hold talks next month.';
  const cases: Array<[string, { city: string; agency: string | null } | null]> = [
    ['New Delhi, Feb 5 (PTI)', { city: 'New Delhi', agency: 'PTI' }],
    ['Havana, Dec 13 (Prensa Latina)', { city: 'Havana', agency: 'Prensa Latina' }],
    ['Bogota (AFP) -', { city: 'Bogota', agency: 'AFP' }],
    // a capitalised phrase with a bracket is not a dateline unless an agency is named
    ['President Novak (pictured) -', null],
    ['The Kremlin, May 5 (left)', null],
  ];
  it.each(cases)('%s', (opening, expected) => {
    expect(parseArticle(`${opening}${body}`).dateline).toEqual(expected);
  });
});
