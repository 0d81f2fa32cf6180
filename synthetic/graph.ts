/**
 * A synthetic diplograph graph in the exact shape of docs/graph-model.md (states, people with
 * REPRESENTS, events, articles, INVITED/VISITED/STATED facts with evidence, sourceCount /
 * firstReported / lastReported, MENTIONS), built in memory and written directly with the
 * synthetic/cypher statements, not through the extractor: the API benchmark's 100k-article
 * graph takes minutes. Evidence rows are the production planner's (evidenceRow), so removing
 * an article from this graph takes the path it takes in production.
 *
 * Activity is skewed like the news: a few states and leaders (RUS, PRK, CHN, KOR, USA; Putin,
 * Kim Jong Un…) appear in far more facts than the rest, so the benchmark sees hubs. Some facts
 * are reported by several articles (corroboration). Generation is deterministic (seed).
 */
import countries from 'world-countries';
import { articleReport, evidenceRow, groupReport } from '../src/graph/plan';
import { factGroupKey, reconcileGroup, type GroupReport } from '../src/resolve/fact-groups';
import { personKey } from '../src/resolve/names';
import { rng as seededRandom } from './random';

const INGESTED_AT = '2026-01-01T00:00:00Z';

const STATUS_INV = ['accepted', 'declined', 'pending', 'pending', 'unknown', 'withdrawn'];
const STATUS_VIS = ['occurred', 'occurred', 'planned', 'possible', 'cancelled', 'postponed', 'ongoing'];
const ROLES = ['foreign minister', 'defence minister', 'ambassador', 'spokesperson', 'prime minister', 'envoy', 'trade minister'];
const EVENT_KINDS = ['ceremony', 'parade', 'summit', 'talks', 'meeting', 'conference', 'forum', 'celebration'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sa', 'to', 'vik', 'an', 'dre', 'li', 'ng', 'zhu', 'pa', 'ri', 'ol', 'ga', 'mun', 'es', 'ta', 'yu', 'bo', 'in', 'ke', 'ra'];
const HUB_STATES = ['RUS', 'PRK', 'CHN', 'KOR', 'USA', 'JPN'];
const HUB_PEOPLE: [string, string, string, boolean][] = [
  ['Vladimir Putin', 'RUS', 'president', true],
  ['Sergei Lavrov', 'RUS', 'foreign minister', false],
  ['Kim Jong Un', 'PRK', 'leader', true],
  ['Xi Jinping', 'CHN', 'president', true],
  ['Hua Chunying', 'CHN', 'foreign ministry spokeswoman', false],
  ['Park Geun Hye', 'KOR', 'president', true],
  ['Joe Biden', 'USA', 'president', true],
  ['Fumio Kishida', 'JPN', 'prime minister', true],
];

/** Seeded helpers over the shared PRNG. */
function rng(seed: number) {
  const next = seededRandom(seed);
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T,
    /** Index in [0, n) skewed towards 0 (roughly Zipf-like). */
    skewed: (n: number) => Math.min(n - 1, Math.floor(n * Math.pow(next(), 2.2))),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

interface Fact {
  type: 'INVITED' | 'VISITED' | 'STATED';
  from: string;
  to: string;
  props: Record<string, unknown>;
  reports: Report[];
}

interface Report {
  articleId: string;
  publishedAt: string;
  start: number;
  text: string;
  attrs: Record<string, unknown>;
  /** The article's reading key, which names its evidence (an invitation's or visit's; a statement's is its fact id). */
  reading: string;
}

/** The Evidence row of a report, as the writer builds it, supporting the fact given. */
export function reportEvidence(f: Pick<Fact, 'type' | 'from' | 'to'>, factId: string, rep: Report) {
  const group = f.type === 'STATED' ? null : { key: factGroupKey(f.type, f.from, f.to), type: f.type, from: f.from, to: f.to };
  const row = evidenceRow(articleReport(rep.articleId, rep.publishedAt, INGESTED_AT), { type: f.type, id: rep.reading, attrs: rep.attrs, group }, { text: rep.text, start: rep.start, end: rep.start + rep.text.length });
  return { ...row, factId };
}

/**
 * Invitations and visits as the writer leaves them: every report of a group (inviter and
 * invitee, visitor and destination) clustered into facts by resolve/fact-groups.
 */
function clusterGroups(readings: readonly Fact[]): Fact[] {
  const groups = new Map<string, { type: 'INVITED' | 'VISITED'; from: string; to: string; reports: Map<string, Report> }>();
  for (const f of readings) {
    if (f.type === 'STATED') continue;
    const key = factGroupKey(f.type, f.from, f.to);
    const g = groups.get(key) ?? { type: f.type, from: f.from, to: f.to, reports: new Map<string, Report>() };
    for (const rep of f.reports) g.reports.set(String(reportEvidence(f, '', rep).id), rep);
    groups.set(key, g);
  }
  const out: Fact[] = [];
  for (const [key, g] of groups) {
    const reports: GroupReport[] = [...g.reports.values()].map((rep) => groupReport(reportEvidence(g, '', rep)));
    const outcome = reconcileGroup({ key, type: g.type, from: g.from, to: g.to }, reports);
    for (const fact of outcome.facts) {
      const members = [...g.reports.entries()].filter(([id]) => outcome.factOf.get(id) === fact.id).map(([, rep]) => rep);
      out.push({ type: g.type, from: g.from, to: g.to, props: { id: fact.id, ...fact.props }, reports: members });
    }
  }
  return out;
}

export interface GraphOptions {
  /** Added to every key (state codes, names, ids), so that a test's graph shares nothing with others. */
  tag?: string;
  /** People besides the hubs' (default 5000 in all). */
  people?: number;
}

export type GeneratedGraph = ReturnType<typeof generate>;

export function generate(articles: number, seed: number, options: GraphOptions = {}) {
  const r = rng(seed);
  const tag = options.tag ?? '';
  const all = countries.filter((c) => c.cca3 !== 'ATA');
  const states = all.map((c) => ({ code: `${c.cca3}${tag}`, name: `${c.name.common}${tag}`, aliases: [c.name.official, ...(c.capital ?? [])], bloc: false }));
  // Hubs first so the skewed picks land on them.
  states.sort((a, b) => {
    const ia = HUB_STATES.indexOf(a.code.slice(0, 3));
    const ib = HUB_STATES.indexOf(b.code.slice(0, 3));
    return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
  });

  const people: { id: string; name: string; state: string; role: string; leader: boolean }[] = HUB_PEOPLE.map(([hub, state, role, leader]) => ({
    id: personKey(`${hub}${tag}`),
    name: `${hub}${tag}`,
    state: `${state}${tag}`,
    role,
    leader,
  }));
  const seen = new Set(people.map((p) => p.id));
  const target = options.people ?? 5000;
  for (let i = 0; people.length < target; i++) {
    const word = () => {
      const w = Array.from({ length: 2 + r.int(2) }, () => r.pick(SYLLABLES)).join('');
      return w[0]!.toUpperCase() + w.slice(1);
    };
    const name = `${word()} ${word()}${tag}`;
    const id = personKey(name);
    if (seen.has(id)) continue;
    seen.add(id);
    const state = states[r.skewed(states.length)]!.code;
    people.push({ id, name, state, role: r.pick(ROLES), leader: r.next() < 0.04 });
  }

  const events: { id: string; kind: string; name: string; date: string; place: string }[] = [];
  const eventCount = Math.max(10, Math.floor(articles / 25));
  for (let i = 0; i < eventCount; i++) {
    const kind = r.pick(EVENT_KINDS);
    const date = `${2000 + r.int(25)}-${pad(1 + r.int(12))}-${pad(1 + r.int(28))}`;
    const place = states[r.skewed(states.length)]!.code;
    const id = `event:${kind}|${date}|${place}`;
    if (events.some((e) => e.id === id)) continue;
    events.push({ id, kind, name: `${kind} in ${place} ${date}`, date, place });
  }

  const facts = new Map<string, Fact>();
  const factList: Fact[] = [];
  const articleRows: Record<string, unknown>[] = [];
  const mentions: { articleId: string; key: string }[] = [];
  const actor = () => (r.next() < 0.35 ? states[r.skewed(states.length)]!.code : people[r.skewed(people.length)]!.id);

  for (let a = 0; a < articles; a++) {
    const articleId = `https://bench.diplograph.test/${tag === '' ? '' : `${tag}/`}article/${a}`;
    const year = 2000 + r.int(25);
    const publishedAt = `${year}-${pad(1 + r.int(12))}-${pad(1 + r.int(28))}`;
    articleRows.push({
      id: articleId,
      url: articleId,
      title: `Synthetic report ${a}`,
      source: r.pick(['Yonhap', 'TASS', 'Xinhua', 'Kyodo', 'AP']),
      publishedAt,
      contentHash: `bench-${a}`,
      ingestedAt: INGESTED_AT,
      extractor: 'bench@1',
    });
    const n = 2 + r.int(3);
    const keys = new Set<string>();
    for (let k = 0; k < n; k++) {
      let fact: Fact;
      if (factList.length > 100 && r.next() < 0.3) {
        // Corroboration: another article reporting a known fact.
        fact = factList[factList.length - 1 - r.skewed(Math.min(factList.length, 5000))]!;
      } else {
        const roll = r.next();
        const from = actor();
        let to = roll < 0.66 ? actor() : states[r.skewed(states.length)]!.code;
        // A visit's destination is a state (docs/graph-model.md); a person drawn here is
        // replaced, or the API meets a Visit whose destination has no code.
        if (roll >= 0.33 && roll < 0.66 && to.startsWith('person:')) to = states[r.skewed(states.length)]!.code;
        if (to === from) to = states[(states.findIndex((s) => s.code === from) + 1) % states.length]!.code;
        const ev = r.next() < 0.3 ? r.pick(events) : null;
        const date = r.next() < 0.1 ? null : r.next() < 0.5 ? `${year}-${pad(1 + r.int(12))}` : `${year}-${pad(1 + r.int(12))}-${pad(1 + r.int(28))}`;
        let type: Fact['type'];
        let id: string;
        let props: Record<string, unknown>;
        if (roll < 0.33) {
          type = 'INVITED';
          const negated = r.next() < 0.05;
          id = `inv|${from}|${to}|${ev?.id ?? ''}|${negated}`;
          props = { status: r.pick(STATUS_INV), negated, date, eventId: ev?.id ?? null, eventName: ev?.name ?? null, eventDate: ev?.date ?? null };
        } else if (roll < 0.66) {
          type = 'VISITED';
          const negated = r.next() < 0.05;
          id = `vis|${from}|${to}|${ev?.id ?? date?.slice(0, 7) ?? ''}|${negated}`;
          props = { status: r.pick(STATUS_VIS), negated, date, eventId: ev?.id ?? null, eventDate: ev?.date ?? null };
        } else {
          type = 'STATED';
          const quote = `Synthetic remark ${a}-${k}.`;
          id = `stm|${from}|${to}|${date ?? ''}|q${a}x${k}`;
          props = { quote, date, eventId: ev?.id ?? null };
        }
        const existing = facts.get(`${type}|${id}`);
        if (existing) fact = existing;
        else {
          fact = { type, from, to, props: { id, ...props }, reports: [] };
          facts.set(`${type}|${id}`, fact);
          factList.push(fact);
        }
      }
      if (fact.reports.some((rep) => rep.articleId === articleId)) continue;
      const text = `Sentence ${k} of article ${a} reporting ${String(fact.props.id).slice(0, 40)}.`;
      const { id: _id, ...attrs } = fact.props;
      fact.reports.push({ articleId, publishedAt, start: k * 200, text, attrs, reading: String(fact.props.id) });
      keys.add(fact.from);
      keys.add(fact.to);
    }
    for (const key of keys) mentions.push({ articleId, key });
  }

  // Statements' attributes follow the latest published report, as the writer does; invitations
  // and visits are clustered by group.
  const stated = factList.filter((f) => f.type === 'STATED');
  for (const f of stated) {
    const dates = f.reports.map((x) => x.publishedAt).sort();
    f.props.sourceCount = f.reports.length;
    f.props.firstReported = dates[0];
    f.props.lastReported = dates[dates.length - 1];
    f.props.latestReport = f.reports.map((x) => articleReport(x.articleId, x.publishedAt, INGESTED_AT).reportKey).sort().at(-1);
  }
  return { states, people, events, articles: articleRows, facts: [...clusterGroups(factList), ...stated], mentions };
}

/** The rows of each synthetic/cypher statement, in the order they must be written. */
export function graphRows(g: GeneratedGraph): Array<{ name: string; label: string; rows: unknown[] }> {
  const evidence = g.facts.flatMap((f) => f.reports.map((rep) => reportEvidence(f, String(f.props.id), rep)));
  const facts = (type: Fact['type']) => g.facts.filter((f) => f.type === type).map((f) => ({ from: f.from, to: f.to, props: f.props }));
  return [
    { name: 'fixture-states', label: 'states', rows: g.states },
    {
      name: 'fixture-people',
      label: 'people',
      rows: g.people.map((p) => ({ leader: p.leader, props: { id: p.id, name: p.name, aliases: [p.name], surnameKey: p.name.split(' ').pop()!.toLowerCase() } })),
    },
    {
      name: 'fixture-represents',
      label: 'represents',
      rows: g.people.map((p) => ({ person: p.id, state: p.state, props: { id: `rep|${p.id}|${p.state}`, role: p.role, asOf: '2024-12-31', sourceCount: 1, leader: p.leader } })),
    },
    { name: 'fixture-events', label: 'events', rows: g.events },
    { name: 'fixture-articles', label: 'articles', rows: g.articles },
    { name: 'fixture-invited', label: 'INVITED', rows: facts('INVITED') },
    { name: 'fixture-visited', label: 'VISITED', rows: facts('VISITED') },
    { name: 'fixture-stated', label: 'STATED', rows: facts('STATED') },
    { name: 'fixture-evidence', label: 'evidence', rows: evidence },
    { name: 'fixture-mentions', label: 'mentions', rows: g.mentions },
  ];
}
