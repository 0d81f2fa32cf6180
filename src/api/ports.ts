/**
 * What the API needs from the rest of diplograph, as narrow interfaces: named read queries,
 * and the article writer. yoga.ts binds them to the database module's executor and the
 * graph module's ingest functions; resolvers never see drivers or sessions.
 */
import type { ArticleInput } from '../article/types';
import type { IngestResult, RemoveResult } from '../graph/ingest';

export type { IngestResult, RemoveResult };

export interface ApiDatabase {
  /** Runs the named Cypher file in a read transaction; one object per record. */
  read(name: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]>;
}

export interface ApiWriter {
  ingestArticle(raw: ArticleInput): Promise<IngestResult>;
  ingestArticles(items: ArticleInput[]): Promise<IngestResult[]>;
  removeArticle(id: string): Promise<RemoveResult>;
}
