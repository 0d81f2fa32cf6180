/** Facts as the views use them: whichever kind, a "from" and a "to" end, a status, a year. */

export type EntityKind = 'State' | 'Person' | 'Event';

export interface EntityRef {
  /** Present where the query asks for it; `kindOf` reads the kind from the id otherwise. */
  __typename?: EntityKind;
  id: string;
  name: string;
  date?: string | null;
}

export interface FactNode {
  __typename: 'Invitation' | 'Visit' | 'Statement';
  id: string;
  kind: 'INVITATION' | 'VISIT' | 'STATEMENT';
  date: string | null;
  sourceCount: number;
  event: { name: string; date: string | null } | null;
  inviter?: EntityRef;
  invitee?: EntityRef;
  visitor?: EntityRef;
  destination?: EntityRef;
  speaker?: EntityRef;
  subject?: EntityRef;
  status?: string;
  negated?: boolean;
  quote?: string;
  eventName?: string | null;
}

export interface Fact {
  id: string;
  kind: FactNode['kind'];
  from: EntityRef;
  to: EntityRef;
  /** The verb between the two ends, for reading a row aloud: "invited", "visited", "said of". */
  verb: string;
  status: string | null;
  negated: boolean;
  date: string | null;
  /** The year the fact is counted under (see `yearOf`), null when nothing dates it. */
  year: number | null;
  /** True when the year comes from the occasion, not from the fact's own date. */
  yearFromEvent: boolean;
  event: FactNode['event'];
  sourceCount: number;
  quote: string | null;
  node: FactNode;
}

const UNKNOWN: EntityRef = { id: '', name: 'unknown' };

/** Person ids start `person:`, event ids `event:`; a state's id is its code. */
export function kindOf(e: { __typename?: string; id: string }): EntityKind {
  if (e.__typename === 'State' || e.__typename === 'Person' || e.__typename === 'Event') return e.__typename;
  return e.id.startsWith('person:') ? 'Person' : e.id.startsWith('event:') ? 'Event' : 'State';
}

export function toFact(node: FactNode): Fact {
  const [from, to, verb] =
    node.kind === 'INVITATION' ? [node.inviter, node.invitee, 'invited']
    : node.kind === 'VISIT' ? [node.visitor, node.destination, 'visited']
    : [node.speaker, node.subject, 'spoke of'];
  const { year, fromEvent } = yearOf(node);
  return {
    id: node.id,
    kind: node.kind,
    from: from ?? UNKNOWN,
    to: to ?? UNKNOWN,
    verb,
    status: node.status ?? null,
    negated: node.negated ?? false,
    date: node.date,
    year,
    yearFromEvent: fromEvent,
    event: node.event,
    sourceCount: node.sourceCount,
    quote: node.quote ?? null,
    node,
  };
}

/**
 * The year a fact is counted under: its own date's, else its occasion's. An invitation is
 * dated when it was issued, which articles often leave unsaid while naming the occasion
 * ("invited Kim to the May 9 ceremony"); counting it under the occasion's year keeps it on
 * the time line next to the visit it announces instead of in a pile of undated facts.
 */
export function yearOf(node: Pick<FactNode, 'date' | 'event'>): { year: number | null; fromEvent: boolean } {
  const own = yearOfDate(node.date);
  if (own !== null) return { year: own, fromEvent: false };
  const fromEvent = yearOfDate(node.event?.date ?? null);
  return { year: fromEvent, fromEvent: fromEvent !== null };
}

function yearOfDate(date: string | null): number | null {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m?.[1] ? Number(m[1]) : null;
}

/** Statuses that say the thing did not or will not happen: drawn red and dashed, never like an accepted one. */
export const NEGATIVE_STATUSES = new Set(['DECLINED', 'WITHDRAWN', 'CANCELLED']);
/** Statuses still open: drawn dashed in the kind's colour. */
export const OPEN_STATUSES = new Set(['PENDING', 'UNKNOWN', 'PLANNED', 'POSSIBLE', 'POSTPONED', 'ONGOING']);

export type Tone = 'positive' | 'open' | 'negative';

export function toneOf(status: string | null | undefined, negated: boolean | null | undefined): Tone {
  if (negated || (status && NEGATIVE_STATUSES.has(status))) return 'negative';
  if (status && OPEN_STATUSES.has(status)) return 'open';
  return 'positive';
}

/** "not invited" / "declined" style wording for the status of a fact. */
export function statusLabel(fact: Pick<Fact, 'status' | 'negated'>): string {
  const status = fact.status ? fact.status.toLowerCase() : '';
  if (fact.negated) return status ? `negated (${status})` : 'negated';
  return status;
}

/** Time order with undated facts last, as the API orders them; ties by id for a stable list. */
export function byTime(a: Fact, b: Fact): number {
  const da = a.date ?? a.event?.date ?? null;
  const db = b.date ?? b.event?.date ?? null;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function kindLabel(kind: Fact['kind']): string {
  return kind === 'INVITATION' ? 'Invitation' : kind === 'VISIT' ? 'Visit' : 'Statement';
}
