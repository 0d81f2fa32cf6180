/**
 * The one normal form of a person's name, shared by extraction (re-mentions within an
 * article) and resolution (person keys across articles): if the two disagreed, a name
 * matched inside an article could still split into two nodes in the graph.
 */

/** Accents off (compatibility forms folded), lower case, dashes, dots and apostrophes as spaces, spaces collapsed. */
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
