/**
 * Why an input could not become an Article. Callers branch on `code` (the CLI prints it, the
 * API maps it to a typed GraphQL error); `message` is written for the person who sent the input.
 */
export type ArticleErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'INVALID_UTF8'
  | 'TOO_LARGE'
  | 'NOT_ENGLISH'
  | 'INVALID_JSON'
  | 'INVALID_FIELD';

export class ArticleError extends Error {
  override readonly name = 'ArticleError';
  readonly code: ArticleErrorCode;
  /** The JSON field at fault, for INVALID_FIELD (and EMPTY when a JSON text field is blank). */
  readonly field: string | null;

  constructor(code: ArticleErrorCode, message: string, field: string | null = null) {
    super(message);
    this.code = code;
    this.field = field;
  }

  toJSON(): { code: ArticleErrorCode; message: string; field?: string } {
    return this.field ? { code: this.code, message: this.message, field: this.field } : { code: this.code, message: this.message };
  }
}

export const isArticleError = (e: unknown): e is ArticleError => e instanceof ArticleError;
