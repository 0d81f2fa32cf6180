/**
 * The dateline that opens a wire story's body: the city it was filed from, the agency, and
 * sometimes a date. Forms seen on the wires:
 *   BEIJING (Yonhap) —                       city + agency
 *   BEIJING, May 12 (Xinhua) --              city + date + agency
 *   BUENOS AIRES (Agency / Sputnik - 06th June, 2022)   agency with a dated credit
 *   MANCHESTER, England, July 8              city + region + date
 *   JANAKPUR:  ·  PYONGYANG -  ·  BELGRADE —  city alone
 */
import type { Dateline } from './types';
import { datelineDate } from './dates';

export interface DatelineMatch {
  dateline: Dateline;
  /** YYYY[-MM[-DD]] when the dateline carries a date with its year. */
  date: string | null;
  /** Offset of the line that opens with the dateline, and of the first body character after it. */
  lineStart: number;
  bodyStart: number;
}

// capitals of any script with capitals: "BRASÍLIA —", "HÀ NỘI —"
const CITY = String.raw`(\p{Lu}[\p{Lu}\p{M}'’.\-]+(?:\s\p{Lu}[\p{Lu}\p{M}'’.\-]+){0,3})`;
const SEP = String.raw`(?:—|–|--|-|:)`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}`;
const REGION = String.raw`\p{Lu}[\p{L}\p{M}.]*(?:\s\p{Lu}[\p{L}\p{M}.]*){0,2}`;

const FORMS: RegExp[] = [
  // CITY[, mid] (paren) [sep]
  new RegExp(String.raw`^${CITY}(?:,\s*([^()\n:—–]{0,40}?))?\s*\(([^()\n]{1,100})\)\s*${SEP}?\s*`, 'u'),
  // CITY, [Region,] Month Day [sep]
  new RegExp(String.raw`^${CITY},\s*(?:(${REGION}),\s*)?(${MONTH})\b\s*${SEP}?\s*`, 'u'),
  // CITY[, Region] sep   ("PYONGYANG -", "JANAKPUR:"); a dash needs a space before it so
  // hyphenated words never pass
  new RegExp(String.raw`^${CITY}(?:,\s*(${REGION}))?(?:\s*:|\s+(?:—|–|--|-)|(?:—|–))\s+`, 'u'),
];

// Title-case datelines, the house style of some agencies ("New Delhi, Feb 5 (PTI)", "Havana,
// Dec 13 (Prensa Latina)", "Bogota (AFP) -"): a capitalised phrase is common at the head of a
// sentence, so these need a date and a credit, or a credit that names an agency and a dash
const CITY_TC = String.raw`(\p{Lu}[\p{Ll}\p{M}'’.\-]+(?:\s\p{Lu}[\p{Ll}\p{M}'’.\-]+){0,3})`;
const AGENCIES = String.raw`(?:AFP|AP|UPI|PTI|IANS|ANI|PL|Prensa Latina|EFE|ANSA|dpa|DPA|Lusa|MAP|APS|KUNA|WAM|SPA|IRNA|Bernama|Antara|Kyodo|Yonhap|Xinhua|TASS|Itar-Tass|AA|Anadolu|Reuters|Notimex|Telam|Télam|AAP|NAN|KNA|Sputnik)`;
const NOT_TITLE_CITY = /^(?:The|A|An|This|That|President|Prime|Foreign|Minister|Mr|Mrs|Ms|Dr|King|Queen|Sheikh|General)\b/;
const TITLE_FORMS: RegExp[] = [
  new RegExp(String.raw`^${CITY_TC},\s*(${MONTH})\b\s*\(([^()\n]{1,40})\)\s*${SEP}?\s*`, 'u'),
  new RegExp(String.raw`^${CITY_TC}\s*\((${AGENCIES})\)\s*(?:—|–|--|-)\s+`, 'u'),
];

/** Agencies and outlets that open headlines ("KCNA: Kim accepts …"): never a city. */
const NOT_CITIES = new Set(['KCNA', 'AFP', 'AP', 'REUTERS', 'XINHUA', 'YONHAP', 'TASS', 'RIA', 'UPI', 'PTI', 'IANS', 'ANI', 'UN', 'US', 'UK', 'EU', 'NATO', 'BREAKING', 'UPDATE', 'EXCLUSIVE', 'ANALYSIS', 'WATCH', 'VIDEO', 'PHOTOS', 'OPINION', 'EDITORIAL']);

const KICKER_WORDS = new Set(['IN', 'THE', 'AND', 'TO', 'ON', 'AT', 'FOR', 'WITH', 'IS', 'A', 'UP', 'OUT', 'OFF', 'BY']);

/** A body paragraph is long; headlines and captions are not. */
const MIN_PARAGRAPH = 60;
const SCAN_LINES = 25;

export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s\-'’.])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}

/** Agency text inside the parentheses: "Yonhap"; "UrduPoint News / Sputnik - 06th June, 2022". */
function splitCredit(paren: string): { agency: string | null; date: string | null } {
  const p = paren.replace(/\s+/g, ' ').trim();
  const dash = p.lastIndexOf(' - ');
  if (dash > 0) {
    const date = datelineDate(p.slice(dash + 3));
    if (date) return { agency: p.slice(0, dash).trim() || null, date };
  }
  return { agency: p || null, date: null };
}

export function findDateline(text: string): DatelineMatch | null {
  let pos = 0;
  for (let n = 0; n < SCAN_LINES && pos <= text.length; n++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    const lead = line.length - line.trimStart().length;
    const body = line.trimStart();
    const hit = body ? matchDateline(body) : null;
    // A city-and-date opening is distinctive enough even on a hard-wrapped short line.
    if (hit && (body.length >= MIN_PARAGRAPH || hit.form === 1)) {
      return { dateline: hit.dateline, date: hit.date, lineStart: pos + lead, bodyStart: pos + lead + hit.consumed };
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return null;
}

function matchDateline(line: string): { dateline: Dateline; date: string | null; consumed: number; form: number } | null {
  for (let i = 0; i < FORMS.length; i++) {
    const m = FORMS[i]!.exec(line);
    if (!m) continue;
    const rawCity = m[1]!.replace(/[.\-]+$/, '');
    if (rawCity.replace(/[^\p{Lu}]/gu, '').length < 3 || NOT_CITIES.has(rawCity)) continue;
    // "CHIPPING IN:" is a kicker, not a city: city names do not hold function words.
    if (rawCity.split(/\s+/).some((w) => KICKER_WORDS.has(w))) continue;
    const city = titleCase(rawCity);
    if (i === 0) {
      const credit = splitCredit(m[3]!);
      const date = credit.date ?? (m[2] ? datelineDate(m[2]) : null);
      return { dateline: { city, agency: credit.agency }, date, consumed: m[0].length, form: i };
    }
    if (i === 1) return { dateline: { city, agency: null }, date: datelineDate(m[3]!), consumed: m[0].length, form: i };
    return { dateline: { city, agency: null }, date: null, consumed: m[0].length, form: i };
  }
  for (let i = 0; i < TITLE_FORMS.length; i++) {
    const m = TITLE_FORMS[i]!.exec(line);
    if (!m) continue;
    const city = m[1]!.replace(/[.\-]+$/, '');
    if (NOT_TITLE_CITY.test(city) || (i === 0 && !/^\p{Lu}/u.test(m[3]!))) continue;
    if (i === 0) return { dateline: { city, agency: m[3]!.trim() }, date: datelineDate(m[2]!), consumed: m[0].length, form: 1 };
    return { dateline: { city, agency: m[2]! }, date: null, consumed: m[0].length, form: 0 };
  }
  return null;
}
