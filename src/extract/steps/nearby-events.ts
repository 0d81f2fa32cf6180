/**
 * Occasions named near a trigger word: invitations, visits and attendance each ask which
 * occasion their verb is about, in its own clause first, then in the few clauses before.
 */
import { fmtDay } from './04-dates';
import { eventOf } from './06-occasions';
import { shiftDays, type Doc, type EventRecord } from './context';

export const placed = (ev: EventRecord): boolean => Boolean(ev.place);

/** Dated `months` or more before the story (a month by default): an occasion of its background
 * ("who skipped last year's meeting in the Cook Islands"), not where anyone is coming; a trip
 * a year back answers no invitation the story tells. */
export function longPast(date: string | null, doc: Doc, months = 1): boolean {
  if (!date || !doc.pub) return false;
  const idx = doc.pub.y * 12 + (doc.pub.m - 1) - (months - 1);
  const cutoff = `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
  if (date.length === 4) return date < cutoff.slice(0, 4);
  if (date.length === 7) return date < cutoff;
  return date < shiftDays(fmtDay(doc.pub), -30 * months);
}

/**
 * The first occasion named in clause `ci` from `from` to `to` words after the character
 * offset `end` (negative: before it) that `keep` accepts.
 */
export function eventNear(doc: Doc, ci: number, end: number, from: number, to: number, keep: (ev: EventRecord) => boolean = () => true): EventRecord | null {
  const at = doc.clauses[ci]!.template.slice(0, end).split(' ').length - 1;
  for (const em of doc.eventMentionsByClause.get(ci) ?? []) {
    const distance = em.partStart - at;
    if (distance < from || distance > to) continue;
    const ev = eventOf(em.event);
    if (keep(ev)) return ev;
  }
  return null;
}

/** An occasion with a place named anywhere in clause `ci`. */
export function placedEventIn(doc: Doc, ci: number): EventRecord | null {
  return eventNear(doc, ci, 0, -Infinity, Infinity, placed);
}

/** The occasion with a place named last in clauses `last` back to `first` (or, with `keep`,
 * the last one it accepts). */
export function recentPlacedEvent(doc: Doc, last: number, first: number, keep: (ev: EventRecord) => boolean = placed): EventRecord | null {
  for (let k = last; k >= 0 && k >= first; k--) {
    const list = doc.eventMentionsByClause.get(k) ?? [];
    for (let j = list.length - 1; j >= 0; j--) {
      const ev = eventOf(list[j]!.event);
      if (keep(ev)) return ev;
    }
  }
  return null;
}

/**
 * The latest trip an invitation asked for with no occasion named (step 7), within six clauses
 * before `ci` — or up to and including it, with `orHere`.
 */
export function recentInvitedTrip(doc: Doc, ci: number, orHere: boolean): Doc['invitedTrips'][number] | null {
  return doc.invitedTrips.findLast((t) => (orHere ? t.clause <= ci : t.clause < ci) && ci - t.clause <= 6) ?? null;
}
