/**
 * Analysts' corrections (docs/graph-model.md, "Corrections") as the ingest applies them to
 * what extraction and resolution made of an article, so that a correction survives the
 * article being ingested again: person corrections first, in the order they were made (a
 * merge for every article, a split for the articles it names), then fact moves, which are
 * keyed by the fact's id once person corrections are applied. Pure: the graph's answers
 * come in as data.
 */

/** One person correction: `from` becomes `into`, in every article or only in `articles`. */
export interface PersonCorrection {
  from: string;
  into: string;
  /** null: every article (a merge); else only these (a split). */
  articles: readonly string[] | null;
}

/** One fact correction: the fact with this id has another actor on one side. */
export interface FactMove {
  factId: string;
  side: 'from' | 'to';
  actor: string;
}

export interface Corrections {
  /** Bumped by every correction: an ingest that saw another version must run again. */
  version: number;
  /** In the order they were made. */
  people: readonly PersonCorrection[];
  moves: ReadonlyMap<string, FactMove>;
}

export const NO_CORRECTIONS: Corrections = { version: 0, people: [], moves: new Map() };

/** Where a person resolved in this article lands once the person corrections are applied. */
export function correctedPerson(c: Corrections, articleId: string, id: string): string {
  let current = id;
  for (const p of c.people) {
    if (p.from === current && (p.articles === null || p.articles.includes(articleId))) current = p.into;
  }
  return current;
}

/**
 * A fact's endpoints after the moves made on it; `idOf` recomputes its id from endpoints.
 * A move can be followed by another made on the fact it produced; a chain is cut after a
 * few steps, so moves that lead back to where they started cannot loop.
 */
export function correctedFact(c: Corrections, from: string, to: string, idOf: (from: string, to: string) => string): { from: string; to: string; id: string } {
  let f = from;
  let t = to;
  let id = idOf(f, t);
  for (let step = 0; step < 8; step++) {
    const move = c.moves.get(id);
    if (move === undefined) break;
    if (move.side === 'from') f = move.actor;
    else t = move.actor;
    id = idOf(f, t);
  }
  return { from: f, to: t, id };
}
