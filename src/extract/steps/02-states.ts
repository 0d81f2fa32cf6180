/**
 * Step 2 — state mentions from the gazetteer.
 *
 * Longest match wins, so "Papua New Guinea" is never "Guinea" and "South Korean" is never
 * "Korean". Matching is case-sensitive: "turkey" the bird and "china" the porcelain are
 * lower case. Forms that are often something else are accepted only when the article gives
 * no sign of the other reading:
 *  - a person's name: "Michael Jordan", "Chad Smith" (a capitalised word beside the form);
 *  - the US state: "Georgia" in an article about Atlanta or a governor;
 *  - the bird: "Turkey" next to Thanksgiving or a roast.
 * "the North" / "the South" stand for the Koreas only in an article about Korea.
 */
import type { ExtractionResources, FormKind } from '../resources';
import type { Sentence, Token } from './01-sentences';

export interface StateMention {
  code: string;
  kind: FormKind;
  surface: string;
  sentence: number;
  /** Token range [tokenStart, tokenEnd) inside the sentence. */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
}

const US_CONTEXT = /\b(?:Atlanta|Savannah|Gov\.|governor|Republican|Democrat|county|Senate race|U\.S\. state|state of Georgia|Peach)\b/;
const GEORGIA_CONTEXT = /\b(?:Tbilisi|Georgian|Caucasus|Abkhazia|South Ossetia)\b/;
const BIRD_CONTEXT = /\b(?:Thanksgiving|roast|roasted|bird|stuffing|gravy|poultry|feathers)\b/i;

const isCap = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);

export function findStates(sentences: Sentence[], text: string, res: ExtractionResources): StateMention[] {
  const out: StateMention[] = [];
  const koreanContext = /\bKorea|Pyongyang|Seoul\b/.test(text);
  const cog = /Brazzaville|(?<!Democratic )Republic of (?:the )?Congo|Sassou/.test(text);
  const cod = /Kinshasa|Democratic Republic of (?:the )?Congo|\bDRC\b|\bDR Congo|Zaire/.test(text);
  const congo = cog && !cod ? 'COG' : cod && !cog ? 'COD' : null;
  const usGeorgia = US_CONTEXT.test(text) && !GEORGIA_CONTEXT.test(text);
  const bird = BIRD_CONTEXT.test(text);
  const personLike = new Set<string>();

  for (const s of sentences) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; ) {
      const t = toks[i]!;
      if (!res.formStarts.has(t.text) && t.text !== 'Congo' && !(koreanContext && (t.text === 'North' || t.text === 'South'))) {
        i++;
        continue;
      }
      let matched = 0;
      let form: { code: string; kind: FormKind } | undefined;
      // extend the key token by token while it is still the start of some form; keep the longest
      let key = toks[i]!.text;
      for (let n = 1; n <= res.maxFormTokens && i + n <= toks.length; n++) {
        if (n > 1) key += ' ' + toks[i + n - 1]!.text;
        if (!res.formPrefixes.has(key)) break;
        const f = res.forms.get(key.startsWith('The ') ? 'the' + key.slice(3) : key);
        if (f) {
          matched = n;
          form = f;
        }
      }
      // "Congo" alone names two states: the one the article's other words point to (its
      // capital, its longer name); with no sign, only as a member of a list of states, read as
      // the wires write it ("Congo" for Brazzaville's, "Democratic Republic of Congo" for
      // Kinshasa's), so that one unsure word does not break the list
      if (!form && t.text === 'Congo') {
        const listed = (/^(?:,|and|or)$/.test(toks[i - 1]?.text ?? '') && isCap(toks[i - 2])) || (toks[i + 1]?.text === ',' && isCap(toks[i + 2]) && /^(?:,|and)$/.test(toks[i + 3]?.text ?? ''));
        if (congo || listed) {
          form = { code: congo ?? 'COG', kind: 'name' };
          matched = 1;
        }
      }
      // "the North" / "the South" in a story about the Koreas
      if (!form && koreanContext && /^(?:North|South)$/.test(t.text) && /^the$/i.test(toks[i - 1]?.text ?? '') && !isCap(toks[i + 1])) {
        form = { code: t.text === 'North' ? 'PRK' : 'KOR', kind: 'name' };
        matched = 1;
      }
      if (!form || matched === 0) {
        i++;
        continue;
      }
      const first = toks[i]!;
      const last = toks[i + matched - 1]!;
      const surface = text.slice(first.start, last.end);
      let accept = form.kind !== 'not';
      if (accept && res.ambiguous.has(surface)) {
        const before = toks[i - 1];
        const after = toks[i + matched];
        const nameBefore = isCap(before) && !res.forms.has(before!.text) && !res.notNames.has(before!.text) && !res.titles.has(before!.text.toLowerCase());
        const nameAfter = isCap(after) && !res.forms.has(after!.text) && after!.text !== 'The';
        if (nameBefore || nameAfter) {
          personLike.add(surface);
          accept = false;
        }
        if (surface === 'Georgia' && usGeorgia) accept = false;
      }
      if (accept && surface === 'Turkey' && bird) accept = false;
      if (accept) {
        out.push({
          code: form.code,
          kind: form.kind,
          surface,
          sentence: s.index,
          tokenStart: i,
          tokenEnd: i + matched,
          start: first.start,
          end: last.end,
        });
      }
      i += matched;
    }
  }
  // a form used as a person's name once ("Jordan Peterson") is that person everywhere
  const kept = personLike.size ? out.filter((m) => !personLike.has(m.surface)) : out;
  return placesOfStates(sentences, text, kept, res);
}

/** Words after which a capitalised run is a place: "flew to", "arrived in", "visited". */
const PLACE_PREPOSITIONS = new Set(['to', 'in', 'at', 'from', 'near', 'outside', 'via', 'visit', 'visits', 'visited', 'visiting', 'reached', 'toured']);
const REGION_WORDS = /^(?:northern|southern|eastern|western|central|north-eastern|northeastern|north-western|northwestern|south-eastern|southeastern|south-western|southwestern|far-eastern|far-western|coastal|rural)$/;
const TRAVEL_VERBS = /^(?:flew|fly|flies|flying|flown|travelled|traveled|travel|travels|travelling|traveling|went|go|goes|going|gone|arrived|arrives|arrive|arriving|landed|lands|headed|heads|drove|visited|visit|visits|visiting|toured|tour|tours|touring|stopped|stop|stops)$/;
const PLACE_PARTICLES = new Set(['de', 'la', 'del', 'do', 'da', 'el', 'al', 'les', 'es', 'sur', 'upon', 'of']);

/** A town news places by its state, "Cochabamba, Bolivia," or "Santa Cruz de la Sierra, in
 * Bolivia,": one place of that state, though no list holds it (the state's mention joins it). */
function placesOfStates(sentences: Sentence[], text: string, states: StateMention[], res: ExtractionResources): StateMention[] {
  const out: StateMention[] = [];
  for (const m of states) {
    out.push(m);
    if (m.kind !== 'name') continue;
    const toks = sentences[m.sentence]!.tokens;
    if (toks[m.tokenEnd]?.text === "'s" || toks[m.tokenEnd]?.text === '’s') continue;
    let j = m.tokenStart - 1;
    // "flew to Gao in northern Mali": no comma, so only right after a verb of travel
    let bare = false;
    if (REGION_WORDS.test(toks[j]?.text ?? '')) j--;
    if (toks[j]?.text === 'in') {
      j--;
      bare = toks[j]?.text !== ',';
      if (bare) j++;
    }
    if (!bare && toks[j]?.text !== ',') continue;
    // walk back over the place's name: capitalised words and the particles inside them
    let b = j;
    while (b > 0 && b > j - 6 && (isCap(toks[b - 1]) || PLACE_PARTICLES.has(toks[b - 1]!.text))) b--;
    while (b < j && !isCap(toks[b])) b++;
    if (b === j || !isCap(toks[b]) || !PLACE_PREPOSITIONS.has(toks[b - 1]?.text ?? '')) continue;
    if (bare && !TRAVEL_VERBS.test(toks[b - 2]?.text ?? '')) continue;
    const words = toks.slice(b, j);
    // a title, a state or a known place is no unnamed town
    if (words.some((t) => res.forms.has(t.text) || res.titles.has(t.text.toLowerCase()) || res.notNames.has(t.text))) continue;
    out[out.length - 1] = { code: m.code, kind: 'city', surface: text.slice(toks[b]!.start, m.end), sentence: m.sentence, tokenStart: b, tokenEnd: m.tokenEnd, start: toks[b]!.start, end: m.end };
  }
  return out;
}
