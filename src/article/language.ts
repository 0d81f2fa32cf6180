/**
 * Is this English? A stop-word count, not a model: function words are the most frequent
 * tokens of any language and almost never shared, so counting a few dozen per language tells
 * English from French, Spanish, German, Italian or Portuguese in one pass, and the share of
 * Latin letters tells it from Russian, Chinese, Arabic and the rest. Cheap enough to run on
 * every input. Built to err towards "English": rejecting a real English wire loses a fact.
 */
import { ArticleError } from './errors';

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

// Words shared with another language's list ("in", "die", "was", "will", "also", "a") are left out.
const ENGLISH = words(`the of and to is that for with as by at from his her has have had it be are were which
  said will would this not but its their they he she who been after about than or into over than there
  these those them were what when where while has our we you your said says could should can may
  against between during before under our other more most such only also being because against`);
const FOREIGN = words(`
  le la les des du une et est qui dans pour pas sur aux avec cette il elle sont été ont par mais nous vous leur
  ces ses aussi être fait selon lors entre après sans très
  el los las del y que en una es por con para se su sus como más pero fue ha han al lo según entre
  también sobre este esta desde cuando hasta
  der die das und ist nicht mit den dem des ein eine einen zu auf für von sich auch im sie er wir wurde sind hat
  haben nach bei aus werden wird oder noch über
  il di che non della delle degli per sono gli nel nella è anche ma come dal
  não uma os às pelo pela são foi também mais dos das`);
// `die`, `in`, `a` and `also` are common English words too; their foreign uses are covered by the rest.
FOREIGN.delete('die');
for (const w of ENGLISH) FOREIGN.delete(w);

const LETTER = /\p{L}/u;

export interface LanguageReport {
  tokens: number;
  english: number;
  foreign: number;
  latinShare: number;
}

export function languageReport(text: string, sampleChars = 6000): LanguageReport {
  const sample = text.length > sampleChars ? text.slice(0, sampleChars) : text;
  let latinShare = 1;
  // Only non-ASCII characters can be another script: test those one by one (few in English).
  const nonAscii = sample.match(/[^\x00-\x7F]/g);
  if (nonAscii) {
    let latinExtra = 0;
    let other = 0;
    for (const ch of nonAscii) {
      if (ch >= '\u00C0' && ch <= '\u024F') latinExtra++;
      else if (LETTER.test(ch)) other++;
    }
    const latin = sample.replace(/[^A-Za-z]/g, '').length + latinExtra;
    latinShare = latin + other ? latin / (latin + other) : 1;
  }
  let tokens = 0;
  let english = 0;
  let foreign = 0;
  for (const w of sample.toLowerCase().split(/[^a-z\u00C0-\u024F]+/)) {
    if (!w) continue;
    tokens++;
    if (ENGLISH.has(w)) english++;
    else if (FOREIGN.has(w)) foreign++;
  }
  return { tokens, english, foreign, latinShare };
}

/** Throws NOT_ENGLISH unless the text reads as English; short texts pass unless clearly foreign. */
export function assertEnglish(text: string): void {
  const r = languageReport(text);
  if (r.latinShare < 0.5) {
    throw new ArticleError('NOT_ENGLISH', 'text is not in English (mostly non-Latin script); diplograph reads English articles only');
  }
  if (r.foreign >= 3 && r.foreign > r.english) {
    throw new ArticleError(
      'NOT_ENGLISH',
      `text does not read as English (${r.foreign} French/Spanish/German/Italian/Portuguese function words against ${r.english} English ones); diplograph reads English articles only`,
    );
  }
  // Long texts with almost no English function words are word lists, tables or another language.
  if (r.tokens >= 40 && r.english / r.tokens < 0.06) {
    throw new ArticleError('NOT_ENGLISH', `text does not read as English (only ${r.english} of ${r.tokens} words are common English words)`);
  }
}
