/**
 * Builds the gazetteers the extractor reads. This is the only place data is gathered
 * (world-countries plus the hand-made lists under data/); extraction functions receive the
 * result as an argument and never load anything themselves.
 */
import countries from 'world-countries';
import extra from '../../data/states-extra.json';
import cities from '../../data/cities.json';
import titles from '../../data/titles.json';
import media from '../../data/media.json';
import names from '../../data/names.json';
import actors from '../../data/actors.json';
import offices from '../../data/office-holders.json';
import { tokenize } from './steps/01-sentences';
import { buildKnownActors, type KnownActors } from './steps/known-actors';
import { buildOfficeHolders, type OfficeHolders } from './steps/offices';

/** The key a surface form is stored under: its tokens joined by single spaces. */
export function formKey(text: string): string {
  return tokenize(text).map((t) => t.text).join(' ');
}

/** How a surface form names a state: its name, an adjective, a seat of power, a city. */
export type FormKind = 'name' | 'demonym' | 'metonym' | 'city' | 'bloc' | 'not';

export interface StateForm {
  code: string;
  kind: FormKind;
}

interface HistoricalState {
  name: string;
  names: string[];
  demonyms: string[];
  metonyms: string[];
  since?: string;
  until: string;
  successor?: string;
}

/** A state of the past: in a story published in [since, until), a mention of `successor` is
 * `code` ("Moscow" in 1987); after `until`, its adjective only describes ("the Soviet victory"). */
export interface Succession {
  code: string;
  successor: string | null;
  since: string | null;
  until: string;
}

export type RoleClass = 'leader' | 'official' | 'other';

export interface ExtractionResources {
  /** Surface form (case-sensitive; a leading "the" is lower case) → state. */
  forms: Map<string, StateForm>;
  /** Longest form, in tokens. */
  maxFormTokens: number;
  /** First words of forms, titles and media names: a cheap test before building keys. */
  formStarts: Set<string>;
  titleStarts: Set<string>;
  mediaStarts: Set<string>;
  /** Every token prefix of a form / title, so matching extends a key only while it can still match. */
  formPrefixes: Set<string>;
  titlePrefixes: Set<string>;
  /** Historical states that a successor's name stood for in stories of their time. */
  successions: Succession[];
  /** A bloc's seat → the state it lies in ("Brussels" → BEL): where a visit to the seat goes. */
  blocSeats: Map<string, string>;
  /** Display name per code. */
  stateNames: Map<string, string>;
  /** Forms that are often not the state (Jordan, Georgia, Chad…). */
  ambiguous: Set<string>;
  /** Lower-case role phrase → class. */
  titles: Map<string, RoleClass>;
  maxTitleTokens: number;
  /** News organisations (never state speakers). */
  media: Set<string>;
  maxMediaTokens: number;
  /** Family names written first ("Park Geun-hye" → "Park"). */
  eastAsianSurnames: Set<string>;
  /** States whose people are re-mentioned by the first name ("Abiy Ahmed" → "Abiy"). */
  givenNameStates: Set<string>;
  /** States whose people are re-mentioned by the given name written last ("Nguyen Phu Trong" → "Trong"). */
  givenNameLastStates: Set<string>;
  familyNameFirstStates: Set<string>;
  paternalSurnameStates: Set<string>;
  /** Courtesy titles, lower case ("mr.", "mrs"). */
  courtesyTitles: Set<string>;
  /** Lower-case words allowed inside a name ("de", "bin"). */
  nameParticles: Set<string>;
  /** Words of respect before a name that are no office ("Sheikh"). */
  honorifics: Set<string>;
  /** Title words that are also given names ("Amir"): part of the name after another title. */
  titleGivenNames: Set<string>;
  /** Words that make a capitalised sequence an organisation. */
  orgWords: Set<string>;
  /** Capitalised words that are never part of a person's name. */
  notNames: Set<string>;
  /** Well-known political actors: a fallback for what the article leaves untold. */
  knownActors: KnownActors;
  /** Who held which office when: a bare surname or title resolved by the article's date. */
  officeHolders: OfficeHolders;
}

/** The UN members and observers, plus Taiwan, Kosovo, and the Cook Islands and Niue (in free
 * association with New Zealand, they conduct their own foreign relations and are invited to
 * summits as states). */
const EXTRA_CODES: Record<string, string> = { PSE: 'PSE', VAT: 'VAT', TWN: 'TWN', UNK: 'XKX', COK: 'COK', NIU: 'NIU' };

function tokenCount(s: string): number {
  return s.split(/\s+/).length;
}

export function loadExtractionResources(): ExtractionResources {
  const forms = new Map<string, StateForm>();
  const stateNames = new Map<string, string>();
  // Later additions do not override earlier ones, so hand-made data (added first) wins.
  const add = (form: string, code: string, kind: FormKind): void => {
    const f = formKey(form);
    if (!f || forms.has(f)) return;
    forms.set(f, { code, kind });
  };

  for (const [code, e] of Object.entries(extra.states) as [string, { names: string[]; demonyms: string[]; metonyms: string[] }][]) {
    for (const n of e.names) add(n, code, 'name');
    for (const d of e.demonyms) add(d, code, 'demonym');
    for (const m of e.metonyms) add(m, code, 'metonym');
  }
  const successions: Succession[] = [];
  for (const [code, h] of Object.entries(extra.historical) as [string, HistoricalState][]) {
    stateNames.set(code, h.name);
    for (const n of h.names) add(n, code, 'name');
    for (const d of h.demonyms) add(d, code, 'demonym');
    for (const m of h.metonyms) add(m, code, 'metonym');
    successions.push({ code, successor: h.successor ?? null, since: h.since ?? null, until: h.until });
  }
  const blocSeats = new Map<string, string>();
  for (const [code, b] of Object.entries(extra.blocs) as [string, { name: string; names: string[]; seats?: Record<string, string> }][]) {
    stateNames.set(code, b.name);
    for (const n of b.names) add(n, code, 'bloc');
    for (const [seat, state] of Object.entries(b.seats ?? {})) blocSeats.set(seat, state);
  }
  for (const n of extra.notStates) add(n, '', 'not');

  const ignoredAlts = new Set<string>(extra.ignoredAltSpellings);
  for (const c of countries) {
    const code = EXTRA_CODES[c.cca3] ?? (c.unMember ? c.cca3 : null);
    if (!code) continue;
    if (!stateNames.has(code)) stateNames.set(code, c.name.common);
    add(c.name.common, code, 'name');
    add(c.name.official, code, 'name');
    add(`the ${c.name.official}`, code, 'name');
    for (const alt of c.altSpellings) {
      // two-letter codes ("KR", "IN") collide with ordinary words; skip them
      if (alt.length > 2 && !alt.includes(',') && /^[A-Z]/.test(alt) && !ignoredAlts.has(alt)) add(alt, code, 'name');
    }
    const dm = c.demonyms?.eng;
    if (dm) {
      for (const d of [dm.m, dm.f]) for (const part of d.split(/,| or /)) add(part.trim(), code, 'demonym');
    }
    for (const cap of c.capital ?? []) {
      add(cap, code, 'metonym');
      const plain = cap.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      add(plain, code, 'metonym');
    }
  }
  stateNames.set('XKX', 'Kosovo');
  for (const [code, list] of Object.entries(cities)) {
    if (code.startsWith('_') || !Array.isArray(list)) continue;
    for (const city of list) add(city, code, 'city');
  }

  let maxFormTokens = 1;
  for (const f of forms.keys()) maxFormTokens = Math.max(maxFormTokens, tokenCount(f));

  const titleMap = new Map<string, RoleClass>();
  for (const cls of ['leader', 'official', 'other'] as RoleClass[]) {
    for (const t of (titles as unknown as Record<string, string[]>)[cls] ?? []) {
      if (!titleMap.has(t)) titleMap.set(t, cls);
      // "Vice-Premier", "Deputy-Governor": news joins these prefixes with a hyphen as often as not
      // … and military ranks likewise ("Lieutenant-General", "Major-General")
      const joined = t.replace(/^(vice|deputy|co|lieutenant|major|brigadier|rear|air) /, '$1-');
      if (joined !== t && !titleMap.has(joined)) titleMap.set(joined, cls);
    }
  }
  let maxTitleTokens = 1;
  for (const t of titleMap.keys()) maxTitleTokens = Math.max(maxTitleTokens, tokenCount(t));

  const eastAsian = new Set(names.eastAsianSurnames);
  const mediaSet = new Set(media.names.map(formKey));
  let maxMediaTokens = 1;
  for (const m of mediaSet) maxMediaTokens = Math.max(maxMediaTokens, tokenCount(m));

  const firstWord = (k: string): string => k.split(' ')[0]!;
  const formStarts = new Set<string>();
  for (const f of forms.keys()) formStarts.add(firstWord(f) === 'the' ? 'the' : firstWord(f));
  formStarts.add('The');
  const titleStarts = new Set([...titleMap.keys()].map(firstWord));
  const mediaStarts = new Set([...mediaSet].map(firstWord));
  const prefixes = (keys: Iterable<string>): Set<string> => {
    const out = new Set<string>();
    for (const k of keys) {
      const parts = k.split(' ');
      for (let i = 1; i <= parts.length; i++) out.add(parts.slice(0, i).join(' '));
    }
    return out;
  };
  const formPrefixes = prefixes(forms.keys());
  for (const p of [...formPrefixes]) if (p.startsWith('the ')) formPrefixes.add('The' + p.slice(3));
  formPrefixes.add('The');

  return {
    forms,
    formStarts,
    titleStarts,
    mediaStarts,
    formPrefixes,
    titlePrefixes: prefixes(titleMap.keys()),
    maxFormTokens,
    stateNames,
    blocSeats,
    successions,
    ambiguous: new Set(extra.ambiguous),
    titles: titleMap,
    maxTitleTokens,
    media: mediaSet,
    maxMediaTokens,
    eastAsianSurnames: new Set(names.eastAsianSurnames),
    givenNameStates: new Set(names.givenNameStates),
    givenNameLastStates: new Set(names.givenNameLastStates),
    familyNameFirstStates: new Set(names.familyNameFirstStates),
    paternalSurnameStates: new Set(names.paternalSurnameStates),
    courtesyTitles: new Set(names.courtesyTitles.map((t: string) => t.toLowerCase())),
    nameParticles: new Set(names.particles),
    honorifics: new Set(names.honorifics),
    titleGivenNames: new Set(names.titleGivenNames),
    orgWords: new Set(names.orgWords),
    notNames: new Set(names.notNames),
    knownActors: buildKnownActors(actors.actors, new Set(names.eastAsianSurnames)),
    officeHolders: buildOfficeHolders(offices, (name) => {
      const words = name.split(/\s+/);
      return words.length <= 3 && eastAsian.has(words[0] ?? '');
    }),
  };
}
