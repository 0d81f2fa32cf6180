/** Article input: JSON, plain text or HTML in, a normalised Article out (or an ArticleError). */
export type { Article, ArticleInput, Dateline } from './types';
export { ArticleError, isArticleError, type ArticleErrorCode } from './errors';
export { parseArticle, articleFromInput, articleId, detectFormat, type ArticleFormat, type ArticleHint, type ArticleOptions } from './parse';
export { DEFAULT_MAX_BYTES, checkSize, formatBytes } from './decode';
export { normaliseText } from './normalise';
export { assertEnglish, languageReport } from './language';
export { normalisePublishedAt, dateLineDate } from './dates';
export { findDateline } from './dateline';
