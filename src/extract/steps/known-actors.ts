/**
 * Well-known political actors (data/actors.json) as a fallback for what an article leaves
 * untold: "President Emmanuel Macron" with no adjective, "Prime Minister Narendra Modi" in an
 * Indian paper. The text always wins — the dictionary only fills a state, a role or a full
 * name that the article does not give, and never one that contradicts it.
 *
 * Two uses, at two points of the pipeline:
 *  - completeNames (right after step 3): a bare "President Biden" becomes "Joe Biden" when the
 *    surname belongs to one dictionary entry only, so every fact names the full person;
 *  - fillKnownStates (after step 10, once every text clue has had its say): a person still
 *    without a state takes the dictionary's, and an aide takes the state of a principal the
 *    dictionary knows ("Macron's spokesman X").
 */
import type { RoleClass } from '../resources';
import { normName, type Person } from './03-people';

export interface ActorEntry {
  name: string;
  aliases?: string[];
  state: string;
  role: string;
  leader: boolean;
  /** The forms a bare re-mention takes, when not simply the surname. */
  short?: string[];
}

export interface KnownActors {
  /** Normalised full name or alias → entries. */
  byName: Map<string, ActorEntry[]>;
  /** Normalised surname or short form → entries. */
  byShort: Map<string, ActorEntry[]>;
}

/** Words a full name may carry or drop without naming someone else. */
const LOOSE_DROP = new Set(['jr', 'sr', 'al', 'el', 'bin', 'ibn', 'de', 'da', 'von', 'der', 'la', 'le', 'sheikh', 'prince']);

/** A full name with suffixes, particles and initials dropped: "Joseph R. Biden Jr." ~ "joseph biden". */
function looseKey(name: string): string {
  return normName(name)
    .split(' ')
    .filter((w) => w.length > 1 && !LOOSE_DROP.has(w))
    .join(' ');
}

function push(m: Map<string, ActorEntry[]>, k: string, e: ActorEntry): void {
  if (!k) return;
  const list = m.get(k);
  if (!list) m.set(k, [e]);
  else if (!list.includes(e)) list.push(e);
}

/** The surname a re-mention uses: the family name first for East Asian names, else the last word. */
function surnameOf(name: string, eastAsian: Set<string>): string {
  const toks = name.split(/\s+/).filter((t) => !/^(?:Jr\.?|Sr\.?)$/.test(t));
  const first = toks[0] ?? '';
  const last = toks[toks.length - 1] ?? '';
  if (toks.length > 1 && toks.length <= 3 && eastAsian.has(first) && !eastAsian.has(last)) return normName(first);
  return normName(last);
}

export function buildKnownActors(entries: ActorEntry[], eastAsian: Set<string>): KnownActors {
  const byName = new Map<string, ActorEntry[]>();
  const byShort = new Map<string, ActorEntry[]>();
  for (const e of entries) {
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      push(byName, normName(n), e);
      push(byName, looseKey(n), e);
    }
    for (const s of e.short ?? [surnameOf(e.name, eastAsian)]) push(byShort, normName(s), e);
  }
  return { byName, byShort };
}

/** Entries that one name could be, after the states the text rules out. */
function consistent(list: ActorEntry[] | undefined, state: string | null): ActorEntry[] {
  if (!list) return [];
  return state ? list.filter((e) => e.state === state) : list;
}

/** One person, whatever spelling: several entries of the same canonical name count once. */
function single(list: ActorEntry[]): ActorEntry | null {
  if (!list.length) return null;
  const first = list[0]!;
  return list.every((e) => e.name === first.name) ? first : null;
}

/** The entry a full (two words or more) name or one of its spellings is, if only one fits. */
export function lookupFullName(known: KnownActors, names: Iterable<string>, state: string | null): ActorEntry | null {
  for (const n of names) {
    if (!/\s/.test(n.trim())) continue;
    const hit = consistent(known.byName.get(normName(n)), state);
    const e = hit.length ? hit : consistent(known.byName.get(looseKey(n)), state);
    if (!e.length) continue;
    // the same name under two states (a leader who later led a bloc) gives no single state
    const states = new Set(e.map((x) => x.state));
    return states.size === 1 ? e[0]! : null;
  }
  return null;
}

/** The entry a bare surname names, if it belongs to one dictionary person only. */
export function lookupSurname(known: KnownActors, surname: string, state: string | null, roleClass: RoleClass | null, role: string | null = null): ActorEntry | null {
  const all = known.byShort.get(normName(surname)) ?? [];
  const e = single(all);
  if (!e) return null;
  if (state && e.state !== state) return null;
  return roleFits(e, roleClass, role) ? e : null;
}

const headOf = (role: string): string => role.split(' ').pop() ?? role;

/**
 * Does the role the text gives fit the entry? "President Clinton" is not the secretary of state
 * of that surname, and "Governor Harris" not the vice president; "Minister Lavrov" is the
 * foreign minister. A surname with no role at all fits.
 */
function roleFits(e: ActorEntry, roleClass: RoleClass | null, role: string | null): boolean {
  // no role in the text (a class without one came from this dictionary)
  if (!role || !roleClass) return true;
  if (roleClass === 'leader') return e.leader;
  if (roleClass !== 'official') return false;
  return !e.leader && (e.role.endsWith(headOf(role)) || role.endsWith(headOf(e.role)));
}

/** Two transliterations of one given name: within two edits, long enough not to be chance. */
function spellingOf(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 2) return false;
  // Levenshtein distance, capped: names are short
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]! <= 2;
}

const isBare = (p: Person): boolean => !/\s/.test(p.name.trim());

/**
 * A person the article names by surname only ("President Biden", "Macron") takes the full
 * name from the dictionary when that surname is one entry's alone and nothing in the text
 * contradicts it. The bare form stays an alias.
 */
export function completeNames(people: Person[], known: KnownActors): void {
  for (const p of people) {
    if (!isBare(p)) continue;
    if ([...p.aliases].some((a) => /\s/.test(a.trim()))) continue;
    const e = lookupSurname(known, p.name, p.state, p.roleClass, p.role);
    if (!e) continue;
    // another person of the article already bears that name: they are not merged here
    if (people.some((q) => q !== p && normName(q.name) === normName(e.name))) continue;
    p.aliases.add(p.name);
    p.name = e.name;
    p.tokens = e.name.split(/\s+/);
  }
  // "Ibrahimi Raisi" of Iran, "Sergey Lavrov": a full name the dictionary does not hold whose
  // given name is a spelling of the entry's, with the same surname and the same state
  for (const p of people) {
    if (isBare(p) || !p.state || lookupFullName(known, [p.name, ...p.aliases], p.state)) continue;
    const words = p.name.trim().split(/\s+/);
    if (words.length !== 2) continue;
    const e = single(consistent(known.byShort.get(normName(words[1]!)), p.state));
    if (!e) continue;
    const given = normName(e.name.split(/\s+/)[0]!);
    if (!spellingOf(normName(words[0]!), given)) continue;
    if (people.some((q) => q !== p && normName(q.name) === normName(e.name))) continue;
    p.aliases.add(p.name);
    p.name = e.name;
    p.tokens = e.name.split(/\s+/);
  }
  // whether a person the text gives no role is a leader or an official: the statement step
  // takes the words of officials only
  for (const p of people) {
    if (p.role) continue;
    const e = entryOf(p, known);
    if (e) p.roleClass = e.leader ? 'leader' : 'official';
  }
}

/** The dictionary entry for a person of the article, by full name or (if still bare) surname. */
function entryOf(p: Person, known: KnownActors): ActorEntry | null {
  if (isBare(p)) return lookupSurname(known, p.name, p.state, p.roleClass, p.role);
  return lookupFullName(known, [p.name, ...p.aliases], p.state);
}

/** The state the dictionary gives a person, for steps that need it before the text has had its
 * full say (the state of a person whose ceremony is held at home). */
export function knownStateOf(p: Person, known: KnownActors): string | null {
  return entryOf(p, known)?.state ?? null;
}

/**
 * After every text clue: people still without a state take the dictionary's; people whose
 * role the text does not give are marked leader or not as the dictionary says; then aides inherit the state of a
 * principal known only through the dictionary.
 */
export function fillKnownStates(people: Person[], known: KnownActors): void {
  for (const p of people) {
    const e = entryOf(p, known);
    if (!e) continue;
    p.state ??= e.state;
    // the role stays as the text gives it; the class says whether this is a leader
    if (!p.role) p.roleClass = e.leader ? 'leader' : 'official';
  }
  for (const p of people) {
    if (p.state || !p.principals.length) continue;
    for (const name of p.principals) {
      const words = normName(name).split(' ');
      const inArticle = people.find((q) => q !== p && q.state && (normName(q.name) === normName(name) || [...q.aliases].some((a) => normName(a) === normName(name)) || (words.length === 1 && q.keys.has(words[0]!))));
      const st = inArticle?.state ?? (words.length === 1 ? lookupSurname(known, name, null, null) : lookupFullName(known, [name], null))?.state;
      if (st) {
        p.state = st;
        break;
      }
    }
  }
}
