/**
 * Step 10 — one fact per thing said to have happened.
 *
 * Mentions of the same fact in one article are merged, keeping every evidence sentence:
 *  - invitations: one per (inviter, invitee, negated); a state inviter ("Russia's
 *    invitation") folds into a person of that state inviting the same invitee ("Putin
 *    invited Kim"); the strongest reply wins (withdrawn > declined > accepted > pending);
 *  - visits: one per (visitor, destination, negated) with compatible dates ("in May" and
 *    "May 9" are one visit; June and July are two); the more precise date and the more
 *    telling status win;
 *  - statements: one per (speaker, date); a state's statement is dropped when one of its
 *    named officials speaks on the same date in the article (the official voiced it).
 */
import type { ActorRef, Evidence, Invitation, Statement, Visit, VisitStatus } from '../types';
import { actorKey, datesCompatible, evidenceOf, moreSpecificDate, shiftDays, type Doc } from './context';
import { eventKey, eventOf } from './06-occasions';
import type { RawInvitation } from './07-invitations';
import { strongerStatus } from './07-invitations';
import { knownStateOf } from './known-actors';
import type { RawVisit } from './08-visits';
import type { RawStatement } from './09-statements';

function addEvidence(list: Evidence[], e: Evidence): void {
  // evidence arrives in text order: checking the last few is enough to skip repeats
  for (let k = list.length - 1; k >= 0 && k >= list.length - 4; k--) if (list[k]!.start === e.start && list[k]!.end === e.end) return;
  list.push(e);
}

/**
 * A state on one side of an invitation becomes the person of that state named on the same
 * side of another invitation with the same other side ("Russia invited Kim" + "Putin
 * invited Kim" are one invitation, by Putin). The person's state may still be only the
 * dictionary's at this point ("President Kennedy").
 */
function foldStateIntoPerson(raw: RawInvitation[], side: 'inviter' | 'invitee', other: 'inviter' | 'invitee', stateOf: (a: ActorRef) => string | null): void {
  const personOf = new Map<string, ActorRef>();
  for (const o of raw) {
    const actor = o[side];
    const state = actor.kind === 'person' ? stateOf(actor) : null;
    if (state) personOf.set(`${state}|${actorKey(o[other])}|${o.negated}`, actor);
  }
  for (const r of raw) {
    const actor = r[side];
    if (actor.kind !== 'state') continue;
    const person = personOf.get(`${actor.code}|${actorKey(r[other])}|${r.negated}`);
    if (person) r[side] = person;
  }
}

export function mergeInvitations(doc: Doc, raw: RawInvitation[]): Invitation[] {
  const people = new Map(doc.people.map((p) => [p.name, p]));
  const stateOf = (a: ActorRef): string | null => {
    if (a.kind !== 'person') return null;
    const p = people.get(a.name);
    return a.state ?? p?.state ?? (p ? knownStateOf(p, doc.res.knownActors) : null);
  };
  // Inviters first: the invitee fold then matches on the inviters as folded.
  foldStateIntoPerson(raw, 'inviter', 'invitee', stateOf);
  foldStateIntoPerson(raw, 'invitee', 'inviter', stateOf);
  const byKey = new Map<string, Invitation>();
  for (const r of raw) {
    const key = `${actorKey(r.inviter)}|${actorKey(r.invitee)}|${r.negated}`;
    const ev = r.event ? eventKey(eventOf(r.event)) : null;
    const e = evidenceOf(doc.clauses[r.clause]!);
    const have = byKey.get(key);
    if (have) {
      have.status = strongerStatus(have.status, r.status);
      have.event ??= ev;
      addEvidence(have.evidence, e);
    } else {
      byKey.set(key, { inviter: r.inviter, invitee: r.invitee, event: ev, status: r.status, negated: r.negated, date: null, evidence: [e] });
    }
  }
  return [...byKey.values()];
}

const VISIT_RANK: Record<VisitStatus, number> = { cancelled: 6, postponed: 5, ongoing: 4, occurred: 3, planned: 2, possible: 1 };

const AHEAD = new Set<VisitStatus>(['planned', 'possible', 'cancelled', 'postponed']);

/** A trip made and a trip still ahead (or called off) are two trips when only one of them is
 * dated: "Malhotra called off a visit to Dhaka … Malhotra last visited Bangladesh in 2001". */
function twoTrips(v: Visit, r: RawVisit): boolean {
  const past = (s: VisitStatus): boolean => s === 'occurred';
  const crossed = (past(v.status) && AHEAD.has(r.status)) || (past(r.status) && AHEAD.has(v.status));
  return crossed && !v.date !== !r.date;
}

/** A stop still ahead on a trip under way is that trip: "arrived in New Delhi on Tuesday for a
 * three-day visit … will visit Mumbai on Thursday" (within a week of the arrival). */
function laterStop(v: Visit, r: RawVisit): boolean {
  const [on, ahead] = v.status === 'ongoing' ? [v.date, r] : r.status === 'ongoing' ? [r.date, v] : [null, null];
  if (!on || !ahead || ahead.status !== 'planned' || !ahead.date || on.length !== 10 || ahead.date.length !== 10) return false;
  return ahead.date >= on && ahead.date <= shiftDays(on, 7);
}

export function mergeVisits(doc: Doc, raw: RawVisit[]): Visit[] {
  const out: Visit[] = [];
  const byPair = new Map<string, Visit[]>();
  // dated mentions first, so an undated one joins the visit it is about
  const ordered = [...raw].sort((a, b) => (b.date ? 1 : 0) - (a.date ? 1 : 0) || a.clause - b.clause);
  for (const r of ordered) {
    const e = evidenceOf(doc.clauses[r.clause]!);
    const ev = r.event ? eventKey(eventOf(r.event)) : null;
    const pair = `${actorKey(r.visitor)}|${r.destination}|${r.negated}`;
    const same = byPair.get(pair) ?? [];
    const have = same.find((v) => (datesCompatible(v.date, r.date) && !twoTrips(v, r)) || laterStop(v, r));
    if (have) {
      have.date = laterStop(have, r) ? (have.status === 'ongoing' ? have.date : r.date) : moreSpecificDate(have.date, r.date);
      if (VISIT_RANK[r.status] > VISIT_RANK[have.status]) have.status = r.status;
      have.event ??= ev;
      addEvidence(have.evidence, e);
    } else {
      const v: Visit = { visitor: r.visitor, destination: { kind: 'state', code: r.destination }, event: ev, status: r.status, negated: r.negated, date: r.date, evidence: [e] };
      out.push(v);
      same.push(v);
      byPair.set(pair, same);
    }
  }
  for (const v of out) v.evidence.sort((a, b) => a.start - b.start);
  return out.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

export function mergeStatements(doc: Doc, raw: RawStatement[]): Statement[] {
  // "The Kremlin said on Friday …. On Friday, presidential spokesman X said …":
  // an official whose state the text never names, speaking beside a state's statement of the
  // same day, speaks for that state
  const byClause = new Map<number, RawStatement[]>();
  for (const r of raw) {
    const list = byClause.get(r.clause);
    if (list) list.push(r);
    else byClause.set(r.clause, [r]);
  }
  const personByName = new Map(doc.people.map((p) => [p.name, p]));
  for (const r of raw) {
    if (r.speaker.kind !== 'state') continue;
    const code = r.speaker.code;
    // (the official's words follow the state's: said first, they would answer for another state)
    for (let k = r.clause; k <= r.clause + 1; k++) {
      for (const o of byClause.get(k) ?? []) {
        if (o.speaker.kind !== 'person' || o.speaker.state || o.date !== r.date) continue;
        const person = personByName.get(o.speaker.name);
        if (person && !person.state) person.state = code;
      }
    }
  }
  for (const r of raw) {
    if (r.speaker.kind === 'person' && !r.speaker.state) {
      const name = r.speaker.name;
      const st = personByName.get(name)?.state;
      if (st) r.speaker = { kind: 'person', name, state: st };
    }
  }
  const byKey = new Map<string, Statement>();
  for (const r of raw) {
    const key = `${actorKey(r.speaker)}|${r.date ?? ''}`;
    const e = evidenceOf(doc.clauses[r.clause]!);
    const have = byKey.get(key);
    if (have) {
      addEvidence(have.evidence, e);
      if (have.quote.length < 2000 && !have.quote.includes(r.quote)) have.quote = `${have.quote} … ${r.quote}`;
      if (have.about.length < 50) for (const a of r.about) if (!have.about.some((x) => actorKey(x) === actorKey(a))) have.about.push(a);
    } else {
      byKey.set(key, { speaker: r.speaker, date: r.date, quote: r.quote, about: [...r.about], event: null, evidence: [e] });
    }
  }
  const all = [...byKey.values()];
  // a state's words on a day one of its officials spoke are the official's
  const officialDays = new Set(all.filter((o) => o.speaker.kind === 'person' && o.speaker.state).map((o) => `${(o.speaker as { state: string }).state}|${o.date}`));
  return all.filter((s) => s.speaker.kind !== 'state' || !officialDays.has(`${s.speaker.code}|${s.date}`));
}

