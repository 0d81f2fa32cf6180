/** The JSON form of an article, validated field by field so errors name what is wrong. */
import { z } from 'zod';
import { ArticleError } from './errors';
import type { ArticleInput } from './types';

const optionalString = (max: number) => z.string().max(max).nullish();

export const articleInputSchema = z.object({
  id: z.union([z.string().max(2048), z.number().transform(String)]).nullish(),
  url: optionalString(4096),
  title: optionalString(2000),
  // Crawlers often store epoch time: seconds below 1e11, milliseconds above.
  publishedAt: z
    .union([
      z.string().max(100),
      z
        .number()
        .finite()
        .nonnegative()
        .transform((n) => new Date(n < 1e11 ? n * 1000 : n).toISOString()),
    ])
    .nullish(),
  source: optionalString(500),
  text: z.string({ error: (iss) => (iss.input === undefined ? 'required: the article body as a string' : 'expected a string') }),
});

/** Unknown fields are ignored (a gold file or a crawler record may carry more). */
export function validateArticleInput(value: unknown): ArticleInput {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ArticleError('INVALID_JSON', `expected one article as a JSON object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
  }
  const r = articleInputSchema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const field = issue.path.map(String).join('.') || '(root)';
    const more = r.error.issues.length > 1 ? ` (and ${r.error.issues.length - 1} more)` : '';
    throw new ArticleError('INVALID_FIELD', `field "${field}": ${issue.message}${more}`, field);
  }
  return r.data;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ArticleError('INVALID_JSON', `input is not valid JSON: ${(e as Error).message}`);
  }
}
