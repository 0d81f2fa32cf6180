/** An article as it enters the pipeline, before extraction. */
export interface ArticleInput {
  id?: string | null;
  url?: string | null;
  title?: string | null;
  /** ISO date (YYYY-MM-DD) or date-time; the reference date for relative dates. */
  publishedAt?: string | null;
  source?: string | null;
  text: string;
}

/** Where the body's opening dateline ("BEIJING (Yonhap) —") placed the story. */
export interface Dateline {
  city: string;
  agency: string | null;
}

/**
 * A normalised article: plain text body (the offsets of every evidence span point into
 * `text`), a stable id, and the publication date as YYYY-MM-DD when it could be found.
 */
export interface Article {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  dateline: Dateline | null;
  text: string;
}
