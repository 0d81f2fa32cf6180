/**
 * What the API needs from the rest of diplograph, as narrow interfaces: named read queries,
 * and the article writer. yoga.ts binds them to the database module's executor and the
 * graph module's ingest functions; resolvers never see drivers or sessions.
 */
import type { ArticleInput } from '../article/types';
import type { Correction } from '../graph/corrections';
import type { IngestResult, RemoveResult } from '../graph/ingest';

export type { Correction, IngestResult, RemoveResult };

export interface ApiDatabase {
  /** Runs the named Cypher file in a read transaction; one object per record. */
  read(name: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]>;
}

export interface ApiWriter {
  ingestArticle(raw: ArticleInput): Promise<IngestResult>;
  ingestArticles(items: ArticleInput[]): Promise<IngestResult[]>;
  removeArticle(id: string): Promise<RemoveResult>;
}

/** Who made a correction and why: `by` is the curator's name, else the key's label. */
export interface CorrectionAuthor {
  by: string;
  key: string;
  reason: string;
}

/** Analysts' corrections (graph/corrections.ts); refusals are CorrectionErrors. */
export interface ApiCurator {
  mergePeople(args: { person: string; into: string } & CorrectionAuthor): Promise<Correction>;
  splitPerson(args: { person: string; name: string; articles: string[] } & CorrectionAuthor): Promise<Correction>;
  moveFact(args: { factId: string; side: 'from' | 'to'; actor: string } & CorrectionAuthor): Promise<Correction>;
  corrections(first: number): Promise<Correction[]>;
}
