/**
 * Step 5 — sentence templates.
 *
 * Each sentence becomes a lower-case token string in which every recognised actor and date
 * is a placeholder: "Russian President Vladimir Putin invited Kim to attend the May 9
 * ceremony" → "{P0} invited {P1} to attend the {D2} ceremony". The fact steps then match
 * short, flat patterns of English news style over these strings, without caring how long
 * or how spelled the names were. Placeholders index the sentence's mention list.
 */
import cues from '../../../data/cues.json';
import type { ExtractionResources } from '../resources';
import type { Sentence } from './01-sentences';
import type { StateMention } from './02-states';
import type { PersonMention } from './03-people';
import { findDates, type DateMention } from './04-dates';

export type SentenceMention =
  | { kind: 'P'; tokenStart: number; tokenEnd: number; person: number; via: PersonMention['via'] }
  | { kind: 'S'; tokenStart: number; tokenEnd: number; state: StateMention }
  | { kind: 'D'; tokenStart: number; tokenEnd: number; date: DateMention }
  | { kind: 'M'; tokenStart: number; tokenEnd: number; surface: string };

export interface Clause {
  sentence: Sentence;
  mentions: SentenceMention[];
  /** Lower-case tokens joined by spaces, mentions replaced by {K<index>}. */
  template: string;
  /** The template's words, and for each the mention index (or -1) and its first token. */
  parts: string[];
  partMention: number[];
  partToken: number[];
}

const NON_ASCII = /[^\x00-\x7f]/;

export function buildClauses(
  sentences: Sentence[],
  states: StateMention[],
  people: PersonMention[],
  res: ExtractionResources,
  persons: readonly { state: string | null }[] = [],
): Clause[] {
  const statesBy = groupBy(states, (m) => m.sentence);
  const peopleBy = groupBy(people, (m) => m.sentence);
  let invitationTold = false;
  return sentences.map((sen) => {
    const toks = sen.tokens;
    const taken = new Array<boolean>(toks.length).fill(false);
    const ms: SentenceMention[] = [];
    const claim = (a: number, b: number): boolean => {
      for (let k = a; k < b; k++) if (taken[k]) return false;
      for (let k = a; k < b; k++) taken[k] = true;
      return true;
    };
    for (const p of peopleBy.get(sen.index) ?? []) {
      if (claim(p.tokenStart, p.tokenEnd)) ms.push({ kind: 'P', tokenStart: p.tokenStart, tokenEnd: p.tokenEnd, person: p.person, via: p.via });
    }
    // media names before states: "Korea Times", "Yonhap News Agency"
    for (let i = 0; i < toks.length; i++) {
      if (taken[i] || !res.mediaStarts.has(toks[i]!.text)) continue;
      for (let n = Math.min(res.maxMediaTokens, toks.length - i); n >= 1; n--) {
        const key = toks.slice(i, i + n).map((t) => t.text).join(' ');
        if (res.media.has(key) && claim(i, i + n)) {
          ms.push({ kind: 'M', tokenStart: i, tokenEnd: i + n, surface: key });
          i += n - 1;
          break;
        }
      }
    }
    for (const s of statesBy.get(sen.index) ?? []) {
      if (s.kind === 'not') continue;
      if (claim(s.tokenStart, s.tokenEnd)) ms.push({ kind: 'S', tokenStart: s.tokenStart, tokenEnd: s.tokenEnd, state: s });
    }
    for (const d of findDates(sen.text, sen.start)) {
      const a = toks.findIndex((t) => t.start >= d.start);
      if (a < 0) continue;
      let b = a;
      while (b < toks.length && toks[b]!.end <= d.end) b++;
      if (a >= 0 && b > a && claim(a, b)) ms.push({ kind: 'D', tokenStart: a, tokenEnd: b, date: d });
    }
    ms.sort((a, b) => a.tokenStart - b.tokenStart);
    const parts: string[] = [];
    const partMention: number[] = [];
    const partToken: number[] = [];
    let mi = 0;
    for (let i = 0; i < toks.length; ) {
      const m = ms[mi];
      if (m && m.tokenStart === i) {
        parts.push(`{${m.kind}${mi}}`);
        partMention.push(mi);
        partToken.push(i);
        i = m.tokenEnd;
        mi++;
        continue;
      }
      const w = toks[i]!.lower;
      parts.push(NON_ASCII.test(w) ? w.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/[—–]/g, '-') : w);
      partMention.push(-1);
      partToken.push(i);
      i++;
    }
    collapseStateModifiers(parts, partMention, partToken, ms, (m) => toks.slice(m.tokenStart, m.tokenEnd).some((t) => t.text === ','), (i) => persons[i]?.state ?? null, res.courtesyTitles);
    readAsInvitation(parts, invitationTold);
    const template = parts.join(' ');
    invitationTold ||= INVITATION_TOLD.test(template);
    return { sentence: sen, mentions: ms, template, parts, partMention, partToken };
  });
}

/**
 * Courtesy titles before a name ("Mr. {P}") leave the template: patterns read "{P}". And
 * two ways news names one actor with two mentions, read as one: a state and its abbreviation
 * in brackets ("the Democratic People's Republic of Korea (DPRK)", "{S} ( {S} )"), and a
 * state's name used as a modifier of a titled name ("Republic of Korea President Moon
 * Jae-in", "{S} {P}"). The mentions stay; only the template's parts go.
 */
function collapseStateModifiers(
  parts: string[],
  partMention: number[],
  partToken: number[],
  ms: SentenceMention[],
  spansComma: (m: SentenceMention) => boolean,
  stateOfPerson: (person: number) => string | null,
  courtesyTitles: Set<string>,
): void {
  const drop = (at: number, n: number): void => {
    parts.splice(at, n);
    partMention.splice(at, n);
    partToken.splice(at, n);
  };
  const stateOf = (k: number): string | null => {
    const m = partMention[k] !== undefined && partMention[k]! >= 0 ? ms[partMention[k]!] : undefined;
    return m?.kind === 'S' ? m.state.code : null;
  };
  for (let k = 0; k < parts.length; k++) {
    // a name the people step read with its role before it ("Kenya's president, Samuel Otieno,
    // will …"): the comma that closes that apposition goes too, before an auxiliary or a preposition
    const here = partMention[k]! >= 0 ? ms[partMention[k]!] : undefined;
    // "Mr. Oli", "Dr. Jaishankar": a courtesy title is no word of the sentence's structure
    if (here?.kind === 'P' && k > 0 && courtesyTitles.has(parts[k - 1]!)) {
      drop(k - 1, 1);
      k -= 2;
      continue;
    }
    // ("Kenya's president, Samuel Otieno, will", "asked his counterpart, Ram Thapa, to come",
    // "invited the Polish President, Jan Nowak, to Warsaw"); before anything else the comma may
    // close a clause or open a list, and stays
    if (here?.kind === 'P' && parts[k + 1] === ',' && spansComma(here) && /^(?:will|would|is|was|has|had|have|did|does|also|could|may|might|can|cannot|won't|wo|to|for|at|in|on|from|leaves|left|arrived|arrives|flew|flies|travelled|traveled|travels|visited|visits|met|meets|heads|headed|returned|returns|invited|invites|accepted|declined|departed|departs|attended|attends|said|says|told)$/.test(parts[k + 2] ?? '')) drop(k + 1, 1);
    const code = stateOf(k);
    if (!code) continue;
    if (parts[k + 1] === '(' && parts[k + 3] === ')' && stateOf(k + 2) === code) drop(k + 1, 3);
    // "the Prime Minister of Japan, Mr. Kenzo Morioka, and …": the office and its commas go,
    // the name stays, as for "Japan's prime minister, {P},"
    if (parts[k - 1] === 'of' && parts[k + 1] === ',') {
      // (a courtesy title before the name is still there: "…, Mr. {P},")
      const pk = courtesyTitles.has(parts[k + 2] ?? '') ? k + 3 : k + 2;
      const name = partMention[pk] !== undefined && partMention[pk]! >= 0 ? ms[partMention[pk]!] : undefined;
      let j = k - 2;
      while (j > 0 && k - j <= 10 && /^[a-z][a-z-]*$/.test(parts[j]!) && parts[j] !== 'the') j--;
      const office = parts.slice(j + 1, k - 1).join(' ');
      // (not "{P} , the president of {S} , {P2} , …": there the office is the first name's)
      const prevName = partMention[j - 2] !== undefined && partMention[j - 2]! >= 0 ? ms[partMention[j - 2]!] : undefined;
      const afterName = parts[j - 1] === ',' && prevName?.kind === 'P';
      if (parts[j] === 'the' && name?.kind === 'P' && !afterName && OFFICE_OF.test(office) && /^(?:,|and|$)/.test(parts[pk + 1] ?? '')) {
        if (parts[pk + 1] === ',' && !/^(?:who|which|whom|whose|said|says)$/.test(parts[pk + 2] ?? '')) drop(pk + 1, 1);
        drop(j, pk - j);
        k = j - 1;
        continue;
      }
    }
    // "Russia's foreign minister, Sergei Lavrov, said": the role and its commas go, the name stays
    if (parts[k + 1] === "'s") {
      let j = k + 2;
      while (j < parts.length && j - k <= 5 && /^[a-z][a-z-]*$/.test(parts[j]!)) j++;
      const p = partMention[j + 1] !== undefined && partMention[j + 1]! >= 0 ? ms[partMention[j + 1]!] : undefined;
      if (j > k + 2 && parts[j] === ',' && p?.kind === 'P') {
        const closing = parts[j + 2] === ',' && !/^(?:who|which|whom|whose)$/.test(parts[j + 3] ?? '') ? 1 : 0;
        if (closing) drop(j + 2, 1);
        drop(k, j - k + 1);
        k--;
        continue;
      }
    }
    const next = partMention[k + 1] !== undefined && partMention[k + 1]! >= 0 ? ms[partMention[k + 1]!] : undefined;
    if (next?.kind === 'P' && (next.via === 'titled' || stateOfPerson(next.person) === code) && parts[k - 1] !== 'of' && parts[k - 1] !== 'in' && parts[k - 1] !== 'to') {
      drop(k, 1);
      k--;
    }
  }
}

/**
 * An office named before "of {S}" ("the prime minister of", "the foreign ministers of"), with
 * its portfolio and the second office protocol often joins to it ("the Deputy Prime Minister
 * and Minister of Foreign Affairs of").
 */
const ONE_OFFICE = `(?:[a-z-]+ )?(?:${cues.organs.filter((o) => !/^(?:government|people|delegation|head)$/.test(o)).map((o) => `${o}s?`).join('|')})(?: (?:of|for) (?:[a-z-]+ ){0,2}[a-z-]+)?`;
const OFFICE_OF = new RegExp(`^${ONE_OFFICE}(?: and ${ONE_OFFICE})?$`);
const INVITATION_NOUNS = new Map<string, string>(Object.entries(cues.invitationNouns));
const FRAME_VERBS = new Set<string>(cues.invitationFrameVerbs);
const NOUNS_POINTING_BACK = new Set<string>(cues.invitationNounsPointingBack);
const INVITATION_TOLD = /\binvit|\b(?:asked|urged|requested)\b/;
/** Words before a noun that point back to something told: "turned down the request". */
const POINTS_BACK = new Set(['the', 'similar', "'s", 'his', 'her', 'its', 'their']);

/**
 * News often calls an invitation a request, an offer or a proposal: "received a request to
 * attend", "took up an offer from {P} to visit {S}", and, once an invitation has been told,
 * "turned down the request", "is still weighing the offer". Such a noun reads as
 * "invitation" so that every invitation pattern applies; "a request for aid", "an offer of
 * talks", "the proposal to extend the truce" and "the proposal" alone stay as they are.
 */
function readAsInvitation(parts: string[], invitationTold: boolean): void {
  for (let k = 0; k < parts.length; k++) {
    const canon = INVITATION_NOUNS.get(parts[k]!);
    if (!canon) continue;
    let j = k + 1;
    // "an offer from {P} to visit", "a request by the host to attend"
    if (parts[j] === 'from' || parts[j] === 'by') {
      const to = parts.indexOf('to', j + 1);
      if (to > 0 && to - j <= 6) j = to;
    }
    const framed = parts[j] === 'to' && FRAME_VERBS.has(parts[j + 1] ?? '');
    const pointsBack = invitationTold && NOUNS_POINTING_BACK.has(parts[k]!) && POINTS_BACK.has(parts[k - 1] ?? '') && !/^(?:for|of|on|that|to|about)$/.test(parts[k + 1] ?? '');
    if (framed || pointsBack) parts[k] = canon;
  }
}

function groupBy<T>(xs: T[], key: (x: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}
