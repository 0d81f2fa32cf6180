/**
 * Identity of invitations and visits across articles (docs/graph-model.md, "Fact identity").
 * Reports of one visitor and destination, or one inviter and invitee, form a group; within
 * a group, reports whose dates are compatible (2014 ⊇ 2014-07 ⊇ 2014-07-03) are one fact,
 * unless the group holds evidence of two distinct facts in that span: then a vague report
 * joins the one its date fits, and a report that fits several is kept apart. The whole group
 * is clustered again whenever a report comes or goes, so the outcome depends on which
 * reports the graph holds, never on the order they arrived in. Pure: write.ts reads a
 * group's reports under a lock and writes what this returns.
 */

export type GroupedType = 'INVITED' | 'VISITED';

export interface FactGroup {
  key: string;
  type: GroupedType;
  from: string;
  to: string;
}

const PREFIX: Record<GroupedType, string> = { INVITED: 'inv', VISITED: 'vis' };

export function factGroupKey(type: GroupedType, from: string, to: string): string {
  return `${PREFIX[type]}|${from}|${to}`;
}

/** One evidence node of the group: a sentence with its article's reading of the fact. */
export interface GroupReport {
  /** Evidence id. */
  id: string;
  articleId: string;
  /** The article's place among reports (publication, ingest time, id): see plan.articleReport. */
  reportKey: string;
  publishedAt: string | null;
  status: string | null;
  negated: boolean;
  date: string | null;
  eventId: string | null;
  eventName: string | null;
  /** The occasion's own date, when it has one. */
  eventDate: string | null;
  /** The fact it supports now; null for a report being added. */
  factId: string | null;
}

export interface GroupFactProps {
  sourceCount: number;
  firstReported: string | null;
  lastReported: string | null;
  latestReport: string;
  status: string | null;
  negated: boolean;
  date: string | null;
  sortKey: string;
  eventId: string | null;
  eventName: string | null;
}

export interface GroupFact {
  id: string;
  from: string;
  to: string;
  props: GroupFactProps;
}

export interface GroupOutcome {
  /** Every report's fact id, by evidence id. */
  factOf: Map<string, string>;
  facts: GroupFact[];
  /** Facts the group held that no report supports any more. */
  removed: string[];
}

/**
 * Days between the first and the last day of one trip: reports of one state visit give the
 * day of arrival, of the talks, of the departure. Invitations name one occasion, whose day
 * is exact.
 */
const TRIP_DAYS: Record<GroupedType, number> = { VISITED: 7, INVITED: 0 };

/** `vague` is `precise` or a coarser form of it ("2014" ⊇ "2014-07" ⊇ "2014-07-03"). */
export function dateContains(vague: string, precise: string): boolean {
  return precise === vague || precise.startsWith(`${vague}-`);
}

export function datesCompatible(a: string, b: string): boolean {
  return dateContains(a, b) || dateContains(b, a);
}

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

const isDay = (d: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(d);
const isDate = (d: string): boolean => /^\d{4}(?:-\d{2}){0,2}$/.test(d);

/** Years around a fact's date within which an undated report may be about it. */
const UNDATED_WINDOW_YEARS = 2;

/** Was a report published near enough to a fact's date to be about it (unknown: yes)? */
function publishedNear(publishedAt: string | null, anchor: string): boolean {
  if (publishedAt === null || !/^\d{4}/.test(publishedAt)) return true;
  const published = Number(publishedAt.slice(0, 4));
  const year = Number(anchor.slice(0, 4));
  return published >= year - UNDATED_WINDOW_YEARS && published <= year + UNDATED_WINDOW_YEARS;
}

/**
 * The date a report is placed by: a visit's own date, else its occasion's; an invitation's
 * occasion (an invitation's own date is when it was issued, which says nothing of what it
 * is an invitation to).
 */
function anchorOf(type: GroupedType, r: GroupReport): string | null {
  return type === 'VISITED' ? (r.date ?? r.eventDate) : r.eventDate;
}

/** The most precise date; among equally precise ones, the earliest. */
function mostPrecise(dates: readonly string[]): string | null {
  let best: string | null = null;
  for (const d of dates) {
    if (best === null || d.length > best.length || (d.length === best.length && d < best)) best = d;
  }
  return best;
}

/** Cluster a group's reports into facts and say what changes against where they are now. */
export function reconcileGroup(group: FactGroup, reports: readonly GroupReport[], formerFactIds: readonly string[] = []): GroupOutcome {
  const anchors = new Map(reports.map((r) => [r.id, anchorOf(group.type, r)]));
  const dated = [...new Set([...anchors.values()].filter((d): d is string => d !== null))];
  // A date no other date refines stands for a fact of its own: 2014-07 and 2014-11 are two.
  const leaves = dated.filter((d) => !dated.some((o) => o !== d && dateContains(d, o))).sort();

  // Leaves of one trip (days close together) are one fact, named by its first leaf.
  const trips: string[][] = [];
  for (const leaf of leaves) {
    const last = trips[trips.length - 1];
    const first = last?.[0];
    if (last !== undefined && first !== undefined && isDay(first) && isDay(leaf) && dayNumber(leaf) - dayNumber(first) <= TRIP_DAYS[group.type]) last.push(leaf);
    else trips.push([leaf]);
  }
  const tripOf = (anchor: string): string[] => trips.filter((t) => t.some((leaf) => dateContains(anchor, leaf))).map((t) => t[0]!);

  const clusterOf = new Map<string, string>();
  // Dated reports: the one trip their date fits, or (fitting several) a fact of their own date.
  for (const r of reports) {
    const anchor = anchors.get(r.id);
    if (anchor === null || anchor === undefined) continue;
    const fits = tripOf(anchor);
    clusterOf.set(r.id, fits.length === 1 ? fits[0]! : anchor);
  }
  const placed = new Set(trips.map((t) => t[0]!));
  // Undated reports naming an occasion: the one fact with that occasion, else their own.
  for (const r of reports) {
    if (anchors.get(r.id) !== null || r.eventId === null) continue;
    const withEvent = new Set(reports.filter((o) => o.eventId === r.eventId && anchors.get(o.id) !== null).map((o) => clusterOf.get(o.id)!).filter((c) => placed.has(c)));
    clusterOf.set(r.id, withEvent.size === 1 ? [...withEvent][0]! : r.eventId);
  }
  for (const r of reports) if (anchors.get(r.id) === null && r.eventId !== null) placed.add(clusterOf.get(r.id)!);
  // Undated reports naming nothing: the group's one fact, else a fact of their own — and
  // not a dated fact years away from when they were published ("Kim accepted Putin's
  // invitation" in 2024 is not the 2015 invitation, even when that is the only one known)
  const only = placed.size === 1 ? [...placed][0]! : '';
  for (const r of reports) {
    if (anchors.get(r.id) !== null || r.eventId !== null) continue;
    clusterOf.set(r.id, only !== '' && isDate(only) && !publishedNear(r.publishedAt, only) ? '' : only);
  }

  const members = new Map<string, GroupReport[]>();
  for (const r of reports) {
    const id = `${group.key}|${clusterOf.get(r.id)!}`;
    members.set(id, [...(members.get(id) ?? []), r]);
  }
  const facts = [...members.entries()]
    .map(([id, rs]): GroupFact => ({ id, from: group.from, to: group.to, props: factProps(rs) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const factOf = new Map<string, string>();
  for (const f of facts) for (const r of members.get(f.id)!) factOf.set(r.id, f.id);
  const former = new Set([...formerFactIds, ...reports.flatMap((r) => (r.factId === null ? [] : [r.factId]))]);
  const removed = [...former].filter((id) => !members.has(id)).sort();
  return { factOf, facts, removed };
}

/**
 * A fact from its reports: the latest report's status and negation (the current state of a
 * life-cycle), the most precise date any report gives, the latest occasion named, and the
 * corroboration counts.
 */
function factProps(reports: readonly GroupReport[]): GroupFactProps {
  const ordered = [...reports].sort((a, b) => (a.reportKey < b.reportKey ? -1 : a.reportKey > b.reportKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const latest = ordered[ordered.length - 1]!;
  const withEvent = ordered.filter((r) => r.eventId !== null);
  const occasion = withEvent[withEvent.length - 1];
  const published = reports.flatMap((r) => (r.publishedAt === null ? [] : [r.publishedAt])).sort();
  const date = mostPrecise(reports.flatMap((r) => (r.date === null ? [] : [r.date])));
  return {
    sourceCount: new Set(reports.map((r) => r.articleId)).size,
    firstReported: published[0] ?? null,
    lastReported: published[published.length - 1] ?? null,
    latestReport: latest.reportKey,
    status: latest.status,
    negated: latest.negated,
    date,
    sortKey: date ?? '~',
    eventId: occasion?.eventId ?? null,
    eventName: occasion?.eventName ?? null,
  };
}

/** `vis|<visitor>|<destination>` or `inv|<inviter>|<invitee>` → the group (keys never contain "|"). */
export function parseFactGroupKey(key: string): FactGroup | null {
  const parts = key.split('|');
  const type = parts[0] === 'vis' ? 'VISITED' : parts[0] === 'inv' ? 'INVITED' : null;
  if (parts.length !== 3 || type === null || !parts[1] || !parts[2]) return null;
  return { key, type, from: parts[1], to: parts[2] };
}
