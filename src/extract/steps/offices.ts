/**
 * Who held an office on a given day (data/office-holders.json): "Kim" in a story of 2011 is
 * Kim Jong-il, in one of 2024 Kim Jong Un; "President Park" in 2015 is Park Geun-hye.
 *
 * The data is general knowledge with holes, so every answer is cautious: a term whose
 * boundary is known only to the month or year is "unsure" inside that month or year, a term
 * still open at the data's `asOf` is unsure after it (the data cannot know who followed),
 * and a question gets an answer only when exactly one person certainly fits and nobody
 * else possibly does. The text always wins: these functions are asked only about what the
 * article leaves untold.
 */
import { normaliseName as normName } from '../../names/normalise';
import type { Person } from './03-people';

export interface OfficeHolderEntry {
  state: string;
  office: string;
  title: string;
  name: string;
  aliases?: string[];
  short?: string[];
  start: string;
  end: string | null;
}

export interface OfficeHolders {
  /** Day after which nothing is known (YYYY-MM-DD). */
  asOf: string;
  /** Normalised full name or alias → terms. */
  byName: Map<string, OfficeHolderEntry[]>;
  /** Normalised surname or short form → terms. */
  byShort: Map<string, OfficeHolderEntry[]>;
  /** State or bloc code → its terms. */
  byState: Map<string, OfficeHolderEntry[]>;
}

/** The term of the office a person held on the article's day, as the graph records it. */
export interface OfficeTerm {
  office: string;
  title: string;
  start: string;
  end: string | null;
}

export type TermStatus = 'in' | 'out' | 'unsure';

function push(m: Map<string, OfficeHolderEntry[]>, key: string, e: OfficeHolderEntry): void {
  if (!key) return;
  const list = m.get(key);
  if (!list) m.set(key, [e]);
  else if (!list.includes(e)) list.push(e);
}

/** The surname a re-mention uses: the family name when written first, else the last word. */
function surnameOf(name: string, familyFirst: boolean): string {
  const words = normName(name)
    .split(' ')
    .filter((w) => w !== 'jr' && w !== 'sr' && !/^(?:i{1,3}|iv)$/.test(w));
  return (familyFirst ? words[0] : words[words.length - 1]) ?? '';
}

export function buildOfficeHolders(data: { asOf: string; holders: OfficeHolderEntry[] }, familyNameFirst: (name: string, state: string) => boolean): OfficeHolders {
  const byName = new Map<string, OfficeHolderEntry[]>();
  const byShort = new Map<string, OfficeHolderEntry[]>();
  const byState = new Map<string, OfficeHolderEntry[]>();
  for (const e of data.holders) {
    push(byState, e.state, e);
    for (const n of [e.name, ...(e.aliases ?? [])]) push(byName, normName(n), e);
    for (const s of e.short ?? []) push(byShort, normName(s), e);
    // the short forms replace the surname only when they are given for that reason; the
    // surname stays a key unless it would name someone else ("Zuma" is not Dlamini-Zuma)
    // and each spelling's surname is one too: "Zelenskyy" as well as "Zelensky"
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      const surname = surnameOf(n, familyNameFirst(n, e.state));
      if ((!e.short || e.short.some((s) => normName(s) === surname)) && !byShort.get(surname)?.includes(e)) push(byShort, surname, e);
    }
  }
  return { asOf: data.asOf, byName, byShort, byState };
}

/** Day, month or year: the stretch of days a partial date may stand for, as [first, last]. */
function span(date: string): [string, string] {
  if (date.length >= 10) return [date.slice(0, 10), date.slice(0, 10)];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [`${date}-01-01`, `${date}-12-31`];
}

/**
 * Whether the term covers `day`. A boundary known only to the month or year makes that
 * month or year unsure; so does the change-over day itself (both holders are news then).
 */
export function termStatus(e: OfficeHolderEntry, day: string, asOf: string): TermStatus {
  const [startFirst, startLast] = span(e.start);
  if (day < startFirst) return 'out';
  if (day <= startLast && startFirst !== startLast) return 'unsure';
  if (day === startFirst) return 'unsure';
  if (e.end === null) return day > asOf ? 'unsure' : 'in';
  const [endFirst, endLast] = span(e.end);
  if (day > endLast) return 'out';
  if (day >= endFirst) return 'unsure';
  return 'in';
}

/**
 * Which offices a title in the text can mean: "President Park" is a president, "the foreign
 * minister" heads a foreign ministry whatever a state calls it; a bare surname (no role) any
 * office; null: a role no office of the data is (a spokesman, an ambassador).
 */
export function officeFits(e: OfficeHolderEntry, role: string | null): boolean | null {
  if (role === null || role === '') return true;
  const r = role.toLowerCase();
  if (/\b(?:deputy|vice|former|first lady|spokes|ambassador|envoy|aide|adviser|advisor)\b/.test(r)) return null;
  if (/\b(?:foreign (?:minister|secretary)|secretary of state|minister of foreign affairs|minister for foreign affairs|external affairs minister|top diplomat|high representative)\b/.test(r) || r === 'fm') return e.office === 'foreign minister';
  if (/\bsecretary[- ]general\b/.test(r)) return e.office === 'secretary-general';
  if (/\bprime minister\b|^pm$|\bpremier\b/.test(r)) return e.title === 'prime minister' || e.title === 'premier';
  if (/\bchancellor\b/.test(r)) return e.title === 'chancellor';
  if (/\bpresident\b/.test(r)) return e.title === 'president' || e.title === 'commission president' || e.title === 'council president';
  if (/\b(?:leader|head of state|chairman|supreme leader)\b/.test(r)) return e.office.startsWith('head of');
  return null;
}

/** The one person a name, surname or title names on that day; null when not exactly one. */
function onePerson(terms: readonly OfficeHolderEntry[], day: string, asOf: string): { entry: OfficeHolderEntry; status: TermStatus } | null {
  const possible = terms.map((entry) => ({ entry, status: termStatus(entry, day, asOf) })).filter((t) => t.status !== 'out');
  const people = new Set(possible.map((t) => normName(t.entry.name)));
  if (people.size !== 1) return null;
  return possible.find((t) => t.status === 'in') ?? null;
}

export interface OfficeQuery {
  /** YYYY-MM-DD: the article's publication day. */
  day: string;
  /** The state the text says the person acts for, when it says. */
  state: string | null;
  /** The role the text gives, when it gives one. */
  role: string | null;
}

/** Who a bare surname ("Kim", "President Park") was on that day, if exactly one holder fits. */
export function holderBySurname(index: OfficeHolders, surname: string, q: OfficeQuery): OfficeHolderEntry | null {
  const terms = (index.byShort.get(normName(surname)) ?? []).filter((e) => (q.state === null || e.state === q.state) && officeFits(e, q.role) === true);
  return onePerson(terms, q.day, index.asOf)?.entry ?? null;
}

/** Who a surname alone, with no title and no state ("Putin invited Modi"), was on that day:
 * the one person of any office and state who certainly held one then, and nobody else who
 * possibly did. */
export function holderByBareSurname(index: OfficeHolders, surname: string, day: string): OfficeHolderEntry | null {
  return onePerson(index.byShort.get(normName(surname)) ?? [], day, index.asOf)?.entry ?? null;
}

/** Who held an office of that state on that day ("the Chinese president"), if exactly one fits the role. */
export function holderByTitle(index: OfficeHolders, state: string, role: string, q: { day: string }): OfficeHolderEntry | null {
  const terms = (index.byState.get(state) ?? []).filter((e) => officeFits(e, role) === true);
  return onePerson(terms, q.day, index.asOf)?.entry ?? null;
}

/** The office a full-named person certainly held on that day (for their state, if known). */
export function termOf(index: OfficeHolders, names: Iterable<string>, state: string | null, day: string): OfficeTerm | null {
  for (const n of names) {
    const terms = (index.byName.get(normName(n)) ?? []).filter((e) => state === null || e.state === state);
    const held = terms.filter((e) => termStatus(e, day, index.asOf) === 'in');
    // two offices at once (a president who is also head of government is one entry; a
    // prime minister acting as president is two): the one the data lists first
    const e = held[0];
    if (e) return { office: e.office, title: e.title, start: e.start, end: e.end };
  }
  return null;
}

/** Whether the person (by any of their names) certainly held some office on that day. */
export function inOffice(index: OfficeHolders, names: Iterable<string>, state: string | null, day: string): boolean {
  return termOf(index, names, state, day) !== null;
}

/**
 * A person the article names by surname only ("President Park", "North Korea's Kim") takes
 * the full name of the one holder of a fitting office on the publication day, when exactly
 * one fits the surname, the state and the role the text gives. Runs before the undated
 * known-actors fallback, which cannot tell two Kims or two Bushes apart. The bare form stays
 * an alias; a role the text gives stays as given.
 */
export function completeByOffice(people: Person[], index: OfficeHolders, day: string | null): void {
  if (day === null) return;
  for (const p of people) {
    if (/\s/.test(p.name.trim()) || [...p.aliases].some((a) => /\s/.test(a.trim()))) continue;
    const e = holderBySurname(index, p.name, { day, state: p.state, role: p.role });
    if (e === null) continue;
    if (people.some((q) => q !== p && (normName(q.name) === normName(e.name) || [...q.aliases].some((a) => normName(a) === normName(e.name))))) continue;
    p.aliases.add(p.name);
    p.name = e.name;
    p.tokens = e.name.split(/\s+/);
    p.state ??= e.state;
    if (!p.role) p.roleClass = e.office.startsWith('head of') ? 'leader' : 'official';
  }
}
