/**
 * Person keys: one normalised form per name so that spellings of the same name meet on one
 * node ("Kim Jong-un", "Kim Jong Un", "KIM Jong Un" → `person:kim jong un`).
 */

/** States whose names are written family name first in English-language news. */
const FAMILY_NAME_FIRST_STATES = new Set(['CHN', 'TWN', 'PRK', 'KOR', 'VNM', 'HKG', 'MAC', 'KHM', 'SGP']);

/**
 * Common family names of those states: used when the text does not say which state a person
 * acts for ("Kim Jong-un" with no state is still read family name first).
 */
const FAMILY_NAMES_FIRST = new Set([
  // Korean
  'kim', 'lee', 'park', 'choi', 'jung', 'chung', 'kang', 'cho', 'yoon', 'yun', 'jang', 'lim',
  'han', 'oh', 'seo', 'shin', 'kwon', 'hwang', 'ahn', 'song', 'ryu', 'hong', 'moon', 'ban',
  'roh', 'chun', 'ri', 'pak', 'choe', 'jon', 'kwak', 'yoo', 'noh', 'min', 'yu',
  // Chinese
  'xi', 'li', 'wang', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu',
  'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'tang',
  'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai',
  'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'qian',
  'wen', 'hua', 'geng', 'qin', 'bo', 'tsai', 'ko', 'lai', 'chiang', 'kong', 'mao',
  // Vietnamese, Cambodian
  'nguyen', 'tran', 'le', 'pham', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'hun',
]);

/** Accents off, lower case, hyphens/dots/apostrophes as spaces, spaces collapsed. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‐‑‒–—\-.'’`]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function personKey(name: string): string {
  return `person:${normaliseName(name)}`;
}

/** True when the name is a single word ("Putin", "Kim"): a surname met without its person. */
export function isSurnameOnly(name: string): boolean {
  const tokens = normaliseName(name).split(' ').filter(Boolean);
  return tokens.length === 1;
}

/**
 * Whether the family name comes first. The state decides when known; otherwise a common
 * East Asian family name in first position does ("Kim Jong-un", "Xi Jinping"). The order of
 * the words is never changed: only which word is the surname.
 */
export function familyNameFirst(name: string, state: string | null): boolean {
  if (state !== null && FAMILY_NAME_FIRST_STATES.has(state)) return true;
  if (state !== null) return false;
  const first = normaliseName(name).split(' ')[0] ?? '';
  return FAMILY_NAMES_FIRST.has(first);
}

/** Normalised family name: the last word, or the first for family-name-first names. */
export function surnameKey(name: string, state: string | null): string {
  const tokens = normaliseName(name).split(' ').filter(Boolean);
  if (tokens.length === 0) return '';
  const key = familyNameFirst(name, state) ? tokens[0] : tokens[tokens.length - 1];
  return key ?? '';
}
