/**
 * A small graph in the exact shape of docs/graph-model.md, written with the parameterised
 * fixture-*.cypher files of synthetic/cypher, its evidence built by the production planner's
 * row builders (so removal and refresh treat it as ingest's own). Every fixture gets its own state codes (from the
 * ISO 3166 user-assigned range QM–QZ, never real states), person ids, event and article
 * ids, so test files running in parallel never see each other's data, and `cleanup()`
 * removes exactly what `seed()` wrote.
 *
 * The story follows the seed article: a Russia-like state R invites a North-Korea-like K's
 * leader to a ceremony, a China-like C comments, a South-Korea-like S hesitates; plus a
 * batch of dated invitations from R's foreign minister for pagination.
 */
import { toParams, toPlain, type Executor } from '../../../src/db';
import { articleReport, emptyFactIds, evidenceRow, planStateEntries } from '../../../src/graph/plan';
import { syntheticCypher as catalog } from '../../../synthetic/cypher';

const INGESTED_AT = '2026-01-01T00:00:00Z';

function randomTag(): string {
  return Math.random().toString(36).slice(2, 8);
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// QM–QZ are user-assigned (QA–QL are not); the X range is left to the hub tests, which fix
// their codes when their module loads.
function randomCode(): string {
  return `Q${LETTERS[12 + Math.floor(Math.random() * 14)]}${LETTERS[Math.floor(Math.random() * 26)]}`;
}

type Props = Record<string, unknown>;
interface FactSpec {
  type: 'INVITED' | 'VISITED' | 'STATED';
  from: string;
  to: string;
  props: Props;
  /** [articleId, sentence, status/date as that article reported them] */
  evidence: { articleId: string; text: string; start: number; status?: string; date?: string | null; negated?: boolean; quote?: string }[];
}

export class ApiFixture {
  readonly tag = randomTag();
  /** Chosen when `seed()` claims them: a random code may already be held by another fixture. */
  codes: { R: string; K: string; C: string; S: string } = { R: '', K: '', C: '', S: '' };
  readonly people: Record<'putin' | 'lavrov' | 'kim' | 'xi' | 'park' | 'hua' | 'min', string>;
  event = '';
  readonly articles: { a1: string; a2: string };
  readonly facts: Record<string, string> = {};
  /** Ids of the bulk invitations from lavrov, in the order the API must list them. */
  readonly bulk: string[] = [];
  private extraPeople: string[] = [];
  private specs: FactSpec[] = [];

  constructor(readonly db: Executor) {
    const p = (name: string) => `person:${this.tag} ${name}`;
    this.people = {
      putin: p('vladimir putin'),
      lavrov: p('sergei lavrov'),
      kim: p('kim jong un'),
      xi: p('xi jinping'),
      park: p('park geun hye'),
      hua: p('hua chunying'),
      min: p('min kyung wook'),
    };
    this.articles = { a1: `https://example.test/${this.tag}/a1`, a2: `https://example.test/${this.tag}/a2` };
  }

  private addFact(spec: FactSpec): string {
    const id = String(spec.props.id);
    this.specs.push(spec);
    return id;
  }

  /** Stored attributes = the latest article's reading; sourceCount = distinct articles. */
  private fact(
    type: FactSpec['type'],
    from: string,
    to: string,
    id: string,
    attrs: Props,
    evidence: FactSpec['evidence'],
  ): string {
    const dates = evidence.map((e) => this.publishedAt(e.articleId)).sort();
    const latest = evidence.map((e) => articleReport(e.articleId, this.publishedAt(e.articleId), INGESTED_AT).reportKey).sort().at(-1);
    return this.addFact({
      type,
      from,
      to,
      evidence,
      props: {
        id,
        sourceCount: new Set(evidence.map((e) => e.articleId)).size,
        firstReported: dates[0],
        lastReported: dates[dates.length - 1],
        latestReport: latest,
        ...attrs,
      },
    });
  }

  private publishedAt(articleId: string): string {
    return articleId === this.articles.a2 ? '2015-03-01' : '2015-01-22';
  }

  /**
   * Writes the four states under fresh random codes. The code space is small (about a thousand)
   * and test files seed in parallel on one database, so a code already taken is expected now and
   * then: the uniqueness constraint refuses the whole write, and new codes are drawn.
   */
  private async claimStates(): Promise<void> {
    const tag = this.tag;
    for (let attempt = 1; ; attempt++) {
      const codes = new Set<string>();
      while (codes.size < 4) codes.add(randomCode());
      const [R, K, C, S] = [...codes] as [string, string, string, string];
      try {
        await this.run('fixture-states', {
          rows: [
            { code: R, name: `Russia ${tag}`, aliases: ['Moscow', 'the Kremlin'], bloc: false },
            { code: K, name: `North Korea ${tag}`, aliases: ['Pyongyang', 'the North'], bloc: false },
            { code: C, name: `China ${tag}`, aliases: ['Beijing'], bloc: false },
            { code: S, name: `South Korea ${tag}`, aliases: ['Seoul'], bloc: false },
          ],
        });
        this.codes = { R, K, C, S };
        this.event = `event:ceremony|2015-05-09|${R}`;
        return;
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code !== 'Neo.ClientError.Schema.ConstraintValidationFailed' || attempt >= 10) throw e;
      }
    }
  }

  async seed(): Promise<this> {
    await this.claimStates();
    const { R, K, C, S } = this.codes;
    const P = this.people;
    const { a1, a2 } = this.articles;
    const tag = this.tag;
    const person = (id: string, name: string, surnameKey: string, leader: boolean) => ({
      leader,
      props: { id, name, aliases: [name, tag], surnameKey },
    });
    await this.run('fixture-people', {
      rows: [
        person(P.putin, 'Vladimir Putin', 'putin', true),
        person(P.lavrov, 'Sergei Lavrov', 'lavrov', false),
        person(P.kim, 'Kim Jong-un', 'kim', true),
        person(P.xi, 'Xi Jinping', 'xi', true),
        person(P.park, 'Park Geun-hye', 'park', true),
        person(P.hua, 'Hua Chunying', 'hua', false),
        person(P.min, 'Min Kyung-wook', 'min', false),
      ],
    });
    await this.run('fixture-events', {
      rows: [{ id: this.event, kind: 'ceremony', name: `victory ceremony ${tag}`, date: '2015-05-09', place: R }],
    });
    await this.run('fixture-articles', {
      rows: [
        { id: a1, url: a1, title: `Kim may visit Russia ${tag}`, source: 'Yonhap', publishedAt: '2015-01-22', contentHash: `h1${tag}`, ingestedAt: '2026-01-01T00:00:00Z', extractor: 'fixture@1' },
        { id: a2, url: a2, title: `Kim accepts ${tag}`, source: 'Example', publishedAt: '2015-03-01', contentHash: `h2${tag}`, ingestedAt: '2026-01-01T00:00:00Z', extractor: 'fixture@1' },
      ],
    });
    const rep = (p: string, s: string, role: string, leader: boolean) => ({
      person: p,
      state: s,
      props: { id: `rep|${p}|${s}`, role, asOf: '2015-01-22', sourceCount: 1, leader },
    });
    await this.run('fixture-represents', {
      rows: [
        rep(P.putin, R, 'president', true),
        rep(P.lavrov, R, 'foreign minister', false),
        rep(P.kim, K, 'leader', true),
        rep(P.xi, C, 'president', true),
        rep(P.park, S, 'president', true),
        rep(P.hua, C, 'foreign ministry spokeswoman', false),
        rep(P.min, S, 'presidential spokesman', false),
      ],
    });

    const ev = this.event;
    const s1 = 'Russian President Vladimir Putin invited Kim to attend a May ceremony.';
    // Two articles report the invitation: the later one says it was accepted.
    this.facts.putinKim = this.fact('INVITED', P.putin, P.kim, `inv|${P.putin}|${P.kim}|${ev}|false`,
      { status: 'accepted', negated: false, date: '2014-11', eventId: ev, eventName: 'May 9 ceremony' },
      [
        { articleId: a1, text: s1, start: 100, status: 'pending', date: '2014-11', negated: false },
        { articleId: a2, text: 'Kim accepted Putin\'s invitation.', start: 0, status: 'accepted', date: '2014-11', negated: false },
      ]);
    this.facts.rXi = this.fact('INVITED', R, P.xi, `inv|${R}|${P.xi}|${ev}|false`,
      { status: 'pending', negated: false, date: null, eventId: ev, eventName: 'May 9 ceremony' },
      [{ articleId: a1, text: 'Xi was also invited to the May 9 ceremony in Russia.', start: 900, status: 'pending', date: null, negated: false }]);
    this.facts.rPark = this.fact('INVITED', R, P.park, `inv|${R}|${P.park}|${ev}|false`,
      { status: 'pending', negated: false, date: '2015-01', eventId: ev, eventName: 'May 9 ceremony' },
      [{ articleId: a1, text: 'Russia also invited South Korean President Park Geun-hye.', start: 1000, status: 'pending', date: '2015-01', negated: false }]);
    this.facts.xiKimNeg = this.fact('INVITED', P.xi, P.kim, `inv|${P.xi}|${P.kim}||true`,
      { status: 'unknown', negated: true, date: '2015', eventId: null, eventName: null },
      [{ articleId: a1, text: 'China has not invited Kim this year.', start: 1500, status: 'unknown', date: '2015', negated: true }]);
    this.facts.kimVisit = this.fact('VISITED', P.kim, R, `vis|${P.kim}|${R}|${ev}|false`,
      { status: 'possible', negated: false, date: '2015-05', eventId: ev },
      [{ articleId: a1, text: 'A possible visit by Kim Jong-un to Russia in May.', start: 50, status: 'possible', date: '2015-05', negated: false }]);
    this.facts.xiVisit = this.fact('VISITED', P.xi, S, `vis|${P.xi}|${S}|2014|false`,
      { status: 'occurred', negated: false, date: '2014', eventId: null },
      [{ articleId: a1, text: 'Xi Jinping paid a state visit to South Korea last year.', start: 800, status: 'occurred', date: '2014', negated: false }]);
    this.facts.huaK = this.fact('STATED', P.hua, K, `stm|${P.hua}|${K}|2015-01-22|q1`,
      { quote: 'North Korea and Russia are both friendly neighbors of China.', date: '2015-01-22', eventId: null },
      [{ articleId: a1, text: 'Hua Chunying replied, "North Korea and Russia are both friendly neighbors of China."', start: 400, date: '2015-01-22', quote: 'North Korea and Russia are both friendly neighbors of China.' }]);
    this.facts.lavrovK = this.fact('STATED', P.lavrov, K, `stm|${P.lavrov}|${K}|2015-01-21|q2`,
      { quote: 'Moscow received a positive signal from Pyongyang.', date: '2015-01-21', eventId: null },
      [{ articleId: a1, text: 'Lavrov said Wednesday that Moscow received a positive signal from Pyongyang.', start: 200, date: '2015-01-21', quote: 'Moscow received a positive signal from Pyongyang.' }]);
    this.facts.minS = this.fact('STATED', P.min, S, `stm|${P.min}|${S}|2015-01-22|q3`,
      { quote: 'No decision has been made yet.', date: '2015-01-22', eventId: null },
      [{ articleId: a1, text: 'Min Kyung-wook told reporters that no decision has been made yet.', start: 1100, date: '2015-01-22', quote: 'No decision has been made yet.' }]);

    // 45 invitations from lavrov to generated people, dates 2010..2018 with some undated,
    // for pagination and range filters.
    const bulk: { id: string; date: string | null }[] = [];
    const extra: ReturnType<typeof person>[] = [];
    for (let i = 0; i < 45; i++) {
      const pid = `person:${tag} guest ${String(i).padStart(2, '0')}`;
      extra.push(person(pid, `Guest ${i} ${tag}`, 'guest', false));
      this.extraPeople.push(pid);
      const date = i % 9 === 8 ? null : `${2010 + (i % 9)}-${String((i % 12) + 1).padStart(2, '0')}`;
      const id = this.fact('INVITED', P.lavrov, pid, `inv|${P.lavrov}|${pid}||false`,
        { status: i % 2 === 0 ? 'pending' : 'declined', negated: false, date, eventId: null, eventName: null },
        [{ articleId: a1, text: `Lavrov invited guest ${i}.`, start: 2000 + i, status: i % 2 === 0 ? 'pending' : 'declined', date, negated: false }]);
      bulk.push({ id, date });
    }
    await this.run('fixture-people', { rows: extra });
    const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    bulk.sort((x, y) => cmp(x.date ?? '~', y.date ?? '~') || cmp(x.id, y.id));
    this.bulk.push(...bulk.map((b) => b.id));

    for (const type of ['INVITED', 'VISITED', 'STATED'] as const) {
      const rows = this.specs.filter((s) => s.type === type).map((s) => ({ from: s.from, to: s.to, props: s.props }));
      const [res] = await this.run('fixture-' + type.toLowerCase(), { rows });
      if (Number(res?.created) !== rows.length) throw new Error(`fixture: ${type} wrote ${String(res?.created)} of ${rows.length}`);
    }
    // The state-pair entries bilateral reads, by the service's own statement, as ingest writes them.
    const factIds = emptyFactIds();
    for (const s of this.specs) factIds[s.type].push(String(s.props.id));
    for (const s of planStateEntries(factIds)) await this.db.write(s.name, s.params);
    // Each article's own reading of the fact: the fact's attributes, then what that article said.
    const evidence = this.specs.flatMap((s) => {
      const { id, sourceCount: _count, firstReported: _first, lastReported: _last, latestReport: _latest, ...attrs } = s.props;
      return s.evidence.map(({ articleId, text, start, ...said }) =>
        evidenceRow(articleReport(articleId, this.publishedAt(articleId), INGESTED_AT), { type: s.type, id: String(id), attrs: { ...attrs, ...said } }, { text, start, end: start + text.length }),
      );
    });
    await this.run('fixture-evidence', { rows: evidence });
    await this.run('fixture-mentions', {
      rows: [R, K, C, S, ...Object.values(P), ev].map((key) => ({ articleId: a1, key })),
    });
    return this;
  }

  async cleanup(): Promise<void> {
    await this.run('fixture-cleanup', {
      articleIds: Object.values(this.articles),
      personIds: [...Object.values(this.people), ...this.extraPeople],
      eventIds: [this.event],
      stateCodes: Object.values(this.codes),
      factIds: this.specs.map((s) => String(s.props.id)),
    });
  }

  private async run(name: string, params: Record<string, unknown>) {
    const query = catalog.get(name);
    const session = this.db.driver.session({ database: this.db.database });
    try {
      const result = await session.executeWrite((tx) => tx.run(query.text, toParams(params) as Record<string, unknown>));
      return result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
    } finally {
      await session.close();
    }
  }
}
