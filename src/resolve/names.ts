/**
 * Person keys: one normalised form per name so that spellings of the same name meet on one
 * node ("Kim Jong-un", "Kim Jong Un", "KIM Jong Un" → `person:kim jong un`).
 */
import { EAST_ASIAN_SURNAMES } from '../names/east-asian';
import { normaliseName } from '../names/normalise';

/** States whose names are written family name first in English-language news. */
const FAMILY_NAME_FIRST_STATES = new Set(['CHN', 'TWN', 'PRK', 'KOR', 'VNM', 'HKG', 'MAC', 'KHM', 'SGP']);

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
  return EAST_ASIAN_SURNAMES.has(first);
}

/** Normalised family name: the last word, or the first for family-name-first names. */
export function surnameKey(name: string, state: string | null): string {
  const tokens = normaliseName(name).split(' ').filter(Boolean);
  if (tokens.length === 0) return '';
  const key = familyNameFirst(name, state) ? tokens[0] : tokens[tokens.length - 1];
  return key ?? '';
}
