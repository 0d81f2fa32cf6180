/**
 * Step 4 — date expressions, resolved against the publication date.
 *
 * Written by hand rather than with a general date parser: news uses a small set of forms,
 * and each needs the clause's tense to resolve ("Friday" in "will visit on Friday" is the
 * next Friday, in "said Friday" the last one). Every pattern is a flat regular expression
 * (linear time). Forms handled:
 *  - "May 9", "9 May", "May 9, 2015", "March 2020", "in May", "a May ceremony", "early 2013";
 *  - weekdays: the article's own day when it matches ("said Thursday" in a Thursday story),
 *    else the last one before it, or the next one after it in a future clause;
 *  - "today", "earlier in the day", "yesterday", "tomorrow", "last/next/this week|month|year",
 *    "at the end of the month", "early next year", "later in the week".
 * Precision is kept: YYYY, YYYY-MM or YYYY-MM-DD. Without a publication date, forms that
 * need one resolve to null.
 */
import type { PartialDate } from '../types';

export type Tense = 'past' | 'present' | 'future' | 'unknown';

export type DateParse =
  | { type: 'abs'; y: number; m?: number; d?: number }
  | { type: 'md'; m: number; d: number }
  | { type: 'month'; m: number; rel?: 'last' | 'next' | 'this'; yearOffset?: number }
  | { type: 'weekday'; wd: number; rel?: 'last' | 'next' | 'this' }
  | { type: 'day'; offset: number }
  | { type: 'rel'; unit: 'week' | 'month' | 'year'; offset: number };

export interface DateMention {
  /** Offsets into the article text. */
  start: number;
  end: number;
  surface: string;
  parse: DateParse;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const monthOf = (s: string): number => MONTHS[s.toLowerCase().replace('.', '')]!;

interface Rule {
  re: RegExp;
  /** Index of the group where the span starts (0 = whole match). */
  make: (m: RegExpExecArray) => { parse: DateParse; skip?: number } | null;
}

const RULES: Rule[] = [
  {
    re: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?(?:,? ((?:19|20)\\d{2}))?\\b`, 'g'),
    make: (m) => {
      const d = Number(m[2]);
      if (d < 1 || d > 31) return null;
      return { parse: m[3] ? { type: 'abs', y: Number(m[3]), m: monthOf(m[1]!), d } : { type: 'md', m: monthOf(m[1]!), d } };
    },
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH}(?:,? ((?:19|20)\\d{2}))?\\b`, 'g'),
    make: (m) => {
      const d = Number(m[1]);
      if (d < 1 || d > 31) return null;
      return { parse: m[3] ? { type: 'abs', y: Number(m[3]), m: monthOf(m[2]!), d } : { type: 'md', m: monthOf(m[2]!), d } };
    },
  },
  {
    re: new RegExp(`\\b(?:(?:early|late|mid)[- ])?${MONTH},? ((?:19|20)\\d{2})\\b`, 'g'),
    make: (m) => ({ parse: { type: 'abs', y: Number(m[2]), m: monthOf(m[1]!) } }),
  },
  {
    // "in April last year", "May of next year": the month of the year before or after the story's
    re: new RegExp(`\\b(?:(in|since|until|by|from|during|before|after|In|Since|By|From) )?${MONTH} (?:of )?(last|next|this) year\\b`, 'g'),
    make: (m) => {
      const w = m[3]!;
      return { parse: { type: 'month', m: monthOf(m[2]!), yearOffset: w === 'last' ? -1 : w === 'next' ? 1 : 0 }, skip: m[1] ? m[1].length + 1 : 0 };
    },
  },
  {
    // a month alone needs a word that makes it one: "in May", "a May ceremony", "last November"
    re: new RegExp(`\\b(in|since|until|by|from|during|before|after|early|late|mid|last|next|this|of|a|an|the|In|Since|By|From|Last|Next|This|Early|Late)[ -]${MONTH}(?! \\d)\\b`, 'g'),
    make: (m) => {
      const w = m[1]!.toLowerCase();
      const rel = w === 'last' || w === 'next' || w === 'this' ? w : undefined;
      const keepWord = rel || w === 'early' || w === 'late' || w === 'mid';
      return { parse: { type: 'month', m: monthOf(m[2]!), rel }, skip: keepWord ? 0 : m[1]!.length + 1 };
    },
  },
  {
    re: new RegExp(`\\b(?:(last|next|this|Last|Next|This) )?${WEEKDAY}\\b`, 'g'),
    make: (m) => {
      const rel = m[1]?.toLowerCase() as 'last' | 'next' | 'this' | undefined;
      return { parse: { type: 'weekday', wd: WEEKDAYS[m[2]!.toLowerCase()]!, rel } };
    },
  },
  {
    re: /\b(today|tonight|this (?:morning|afternoon|evening)|earlier (?:in the day|today)|later (?:in the day|today)|the same day|yesterday|tomorrow|Today|Yesterday|Tomorrow|Earlier in the day|Earlier today)\b/g,
    make: (m) => {
      const w = m[1]!.toLowerCase();
      return { parse: { type: 'day', offset: w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0 } };
    },
  },
  {
    // "at the end of the month", "by the end of next year", "early next month", "later in the year"
    re: /\b(?:(?:[Aa]t|[Bb]y|[Tt]owards?|[Bb]efore|[Uu]ntil) the (?:end|beginning|start|middle|turn) of (the|this|next|last)|(?:[Ee]arly|[Ll]ate|[Mm]id)[- ](this|next|last)|[Ll]ater in the) (week|month|year)\b/g,
    make: (m) => {
      const w = (m[1] ?? m[2] ?? 'this').toLowerCase();
      return { parse: { type: 'rel', unit: m[3] as 'week' | 'month' | 'year', offset: w === 'last' ? -1 : w === 'next' ? 1 : 0 } };
    },
  },
  {
    re: /\b(last|next|this|Last|Next|This|earlier this|later this|Earlier this|Later this) (week|month|year)\b/g,
    make: (m) => {
      const w = m[1]!.toLowerCase();
      return { parse: { type: 'rel', unit: m[2] as 'week' | 'month' | 'year', offset: w === 'last' ? -1 : w === 'next' ? 1 : 0 } };
    },
  },
  {
    re: /\b(?:(?:early|late|mid)[- ]|(?:in|since|until|by|from|during|before|after|of) )?((?:19|20)\d{2})\b(?![-–/]\d)/g,
    make: (m) => ({ parse: { type: 'abs', y: Number(m[1]) } }),
  },
];

/** Date expressions in one sentence, longest first, non-overlapping. */
/** A cheap test before the rules: no digit, month, weekday or relative word, no date. */
const HINT = /\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|DAY|week|month|year|tonight|tomorrow/;

export function findDates(sentenceText: string, base: number): DateMention[] {
  const found: DateMention[] = [];
  if (!HINT.test(sentenceText)) return found;
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(sentenceText)) !== null) {
      const r = rule.make(m);
      if (!r) continue;
      const s = m.index + (r.skip ?? 0);
      const e = m.index + m[0].length;
      if (found.some((f) => f.start < base + e && base + s < f.end)) continue;
      found.push({ start: base + s, end: base + e, surface: sentenceText.slice(s, e), parse: r.parse });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// ---- resolution --------------------------------------------------------------------------

interface YMD {
  y: number;
  m: number;
  d: number;
}

export function parsePublished(s: string | null | undefined): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const toUTC = (x: YMD): number => Date.UTC(x.y, x.m - 1, x.d);
const fromUTC = (t: number): YMD => {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};
const DAY = 86400000;
export const fmtDay = (x: YMD): string => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
const fmtMonth = (y: number, m: number): string => `${y}-${pad(m)}`;

export function resolveDate(p: DateParse, pub: YMD | null, tense: Tense): PartialDate | null {
  if (p.type === 'abs') return p.d ? `${p.y}-${pad(p.m!)}-${pad(p.d)}` : p.m ? fmtMonth(p.y, p.m) : String(p.y);
  if (!pub) return null;
  const today = toUTC(pub);
  switch (p.type) {
    case 'day':
      return fmtDay(fromUTC(today + p.offset * DAY));
    case 'weekday': {
      const wd = new Date(today).getUTCDay();
      if (p.rel === 'next' || (tense === 'future' && p.rel !== 'last' && wd !== p.wd)) {
        const diff = ((p.wd - wd + 7) % 7) || 7;
        return fmtDay(fromUTC(today + diff * DAY));
      }
      if (p.rel === 'last') {
        const diff = ((wd - p.wd + 7) % 7) || 7;
        return fmtDay(fromUTC(today - diff * DAY));
      }
      const diff = (wd - p.wd + 7) % 7; // 0: the article's own day
      return fmtDay(fromUTC(today - diff * DAY));
    }
    case 'md': {
      const cands = [pub.y - 1, pub.y, pub.y + 1].map((y) => ({ y, t: Date.UTC(y, p.m - 1, p.d) }));
      let pick;
      if (tense === 'past') pick = cands.filter((c) => c.t <= today).pop();
      else if (tense === 'future') pick = cands.find((c) => c.t >= today);
      pick ??= cands.reduce((a, b) => (Math.abs(b.t - today) < Math.abs(a.t - today) ? b : a));
      return `${pick.y}-${pad(p.m)}-${pad(p.d)}`;
    }
    case 'month': {
      let y = pub.y;
      if (p.yearOffset !== undefined) y = pub.y + p.yearOffset;
      else if (p.rel === 'last') y = p.m < pub.m ? pub.y : pub.y - 1;
      else if (p.rel === 'next') y = p.m > pub.m ? pub.y : pub.y + 1;
      else if (p.rel === 'this') y = pub.y;
      else if (tense === 'past') y = p.m <= pub.m ? pub.y : pub.y - 1;
      else if (tense === 'future') y = p.m >= pub.m ? pub.y : pub.y + 1;
      else {
        // no tense: the nearest such month
        const diff = p.m - pub.m;
        y = diff > 6 ? pub.y - 1 : diff < -6 ? pub.y + 1 : pub.y;
      }
      return fmtMonth(y, p.m);
    }
    case 'rel': {
      if (p.unit === 'year') return String(pub.y + p.offset);
      if (p.unit === 'month') {
        const idx = pub.y * 12 + (pub.m - 1) + p.offset;
        return fmtMonth(Math.floor(idx / 12), (idx % 12) + 1);
      }
      const d = fromUTC(today + p.offset * 7 * DAY);
      return fmtMonth(d.y, d.m);
    }
  }
}
