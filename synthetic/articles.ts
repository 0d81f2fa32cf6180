/**
 * Synthetic wire-style articles, shared by the ingest benchmark, the integration tests and
 * the NDJSON writer: invented people of real states, varied dates and wording; the same
 * invitations, visits and statements recur across articles so facts are corroborated. Each
 * article comes with the facts it states, so TemplateExtractor can stand in for extraction.
 */
import { articleFromInput } from '../src/article';
import type { Article, ArticleInput } from '../src/article/types';
import type { ArticleExtraction, Evidence, Extractor, ExtractedEvent, EventKind } from '../src/extract/types';
import { rng } from './random';

interface StateInfo {
  code: string;
  name: string;
  demonym: string;
  capital: string;
  /** Family name first (the names below are built in that order). */
  familyFirst?: boolean;
}

const STATES: StateInfo[] = [
  { code: 'RUS', name: 'Russia', demonym: 'Russian', capital: 'Moscow' },
  { code: 'CHN', name: 'China', demonym: 'Chinese', capital: 'Beijing', familyFirst: true },
  { code: 'KOR', name: 'South Korea', demonym: 'South Korean', capital: 'Seoul', familyFirst: true },
  { code: 'JPN', name: 'Japan', demonym: 'Japanese', capital: 'Tokyo' },
  { code: 'USA', name: 'the United States', demonym: 'American', capital: 'Washington' },
  { code: 'FRA', name: 'France', demonym: 'French', capital: 'Paris' },
  { code: 'DEU', name: 'Germany', demonym: 'German', capital: 'Berlin' },
  { code: 'GBR', name: 'Britain', demonym: 'British', capital: 'London' },
  { code: 'IND', name: 'India', demonym: 'Indian', capital: 'New Delhi' },
  { code: 'BRA', name: 'Brazil', demonym: 'Brazilian', capital: 'Brasilia' },
  { code: 'TUR', name: 'Turkey', demonym: 'Turkish', capital: 'Ankara' },
  { code: 'EGY', name: 'Egypt', demonym: 'Egyptian', capital: 'Cairo' },
  { code: 'ZAF', name: 'South Africa', demonym: 'South African', capital: 'Pretoria' },
  { code: 'MEX', name: 'Mexico', demonym: 'Mexican', capital: 'Mexico City' },
  { code: 'IDN', name: 'Indonesia', demonym: 'Indonesian', capital: 'Jakarta' },
  { code: 'VNM', name: 'Vietnam', demonym: 'Vietnamese', capital: 'Hanoi', familyFirst: true },
  { code: 'KAZ', name: 'Kazakhstan', demonym: 'Kazakh', capital: 'Astana' },
  { code: 'POL', name: 'Poland', demonym: 'Polish', capital: 'Warsaw' },
  { code: 'ITA', name: 'Italy', demonym: 'Italian', capital: 'Rome' },
  { code: 'ARG', name: 'Argentina', demonym: 'Argentine', capital: 'Buenos Aires' },
  { code: 'NGA', name: 'Nigeria', demonym: 'Nigerian', capital: 'Abuja' },
  { code: 'SAU', name: 'Saudi Arabia', demonym: 'Saudi', capital: 'Riyadh' },
  { code: 'MNG', name: 'Mongolia', demonym: 'Mongolian', capital: 'Ulaanbaatar' },
  { code: 'PRK', name: 'North Korea', demonym: 'North Korean', capital: 'Pyongyang', familyFirst: true },
];

const GIVEN = ['Anton', 'Maris', 'Teodor', 'Lena', 'Oskar', 'Ilona', 'Radek', 'Selma', 'Viktor', 'Amara', 'Tomas', 'Nadia', 'Emil', 'Zofia', 'Hugo', 'Mirela', 'Caspar', 'Ines', 'Darius', 'Yelena'];
const FAMILY = ['Varga', 'Kolrud', 'Meszaros', 'Tamberg', 'Ostrava', 'Delacroix', 'Brandt', 'Halloran', 'Castell', 'Morenko', 'Sandoval', 'Petrakis', 'Lindqvist', 'Okafor', 'Haddad', 'Novak', 'Ferreira', 'Kowal', 'Arslan', 'Duarte'];
const EA_FAMILY = ['Kang', 'Wen', 'Cho', 'Tran', 'Han', 'Lin', 'Seo', 'Pham', 'Gao', 'Yoon'];
const EA_GIVEN = ['Min-jun', 'Jianguo', 'Seo-yeon', 'Van Minh', 'Ji-ho', 'Haoran', 'Eun-ji', 'Thi Lan', 'Weiming', 'Sung-ho'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const AGENCIES = ['Yonhap', 'AFP', 'Reuters', 'AP', 'Xinhua', 'Kyodo'];
const EVENT_KINDS: Array<{ kind: EventKind; label: string }> = [
  { kind: 'ceremony', label: 'anniversary ceremony' },
  { kind: 'summit', label: 'regional summit' },
  { kind: 'forum', label: 'economic forum' },
  { kind: 'conference', label: 'security conference' },
  { kind: 'parade', label: 'military parade' },
];
const QUOTES = [
  'Our two countries share a long history of friendship and cooperation',
  'We hope the talks will contribute to stability in the region',
  'Such engagement is conducive to regional peace and stability',
  'We have no specifics to offer at this stage',
  'The visit marks a new chapter in our relations',
  'We urge all parties to exercise restraint and return to dialogue',
  'Trade between our countries has grown rapidly in recent years',
  'We will continue to support a peaceful settlement of the dispute',
];


interface Person {
  name: string;
  surname: string;
  state: StateInfo;
  role: string;
  leader: boolean;
}

interface Story {
  kind: 'invitation' | 'visit' | 'statement';
  a: Person;
  b: Person;
  event: { kind: EventKind; label: string; date: string; place: StateInfo } | null;
  /** Visit month (YYYY-MM) or statement date. */
  date: string;
  quote: string;
}

export interface GeneratedArticle {
  input: ArticleInput & { url: string; publishedAt: string };
  /** What the text says, as an extraction without its article (set once it is parsed). */
  facts: Omit<ArticleExtraction, 'article'>;
}

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** Distinct stories the articles draw from: fewer stories, more corroboration. */
  stories?: number;
  /** Added to every name and URL so that separate runs (and tests) do not share entities. */
  tag?: string;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const pad = (n: number) => String(n).padStart(2, '0');

function people(tag: string): Map<string, Person[]> {
  const out = new Map<string, Person[]>();
  STATES.forEach((state, i) => {
    const name = (k: number) => {
      if (state.familyFirst) {
        const family = `${EA_FAMILY[(i + k) % EA_FAMILY.length]}${tag}`;
        return { name: `${family} ${EA_GIVEN[(i * 3 + k) % EA_GIVEN.length]}`, surname: family };
      }
      const family = `${FAMILY[(i * 3 + k) % FAMILY.length]}${tag}`;
      return { name: `${GIVEN[(i * 7 + k) % GIVEN.length]} ${family}`, surname: family };
    };
    out.set(state.code, [
      { ...name(0), state, role: 'president', leader: true },
      { ...name(1), state, role: 'prime minister', leader: true },
      { ...name(2), state, role: 'foreign minister', leader: false },
    ]);
  });
  return out;
}

function stories(r: () => number, n: number, cast: Map<string, Person[]>): Story[] {
  const out: Story[] = [];
  for (let i = 0; i < n; i++) {
    const sa = pick(r, STATES);
    let sb = pick(r, STATES);
    while (sb === sa) sb = pick(r, STATES);
    const pa = cast.get(sa.code) as Person[];
    const pb = cast.get(sb.code) as Person[];
    const year = 2013 + Math.floor(r() * 4);
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const kind = pick(r, ['invitation', 'visit', 'statement'] as const);
    const ev = pick(r, EVENT_KINDS);
    out.push({
      kind,
      a: kind === 'statement' ? (pa[2] as Person) : (pick(r, pa.slice(0, 2)) as Person),
      b: pick(r, pb.slice(0, 2)) as Person,
      event: kind === 'invitation' ? { ...ev, date: `${year}-${pad(month)}-${pad(day)}`, place: sa } : null,
      date: kind === 'statement' ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`,
      quote: pick(r, QUOTES),
    });
  }
  return out;
}

const title = (p: Person) => `${p.state.demonym} ${p.role === 'president' ? 'President' : p.role === 'prime minister' ? 'Prime Minister' : 'Foreign Minister'}`;
const longDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return d === undefined ? `${MONTHS[(m ?? 1) - 1]} ${y}` : `${MONTHS[(m ?? 1) - 1]} ${d}, ${y}`;
};

/** One sentence per story, worded one of several ways. */
function sentence(r: () => number, s: Story, weekday: string): string {
  const A = `${title(s.a)} ${s.a.name}`;
  const B = `${title(s.b)} ${s.b.name}`;
  switch (s.kind) {
    case 'invitation': {
      const e = s.event as NonNullable<Story['event']>;
      return pick(r, [
        `${A} invited ${B} to attend the ${e.label} in ${e.place.capital} on ${longDate(e.date)}, officials said ${weekday}.`,
        `${B} was invited by ${A} to the ${e.label} in ${e.place.name} on ${longDate(e.date)}.`,
        `${A} has invited ${B} to the ${e.label} to be held in ${e.place.capital} on ${longDate(e.date)}.`,
      ]);
    }
    case 'visit':
      return pick(r, [
        `${A} paid a state visit to ${s.b.state.name} in ${longDate(s.date)}.`,
        `${A} visited ${s.b.state.capital} in ${longDate(s.date)} for talks with ${s.b.name}.`,
        `${A} travelled to ${s.b.state.name} in ${longDate(s.date)}, the first leg of a regional tour.`,
      ]);
    case 'statement':
      return pick(r, [
        `${A} said ${weekday} that “${s.quote},” referring to ${s.b.state.name}.`,
        `“${s.quote},” ${A} told reporters on ${weekday} when asked about ${s.b.state.name}.`,
      ]);
  }
}

export function generateArticles(opts: GenerateOptions): GeneratedArticle[] {
  const r = rng(opts.seed ?? 2015);
  const tag = opts.tag ?? '';
  const cast = people(tag);
  const pool = stories(r, opts.stories ?? Math.max(10, Math.floor(opts.count / 4)), cast);
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < opts.count; i++) {
    const chosen = [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, pool)))];
    const first = chosen[0] as Story;
    // Published in the month of the first story it reports (a visit or statement in that
    // month, an invitation to an occasion later that month).
    const publishedAt = `${first.date.slice(0, 7)}-${pad(1 + Math.floor(r() * 28))}`;
    const weekday = pick(r, WEEKDAYS);
    const agency = pick(r, AGENCIES);
    const city = first.a.state.capital.toUpperCase();
    const headline = `${first.a.state.name === 'the United States' ? 'U.S.' : first.a.state.name} and ${first.b.state.name} move to deepen ties (${i + 1})`;
    const sentences = chosen.map((s) => sentence(r, s, weekday));
    const background = pick(r, [
      'Analysts say the two governments have been seeking closer economic and diplomatic ties for several years.',
      'Relations between the countries have improved steadily since the end of a long trade dispute.',
      'Diplomats in the region said the move was widely expected after months of quiet negotiations.',
    ]);
    const body = `${city} (${agency}) — ${sentences.join(' ')}\n\n${background}\n\nThe report was issued as story number ${i + 1} of the day.`;
    const text = `${headline}\n\n${longDate(publishedAt)}\n\n${body}`;
    out.push({
      input: { url: `https://bench.diplograph.test/${tag || 'run'}/${opts.seed ?? 2015}/${i + 1}`, title: headline, source: agency, publishedAt, text },
      facts: extractionOf(chosen, sentences, text),
    });
  }
  return out;
}

function span(text: string, s: string): Evidence {
  const start = text.indexOf(s);
  return { text: s, start, end: start + s.length };
}

function extractionOf(chosen: Story[], sentences: string[], text: string): Omit<ArticleExtraction, 'article'> {
  const x: Omit<ArticleExtraction, 'article'> = { skipped: null, states: [], people: [], events: [], invitations: [], visits: [], statements: [], warnings: [] };
  const addState = (s: StateInfo) => {
    if (!x.states.some((t) => t.code === s.code)) x.states.push({ code: s.code, name: s.name.replace(/^the /, ''), mentions: [s.name, s.demonym] });
  };
  const addPerson = (p: Person) => {
    addState(p.state);
    if (!x.people.some((q) => q.name === p.name)) x.people.push({ name: p.name, aliases: [p.surname], state: p.state.code, role: p.role, leader: p.leader });
  };
  chosen.forEach((s, i) => {
    const evidence = [span(text, sentences[i] as string)];
    const ref = (p: Person) => ({ kind: 'person' as const, name: p.name, state: p.state.code });
    addPerson(s.a);
    if (s.kind !== 'statement') addPerson(s.b);
    else addState(s.b.state);
    if (s.kind === 'invitation' && s.event) {
      addState(s.event.place);
      const key = `${s.event.kind}|${s.event.date}|${s.event.place.code}`;
      const event: ExtractedEvent = { key, kind: s.event.kind, name: s.event.label, date: s.event.date, place: s.event.place.code };
      if (!x.events.some((e) => e.key === key)) x.events.push(event);
      x.invitations.push({ inviter: ref(s.a), invitee: ref(s.b), event: key, status: 'pending', negated: false, date: null, evidence });
    } else if (s.kind === 'visit') {
      x.visits.push({ visitor: ref(s.a), destination: { kind: 'state', code: s.b.state.code }, event: null, status: 'occurred', negated: false, date: s.date, evidence });
    } else {
      x.statements.push({ speaker: ref(s.a), date: s.date, quote: s.quote, about: [{ kind: 'state', code: s.b.state.code }], event: null, evidence });
    }
  });
  return x;
}

/**
 * An extractor that knows the generated articles' facts: it measures the write path without
 * the cost (or the misses) of the rule-based extractor. Offsets are re-found in the parsed text.
 */
export class TemplateExtractor implements Extractor {
  readonly name = 'template';
  readonly version = '1';
  private readonly byUrl: Map<string, GeneratedArticle>;

  constructor(articles: readonly GeneratedArticle[]) {
    this.byUrl = new Map(articles.map((a) => [a.input.url, a]));
  }

  async extract(article: Article): Promise<ArticleExtraction> {
    const known = article.url === null ? undefined : this.byUrl.get(article.url);
    if (known === undefined) throw new Error(`not a generated article: ${article.id}`);
    const reSpan = (e: Evidence): Evidence => span(article.text, e.text);
    const f = known.facts;
    return {
      article,
      ...f,
      invitations: f.invitations.map((v) => ({ ...v, evidence: v.evidence.map(reSpan) })),
      visits: f.visits.map((v) => ({ ...v, evidence: v.evidence.map(reSpan) })),
      statements: f.statements.map((v) => ({ ...v, evidence: v.evidence.map(reSpan) })),
    };
  }
}

/** The parsed article a generated input becomes (what ingest sees). */
export function parsedArticle(a: GeneratedArticle): Article {
  return articleFromInput(a.input);
}
