/**
 * CAMEO and PLOVER codes of a fact, read from the rules in data/event-codes.json. Pure: the
 * API, the exports and the tests all code through here, so the data file is the one place a
 * researcher changes a mapping.
 */
import mapping from '../../data/event-codes.json';

export type FactKindName = 'invitation' | 'visit' | 'statement';
/** forward: the fact's own direction (inviter → invitee, visitor → destination, speaker → subject). */
export type Direction = 'forward' | 'reverse';

export interface CameoCode {
  code: string;
  label: string;
}

export interface PloverCode {
  type: string;
  mode: string | null;
}

export interface DirectedCoding {
  direction: Direction;
  cameo: CameoCode;
  plover: PloverCode | null;
}

interface Rule {
  name: string;
  kind: string;
  direction: string;
  status: string | string[];
  negated: boolean;
  cameo: string | null;
  plover: PloverCode | null;
}

const RULES = mapping.rules as Rule[];
const LABELS: Record<string, string> = mapping.cameo.labels;

// A code without its label, or a type the file does not list, is a typo in the data file:
// fail when the module loads rather than export a half-labelled row.
for (const r of RULES) {
  if (r.cameo !== null && !LABELS[r.cameo]) throw new Error(`event-codes.json: rule "${r.name}" uses CAMEO ${r.cameo}, which has no label`);
  if (r.plover && !mapping.plover.types.includes(r.plover.type)) throw new Error(`event-codes.json: rule "${r.name}" uses unknown PLOVER type ${r.plover.type}`);
}

const matches = (pattern: string | string[], value: string) =>
  pattern === '*' || (Array.isArray(pattern) ? pattern.includes(value) : pattern === value);

/** The rule for one side of a fact; a fact no rule covers has no code (the doc says why). */
export function codeFactSide(kind: FactKindName, direction: Direction, status: string | null, negated: boolean): Rule | undefined {
  const s = status ?? (kind === 'visit' ? 'possible' : 'unknown');
  return RULES.find((r) => matches(r.kind, kind) && matches(r.direction, direction) && matches(r.status, s) && r.negated === negated);
}

/**
 * Every coded event a fact stands for: at most one per direction, forward first. A made visit
 * gives two (the visitor's 042 and the host's 043); a statement one; a negated fact none.
 */
export function codeFact(kind: FactKindName, status: string | null, negated: boolean): DirectedCoding[] {
  const out: DirectedCoding[] = [];
  for (const direction of ['forward', 'reverse'] as const) {
    const rule = codeFactSide(kind, direction, status, negated);
    if (!rule || rule.cameo === null) continue;
    out.push({ direction, cameo: { code: rule.cameo, label: LABELS[rule.cameo] ?? rule.cameo }, plover: rule.plover });
  }
  return out;
}

export const CAMEO_VERSION = mapping.cameo.version;
