/**
 * What the fact steps (6–9) share: the article's clauses, people and events, and small
 * helpers to read placeholders and tense out of a template.
 */
import type { ExtractionResources } from '../resources';
import type { ActorRef, Evidence, PartialDate } from '../types';
import type { Person } from './03-people';
import { resolveDate, type Tense, parsePublished } from './04-dates';
import type { Clause, SentenceMention } from './05-clauses';

export interface EventMention {
  event: EventRecord;
  clause: number;
  /** Part range of the mention in the clause template. */
  partStart: number;
  partEnd: number;
}

export interface EventRecord {
  id: number;
  kind: import('../types').EventKind;
  name: string;
  date: PartialDate | null;
  place: string | null;
  /** The bloc whose meeting it is, when no host state is named ("the ASEAN summit"). */
  bloc: string | null;
  /** Has words beyond the bare kind ("May 9 ceremony", "Summit of the Americas"). */
  specific: boolean;
  mergedInto?: EventRecord;
}

export interface Doc {
  text: string;
  pub: ReturnType<typeof parsePublished>;
  clauses: Clause[];
  people: Person[];
  events: EventRecord[];
  eventMentions: EventMention[];
  /** The same, by clause index (filled by step 6). */
  eventMentionsByClause: Map<number, EventMention[]>;
  res: ExtractionResources;
  /** State of the dateline city, when the story has one. */
  datelineState: string | null;
  /** Trips invitations ask for with no occasion named ("invited the leaders of … to Berlin on
   * September 24"), by clause: what later replies ("{A} has accepted") are about (step 7). */
  invitedTrips: { clause: number; place: string; date: PartialDate | null }[];
  /** Inviters told with no guest ("{A}, who extended the invitation in December", "The
   * invitation came from {A}"), by clause: the guest is whoever the story has visit them (step 7). */
  openInviters: { inviter: ActorRef; clause: number }[];
}

export const PH = /\{([PSDM])(\d+)\}/;
export const PH_G = /\{([PSDM])(\d+)\}/g;

/** The state of the first place a stretch of a clause's template names ("invited to {S}",
 * "gathered in {S}"): a state's name, capital or city; not a demonym, a bloc or a non-state. */
export function placeIn(c: Clause, text: string): string | null {
  const p = /\{S(\d+)\}/.exec(text);
  const m = p ? c.mentions[Number(p[1])] : undefined;
  return m?.kind === 'S' && m.state.kind !== 'bloc' && m.state.kind !== 'not' && m.state.kind !== 'demonym' ? m.state.code : null;
}

export function mentionOf(c: Clause, placeholder: string): SentenceMention | undefined {
  const m = PH.exec(placeholder);
  return m ? c.mentions[Number(m[2])] : undefined;
}

/** The actor a placeholder names, or null for dates, media and non-state forms. */
export function actorOf(doc: Doc, c: Clause, placeholder: string): ActorRef | null {
  const m = mentionOf(c, placeholder);
  if (!m) return null;
  if (m.kind === 'P') {
    const p = doc.people[m.person]!;
    return { kind: 'person', name: p.name, state: p.state };
  }
  if (m.kind === 'S') return { kind: 'state', code: m.state.code };
  return null;
}

/** All actor placeholders in a captured list ("{P1} , {P2} and {S3}"). */
export function actorsIn(doc: Doc, c: Clause, list: string): ActorRef[] {
  const out: ActorRef[] = [];
  for (const m of list.matchAll(PH_G)) {
    const a = actorOf(doc, c, m[0]);
    if (a) out.push(a);
  }
  return out;
}

export function stateOfActor(a: ActorRef | null): string | null {
  if (!a) return null;
  return a.kind === 'state' ? a.code : a.state;
}

/** Two mentions of one actor: the same state, or the same person by name. */
export function sameActor(a: ActorRef, b: ActorRef): boolean {
  if (a.kind === 'state' && b.kind === 'state') return a.code === b.code;
  if (a.kind === 'person' && b.kind === 'person') return a.name === b.name;
  return false;
}

export function actorKey(a: ActorRef): string {
  return a.kind === 'state' ? `S:${a.code}` : `P:${a.name}`;
}

export function evidenceOf(c: Clause): Evidence {
  return { text: c.sentence.text, start: c.sentence.start, end: c.sentence.end };
}

const FUTURE = /\b(?:will|'ll|shall|wo|won't|would|is to|are to|set to|plans? to|planning to|scheduled to|due to|expected to|going to|upcoming|next|intends? to|hopes? to|is considering|are considering|is planning|are planning|to visit|to attend|to travel|expected in|expected at|due in|due at)\b/;
const PAST = /\b(?:was|were|had|did|has|have|visited|paid|made|went|came|arrived|traveled|travelled|held|met|said|told|invited|last|ago|earlier|previously|began|attended|returned|left|took|gave)\b/;
const PRESENT = /\b(?:is|are|am|says|visiting|arrives)\b/;

/** The tense of a stretch of template: future wins over past, past over present. */
export function tenseOf(s: string): Tense {
  if (FUTURE.test(s)) return 'future';
  if (PAST.test(s)) return 'past';
  if (PRESENT.test(s)) return 'present';
  return 'unknown';
}

export function dateOfMention(doc: Doc, c: Clause, placeholder: string, tense: Tense): PartialDate | null {
  const m = mentionOf(c, placeholder);
  if (!m || m.kind !== 'D') return null;
  return resolveDate(m.date.parse, doc.pub, tense);
}

/** Is `b` (a date) compatible with `a`: equal, or one a prefix of the other? */
export function datesCompatible(a: PartialDate | null, b: PartialDate | null): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** A day `days` after `ymd` (YYYY-MM-DD), negative for before. */
export function shiftDays(ymd: string, days: number): string {
  return new Date(Date.parse(`${ymd}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
}

export function moreSpecificDate(a: PartialDate | null, b: PartialDate | null): PartialDate | null {
  if (!a) return b;
  if (!b) return a;
  return b.length > a.length ? b : a;
}

/** The person a "he"/"she" at `index` of clause `ci` refers to: the nearest person before it
 * in the sentence, else the first person of the sentence before. */
export function resolvePronoun(doc: Doc, ci: number, index: number): ActorRef | null {
  const c = doc.clauses[ci]!;
  const head = c.template.slice(0, index);
  // "“He said he would not go …,” the spokesman said": inside a quotation, "he" is not the
  // person quoted
  const quoted = (head.match(/"/g)?.length ?? 0) % 2 === 1;
  const speaker = quoted ? quoteSpeaker(doc, ci) : null;
  const other = (a: ActorRef | null): boolean => !!a && !(speaker && a.kind === 'person' && speaker.kind === 'person' && a.name === speaker.name);
  // "{A} promised {B} that he would visit": the one who promises or tells speaks of himself
  // "{A} told {B} at the Vatican on Thursday that he was ready … once he receives …": every
  // "he" of what A says, until another person is named
  const told = /(\{P\d+\})(?: [^{}"]+){0,4} (?:told|promised|assured|informed|reminded) (?:the (?:[a-z ]{1,30} of \{S\d+\} )?)?\{P\d+\}(?: (?:[^{}" ]+|\{[SD]\d+\})){0,6} that(?: (?:[^{}" ]+|\{[SD]\d+\})){0,30} $/.exec(head.slice(-220));
  if (told) {
    const a = actorOf(doc, c, told[1]!);
    if (other(a)) return a;
  }
  // "{A} invited {B} to …, and he has also …": a second clause joined by "and" keeps the
  // first one's subject
  const coordinated = /^(?:[^{}"]{0,30} , )?(\{P\d+\}) [a-z][^"]*? , and (?:then |later |also )?$/.exec(head);
  if (coordinated) {
    const a = actorOf(doc, c, coordinated[1]!);
    if (other(a)) return a;
  }
  // "{A} turned down a request from {B}, telling parliament that he would not travel": a
  // participle of saying set off after a clause is said by that clause's subject
  const participle = /^(?:[^{}"]{0,30} )?(\{P\d+\}) [^"]*? , (?:telling|saying|adding|insisting|explaining|noting|arguing|announcing|stressing)(?: (?:[^{}",]|\{D\d+\}){1,40})? (?:that )?$/.exec(head);
  if (participle) {
    const a = actorOf(doc, c, participle[1]!);
    if (other(a)) return a;
  }
  const all = [...head.matchAll(/\{P(\d+)\}/g)].map((m) => actorOf(doc, c, m[0])).filter(other);
  const last = all[all.length - 1];
  if (last) return last;
  for (let k = ci - 1; k >= 0 && k >= ci - 2; k--) {
    const prev = doc.clauses[k]!;
    const first = [...prev.template.matchAll(/\{P(\d+)\}/g)].map((m) => actorOf(doc, prev, m[0])).find(other);
    if (first) return first;
  }
  return null;
}

/** Who speaks the quotation in a clause ("…," the minister told reporters / X said: "…"). */
export function quoteSpeaker(doc: Doc, ci: number): ActorRef | null {
  const c = doc.clauses[ci]!;
  if (!c.template.includes('"')) return null;
  const m =
    /" ,? (?:\{D\d+\} )?(?:said|told|added|stated|says|insisted|stressed|noted|warned) (\{P\d+\})/.exec(c.template) ??
    /(\{P\d+\})(?: [a-z]+){0,2} (?:said|told [a-z ]{0,30}|added|stated|says|insisted|stressed|noted|warned) ?[.:,]?$/.exec(c.template) ??
    /^(\{P\d+\}) (?:said|says|told [a-z ]{0,30}) :/.exec(c.template);
  return m ? actorOf(doc, c, m[1]!) : null;
}
