/**
 * Family names written first in English-language news (Chinese, Korean, Vietnamese,
 * Cambodian), from data/names.json: the one list extraction and resolution both read.
 */
import names from '../../data/names.json';
import { normaliseName } from './normalise';

/** Normalised ("kim", "xi"), so that any spelling's normal form can be looked up. */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(names.eastAsianSurnames.map(normaliseName));
