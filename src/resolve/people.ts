/**
 * People of one article, gathered from its people list and from every fact that names a
 * person, then resolved to graph keys: by normalised full name, and for a bare surname
 * ("Putin") by the one known person with that surname who acts for the same state.
 */
import type { ActorRef, ArticleExtraction, PersonRef } from '../extract/types';
import { normaliseName } from '../names/normalise';
import { isSurnameOnly, personKey, surnameKey } from './names';

/** One person as this article knows them, merged over all the places the article names them. */
export interface ArticlePerson {
  /** Normalised name: how facts of this article refer to the person. */
  ref: string;
  name: string;
  aliases: string[];
  state: string | null;
  role: string | null;
  leader: boolean;
  /** The office held on the publication day, with its term (see ExtractedPerson.term). */
  term: { office: string; start: string; end: string | null } | null;
}

/** Where a person of this article lands in the graph. */
export interface ResolvedPerson extends ArticlePerson {
  id: string;
  surnameKey: string;
  /** Set when a bare surname was joined to a person already known (in the graph or article). */
  joinedTo: 'article' | 'graph' | null;
}

/** A question for the graph: which full-named people carry this surname (and state)? */
export interface SurnameLookup {
  surnameKey: string;
  state: string | null;
}

/** The graph's answer: for each lookup key, the ids of full-named people that match. */
export type SurnameMatches = ReadonlyMap<string, readonly string[]>;

export function lookupKey(lookup: SurnameLookup): string {
  return `${lookup.surnameKey}|${lookup.state ?? ''}`;
}

function personRefs(extraction: ArticleExtraction): PersonRef[] {
  const refs: PersonRef[] = [];
  const add = (actor: ActorRef): void => {
    if (actor.kind === 'person') refs.push(actor);
  };
  for (const inv of extraction.invitations) {
    add(inv.inviter);
    add(inv.invitee);
  }
  for (const visit of extraction.visits) add(visit.visitor);
  for (const stm of extraction.statements) {
    add(stm.speaker);
    stm.about.forEach(add);
  }
  return refs;
}

/** Every person of the article once, keyed by normalised name; empty names are dropped. */
export function collectPeople(extraction: ArticleExtraction): ArticlePerson[] {
  const byRef = new Map<string, ArticlePerson>();
  const upsert = (name: string, patch: Partial<ArticlePerson>): void => {
    const ref = normaliseName(name);
    if (ref === '') return;
    const current = byRef.get(ref) ?? { ref, name, aliases: [], state: null, role: null, leader: false, term: null };
    current.state ??= patch.state ?? null;
    current.term ??= patch.term ?? null;
    current.role ??= patch.role ?? null;
    current.leader ||= patch.leader ?? false;
    for (const alias of patch.aliases ?? []) if (alias.trim() && !current.aliases.includes(alias)) current.aliases.push(alias);
    byRef.set(ref, current);
  };
  for (const person of extraction.people) upsert(person.name, person);
  for (const ref of personRefs(extraction)) upsert(ref.name, { state: ref.state });
  return [...byRef.values()];
}

/** Bare surnames the article itself cannot place (no full name with that surname in it). */
export function surnameLookups(people: readonly ArticlePerson[]): SurnameLookup[] {
  const lookups = new Map<string, SurnameLookup>();
  for (const person of people) {
    if (!isSurnameOnly(person.name) || inArticleMatch(person, people) !== null) continue;
    const lookup = { surnameKey: surnameKey(person.name, person.state), state: person.state };
    lookups.set(lookupKey(lookup), lookup);
  }
  return [...lookups.values()].sort((a, b) => lookupKey(a).localeCompare(lookupKey(b)));
}

/** The one full-named person of the same article with this surname and a compatible state. */
function inArticleMatch(person: ArticlePerson, people: readonly ArticlePerson[]): ArticlePerson | null {
  const key = surnameKey(person.name, person.state);
  const candidates = people.filter(
    (other) =>
      other !== person &&
      !isSurnameOnly(other.name) &&
      surnameKey(other.name, other.state) === key &&
      (person.state === null || other.state === null || other.state === person.state),
  );
  return candidates.length === 1 ? (candidates[0] ?? null) : null;
}

/**
 * Resolve every person of the article. `matches` holds the graph's answers to
 * `surnameLookups`; a bare surname joins a known person only when exactly one matches.
 */
export function resolvePeople(people: readonly ArticlePerson[], matches: SurnameMatches): ResolvedPerson[] {
  return people.map((person) => {
    const key = surnameKey(person.name, person.state);
    const base: ResolvedPerson = { ...person, id: personKey(person.name), surnameKey: key, joinedTo: null };
    if (!isSurnameOnly(person.name)) return base;
    const local = inArticleMatch(person, people);
    if (local !== null) {
      return { ...base, id: personKey(local.name), surnameKey: surnameKey(local.name, local.state), state: person.state ?? local.state, joinedTo: 'article' };
    }
    const known = matches.get(lookupKey({ surnameKey: key, state: person.state })) ?? [];
    const only = known.length === 1 ? known[0] : undefined;
    return only === undefined ? base : { ...base, id: only, joinedTo: 'graph' };
  });
}

/**
 * Surname matches for the articles of a batch written in one transaction, in batch order:
 * the graph's answers plus the full-named people of the batch's earlier articles, i.e. what
 * the graph would hold had those articles been written first.
 */
export function batchMatches(articles: ReadonlyArray<readonly ArticlePerson[]>, graph: SurnameMatches): SurnameMatches[] {
  const earlier: Array<{ id: string; surnameKey: string; state: string | null }> = [];
  return articles.map((people) => {
    const matches = new Map<string, readonly string[]>();
    for (const lookup of surnameLookups(people)) {
      const key = lookupKey(lookup);
      const ids = new Set(graph.get(key) ?? []);
      for (const p of earlier) {
        if (p.surnameKey === lookup.surnameKey && (lookup.state === null || p.state === lookup.state)) ids.add(p.id);
      }
      matches.set(key, [...ids].sort());
    }
    for (const p of people) {
      if (!isSurnameOnly(p.name)) earlier.push({ id: personKey(p.name), surnameKey: surnameKey(p.name, p.state), state: p.state });
    }
    return matches;
  });
}
