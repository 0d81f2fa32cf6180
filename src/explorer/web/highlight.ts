/**
 * Which words of an evidence sentence carry its fact: the names of both parties (any word of
 * a name, so "Kim" finds Kim Jong Un and "Russian" finds Russia), the word that says what
 * happened ("invited", "visit", "trip") and, for a statement, its quote. The API gives the
 * sentence and where it sits in its article; these marks show a reader why it was read so.
 */

export interface Range {
  start: number;
  end: number;
}

const CUES: Record<string, RegExp> = {
  INVITATION: /\b(?:invit\w*|guests?)\b/gi,
  VISIT: /\b(?:visit\w*|trips?|tour\w*|travel\w*|arriv\w*|attend\w*|journey\w*|stay\w*)\b/gi,
  STATEMENT: /\b(?:said|says|say|told|stated|added|noted|warned|urged|called|claimed|announced)\b/gi,
};

/** Words too common to mark as a name even when a name contains them. */
const SMALL = new Set(['the', 'of', 'and', 'for', 'de', 'la', 'al', 'el', 'bin', 'van', 'von', 'der', 'republic', 'people', 'peoples', 'democratic', 'united', 'states', 'state', 'kingdom']);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function supportingRanges(sentence: string, fact: { kind: string; names: string[]; quote?: string | null }): Range[] {
  const ranges: Range[] = [];
  const words = new Set<string>();
  for (const name of fact.names) {
    for (const w of name.split(/[\s\-–,.()]+/)) if (w.length >= 3 && !SMALL.has(w.toLowerCase())) words.add(w);
  }
  for (const w of words) {
    // A word of a name, or its adjective ("Russia" → "Russian"; "China" → "Chinese").
    const stem = w.length > 4 ? w.slice(0, -1) : w;
    const re = new RegExp(`\\b${escape(stem)}\\w*`, 'gi');
    for (const m of sentence.matchAll(re)) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  const cue = CUES[fact.kind];
  if (cue) for (const m of sentence.matchAll(cue)) ranges.push({ start: m.index, end: m.index + m[0].length });
  if (fact.quote) {
    const at = sentence.indexOf(fact.quote);
    if (at >= 0) ranges.push({ start: at, end: at + fact.quote.length });
  }
  return merge(ranges);
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** The sentence as text nodes and <mark> elements. */
export function markedSentence(sentence: string, ranges: Range[]): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) nodes.push(document.createTextNode(sentence.slice(at, r.start)));
    const mark = document.createElement('mark');
    mark.textContent = sentence.slice(r.start, r.end);
    nodes.push(mark);
    at = r.end;
  }
  if (at < sentence.length) nodes.push(document.createTextNode(sentence.slice(at)));
  return nodes;
}
