/**
 * The rule-based extractor: an Article in, an ArticleExtraction out. Pure — the gazetteers
 * arrive as `resources` (built once by loadExtractionResources), nothing is read or written.
 *
 * The pipeline, one step per file under steps/:
 *   01 sentences and tokens → 02 state mentions → 03 people and roles → 04 dates →
 *   05 sentence templates → 06 occasions → 07 invitations → 08 visits (8b: presence at
 *   occasions) → 09 statements →
 *   10 merge. The known political actors (steps/known-actors.ts, data/actors.json) complete
 * bare surnames after step 3 and, after step 10, fill only what the text left untold.
 */
import type { Article } from '../article/types';
import { findDateline } from '../article/dateline';
import type { ActorRef, ArticleExtraction, Extractor, ExtractedEvent, ExtractedPerson, ExtractedState, Invitation, Visit } from './types';
import { formKey, loadExtractionResources, type ExtractionResources } from './resources';
import { splitSentences } from './steps/01-sentences';
import { findStates, type StateMention } from './steps/02-states';
import { findPeople } from './steps/03-people';
import { fmtDay, parsePublished } from './steps/04-dates';
import { buildClauses } from './steps/05-clauses';
import { actorKey, stateOfActor, type Doc } from './steps/context';
import { eventKey, eventOf, findOccasions } from './steps/06-occasions';
import { longPast } from './steps/nearby-events';
import { findInvitations, guestsOfOpenInviters } from './steps/07-invitations';
import { findCompanions, findVisits } from './steps/08-visits';
import { findAttendance } from './steps/08-attendance';
import { findStatements } from './steps/09-statements';
import { completeNames, fillKnownStates } from './steps/known-actors';
import { completeByOffice, termOf } from './steps/offices';
import { mergeInvitations, mergeStatements, mergeVisits } from './steps/10-merge';

export { loadExtractionResources };
export type { ExtractionResources };

/**
 * Longest text read in one pass, in UTF-16 units. Every step keeps records per token and per
 * clause for the whole text it reads — some 50 bytes of heap for each character, so a 5 MB
 * article read whole needed over 250 MB at once. A longer text is read in sections cut at
 * paragraph breaks, one after the other, so an article's extraction needs a bounded amount of
 * memory whatever its length. A section is read as an article of its own: a surname given in
 * full only in an earlier section is not completed from it. News articles are far shorter
 * than this and are read whole, as before.
 */
export const SECTION_CHARS = 256 * 1024;

/** `sectionChars`: SECTION_CHARS unless a test wants sections short enough to extract quickly. */
export function extractArticle(article: Article, resources: ExtractionResources, sectionChars = SECTION_CHARS): ArticleExtraction {
  const text = article.text;
  if (text.length <= sectionChars) return extractWhole(article, resources);
  let merged: ArticleExtraction | null = null;
  let skipped: ArticleExtraction | null = null;
  for (const [start, end] of sections(text, sectionChars)) {
    const part = extractWhole({ ...article, text: text.slice(start, end) }, resources);
    if (part.skipped !== null) {
      skipped ??= { ...part, article };
      continue;
    }
    shiftEvidence(part, start);
    merged = merged === null ? { ...part, article } : mergeExtractions(merged, part);
  }
  return (merged ?? skipped) as ArticleExtraction;
}

/** [start, end) spans of at most `max` units covering `text`, cut at the last paragraph break, else line break, else space before the limit. */
export function sections(text: string, max: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    let cut = -1;
    for (const sep of ['\n\n', '\n', ' ']) {
      const at = text.lastIndexOf(sep, limit - sep.length);
      if (at > start) {
        cut = at + sep.length;
        break;
      }
    }
    if (cut < 0) {
      cut = limit;
      // never between the two halves of a surrogate pair
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    }
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}

function shiftEvidence(x: ArticleExtraction, by: number): void {
  for (const fact of [...x.invitations, ...x.visits, ...x.statements]) {
    for (const e of fact.evidence) {
      e.start += by;
      e.end += by;
    }
  }
}

/** One extraction from two sections' (facts told twice are pooled later, by the graph planner, as within any article). */
function mergeExtractions(a: ArticleExtraction, b: ArticleExtraction): ArticleExtraction {
  const states = new Map(a.states.map((s) => [s.code, s]));
  for (const s of b.states) {
    const known = states.get(s.code);
    if (known === undefined) states.set(s.code, s);
    else for (const m of s.mentions) if (!known.mentions.includes(m)) known.mentions.push(m);
  }
  const people = new Map(a.people.map((p) => [p.name, p]));
  for (const p of b.people) {
    const known = people.get(p.name);
    if (known === undefined) {
      people.set(p.name, p);
      continue;
    }
    for (const alias of p.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
    known.state ??= p.state;
    known.role ??= p.role;
    known.leader ||= p.leader;
  }
  const events = new Map(a.events.map((e) => [e.key, e]));
  for (const e of b.events) if (!events.has(e.key)) events.set(e.key, e);
  return {
    ...a,
    states: [...states.values()],
    people: [...people.values()],
    events: [...events.values()],
    invitations: a.invitations.concat(b.invitations),
    visits: a.visits.concat(b.visits),
    statements: a.statements.concat(b.statements),
    warnings: [...new Set([...a.warnings, ...b.warnings])],
  };
}

function extractWhole(article: Article, resources: ExtractionResources): ArticleExtraction {
  const empty = (skipped: string | null): ArticleExtraction => ({
    article,
    skipped,
    states: [],
    people: [],
    events: [],
    invitations: [],
    visits: [],
    statements: [],
    warnings: [],
  });
  if (!article.text || !article.text.trim()) return empty('empty text');

  const text = article.text;
  const sentences = splitSentences(text, findDateline(text)?.bodyStart ?? null);
  const stateMentions = asOfPublication(findStates(sentences, text, resources), article.publishedAt, resources);
  const day = publicationDay(article.publishedAt);
  const { people, mentions } = findPeople(sentences, text, stateMentions, resources, day);
  // "President Park" alone: whoever held the office on the publication day, if one did
  completeByOffice(people, resources.officeHolders, day);
  // "President Biden" alone: the full name, if the dictionary knows only one such surname
  completeNames(people, resources.knownActors);
  const clauses = buildClauses(sentences, stateMentions, mentions, resources, people);
  const doc: Doc = {
    text,
    pub: parsePublished(article.publishedAt),
    clauses,
    people,
    events: [],
    eventMentions: [],
    eventMentionsByClause: new Map(),
    invitedTrips: [],
    openInviters: [],
    res: resources,
    datelineState: datelineState(article, resources),
  };
  findOccasions(doc);
  const rawInvitations = findInvitations(doc);
  const rawVisits = [...findVisits(doc), ...findAttendance(doc)];
  const invitations = mergeInvitations(doc, [...rawInvitations, ...guestsOfOpenInviters(doc, rawVisits)]);
  const visits = mergeVisits(doc, [...rawVisits, ...findCompanions(doc, rawVisits)]);
  const statements = mergeStatements(doc, findStatements(doc));
  replyFromVisits(invitations, visits, doc);
  visits.push(...visitsFromReplies(invitations, visits, doc));

  // text clues have all had their say: what is still untold comes from the known actors
  fillKnownStates(people, resources.knownActors);

  // a person's state learnt late (step 10, or the known actors) reaches every fact naming them
  const stateOf = new Map(people.map((p) => [p.name, p.state]));
  const fill = (a: ActorRef): ActorRef => (a.kind === 'person' && !a.state && stateOf.get(a.name) ? { ...a, state: stateOf.get(a.name)! } : a);
  for (const i of invitations) {
    i.inviter = fill(i.inviter);
    i.invitee = fill(i.invitee);
  }
  for (const v of visits) v.visitor = fill(v.visitor);
  // a leader going home is no visit: the visitor's state may be known only now
  const abroad = visits.filter((v) => v.negated || v.visitor.kind !== 'person' || v.visitor.state !== v.destination.code);
  for (const s of statements) {
    s.speaker = fill(s.speaker);
    s.about = s.about.map(fill);
  }

  // states: every state named, plus the states people act for
  const states = new Map<string, ExtractedState>();
  const addState = (code: string, surface: string | null): void => {
    let s = states.get(code);
    if (!s) {
      s = { code, name: resources.stateNames.get(code) ?? code, mentions: [] };
      states.set(code, s);
    }
    if (surface && !s.mentions.includes(surface)) s.mentions.push(surface);
  };
  for (const m of stateMentions) if (m.kind !== 'not' && m.code) addState(m.code, m.surface);
  for (const p of people) if (p.state) addState(p.state, null);

  const termOn = (name: string, aliases: Iterable<string>, state: string | null): ExtractedPerson['term'] => {
    if (day === null || state === null) return null;
    const t = termOf(resources.officeHolders, [name, ...aliases], state, day);
    return t === null ? null : { office: t.office, start: t.start, end: t.end };
  };
  const extractedPeople: ExtractedPerson[] = people.map((p) => ({
    name: p.name,
    aliases: [...p.aliases].filter((a) => a !== p.name),
    state: p.state,
    role: p.role,
    leader: p.roleClass === 'leader',
    term: termOn(p.name, p.aliases, p.state),
  }));

  const events = new Map<string, ExtractedEvent>();
  for (const e of doc.events) {
    const ev = eventOf(e);
    const key = eventKey(ev);
    if (!events.has(key)) events.set(key, { key, kind: ev.kind, name: ev.name, date: ev.date, place: ev.place });
  }

  return {
    article,
    skipped: null,
    states: [...states.values()],
    people: extractedPeople,
    events: [...events.values()],
    invitations,
    visits: abroad,
    statements,
    warnings: [],
  };
}

/**
 * An invitation whose reply the text leaves untold is answered by what the invitee does: a
 * visit to the inviter's state (or to the occasion's host) that is scheduled, under way or
 * made accepts it; a refused one ("will not attend") declines it.
 */
function replyFromVisits(invitations: Invitation[], visits: Visit[], doc: Doc): void {
  const hostOf = new Map(doc.events.map((e) => [eventKey(eventOf(e)), eventOf(e).place]));
  const stateOf = new Map(doc.people.map((p) => [p.name, p.state]));
  for (const inv of invitations) {
    if (inv.status !== 'unknown' || inv.negated) continue;
    // an inviter of untold state in a datelined story hosts where it is filed ("KIGALI — …
    // President X, who had invited Macron when the two met in Paris, …")
    const told = stateOfActor(inv.inviter) ?? (inv.inviter.kind === 'person' ? (stateOf.get(inv.inviter.name) ?? null) : null);
    const byDateline = told === null && inv.inviter.kind === 'person' ? doc.datelineState : null;
    const hosts = new Set([told ?? byDateline, inv.event ? hostOf.get(inv.event) : null].filter((x): x is string => !!x));
    const who = actorKey(inv.invitee);
    // a state invited answers through whoever it sends: "invited Hungary … President X would
    // be unable to attend"
    const invitedState = inv.invitee.kind === 'state' ? inv.invitee.code : null;
    for (const v of visits) {
      const sent = invitedState !== null && v.visitor.kind === 'person' && (v.visitor.state ?? stateOf.get(v.visitor.name)) === invitedState;
      if ((actorKey(v.visitor) !== who && !sent) || !hosts.has(v.destination.code)) continue;
      // (there, only a visit under way or to come: one made before may have preceded the invitation)
      if (byDateline === v.destination.code && v.status === 'occurred' && !(inv.event && hostOf.get(inv.event) === byDateline)) continue;
      if (v.negated && (v.status === 'planned' || v.status === 'possible')) inv.status = 'declined';
      else if (!v.negated && (v.status === 'planned' || v.status === 'ongoing' || (v.status === 'occurred' && !longPast(v.date, doc, 12)))) inv.status = 'accepted';
    }
  }
}

/**
 * The other way round: an invitation accepted is a visit to come, one declined a visit that
 * will not be made ("{B} has accepted the invitation" said sentences after "{A} invited {B} to
 * Nairobi"), to the occasion's host or else the inviter's state. Only where the text tells of
 * no visit by the invitee there already.
 */
function visitsFromReplies(invitations: Invitation[], visits: Visit[], doc: Doc): Visit[] {
  const out: Visit[] = [];
  const events = new Map(doc.events.map((e) => [eventKey(eventOf(e)), eventOf(e)]));
  const stateOf = new Map(doc.people.map((p) => [p.name, p.state]));
  // a state is there already when someone who acts for it is
  const today = doc.pub ? fmtDay(doc.pub) : null;
  const told = new Set(
    visits.flatMap((v) => {
      const state = v.visitor.kind === 'person' ? (v.visitor.state ?? stateOf.get(v.visitor.name)) : null;
      return [`${actorKey(v.visitor)}|${v.destination.code}`, ...(state ? [`S:${state}|${v.destination.code}`] : [])];
    }),
  );
  // the trip an invitation asked for ("invited {B} to visit Japan later this year"), by the
  // sentence that told it
  const clauseAt = new Map(doc.clauses.map((c, ci) => [c.sentence.start, ci]));
  const tripOf = (inv: Invitation): Doc['invitedTrips'][number] | undefined => {
    for (const e of inv.evidence) {
      const ci = clauseAt.get(e.start);
      const trip = ci === undefined ? undefined : doc.invitedTrips.find((t) => t.clause === ci);
      if (trip) return trip;
    }
    return undefined;
  };
  for (const inv of invitations) {
    const withdrawn = inv.status === 'withdrawn';
    if (inv.negated || (inv.status !== 'accepted' && inv.status !== 'declined' && !withdrawn)) continue;
    const ev = inv.event ? events.get(inv.event) : undefined;
    const trip = ev ? undefined : tripOf(inv);
    const place = ev?.place ?? trip?.place ?? stateOfActor(inv.inviter);
    if (!place || !/^[A-Z]{3}$/.test(place) || stateOfActor(inv.invitee) === place) continue;
    const key = `${actorKey(inv.invitee)}|${place}`;
    // an invitation taken back calls off a visit the text told was coming; it makes none
    if (withdrawn) {
      for (const v of visits) if (actorKey(v.visitor) === actorKey(inv.invitee) && v.destination.code === place && !v.negated && (v.status === 'planned' || v.status === 'possible')) v.status = 'cancelled';
      continue;
    }
    if (told.has(key)) continue;
    told.add(key);
    out.push({
      visitor: inv.invitee,
      destination: { kind: 'state', code: place },
      event: inv.event,
      // an occasion already held by the day of the story was attended ("was welcomed as guest
      // of honour at the opening on Monday")
      status: inv.status === 'accepted' && ev?.date?.length === 10 && today !== null && ev.date < today ? 'occurred' : 'planned',
      negated: inv.status === 'declined',
      date: ev?.date ?? trip?.date ?? null,
      // its own copy: a long article's sections shift each fact's evidence once
      evidence: inv.evidence.slice(-1).map((e) => ({ ...e })),
    });
  }
  return out;
}

/** YYYY-MM-DD of a full publication date; a vaguer one says too little to know who was in office. */
function publicationDay(publishedAt: string | null): string | null {
  return publishedAt !== null && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : null;
}

/** "Moscow" in a story of 1987 is the Soviet Union's capital, not Russia's. */
function asOfPublication(mentions: StateMention[], publishedAt: string | null, res: ExtractionResources): StateMention[] {
  if (!publishedAt) return mentions;
  const day = publishedAt.slice(0, 10);
  const past = new Set<string>();
  for (const s of res.successions) {
    if (day >= s.until) past.add(s.code);
    else if (s.successor && !(s.since && day < s.since)) for (const m of mentions) if (m.code === s.successor) m.code = s.code;
  }
  // "the Soviet victory" in a story of 2015 describes history; it names no actor or place
  return past.size ? mentions.filter((m) => !(m.kind === 'demonym' && past.has(m.code))) : mentions;
}

/** The state of the dateline city ("KATHMANDU:", "SEOUL (Reuters) —"), when the gazetteer knows it. */
function datelineState(article: Article, res: ExtractionResources): string | null {
  const city = article.dateline?.city;
  if (!city) return null;
  const title = city.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase());
  for (const form of [city, title]) {
    const f = res.forms.get(formKey(form));
    if (f && f.kind !== 'not' && f.kind !== 'bloc' && f.code) return f.code;
  }
  return null;
}

/** The default extractor behind the Extractor interface. */
export class RuleBasedExtractor implements Extractor {
  readonly name = 'rule-based';
  readonly version = '1.0.0';
  private readonly resources: ExtractionResources;

  constructor(resources: ExtractionResources = loadExtractionResources()) {
    this.resources = resources;
  }

  extract(article: Article): Promise<ArticleExtraction> {
    return Promise.resolve(extractArticle(article, this.resources));
  }
}
