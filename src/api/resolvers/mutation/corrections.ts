/**
 * Mutation.mergePeople / splitPerson / moveFact: analysts' corrections, behind the API key.
 * A refused correction (bad input, unknown person or fact) writes nothing and says why.
 */
import type { ApiContext } from '../../context';
import { badInput, notFound } from '../../errors';
import type { Correction, CorrectionAuthor } from '../../ports';
import { CorrectionError } from '../../../graph/corrections';

const MAX_KEY_LENGTH = 2000;
const MAX_ARTICLES = 1000;

function key(value: string, name: string): string {
  const k = value.trim();
  if (k.length === 0 || k.length > MAX_KEY_LENGTH) throw badInput(`\`${name}\` must be 1 to ${MAX_KEY_LENGTH} characters.`);
  return k;
}

function author(ctx: ApiContext, args: { reason: string; curator?: string | null }): CorrectionAuthor {
  const label = ctx.requireApiKey();
  return { by: args.curator ?? label, key: label, reason: args.reason };
}

/** Correction refusals as the API's errors; anything else is left to masking. */
async function refusing(work: () => Promise<Correction>): Promise<ReturnType<typeof correctionObject>> {
  try {
    return correctionObject(await work());
  } catch (err) {
    if (err instanceof CorrectionError) throw err.code === 'NOT_FOUND' ? notFound(err.message) : badInput(err.message);
    throw err;
  }
}

const KINDS = { mergePeople: 'MERGE_PEOPLE', splitPerson: 'SPLIT_PERSON', moveFact: 'MOVE_FACT' } as const;

export function correctionObject(c: Correction) {
  return { ...c, kind: KINDS[c.kind], side: c.side === null ? null : c.side.toUpperCase() };
}

export function mergePeople(_: unknown, args: { person: string; into: string; reason: string; curator?: string | null }, ctx: ApiContext) {
  const who = author(ctx, args);
  return refusing(() => ctx.curator.mergePeople({ person: key(args.person, 'person'), into: key(args.into, 'into'), ...who }));
}

export function splitPerson(_: unknown, args: { person: string; name: string; articles: string[]; reason: string; curator?: string | null }, ctx: ApiContext) {
  const who = author(ctx, args);
  if (args.articles.length > MAX_ARTICLES) throw badInput(`\`articles\` lists more than ${MAX_ARTICLES} articles.`);
  const name = args.name.trim();
  if (name.length === 0 || name.length > 200) throw badInput('`name` must be 1 to 200 characters.');
  return refusing(() => ctx.curator.splitPerson({ person: key(args.person, 'person'), name, articles: args.articles.map((a) => key(a, 'articles')), ...who }));
}

export function moveFact(_: unknown, args: { id: string; side: 'FROM' | 'TO'; actor: string; reason: string; curator?: string | null }, ctx: ApiContext) {
  const who = author(ctx, args);
  const side = args.side === 'FROM' ? 'from' : 'to';
  return refusing(() => ctx.curator.moveFact({ factId: key(args.id, 'id'), side, actor: key(args.actor, 'actor'), ...who }));
}
