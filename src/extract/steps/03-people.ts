/**
 * Step 3 — people, their roles and the states they act for.
 *
 * Names are found only where the text marks them as people, so a city or an organisation
 * is never taken for a person:
 *  - a title before the name: "Russian Foreign Minister Sergei Lavrov", "China's foreign
 *    ministry spokeswoman Hua Chunying", "Kremlin spokesman Dmitry Peskov", "President Xi
 *    Jinping of China", "Putin's spokesman Dmitry Peskov" (the principal's state);
 *  - an apposition after it: "Wang Yi, China's top diplomat," / "X, the Turkish
 *    president,";
 *  - the full name of a well-known actor (resources.knownActors), title or not.
 * Then, inside the article: surname re-mentions ("Lavrov"; "Kim", "Park", "Xi" — East
 * Asian family names come first), spelling variants ("Kim Jong Un" ~ "Kim Jong-un"), and
 * title re-mentions ("the Chinese leader", "the president") resolved to the one person who
 * holds that title, or the latest one mentioned.
 */
import cues from '../../../data/cues.json';
import { normaliseName } from '../../names/normalise';
import type { ExtractionResources, RoleClass } from '../resources';
import type { Sentence, Token } from './01-sentences';
import type { StateMention } from './02-states';
import { holderByBareSurname, holderByTitle, inOffice } from './offices';
import { lookupFullName, type ActorEntry } from './known-actors';

export interface Person {
  id: number;
  name: string;
  tokens: string[];
  /** Normalised forms a lone re-mention may take (surnames). */
  keys: Set<string>;
  state: string | null;
  role: string | null;
  roleClass: RoleClass | null;
  aliases: Set<string>;
  /** First mention: sentence index. */
  firstSentence: number;
  /** Whom the person speaks for ("Putin" in "Putin's spokesman X"), as written. */
  principals: string[];
}

export interface PersonMention {
  person: number;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  via: 'titled' | 'name' | 'role';
}

export interface PeopleResult {
  people: Person[];
  mentions: PersonMention[];
}

/** normaliseName, cached: "Kim Jong-un" ~ "kim jong un". */
const normCache = new Map<string, string>();

export function normName(s: string): string {
  const hit = normCache.get(s);
  if (hit !== undefined) return hit;
  if (normCache.size > 50000) normCache.clear();
  const v = normaliseName(s);
  normCache.set(s, v);
  return v;
}

const tokCache = new Map<string, string[]>();

/** normName split into words, cached. */
function normTokens(s: string): string[] {
  const hit = tokCache.get(s);
  if (hit) return hit;
  if (tokCache.size > 50000) tokCache.clear();
  const v = normName(s).split(' ');
  tokCache.set(s, v);
  return v;
}

/** Short forms of titles, read as the full title ("PM" is "prime minister"). */
const ROLE_ALIASES: Record<string, string> = { pm: 'prime minister', 'deputy pm': 'deputy prime minister', fm: 'foreign minister' };
const roleName = (r: string): string => ROLE_ALIASES[r] ?? r;

const MONARCHS = /^(?:king|queen|emir|amir|sultan|emperor|empress|monarch|grand duke|prince)$/;
const MODIFIERS = new Set(['former', 'top', 'senior', 'acting', 'then', 'new', 'outgoing', 'incoming', 'current', 'late', 'veteran', 'interim', 'newly', 'elected', 'another', 'chief', 'visiting']);
const DEATH_BEFORE = /\b(?:death|funeral|passing|burial|assassination|killing|memorial service|state funeral|mourning) (?:of|for) (?:the late )?$/i;
const DEATH_AFTER = /^(?:'s (?:death|funeral|passing|assassination)\b|,? (?:who )?(?:died|passed away|was (?:killed|assassinated))\b)/;
/** Before a title, words that say it is someone else than the holder the article named. */
const NOT_THE_HOLDER = /^(?:previous|next|future|another)$/;
/** "the first Japanese premier to visit": an office through time, which may be the named holder's. */
const ORDINAL = /^(?:first|second|third|last|only)$/;
/** Words that make a title a non-state one: an opposition leader does not speak for the state. */
const NON_STATE = new Set(['opposition', 'party', 'rebel', 'militant', 'union', 'community', 'religious', 'business', 'tribal', 'separatist', 'group', 'movement', 'protest', 'student', 'insurgent', 'militia', 'campaign', 'church', 'club', 'team', 'company', 'firm', 'bank']);

/** Verbs of saying that may follow a name directly ("…, Arnold Ruutel said"). */
const SAYING = new Set(['said', 'says', 'told', 'added', 'stated', 'announced', 'wrote', 'noted', 'warned', 'insisted', 'replied', 'confirmed', 'explained']);

/** Cue words after which a bare capitalised name is a person (data/cues.json nameCues), by last word. */
const NAME_CUES = (cues.nameCues as string[]).map((c) => c.split(' '));
/** Surnames of office-holders that are also English words or months a sentence may open
 * with ("May", "Major", "Brown"): never read as the office-holder without a first name or title. */
const COMMON_WORD_SURNAMES = new Set(['may', 'major', 'brown', 'rice', 'young', 'long', 'king', 'little', 'church', 'white', 'rich', 'gray', 'grey', 'hope', 'bell', 'ball', 'hill', 'wood', 'love', 'best', 'sharp', 'law', 'new', 'all', 'said', 'will', 'mark', 'joy', 'fox', 'key', 'cook', 'martin']);

function nameCueBefore(toks: Token[], i: number): boolean {
  return NAME_CUES.some((cue) => cue.length <= i && cue.every((w, k) => toks[i - cue.length + k]!.lower === w));
}

/** Particles that make the next word a father's name, not a family name. */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint']);
const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'his', 'her', 'its', 'their']);
/** Prepositions after which a state is where a role is exercised, not whose it is. */
const PLACE_PREPS = new Set(['to', 'in', 'at', 'from', 'toward', 'towards', 'against', 'with', 'between']);

/** What opens a member of a list of people, and what closes one ("--", ",", "and"), or the
 * verb after a sentence's subject. */
const LIST_OPENERS = new Set([',', ':', ';', '(', '-', '--', '–', '—', 'and', 'or']);
const LIST_CLOSERS = /^(?:[,.;:()]|-|--|–|—|and|or|said|says|told|will|would|has|had|is|was|who|arrived|visited)$/;

/** A Title-Case headline: no closing full stop, most words capitalised. */
function isTitleCase(toks: Token[]): boolean {
  const last = toks[toks.length - 1]?.text;
  if (last === '.' || last === '"' || last === '”' || last === '?' || last === '!') return false;
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (!/^\p{L}/u.test(t.text) || t.text.length < 3) continue;
    words++;
    if (/^\p{Lu}/u.test(t.text)) caps++;
  }
  return words >= 4 && caps / words >= 0.75;
}

/** Offices held on the other side of a meeting: "his counterpart, X" is not his government's. */
const OTHER_SIDE_ROLES = /^(?:counterpart|host|guest|opposite number|rival|predecessor|successor)$/;

interface Candidate {
  sentence: number;
  tokenStart: number;
  nameStart: number;
  nameEnd: number;
  /** End of the whole phrase ("… of the Republic of Korea"). */
  spanEnd: number;
  name: string;
  state: string | null;
  role: string;
  roleClass: RoleClass;
  principal: string | null;
  /** "his prime minister, X": the office is that of the person "his" points back to. */
  ownedByPronoun?: boolean;
}

/**
 * `day` is the article's publication day (YYYY-MM-DD), when known: a bare surname shared by
 * several people of the article goes to the one then in office (steps/offices.ts).
 */
export function findPeople(sentences: Sentence[], text: string, states: StateMention[], res: ExtractionResources, day: string | null = null): PeopleResult {
  // per sentence: token index → state mention starting / ending there
  // per sentence, per token: the state mention starting / ending there, and coverage flags
  const stAt: (StateMention | undefined)[][] = sentences.map(() => []);
  const stEnd: (StateMention | undefined)[][] = sentences.map(() => []);
  const stCov: Uint8Array[] = sentences.map((x) => new Uint8Array(x.tokens.length + 1));
  const claimedA: Uint8Array[] = sentences.map((x) => new Uint8Array(x.tokens.length + 1));
  const coveredA: Uint8Array[] = sentences.map((x) => new Uint8Array(x.tokens.length + 1));
  /** Per token: 0 not yet asked, 1 a name word, 2 not (see isNameTok). */
  const nameTokA: Uint8Array[] = sentences.map((x) => new Uint8Array(x.tokens.length + 1));
  for (const m of states) {
    stAt[m.sentence]![m.tokenStart] = m;
    stEnd[m.sentence]![m.tokenEnd] = m;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) (stCov[m.sentence]![k] = 1);
  }

  const matchTitle = (toks: Token[], i: number): number => {
    if (!toks[i] || !res.titleStarts.has(toks[i]!.lower)) return 0;
    let best = 0;
    let key = toks[i]!.lower;
    for (let n = 1; n <= res.maxTitleTokens && i + n <= toks.length; n++) {
      if (n > 1) key += ' ' + toks[i + n - 1]!.lower;
      if (!res.titlePrefixes.has(key)) break;
      if (res.titles.has(key)) best = n;
    }
    return best;
  };
  const isNameTok = (s: number, toks: Token[], k: number): boolean => {
    const t = toks[k];
    if (!t) return false;
    const ch = t.text.charCodeAt(0);
    // fast path for ASCII lower case, digits and punctuation
    if (ch < 128 && !(ch >= 65 && ch <= 90)) {
      // "al-Assad", "bin-Zayed", "van-Dijk": a lower-case particle joined to a capitalised name
      // (the cheap character tests first: this runs for every word of the text)
      if (!(k > 0 && (ch === 97 || ch === 101 || ch === 98 || ch === 105) && t.text.length > 3 && /^(?:al|el|bin|ibn|abu|ben)-\p{Lu}/u.test(t.text))) return false;
    } else if (ch >= 128 && !/^\p{Lu}/u.test(t.text)) return false;
    // capitalised words are asked about again by every pass: remember the answer
    const known = nameTokA[s]![k]!;
    if (known !== 0) return known === 1;
    const yes = !(res.notNames.has(t.text) || stCov[s]![k] === 1 || res.titles.has(t.lower) || res.media.has(t.text));
    nameTokA[s]![k] = yes ? 1 : 2;
    return yes;
  };
  /** Extent of a name starting at k (name tokens and inner particles), at most 5 words. */
  const nameEnd = (s: number, toks: Token[], k: number): number => {
    let e = k;
    // particles make names long ("Sayyid Hamad bin Salim Al Busaidi"): a word more with one
    let cap = 5;
    while (e - k < cap) {
      if (isNameTok(s, toks, e)) e++;
      else if (e > k && res.nameParticles.has(toks[e]?.lower ?? '') && isNameTok(s, toks, e + 1)) {
        e += 2;
        cap = 6;
      } else if (e > k && res.nameParticles.has(toks[e]?.lower ?? '') && res.nameParticles.has(toks[e + 1]?.lower ?? '') && isNameTok(s, toks, e + 2)) {
        // "Joost van der Linden", "Maria de la Cruz": two particles in a row
        e += 3;
        cap = 7;
      } else break;
    }
    return e;
  };
  const isOrg = (toks: Token[], a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (res.orgWords.has(toks[k]!.text) || /\d/.test(toks[k]!.text)) return true;
    return false;
  };
  /** "President X of China": the state, and where the phrase ends. */
  const stateAfterOf = (s: number, toks: Token[], k: number): { code: string; end: number } | null => {
    if (toks[k]?.text !== 'of') return null;
    let j = k + 1;
    if (toks[j]?.text === 'the' && !!!stAt[s]![j]) j++;
    const m = stAt[s]![j];
    return m && m.kind !== 'city' && m.kind !== 'not' && m.kind !== 'demonym' ? { code: m.code, end: m.tokenEnd } : null;
  };

  /** The rest of an apposition names whom the role serves: "X, a spokesman for the South
   * Korean presidential office," / "X, director general of the Ukrainian foreign ministry's
   * political department,". A state after "to", "in", "at" is where the role is exercised
   * ("ambassador to Berlin"), not whose it is. */
  const stateInApposition = (s: number, toks: Token[], k: number): string | null => {
    for (let j = k; j < toks.length && j < k + 10 && toks[j]!.text !== ',' && toks[j]!.text !== '.'; j++) {
      const m = stAt[s]![j];
      if (!m) continue;
      if (m.kind === 'not' || m.kind === 'bloc' || PLACE_PREPS.has(toks[j - 1]?.lower ?? '')) return null;
      return m.code;
    }
    return null;
  };
  /** "X, spokesman for President Roh Moo-hyun,": the principal named just after the role. */
  const principalAfter = (s: number, toks: Token[], k: number): string | null => {
    if (!/^(?:for|to|of)$/.test(toks[k]?.lower ?? '')) return null;
    let j = k + 1;
    while (j < toks.length && toks[j]!.text !== ',' && !isNameTok(s, toks, j) && j < k + 4) j++;
    if (!isNameTok(s, toks, j)) return null;
    const e = nameEnd(s, toks, j);
    return e > j ? text.slice(toks[j]!.start, toks[e - 1]!.end) : null;
  };

  /** A full name the known-actors list holds (one person, whatever the spelling). */
  const isKnownName = (name: string): boolean => {
    const list = res.knownActors.byName.get(normName(name));
    return !!list && list.every((e) => e.name === list[0]!.name);
  };

  /** Where a known full name of two words or more ends the run [i, ne), if one does. */
  const knownTail = (s: number, toks: Token[], i: number, ne: number): number | null => {
    for (let k = i + 1; k <= ne - 2; k++) {
      if (claimedA[s]![k] === 1 || isOrg(toks, k, ne)) continue;
      if (isKnownName(text.slice(toks[k]!.start, toks[ne - 1]!.end))) return k;
    }
    return null;
  };

  /** Whether the name ending at token `last` had its office said before it: a title right before
   * the name, or a state closing an office set off by a comma ("the King of Eswatini, Mswati III"). */
  const officeFirstList = (s: number, toks: Token[], last: number): boolean => {
    let start = last;
    while (start > 0 && (isNameTok(s, toks, start - 1) || res.nameParticles.has(toks[start - 1]!.lower))) start--;
    const prev = toks[start - 1];
    if (!prev) return false;
    if (res.titles.has(prev.lower) || res.titles.has(prev.lower.replace(/-/g, ' '))) return true;
    return prev.text === ',' && !!stEnd[s]![start - 1] && toks[start - 2] !== undefined;
  };

  /** A word of a title in [a, b), plurals too ("Prime Ministers of A and B"). */
  const titleWordIn = (toks: Token[], a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (res.titleStarts.has(toks[k]!.lower) || res.titles.has(toks[k]!.lower.replace(/e?s$/, ''))) return true;
    return false;
  };

  const candidates: Candidate[] = [];
  
  for (const sen of sentences) {
    const s = sen.index;
    const toks = sen.tokens;
    // A Title-Case headline ("President Trump Says He Will Visit") capitalises verbs too, so
    // names are not introduced there; people named in the body are still found in it.
    if (isTitleCase(toks)) continue;
    // (a) title before the name
    for (let i = 0; i < toks.length; i++) {
      if (stCov[s]![i] === 1) continue;
      const n = matchTitle(toks, i);
      if (!n) continue;
      let ns = i + n;
      let ne = nameEnd(s, toks, ns);
      let ofState: string | null = null;
      // after an office, "Sheikh" is respect and "Amir" a given name: "Crown Prince Sheikh
      // Mohammed bin Zayed", "Foreign Minister Amir Khan Muttaqi"
      // (a capitalised honorific, "Datuk", would otherwise open the name itself)
      if ((ne === ns || ne > ns + 2) && res.honorifics.has(toks[ns]?.text ?? '') && nameEnd(s, toks, ns + 1) > ns + 1) {
        // one word after it: the honorific is part of how the person is named ("Prime
        // Minister Sheikh Rahima")
        ne = nameEnd(s, toks, ns + 1);
        if (ne > ns + 2) ns += 1;
        // "Prime Minister Datuk Seri Azman Hashim": honorifics come in strings
        while (ne > ns + 2 && res.honorifics.has(toks[ns]!.text)) ns += 1;
      } else if (n === 1 && ne === ns + 1 && res.honorifics.has(toks[i]!.text)) {
        // "Sheikh Rahima", read as a title and one name: the honorific stays in the name
        ns = i;
      } else if (ne === ns && res.titleGivenNames.has(toks[ns]?.text ?? '') && nameEnd(s, toks, ns + 1) > ns + 1) {
        ne = nameEnd(s, toks, ns + 1);
      }
      // "Deputy Minister for External Affairs, Savitri Rao,": a portfolio of capitalised words
      // after the office (no state among them), then the name set off as below
      if (ne === ns && (toks[ns]?.text === 'for' || toks[ns]?.text === 'of') && !stAt[s]![ns + 1] && /^\p{Lu}/u.test(toks[ns + 1]?.text ?? '')) {
        let k = ns + 1;
        while (k < toks.length && k - ns <= 5 && !stAt[s]![k] && (/^\p{Lu}/u.test(toks[k]!.text) || toks[k]!.text === 'and')) k++;
        if (toks[k]?.text === ',' && toks[k - 1]!.text !== 'and') ns = ne = k;
      }
      if (ne === ns && toks[ns]?.text === ',') {
        // a role before its name, set off by commas: "the Estonian president, Arnold Ruutel,";
        // the name must close the apposition (a comma, a full stop or a saying verb follows);
        // a courtesy title may open it ("his Liberian counterpart, Mrs. Ama Dolo,")
        const courtesy = res.courtesyTitles.has(toks[ns + 1]?.lower ?? '') || (res.honorifics.has(toks[ns + 1]?.text ?? '') && nameEnd(s, toks, ns + 2) - ns - 2 >= 2) ? 1 : 0;
        const e2 = nameEnd(s, toks, ns + 1 + courtesy);
        const after = toks[e2]?.lower ?? '';
        if (courtesy) ns += 1;
        if (e2 - ns - 1 >= 2 && (e2 - ns - 1 <= 4 || (e2 - ns - 1 <= 6 && toks.slice(ns + 1, e2).some((t) => res.nameParticles.has(t.lower)))) && !isOrg(toks, ns + 1, e2) && (after === ',' || after === '.' || after === '' || SAYING.has(after))) {
          ns += 1;
          ne = e2;
          // "the Prime Minister, Sir Alan Hale,": respect, not the name
          if (ne - ns > 2 && res.honorifics.has(toks[ns]!.text)) ns += 1;
        }
      }
      if (ne === ns) {
        // "Prime Minister of Japan Fumio Kishida"; "a spokesman for the Kremlin, Dmitry Peskov,"
        const via = toks[ns]?.text;
        // "ambassador to Israel Thomas Nides", "envoy to the UN Jane Doe": the state served in, then the name
        if (via === 'to' && /^(?:ambassador|envoy|special envoy|representative|permanent representative|charg)/.test(toks[ns - 1]!.lower)) {
          let j = ns + 1;
          if (toks[j]?.text === 'the' && !stAt[s]![j]) j++;
          const sm = stAt[s]![j];
          const e2 = sm ? nameEnd(s, toks, sm.tokenEnd) : 0;
          if (sm && sm.kind !== 'not' && e2 - sm.tokenEnd >= 2 && !isOrg(toks, sm.tokenEnd, e2)) {
            ns = sm.tokenEnd;
            ne = e2;
          }
        }
        if (ne === ns && (via === 'of' || via === 'for')) {
          let j = ns + 1;
          if (toks[j]?.text === 'the' && !stAt[s]![j]) j++;
          const sm = stAt[s]![j];
          if (sm && sm.kind !== 'not' && sm.kind !== 'city') {
            let k = sm.tokenEnd;
            // "the Chinese foreign ministry" / "the Kremlin"
            while (k < toks.length && k - sm.tokenEnd < 3 && /^(?:foreign|ministry|government|office|presidency|embassy|defense|defence)$/i.test(toks[k]!.text)) k++;
            // "the Emir of Qatar, Sheikh Tamim," — a role before its name, set off by commas, as
            // "the Estonian president, Arnold Ruutel," is above
            // (not after a name and its comma: "X, the president of Gabon, Y, the king of …" lists
            // each name with its office after it)
            // … unless that list names its first member after the office too ("the King of Eswatini,
            // Mswati III, the president of Gabon, Ali Bongo, …", "Secretary-General X, the President
            // of Mexico, Y, …"): then every office stands before its name
            const apposed = toks[k]?.text === ',' && via === 'of' && toks[i - 1]?.lower === 'the' && (!(toks[i - 2]?.text === ',' && isNameTok(s, toks, i - 3)) || officeFirstList(s, toks, i - 3));
            if (toks[k]?.text === ',' && (via === 'for' || apposed)) k++;
            if (apposed && res.honorifics.has(toks[k]?.text ?? '') && nameEnd(s, toks, k + 1) - k - 1 >= 2) k++;
            const e2 = nameEnd(s, toks, k);
            if (apposed && !/^(?:,|\.|)$/.test(toks[e2]?.text ?? '') && !SAYING.has(toks[e2]?.lower ?? '')) k = e2 + 1;
            // "envoy for Yemen Henrik Solberg": after "for", a name of two or three words (a longer run
            // is more likely an organisation's)
            if (e2 - k >= 2 && !isOrg(toks, k, e2) && (via === 'of' || toks[e2]?.text === ',' || e2 - k <= 3)) {
              ns = k;
              ne = e2;
              ofState = sm.code;
            }
          } else if (via === 'of') {
            // "national coordinator of the summit Kevin Brady": a few lower-case words, then the name
            let k = ns + 1;
            while (k < toks.length && k - ns <= 3 && /^[a-z]+$/.test(toks[k]!.text)) k++;
            const e2 = nameEnd(s, toks, k);
            if (k > ns + 1 && e2 - k >= 2 && !isOrg(toks, k, e2) && toks[k - 1]!.text !== 'and') {
              ns = k;
              ne = e2;
            }
          }
        }
      }
      if (ne === ns || isOrg(toks, ns, ne)) {
        i += n - 1;
        continue;
      }
      const rawRole = toks.slice(i, i + n).map((t) => t.lower).join(' ');
      const roleClass: RoleClass = NON_STATE.has(toks[i - 1]?.lower ?? '') ? 'other' : res.titles.get(rawRole)!;
      const role = roleName(rawRole);
      // walk back over modifiers to a state ("Russian", "China's", "Kremlin") or a principal
      let b = i;
      while (b > 0 && MODIFIERS.has(toks[b - 1]!.lower)) b--;
      // "Republic of Korea (ROK) President …": the abbreviation in brackets stands between
      if (toks[b - 1]?.text === ')' && toks[b - 3]?.text === '(' && stEnd[s]![b - 3]) b -= 3;
      let state: string | null = null;
      let principal: string | null = null;
      let start = b;
      const endState = stEnd[s]![b];
      if (endState && endState.kind !== 'not') {
        state = endState.code;
        start = endState.tokenStart;
      } else if (toks[b - 1]?.text === "'s") {
        const ps = stEnd[s]![b - 1];
        if (ps && ps.kind !== 'not') {
          state = ps.code;
          start = ps.tokenStart;
        } else {
          let a = b - 1;
          while (a > 0 && isNameTok(s, toks, a - 1)) a--;
          if (a < b - 1) {
            principal = text.slice(toks[a]!.start, toks[b - 2]!.end);
            start = a;
          }
        }
      }
      const of = stateAfterOf(s, toks, ne);
      state ??= ofState ?? of?.code ?? null;
      if (/^(?:spokes(?:man|woman|person)|press secretary)$/.test(role) && toks[ne]?.text === 'for') {
        // "a spokesman for Russian President Vladimir Putin": the spokesman is unnamed
        continue;
      }
      // "He said he might send his prime minister, X": the speaker's own government's office
      // (a counterpart or host is someone else's, by what the word means)
      const ownedByPronoun = !state && !principal && /^(?:his|her)$/.test(toks[b - 1]?.lower ?? '') && !OTHER_SIDE_ROLES.test(role);
      candidates.push({
        sentence: s,
        tokenStart: start,
        nameStart: ns,
        nameEnd: ne,
        spanEnd: of ? of.end : ne,
        name: text.slice(toks[ns]!.start, toks[ne - 1]!.end),
        state,
        role,
        roleClass,
        principal,
        ownedByPronoun,
      });
      for (let k = start; k < (of ? of.end : ne); k++) (claimedA[s]![k] = 1);
      i = (of ? of.end : ne) - 1;
    }
    // (c) "Germany's Olaf Scholz", "Russia's Vladimir Putin": a state's person, role untold
    for (let i = 2; i < toks.length; i++) {
      if (toks[i - 1]!.text !== "'s" || claimedA[s]![i] === 1) continue;
      const sm = stEnd[s]![i - 1];
      if (!sm || sm.kind !== 'name' || !isNameTok(s, toks, i)) continue;
      const ne = nameEnd(s, toks, i);
      // "Georgia's Saakashvili": a lone surname after a state's possessive is its leader or
      // official, when a comma, "and" or a verb follows (not "Russia's Gazprom said")
      const lone = ne - i === 1 && /^[,.;]$|^(?:and|said|says|told|who|will|would|has|had|is|was|did|decided|arrived|visited)$/.test(toks[ne]?.lower ?? '') && toks[i]!.text.length >= 4;
      if ((ne - i < 2 && !lone) || ne - i > 4 || isOrg(toks, i, ne)) continue;
      if (res.titles.has(toks[ne]?.lower ?? '')) continue;
      candidates.push({
        sentence: s,
        tokenStart: sm.tokenStart,
        nameStart: i,
        nameEnd: ne,
        spanEnd: ne,
        name: text.slice(toks[i]!.start, toks[ne - 1]!.end),
        state: sm.code,
        role: '',
        roleClass: 'untitled' as RoleClass,
        principal: null,
      });
      for (let k = sm.tokenStart; k < ne; k++) claimedA[s]![k] = 1;
      i = ne - 1;
    }
    // (b) apposition after the name: "Wang Yi, China's top diplomat,"
    for (let i = 0; i < toks.length; i++) {
      if (!isNameTok(s, toks, i) || claimedA[s]![i] === 1) continue;
      if (i > 0 && isNameTok(s, toks, i - 1)) continue;
      const ne = nameEnd(s, toks, i);
      if (ne - i < 2 || toks[ne]?.text !== ',' || isOrg(toks, i, ne)) {
        i = Math.max(i, ne - 1);
        continue;
      }
      let j = ne + 1;
      if (DETERMINERS.has(toks[j]?.lower ?? '')) j++;
      let state: string | null = null;
      const sm = stAt[s]![j];
      if (sm && sm.kind !== 'not') {
        state = sm.code;
        j = sm.tokenEnd;
        if (toks[j]?.text === "'s") j++;
      }
      while (MODIFIERS.has(toks[j]?.lower ?? '')) j++;
      const n = matchTitle(toks, j);
      if (!n) continue;
      // "Xi and Lula, Kremlin aide Yuri Ushakov said": the title is the next name's
      if (isNameTok(s, toks, j + n)) continue;
      const rawRole = toks.slice(j, j + n).map((t) => t.lower).join(' ');
      const role = roleName(rawRole);
      state ??= stateAfterOf(s, toks, j + n)?.code ?? stateInApposition(s, toks, j + n);
      candidates.push({
        sentence: s,
        tokenStart: i,
        nameStart: i,
        nameEnd: ne,
        spanEnd: ne,
        name: text.slice(toks[i]!.start, toks[ne - 1]!.end),
        state,
        role,
        roleClass: res.titles.get(rawRole)!,
        principal: state ? null : principalAfter(s, toks, j + n),
      });
      for (let k = i; k < ne; k++) (claimedA[s]![k] = 1);
      i = ne - 1;
    }
  }

  // (e) a name with no title after a cue that only people follow ("a delegation led by Li
  // Hongzhong", "represented by Choe Ryong-hae", "including Gerhard Schröder", "following the
  // death of Akilisi Pohiva")
  for (const sen of sentences) {
    const s = sen.index;
    const toks = sen.tokens;
    if (isTitleCase(toks)) continue;
    for (let i = 1; i < toks.length; i++) {
      // a courtesy title is a cue too ("met Mrs. Ama Dolo")
      if (claimedA[s]![i] === 1 || !isNameTok(s, toks, i) || (!nameCueBefore(toks, i) && !res.courtesyTitles.has(toks[i - 1]!.lower))) continue;
      const ne = nameEnd(s, toks, i);
      if (ne - i < 2 || ne - i > 4 || isOrg(toks, i, ne)) continue;
      let claimed = false;
      for (let k = i; k < ne; k++) if (claimedA[s]![k] === 1 || stCov[s]![k] === 1) claimed = true;
      if (claimed) continue;
      candidates.push({ sentence: s, tokenStart: i, nameStart: i, nameEnd: ne, spanEnd: ne, name: text.slice(toks[i]!.start, toks[ne - 1]!.end), state: null, role: '', roleClass: 'untitled' as RoleClass, principal: null });
      for (let k = i; k < ne; k++) claimedA[s]![k] = 1;
      i = ne - 1;
    }
  }

  // (g) names after an office in the plural, each holding it: "Presidents Ali Bongo and Paul
  // Biya", "their foreign ministers Ivan Sorokin and Li Wen"
  for (const sen of sentences) {
    const s = sen.index;
    const toks = sen.tokens;
    if (isTitleCase(toks)) continue;
    for (let i = 0; i < toks.length - 2; i++) {
      const w = toks[i]!.lower;
      if (!w.endsWith('s') || !/\p{L}/u.test(w)) continue;
      // the plural's last word: "ministers" of "foreign ministers", "presidents"
      let role: string | null = null;
      for (const n of [3, 2, 1]) {
        if (i - n + 1 < 0) continue;
        const key = [...toks.slice(i - n + 1, i).map((t) => t.lower), w.replace(/s$/, '')].join(' ');
        if (res.titles.has(key)) {
          role = key;
          break;
        }
      }
      if (!role) continue;
      const names: [number, number][] = [];
      let k = i + 1;
      for (;;) {
        if (!isNameTok(s, toks, k) || claimedA[s]![k] === 1) break;
        const ne = nameEnd(s, toks, k);
        if (ne - k < 2 || ne - k > 4 || isOrg(toks, k, ne)) break;
        names.push([k, ne]);
        const sep = toks[ne]?.text;
        if (sep === ',' && toks[ne + 1]?.text === 'and') k = ne + 2;
        else if (sep === ',' || sep === 'and') k = ne + 1;
        else break;
        if (names.length > 1 && toks[k - 1]?.text === 'and' && !isNameTok(s, toks, k)) break;
      }
      // at least two, the last after "and": a list, not a name that happens to follow
      if (names.length < 2 || toks[names[names.length - 1]![0] - 1]?.text !== 'and') continue;
      for (const [a, b] of names) {
        let claimed = false;
        for (let q = a; q < b; q++) if (claimedA[s]![q] === 1 || stCov[s]![q] === 1) claimed = true;
        if (claimed) continue;
        candidates.push({ sentence: s, tokenStart: a, nameStart: a, nameEnd: b, spanEnd: b, name: text.slice(toks[a]!.start, toks[b - 1]!.end), state: null, role, roleClass: res.titles.get(role)!, principal: null });
        for (let q = a; q < b; q++) claimedA[s]![q] = 1;
      }
      i = names[names.length - 1]![1] - 1;
    }
  }

  // (d) a well-known actor named in full without a title ("Emmanuel Macron said"): the known
  // actors say it is a person; state and role are left to the text, then to the fallback
  for (const sen of sentences) {
    const s = sen.index;
    const toks = sen.tokens;
    if (isTitleCase(toks)) continue;
    for (let i = 0; i < toks.length; i++) {
      if (claimedA[s]![i] === 1 || !isNameTok(s, toks, i) || (i > 0 && isNameTok(s, toks, i - 1))) continue;
      const ne = nameEnd(s, toks, i);
      let end = ne;
      while (end - i >= 2 && !isKnownName(text.slice(toks[i]!.start, toks[end - 1]!.end))) end--;
      // "the Joe Biden Foundation": the whole capitalised run decides whether it is an organisation
      if (end - i < 2 || isOrg(toks, i, ne)) {
        // "Chairman of State Affairs Kim Jong-un": a known full name closing a run of title
        // words is the person the title belongs to
        const tail = knownTail(s, toks, i, ne);
        if (tail !== null) {
          candidates.push({ sentence: s, tokenStart: tail, nameStart: tail, nameEnd: ne, spanEnd: ne, name: text.slice(toks[tail]!.start, toks[ne - 1]!.end), state: null, role: '', roleClass: 'untitled' as RoleClass, principal: null });
          for (let k = tail; k < ne; k++) claimedA[s]![k] = 1;
        }
        i = Math.max(i, ne - 1);
        continue;
      }
      let claimed = false;
      for (let k = i; k < end; k++) if (claimedA[s]![k] === 1) claimed = true;
      if (claimed) continue;
      candidates.push({
        sentence: s,
        tokenStart: i,
        nameStart: i,
        nameEnd: end,
        spanEnd: end,
        name: text.slice(toks[i]!.start, toks[end - 1]!.end),
        state: null,
        role: '',
        roleClass: 'untitled' as RoleClass,
        principal: null,
      });
      for (let k = i; k < end; k++) claimedA[s]![k] = 1;
      i = end - 1;
    }
  }

  // (f) a name placed by "of {S}" as a member of a list or the subject of a sentence: "invited
  // four leaders -- Ibrahim Diarra of Mali, Lamin Jobe of the Gambia --"; lists of guests write
  // each member so once the title is said for all of them
  for (const sen of sentences) {
    const s = sen.index;
    const toks = sen.tokens;
    if (isTitleCase(toks)) continue;
    for (let i = 0; i < toks.length; i++) {
      if (claimedA[s]![i] === 1 || !isNameTok(s, toks, i)) continue;
      const ne = nameEnd(s, toks, i);
      const before = toks[i - 1]?.text;
      if (ne - i < 2 || ne - i > 4 || isOrg(toks, i, ne) || (before !== undefined && !LIST_OPENERS.has(before)) || titleWordIn(toks, i, ne)) {
        i = Math.max(i, ne - 1);
        continue;
      }
      const of = stateAfterOf(s, toks, ne);
      if (!of || !LIST_CLOSERS.test(toks[of.end]?.lower ?? '.')) continue;
      let claimed = false;
      for (let k = i; k < ne; k++) if (claimedA[s]![k] === 1) claimed = true;
      if (claimed) continue;
      candidates.push({ sentence: s, tokenStart: i, nameStart: i, nameEnd: ne, spanEnd: of.end, name: text.slice(toks[i]!.start, toks[ne - 1]!.end), state: of.code, role: '', roleClass: 'untitled' as RoleClass, principal: null });
      for (let k = i; k < of.end; k++) claimedA[s]![k] = 1;
      i = of.end - 1;
    }
  }

  // ---- candidates → people (one per person in the article) ---------------------------------
  const people: Person[] = [];
  const keysOf = (tokens: string[]): Set<string> => {
    const keys = new Set<string>();
    const first = tokens[0]!;
    const last = tokens[tokens.length - 1]!;
    if (tokens.length > 1 && res.eastAsianSurnames.has(first) && tokens.length <= 3 && !res.eastAsianSurnames.has(last)) {
      keys.add(normName(first));
    } else if (tokens.length > 1 && res.eastAsianSurnames.has(first) && /-/.test(last)) {
      keys.add(normName(first));
    } else if (tokens.slice(1, -1).some((t) => PATRONYMIC.has(t))) {
      // "Mohammed bin Salman": the word after "bin" is the father's name, so a lone "Salman" is
      // someone else (King Salman); he is "bin Salman"
      keys.add(normName(tokens.slice(-2).join(' ')));
    } else {
      keys.add(normName(last));
      if (last.includes('-')) keys.add(normName(last.split('-').pop()!));
      if (tokens.length >= 3) keys.add(normName(tokens.slice(-2).join(' ')));
    }
    return keys;
  };
  const sameAs = (p: Person, name: string): boolean => {
    const a = normTokens(p.name);
    const b = normTokens(name);
    // normName is the words joined by single spaces (and cached): no new strings per comparison
    if (normName(p.name) === normName(name)) return true;
    if (b.length === 1) return p.keys.has(b[0]!);
    if (a.length === 1) return keysOf(name.split(/\s+/)).has(a[0]!);
    if (a[a.length - 1] !== b[b.length - 1] && !a.includes(b[b.length - 1]!) && !b.includes(a[a.length - 1]!)) return false;
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    const set = new Set(long);
    if (short.every((t) => set.has(t))) return true;
    return a[a.length - 1] === b[b.length - 1] && a[0]![0] === b[0]![0];
  };
  const sorted = [...candidates].sort((x, y) => (y.nameEnd - y.nameStart > 1 ? 1 : 0) - (x.nameEnd - x.nameStart > 1 ? 1 : 0));
  const candPerson = new Map<Candidate, Person>();
  // people by the words of their names and their surname keys: any person sameAs could accept
  // shares one of these with the name, so only they are compared (long texts name hundreds)
  const byNameWord = new Map<string, Person[]>();
  const indexPerson = (p: Person): void => {
    for (const w of [...normTokens(p.name), ...p.keys]) {
      const list = byNameWord.get(w);
      if (!list) byNameWord.set(w, [p]);
      else if (!list.includes(p)) list.push(p);
    }
  };
  const findSame = (name: string): Person | undefined => {
    let best: Person | undefined;
    for (const w of normTokens(name)) {
      for (const q of byNameWord.get(w) ?? []) if ((!best || q.id < best.id) && sameAs(q, name)) best = q;
    }
    return best;
  };
  for (const c of sorted) {
    let p = findSame(c.name);
    if (!p) {
      const tokens = c.name.split(/\s+/);
      p = {
        id: people.length,
        name: c.name,
        tokens,
        keys: keysOf(tokens),
        state: null,
        role: null,
        roleClass: null,
        aliases: new Set(),
        firstSentence: c.sentence,
        principals: [],
      };
      people.push(p);
    }
    if (c.name !== p.name) {
      if (c.name.split(/\s+/).length > p.tokens.length) {
        p.aliases.add(p.name);
        p.name = c.name;
        p.tokens = c.name.split(/\s+/);
        for (const k of keysOf(p.tokens)) p.keys.add(k);
      } else p.aliases.add(c.name);
    }
    indexPerson(p);
    p.firstSentence = Math.min(p.firstSentence, c.sentence);
    if (!p.state && c.state) p.state = c.state;
    // the most telling role: one that came with a state, else the first
    if ((c.roleClass as string) === 'untitled') {
      // a name with a state but no title tells no role
    } else if (!p.role || (c.state && p.roleClass === 'other' && c.roleClass !== 'other')) {
      p.role = c.role;
      p.roleClass = c.roleClass;
    } else if (p.roleClass !== 'leader' && c.roleClass === 'leader') {
      p.role = c.role;
      p.roleClass = 'leader';
    }
    candPerson.set(c, p);
  }
  // principals: "Putin's spokesman X" acts for Putin's state
  for (const c of candidates) {
    const p = candPerson.get(c)!;
    if (c.principal && !p.principals.includes(c.principal)) p.principals.push(c.principal);
    if (!p.state && c.principal) {
      const q = people.find((x) => x !== p && sameAs(x, c.principal!));
      if (q?.state) p.state = q.state;
    }
  }

  // "his prime minister, X": the person last named before, in this sentence or the two before it
  for (const c of candidates) {
    const p = candPerson.get(c)!;
    if (!c.ownedByPronoun || p.state) continue;
    let owner: Candidate | undefined;
    for (const o of candidates) {
      if (o === c || candPerson.get(o) === p || o.sentence > c.sentence || o.sentence < c.sentence - 2 || (o.sentence === c.sentence && o.nameEnd > c.tokenStart)) continue;
      if (!owner || o.sentence > owner.sentence || (o.sentence === owner.sentence && o.nameStart > owner.nameStart)) owner = o;
    }
    const state = owner ? candPerson.get(owner)!.state : null;
    if (state) p.state = state;
  }

  const mentions: PersonMention[] = [];
  for (const c of candidates) {
    const sen = sentences[c.sentence]!;
    mentions.push({
      person: candPerson.get(c)!.id,
      sentence: c.sentence,
      tokenStart: c.tokenStart,
      tokenEnd: c.spanEnd,
      start: sen.tokens[c.tokenStart]!.start,
      end: sen.tokens[c.spanEnd - 1]!.end,
      via: 'titled',
    });
    for (let k = c.tokenStart; k < c.spanEnd; k++) (coveredA[c.sentence]![k] = 1);
  }

  // ---- re-mentions by name ------------------------------------------------------------------
  const lastSeen = new Map<number, number>();
  const noteSeen = (m: PersonMention): void => {
    lastSeen.set(m.person, m.sentence * 10000 + m.tokenStart);
  };
  // "Abiy Ahmed" is "Abiy" after: where news calls people by the first name, it is a key too
  for (const p of people) {
    if (!p.state || p.tokens.length < 2) continue;
    if (res.givenNameStates.has(p.state)) p.keys.add(normName(p.tokens[0]!));
    if (res.givenNameLastStates.has(p.state)) p.keys.add(normName(p.tokens[p.tokens.length - 1]!));
    // "Yao Kouadio Ahoua" of Côte d'Ivoire opens with a word that is a Chinese surname, but is
    // "Ahoua" after: only where family names come first is the first word the surname
    if (!res.familyNameFirstStates.has(p.state) && res.eastAsianSurnames.has(p.tokens[0]!) && !res.eastAsianSurnames.has(p.tokens[p.tokens.length - 1]!)) p.keys.add(normName(p.tokens[p.tokens.length - 1]!));
    const paternal = p.tokens[p.tokens.length - 2];
    if (res.paternalSurnameStates.has(p.state) && p.tokens.length >= 3 && paternal && /^\p{Lu}/u.test(paternal)) p.keys.add(normName(paternal));
  }
  // people by each word of their names and by title head: look-ups stay cheap in long texts
  const byWord = new Map<string, Person[]>();
  const byHead = new Map<string, Person[]>();
  const index = <K>(m: Map<K, Person[]>, k: K, p: Person): void => {
    const list = m.get(k);
    if (!list) m.set(k, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  for (const p of people) {
    for (const w of normTokens(p.name)) index(byWord, w, p);
    for (const k of p.keys) index(byWord, k, p);
    for (const a of p.aliases) for (const w of normTokens(a)) index(byWord, w, p);
    if (p.role) index(byHead, p.role.split(' ').pop()!, p);
  }
  /** Whether the story tells of the person's death ("the funeral of {P}", "{P}, who died"). */
  const diedIn = (p: Person): boolean =>
    mentions.some((m) => m.person === p.id && (DEATH_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || DEATH_AFTER.test(text.slice(m.end, m.end + 40))));
  /** The known actor a person's full name is, looked up once per person. */
  const famousCache = new Map<Person, ActorEntry | null>();
  const famousEntry = (p: Person): ActorEntry | null => {
    let e = famousCache.get(p);
    if (e === undefined) famousCache.set(p, (e = lookupFullName(res.knownActors, [p.name, ...p.aliases], p.state)));
    return e;
  };
  /** Of `among`, the one last mentioned at or before `pos`, and where (-1: none was). */
  const mostRecent = (among: readonly Person[], pos: number): { best: Person | undefined; bestPos: number } => {
    let best: Person | undefined;
    let bestPos = -1;
    for (const p of among) {
      const seen = lastSeen.get(p.id) ?? -1;
      if (seen <= pos && seen > bestPos) {
        best = p;
        bestPos = seen;
      }
    }
    return { best, bestPos };
  };
  const pickByKey = (name: string, pos: number): Person | undefined => {
    const words = normTokens(name);
    const pool = new Set<Person>();
    for (const w of [words[0]!, words[words.length - 1]!, words.join(' ')]) for (const p of byWord.get(w) ?? []) pool.add(p);
    const hits = [...pool].filter((p) => sameAs(p, name)).sort((a, b) => a.id - b.id);
    if (hits.length <= 1) return hits[0];
    // the same surname twice ("Kim"): the one mentioned most recently, else the first
    const { best, bestPos } = mostRecent(hits, pos);
    // …unless that was a while ago: news style names the lesser namesake in full (or by title)
    // and leaves the bare surname to the principal, so beyond the previous sentence a bare
    // "Kim" is the one leader among them
    const sentenceOf = (at: number) => Math.floor(at / 10000);
    const farFromBest = best === undefined || sentenceOf(bestPos) < sentenceOf(pos) - 1;
    // "Kim's father, Kim Jong-il, …": the namesake in office when the story was written is
    // the one a bare surname means, unless another was named just before
    if (day !== null) {
      const holders = hits.filter((p) => inOffice(res.officeHolders, [p.name, ...p.aliases], p.state, day));
      if (holders.length === 1 && best !== holders[0] && farFromBest) return holders[0];
    }
    const leaders = hits.filter((p) => p.roleClass === 'leader');
    if (leaders.length === 1 && best !== leaders[0] && farFromBest) return leaders[0];
    return best ?? hits[0];
  };
  /**
   * "the Chinese president" in an article that names no Chinese president: whoever held the
   * office on the publication day, when exactly one person did (never with "former", "then",
   * "new" or any other modifier, which say it is someone else). Joins a person of the article
   * of that name if there is one.
   */
  const officeHolderOf = (state: string, role: string, s: number): Person | undefined => {
    if (day === null) return undefined;
    // a leader of that state the article names ("Israeli Prime Minister X … the Israeli
    // leader") is left to the later steps, which know more of the text than a date does
    const cls = res.titles.get(role);
    if (people.some((q) => q.state === state && q.roleClass !== null && q.roleClass === cls)) return undefined;
    const e = holderByTitle(res.officeHolders, state, role, { day });
    if (e === null) return undefined;
    const known = personNamed(e.name);
    if (known) return known.state === null || known.state === state ? known : undefined;
    return addHolder(e.name, state, role, res.titles.get(role) ?? 'leader', [], s);
  };
  /** The article's person of that name, under it or as an alias. */
  const personNamed = (name: string): Person | undefined => people.find((q) => normName(q.name) === normName(name) || [...q.aliases].some((a) => normName(a) === normName(name)));
  /** An office-holder the article names only by title or surname, as a person of the article. */
  const addHolder = (name: string, state: string, role: string | null, roleClass: RoleClass, aliases: string[], s: number): Person => {
    const tokens = name.split(/\s+/);
    const p: Person = { id: people.length, name, tokens, keys: keysOf(tokens), state, role, roleClass, aliases: new Set(aliases), firstSentence: s, principals: [] };
    people.push(p);
    if (role) index(byHead, role.split(' ').pop()!, p);
    for (const w of normTokens(p.name)) index(byWord, w, p);
    for (const k of p.keys) index(byWord, k, p);
    return p;
  };
  /** The office-holder a bare surname names on the publication day, as a person of the article. */
  const bareHolder = (surname: string, s: number, onlyKnown: boolean): Person | undefined => {
    if (day === null) return undefined;
    const e = holderByBareSurname(res.officeHolders, surname, day);
    if (e === null) return undefined;
    const known = personNamed(e.name);
    if (known || onlyKnown) return known;
    return addHolder(e.name, e.state, null, 'leader', [surname], s);
  };
  // every word a re-mention could start with: a cheap test before the full comparison
  const startWords = new Set<string>();
  for (const p of people) {
    for (const k of p.keys) startWords.add(k.split(' ')[0]!);
    startWords.add(normName(p.tokens[0]!));
    for (const a of p.aliases) startWords.add(normName(a.split(/\s+/)[0]!));
  }
  if (people.length || day !== null) {
    const titledBySentence = new Map<number, PersonMention[]>();
    for (const m of mentions) {
      const list = titledBySentence.get(m.sentence) ?? [];
      list.push(m);
      titledBySentence.set(m.sentence, list);
    }
    for (const sen of sentences) {
      const s = sen.index;
      const toks = sen.tokens;
      for (const m of titledBySentence.get(s) ?? []) noteSeen(m);
      const titleCase = isTitleCase(toks);
      for (let i = 0; i < toks.length; i++) {
        if (coveredA[s]![i] === 1 || !isNameTok(s, toks, i)) continue;
        const key = normName(toks[i]!.text);
        const holderKey = day !== null && !titleCase && res.officeHolders.byShort.has(key) && !COMMON_WORD_SURNAMES.has(key);
        if (!startWords.has(key) && !holderKey) continue;
        let ne = nameEnd(s, toks, i);
        while (ne > i + 1 && coveredA[s]![ne - 1] === 1) ne--;
        const name = text.slice(toks[i]!.start, toks[ne - 1]!.end);
        let p = isOrg(toks, i, ne) ? undefined : pickByKey(name, s * 10000 + i);
        // "Putin invited Modi": news calls the best-known leaders by surname alone, never
        // naming them in full; whoever alone held an office under that name that day
        // (a surname another person of the article bears is left to them)
        if (!p && holderKey && ne === i + 1) p = bareHolder(toks[i]!.text, s, byWord.has(key));
        // "Kim Jong-un Kim" never happens, but "Xi Jinping Vietnam" might: try shorter
        let end = ne;
        while (!p && end - i > 1) {
          end--;
          const shorter = text.slice(toks[i]!.start, toks[end - 1]!.end);
          p = pickByKey(shorter, s * 10000 + i);
        }
        if (!p) {
          i = ne - 1;
          continue;
        }
        const surface = text.slice(toks[i]!.start, toks[end - 1]!.end);
        if (surface !== p.name) p.aliases.add(surface);
        const m: PersonMention = { person: p.id, sentence: s, tokenStart: i, tokenEnd: end, start: toks[i]!.start, end: toks[end - 1]!.end, via: 'name' };
        mentions.push(m);
        noteSeen(m);
        for (let k = i; k < end; k++) (coveredA[s]![k] = 1);
        i = end - 1;
      }
      // ---- title re-mentions: "the Chinese leader", "the president" -------------------------
      for (let i = 0; i < toks.length; i++) {
        if (coveredA[s]![i] === 1 || stCov[s]![i] === 1) continue;
        const n = matchTitle(toks, i);
        if (!n) continue;
        const rawRole = toks.slice(i, i + n).map((t) => t.lower).join(' ');
        const cls = res.titles.get(rawRole)!;
        const role = roleName(rawRole);
        // "the Togolese leader, President Kossi Amegan": a role set off before a name is that
        // name's, not a re-mention of someone before
        const apposed = toks[i + n]?.text === ',' && (coveredA[s]![i + n + 1] === 1 || matchTitle(toks, i + n + 1) > 0);
        if (cls === 'other' || apposed || isNameTok(s, toks, i + n) || toks[i + n]?.text === 'of' || toks[i + n]?.text === 'and') {
          i += n - 1;
          continue;
        }
        let b = i;
        while (b > 0 && MODIFIERS.has(toks[b - 1]!.lower)) b--;
        let state: string | null = null;
        let start = b;
        const endState = stEnd[s]![b] ?? (toks[b - 1]?.text === "'s" ? stEnd[s]![b - 1] : undefined);
        if (endState && endState.kind !== 'not' && endState.kind !== 'city') {
          state = endState.code;
          start = endState.tokenStart;
        }
        const det = toks[start - 1]?.lower;
        // "the next president", "another prime minister": someone else in the office ("the late
        // king", "the former president" may well be the one the story named)
        const before = [det ?? '', ...toks.slice(b, i).map((t) => t.lower)];
        if (before.some((w) => NOT_THE_HOLDER.test(w))) continue;
        const ordinal = before.some((w) => ORDINAL.test(w));
        if (!state && det !== 'the') continue;
        if (det === 'the' || det === 'his' || det === 'her') start--;
        const head = role.split(' ').pop()!;
        const pos = s * 10000 + i;
        // byHead lists exactly the people whose role ends in this head (roles are settled by now)
        // "the Chinese leader", "the Kenyan head of state": whoever leads, whatever the title
        // (president, premier, king); "the Japanese premier": the prime minister, and back
        const leaderish = head === 'leader' || /^head of (?:state|government)$/.test(role);
        // "the new monarch", "the sovereign": whoever reigns, king, queen, emir or sultan
        const reigning = head === 'monarch' || head === 'sovereign';
        const sameOffice = (x: Person) =>
          (role === 'premier' && x.role === 'prime minister') || (role === 'prime minister' && x.role === 'premier') || (reigning && MONARCHS.test(x.role ?? ''));
        // ("Pakistan's foreign minister" is not its prime minister: a title of several words
        // names that office only)
        // a famous name given without a title holds the office the known actors give it
        const famous = (x: Person) => (x.role ? null : famousEntry(x));
        // (after "the first …", only one named before it in the sentence: "{P}, who would be the
        // first German leader to attend"; "the first Japanese prime minister to visit since
        // {famous predecessor}" is the one the story is about, whom it titled)
        const famousHolder = (x: Person) => {
          const k = famous(x);
          const seen = lastSeen.get(x.id);
          return !!k && seen !== undefined && seen < pos && (!ordinal || seen >= s * 10000) && ((k.role.split(' ').pop() === head && (role === head || k.role === role)) || (leaderish && k.leader));
        };
        const holders = [...new Set([...(byHead.get(head) ?? []).filter((x) => role === head || x.role === role), ...people.filter((x) => (leaderish && x.roleClass === 'leader') || sameOffice(x) || famousHolder(x))])];
        // "the American president": a president of that state; one of untold state only if none is
        const sameState = state ? holders.filter((p) => (p.state ?? famousEntry(p)?.state) === state) : holders;
        // (not one named in this very sentence: "Prime Minister Ann Hale's invitation …, while
        // Thailand's prime minister sent his regrets" are two people)
        // A lede may hold the name back ("Iran's president would stop in Islamabad … President X
        // will travel"), so one of untold state named later can be meant, unless someone of that
        // state was named before, as a famous name says ("Emmanuel Macron, on a visit to
        // Rwanda … The French president …  President Y, who had invited him")
        const namedBefore = () => people.some((q) => q.firstSentence <= s && (q.state ?? famousEntry(q)?.state) === state);
        // ("{P}, the first Japanese premier to visit …": after an ordinal, only the one it is set
        // off from)
        const seenHere = (p: Person) => (lastSeen.get(p.id) ?? -1) >= s * 10000 && (lastSeen.get(p.id) ?? -1) < pos;
        const cands =
          sameState.length || !state
            ? sameState
            : holders.filter((p) => !p.state && !famous(p) && (ordinal ? seenHere(p) : p.firstSentence !== s && (p.firstSentence < s || !namedBefore())));
        const possessive = toks[b - 1]?.text === "'s";
        // "the late prime minister": whoever's death the story told ("following the death of
        // {P}"), office or not
        const dead = before.includes('late') ? people.filter((q) => q.firstSentence <= s && diedIn(q)) : [];
        const p =
          dead.length > 0
            ? mostRecent(dead, pos).best ?? dead[0]
            : cands.length === 1
              ? cands[0]
              : (mostRecent(cands, pos).best ?? (cands.length === 0 && b === i && state !== null && (possessive || det === 'the') ? officeHolderOf(state, role, s) : undefined));
        if (!p) continue;
        if (!p.state && state) p.state = state;
        const m: PersonMention = {
          person: p.id,
          sentence: s,
          tokenStart: start,
          tokenEnd: i + n,
          start: toks[start]!.start,
          end: toks[i + n - 1]!.end,
          via: 'role',
        };
        mentions.push(m);
        noteSeen(m);
        for (let k = start; k < i + n; k++) (coveredA[s]![k] = 1);
        i += n - 1;
      }
    }
  }
  mentions.sort((a, b) => a.sentence - b.sentence || a.tokenStart - b.tokenStart);
  return { people, mentions };
}
