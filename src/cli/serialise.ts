/**
 * ArticleExtraction → the plain JSON record the CLI prints (one NDJSON line per article), in
 * the shape the evaluation scorer and downstream tools read: actors as `{name, state}` for
 * people and `{code}` for states, events inlined as `{name, date}`, evidence as the sentence
 * text plus `evidenceSpans` with offsets into the article text.
 */
import type { ActorRef, ArticleExtraction, Evidence, ExtractedEvent } from '../extract/types';
import type { InputFailure } from '../input/read';

export type ActorRecord = { name: string; state: string | null } | { code: string };
export interface SpanRecord {
  start: number;
  end: number;
}
export interface EventRecord {
  name: string;
  kind: string;
  date: string | null;
  place: string | null;
}

export interface ExtractionRecord {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  dateline: { city: string; agency: string | null } | null;
  skipped: string | null;
  states: Array<{ code: string; name: string; mentions: string[] }>;
  people: Array<{ name: string; state: string | null; role: string | null; leader: boolean; aliases: string[] }>;
  events: EventRecord[];
  invitations: Array<{
    inviter: ActorRecord;
    invitee: ActorRecord;
    event: EventRecord | null;
    status: string;
    negated: boolean;
    date: string | null;
    evidence: string;
    evidenceSpans: SpanRecord[];
  }>;
  visits: Array<{
    visitor: ActorRecord;
    destination: { code: string };
    event: EventRecord | null;
    status: string;
    negated: boolean;
    date: string | null;
    evidence: string;
    evidenceSpans: SpanRecord[];
  }>;
  statements: Array<{
    speaker: ActorRecord;
    date: string | null;
    quote: string;
    about: ActorRecord[];
    event: EventRecord | null;
    evidence: string;
    evidenceSpans: SpanRecord[];
  }>;
  warnings: string[];
}

/** A failed input: its id, the error, and empty lists so consumers that expect lists still work. */
export interface ErrorRecord {
  id: string;
  source: string;
  error: InputFailure;
  states: [];
  people: [];
  invitations: [];
  visits: [];
  statements: [];
}

export function actorRecord(a: ActorRef): ActorRecord {
  return a.kind === 'person' ? { name: a.name, state: a.state } : { code: a.code };
}

function eventRecord(e: ExtractedEvent): EventRecord {
  return { name: e.name, kind: e.kind, date: e.date, place: e.place };
}

function evidenceOf(ev: Evidence[]): { evidence: string; evidenceSpans: SpanRecord[] } {
  return { evidence: ev.map((e) => e.text).join(' '), evidenceSpans: ev.map((e) => ({ start: e.start, end: e.end })) };
}

export function toRecord(x: ArticleExtraction): ExtractionRecord {
  const events = new Map(x.events.map((e) => [e.key, eventRecord(e)]));
  const eventOf = (key: string | null): EventRecord | null => (key ? (events.get(key) ?? null) : null);
  const a = x.article;
  return {
    id: a.id,
    url: a.url,
    title: a.title,
    source: a.source,
    publishedAt: a.publishedAt,
    dateline: a.dateline,
    skipped: x.skipped,
    states: x.states.map((s) => ({ code: s.code, name: s.name, mentions: s.mentions })),
    people: x.people.map((p) => ({ name: p.name, state: p.state, role: p.role, leader: p.leader, aliases: p.aliases })),
    events: [...events.values()],
    invitations: x.invitations.map((i) => ({
      inviter: actorRecord(i.inviter),
      invitee: actorRecord(i.invitee),
      event: eventOf(i.event),
      status: i.status,
      negated: i.negated,
      date: i.date,
      ...evidenceOf(i.evidence),
    })),
    visits: x.visits.map((v) => ({
      visitor: actorRecord(v.visitor),
      destination: { code: v.destination.code },
      event: eventOf(v.event),
      status: v.status,
      negated: v.negated,
      date: v.date,
      ...evidenceOf(v.evidence),
    })),
    statements: x.statements.map((s) => ({
      speaker: actorRecord(s.speaker),
      date: s.date,
      quote: s.quote,
      about: s.about.map(actorRecord),
      event: eventOf(s.event),
      ...evidenceOf(s.evidence),
    })),
    warnings: x.warnings,
  };
}

export function errorRecord(id: string, source: string, error: InputFailure): ErrorRecord {
  return { id, source, error, states: [], people: [], invitations: [], visits: [], statements: [] };
}
