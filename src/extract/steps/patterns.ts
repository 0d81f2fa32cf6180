/**
 * Pattern pieces shared by the fact steps (7–9), written over sentence templates (step 5).
 * All are flat alternations with bounded repetition: matching stays linear in the sentence.
 */
import cues from '../../../data/cues.json';

/** An actor placeholder, a person or a state. */
export const ACT = '\\{[PS]\\d+\\}';
/** "the government of {P}" stands for the person's state; "the leaders of {S}" for the state. */
/** An office named by its state: "the Indian leader", "the Kenyan president", "Pakistan's foreign
 * minister", "his Indian counterpart" (fixGov finds its holder, else the state stands for it). */
export const OFFICE = '(?:president|prime minister|premier|leader|king|emir|chancellor|foreign minister|counterpart)';
/** A regex alternation of cue words or phrases (data/cues.json), longest first so that
 * "take part in" wins over "take". */
export const alternation = (xs: string[]): string =>
  [...xs].sort((a, b) => b.length - a.length).map((x) => x.replace(/[-]/g, '\\-')).join('|');

/** "heads of state", "kings", "people": the first word of an "… of …" noun takes the plural. */
const plural = (n: string): string => (n === 'people' ? n : n.includes(' of ') ? n.replace(/^(\S+)/, '$1s') : `${n}s`);
/** Who acts for a state (data/cues.json), in the plural: "kings", "heads of state". */
export const ORGANS = alternation(cues.organs.filter((n) => n !== 'people').map(plural));
/** Who acts for a state, singular or plural: "king", "heads of state". */
export const ORGAN_NOUNS = alternation([...cues.organs, ...cues.organs.map(plural)]);
/** Who acts for a state, named by it: "the leaders of {S}", "the king of {S}", "representatives
 * from {S}". */
export const ORGAN_OF = `(?:(?:the )?(?:${ORGAN_NOUNS}) of |(?:the )?(?:${ORGANS}) from |(?:his|her|their) counterparts? (?:from|of|in) )`;
/** "her {S}, {S} and {S} counterparts", "the {S} and {S} leaders": a group named by the states of
 * its members, read as those states. */
const BY_DEMONYMS = `(?:(?:his|her|their|the) )?\\{S\\d+\\}(?: , \\{S\\d+\\}){0,12}(?: ,)? (?:and|or) \\{S\\d+\\} (?:[a-z-]+ )?(?:counterparts|${ORGANS})\\b`;

/** The bodies that speak and act for a state (data/cues.json): "the Chinese foreign ministry". */
export const BODY = `(?:${alternation(cues.speakingBodies)})`;
/** The occasions' head nouns (data/cues.json): "summit", "celebrations". */
export const OCCASION = alternation(Object.keys(cues.occasions));
/** Verbs of being at an occasion, with their particles (data/cues.json): "take part in". */
export const PRESENT = alternation(cues.attendVerbs.present);
/** A title left in lower case between a person's state and the person ("{S} prime minister {P}",
 * where a name that opens with an honorific, "Sheikh Hasina", keeps the title out of the mention;
 * "his Azerbaijani counterpart {P}"). */
export const TITLE_BEFORE = `(?:${OFFICE}|vice president|deputy prime minister|queen|sultan|crown prince|minister|ambassador|envoy)`;
export const ACTX = `(?:${ORGAN_OF}?(?:the (?=\\{S\\d+\\}(?! (?:[a-z-]+ )?(?:${OFFICE}|government|authorities)s?\\b)))?(?:\\{S\\d+\\} 's (?:[a-z-]+ ){0,2}|(?:(?:his|her|their) )?\\{S\\d+\\} ${TITLE_BEFORE} (?=\\{P)|(?:his|her|their|its|the) (?=\\{P)|(?:incoming|outgoing|former|new|then|acting) (?=\\{P))?${ACT}|the \\{S\\d+\\} (?:${OFFICE}|government|authorities)|\\{S\\d+\\} (?:government|authorities)|\\{S\\d+\\} 's (?:[a-z-]+ )?${OFFICE}\\b|(?:his|her|their) \\{S\\d+\\} ${OFFICE}s?\\b|(?:the )?\\{S\\d+\\}(?: 's)? ${BODY}\\b)`;
/** What news sets after a person's name to say who they are: "{P} of {S}", "{P} , the {S} prime
 * minister ,", "{P} , {S} 's president ,". Not a clause ("{P} , who …", "{P} , said …"). */
export const PERSON_TAIL = `(?:(?<=\\{P\\d+\\}) of (?:the )?\\{S\\d+\\}|(?<=\\{P\\d+\\}) , (?!(?:who|whom|whose|which|where|when|said|says|told|and|but|while|after|before|in|on|at|to|for|as|with|then|also)\\b)(?:the |a |an )?(?:(?:[a-z-]+|\\{S\\d+\\}|'s) ){0,5}?[a-z-]+(?: of (?:the )?\\{S\\d+\\})?(?= ,| ;| and | \\.|$))?`;
/** One member of a list: an actor, and who a person is. */
const ITEM = `${ACTX}${PERSON_TAIL}`;
/** A coordinated list: "{P1} , {P2} and {S3}", "{S1} , {S2} , and {S3}", "{P1} , {P2} , and
 * other leaders", "{S1} and {S2} , as well as {S3} and {S4}" ("together with", "along with"), or a group named
 * by its members' states ("the {S1} , {S2} and {S3} presidents"). Commas alone do not make a list ("To {S0} , {P1} paid …"): it needs its
 * closing "and"/"or". */
export const LIST = `(?:${BY_DEMONYMS}|${ITEM}(?:(?: , ${ITEM}){0,12}(?: ,)? (?:and|or|nor) (?:${ITEM}|(?:other|several|many|some|more) [a-z]+)|(?: , ${ITEM}){1,12}(?: ,)? and (?:other|several|many|some|more) [a-z]+)?(?:(?: ,)? (?:as well as|together with|along with) ${ITEM}(?:(?: , ${ITEM}){0,6}(?: ,)? and ${ITEM})?)?)`;

/** Those travelling with a subject, between it and its verb: "{P} and his wife arrived", "{P}
 * and his delegation left for", "{P} and his wife Michiko, who …, will visit". They share the verb
 * but are no actors of their own. */
export const COMPANY = '(?: (?:and|,) (?:his|her|their) (?:wife|husband|spouse|delegation|entourage|party|team)(?: (?:[a-z]+|\\{P\\d+\\})(?= ,))?)?';

/** What introduces the named members of a group: "leaders, among them {A} and {B}, …". */
export const MEMBERS_LEAD = '(?:among them|among whom|including|such as)';
/** A cheap test for MEMBERS_LEAD before a pattern that needs it runs. */
export const HAS_MEMBERS = new RegExp(MEMBERS_LEAD);

/** Auxiliaries, adverbs and dates that may stand between a subject and its verb. */
const AUX_WORDS = [
  'will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'has', 'have', 'had',
  'is', 'are', 'was', 'were', 'am', 'be', 'been', 'being', 'not', 'never', 'no', 'longer', 'also', 'reportedly', 'since',
  'formally', 'officially', 'personally', 'previously', 'earlier', 'already', 'first', 'recently', 'then', 'again',
  'absolutely', 'twice', 'thrice', 'even', 'still', 'later', 'finally', 'eventually', 'just', 'now', 'yet', 'soon', 'publicly', 'repeatedly',
  'persistently', 'once', 'ever', 'originally', 'initially', 'likely', 'possibly', 'probably', 'expected', 'set',
  'scheduled', 'slated', 'poised', 'due', 'going', 'intention', 'immediate', 'planning', 'preparing', 'considering', 'mulling', 'weighing', 'plans', 'planned', 'hoping', 'hopes', 'wants', 'intends', 'agreed',
  'decided', 'chose', 'opted', 'like', 'happy', 'glad', 'pleased', 'delighted', 'proposed', 'proposes', 'seeks', 'sought', 'seeking', 'aims', 'aiming', 'announced', 'instead', 'likewise', 'too', 'so', 'far', 'intended', 'intend', 'intends', 'willing', 'ready', 'eager', 'keen', 'prepared', 'wanted', 'want', 'plan', 'hope', 'hoped', 'wish', 'wished', 'to', 'on', 'in', 'last', 'this', 'next', 'wo', "won't", "wouldn't", "didn't", "hasn't", "haven't",
  "hadn't", "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "can't", 'cannot', "couldn't", "'ll", "n't",
  '"', "'", '(?!(?:regular|usual|routine|normal|tradition|typical|frequent|annual|rare|occasional)ly)[a-z]{3,}ly', 'further', 'both', 'all', 'himself', 'herself', 'themselves', 'personally', 'immediately', 'quickly',
];
export const AUXW = `(?:${AUX_WORDS.join('|')}|\\{D\\d+\\})`;
/** Captures the auxiliary chain (possibly empty), each word preceded by a space. */
export const AUX = `((?: ${AUXW}){0,8})`;

/** Words that deny what follows: "not", "never", "has no plans to", "has yet to" (not so far). */
export const NEGATION = /(?:\bnot\b|\bnever\b|n't\b|\bno longer\b|\bwon't\b|\bcannot\b|\bno (?:immediate )?(?:plans?|intention) to\b|\byet to\b)/;

/** Taking part from afar ("will join the summit by video link", "attended virtually"): no one travels. */
export const REMOTE = /\b(?:(?:by|via|through|over) (?:a )?video(?:[- ]?link| ?conference| call)?|videoconference|video[- ]link|(?:attend|attends|attended|attending|join|joins|joined|joining|participate|participated|participating|take part|took part|taking part) (?:virtually|remotely|online))\b/;

/** Words that make what follows hypothetical ("asked whether China would invite Kim"). */
export const HYPOTHETICAL = /\b(?:whether|if|unless|asked if)\s*$/;
/** A condition ("if {A} does visit"): what follows may happen, a possible fact; a question
 * ("whether", "asked if") says nothing of whether it will. */
export const CONDITIONAL = /(?<!asked )\bif\s*$/;

export function isNegated(aux: string | undefined): boolean {
  return !!aux && NEGATION.test(aux);
}

/** The few template words before a match. */
export function before(template: string, index: number, words = 3): string {
  // only the last stretch: splitting the whole prefix would make long sentences quadratic
  const parts = template.slice(Math.max(0, index - 24 * words), index).trim().split(' ');
  return parts.slice(-words).join(' ');
}

/** First characters a word-initial pattern can start with: a placeholder, "the", "a", "an", "he", "she",
 * "they", "his", "her", "their", "i", "we", "both", and the organs a subject may open with ("leaders of",
 * "government of", "presidents of", "people of", "representatives of", "delegations of",
 * "foreign ministers of"). */
const WORD_FIRST = new Set(['{', 't', 'h', 's', 'i', 'w', 'a', 'l', 'g', 'p', 'r', 'd', 'f', 'b']);
const STICKY = new WeakMap<RegExp, RegExp>();

/**
 * Every match of a global pattern in a template, as `template.matchAll(re)` gives them. A
 * pattern that starts with `(?<=^| )` can only match at the start of a word, so it is tried
 * only there, and only where the word starts with a character an actor or pronoun can start
 * with: far fewer attempts than scanning every position (the patterns are long alternations).
 * Every word-initial pattern of steps 7–9 begins with an actor placeholder, "the … of", or a
 * pronoun; a new one that begins otherwise must widen WORD_FIRST.
 */
export function wordMatches(template: string, re: RegExp): RegExpExecArray[] {
  if (!re.source.startsWith('(?<=^| )')) return [...template.matchAll(re)];
  let sticky = STICKY.get(re);
  if (!sticky) {
    sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    STICKY.set(re, sticky);
  }
  const out: RegExpExecArray[] = [];
  const n = template.length;
  for (let p = 0; p < n; p = template.indexOf(' ', p) + 1 || n) {
    if (!WORD_FIRST.has(template[p]!)) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(template);
    if (!m) continue;
    out.push(m);
    // the next match starts after this one, at a word start (patterns never match empty)
    const end = p + m[0].length;
    p = end > p ? end - 1 : p;
  }
  return out;
}
