/**
 * The Fact interface and its three types. Endpoints come with the fact's own row (no extra
 * query) when the query asked for them; events and sources come through loaders, one query
 * per level for all facts shown.
 */
import type { ApiContext } from '../../context';
import type { FactObject, ReportObject } from '../../records';
import { codeFact, type FactKindName } from '../../../codes/event-codes';

const KIND = { Invitation: 'INVITATION', Visit: 'VISIT', Statement: 'STATEMENT' } as const;

const codings = (f: FactObject) =>
  codeFact(KIND[f.__typename].toLowerCase() as FactKindName, f.status, f.negated).map((c) => ({
    ...c,
    direction: c.direction.toUpperCase(),
  }));

const common = {
  kind: (f: FactObject) => KIND[f.__typename],
  eventCodes: codings,
  cameo: (f: FactObject) => codings(f).find((c) => c.direction === 'FORWARD')?.cameo ?? null,
  plover: (f: FactObject) => codings(f).find((c) => c.direction === 'FORWARD')?.plover ?? null,
  event: (f: FactObject, _: unknown, ctx: ApiContext) => (f.eventId ? ctx.loaders.event.load(f.eventId) : null),
  sources: (f: FactObject, _: unknown, ctx: ApiContext) => ctx.loaders.sources.load(f.id),
};

export const Fact = { __resolveType: (f: FactObject) => f.__typename };

/** An end the row carried, or (when the query that built the fact left ends out) loaded by key. */
const from = (f: FactObject, _: unknown, ctx: ApiContext) => f.from ?? ctx.loaders.entity(f.fromKey);
const to = (f: FactObject, _: unknown, ctx: ApiContext) => f.to ?? ctx.loaders.entity(f.toKey);

/** A reading without a status reads as the least committal one, as the fact does. */
const history = (fallback: string) => async (f: FactObject, _: unknown, ctx: ApiContext) =>
  (await ctx.loaders.history.load(f.id)).map((r: ReportObject) => ({ ...r, status: r.status ?? fallback }));

export const Invitation = {
  ...common,
  inviter: from,
  invitee: to,
  // An attribute missing in the graph reads as the least committal value, never a crash.
  status: (f: FactObject) => f.status ?? 'unknown',
  history: history('unknown'),
  resultingVisit: (f: FactObject, _: unknown, ctx: ApiContext) => ctx.loaders.resultingVisit.load(f.id),
};

export const Visit = {
  ...common,
  visitor: from,
  destination: to,
  status: (f: FactObject) => f.status ?? 'possible',
  history: history('possible'),
};

export const Report = {
  source: (r: ReportObject) => r.article,
};

export const Statement = {
  ...common,
  speaker: from,
  subject: to,
  quote: (f: FactObject) => f.quote ?? '',
};

const lower = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v.toLowerCase()])) as Record<T, string>;

/** GraphQL enum values (upper case) ↔ the graph's stored values (lower case). */
export const enums = {
  FactStatus: lower([
    'ACCEPTED',
    'DECLINED',
    'PENDING',
    'WITHDRAWN',
    'UNKNOWN',
    'OCCURRED',
    'ONGOING',
    'PLANNED',
    'POSSIBLE',
    'CANCELLED',
    'POSTPONED',
  ] as const),
  InvitationStatus: lower(['ACCEPTED', 'DECLINED', 'PENDING', 'WITHDRAWN', 'UNKNOWN'] as const),
  VisitStatus: lower(['OCCURRED', 'ONGOING', 'PLANNED', 'POSSIBLE', 'CANCELLED', 'POSTPONED'] as const),
  InvitationSide: { INVITER: 'from', INVITEE: 'to', EITHER: 'either' },
  VisitSide: { VISITOR: 'from', DESTINATION: 'to', EITHER: 'either' },
  StatementSide: { SPEAKER: 'from', SUBJECT: 'to', EITHER: 'either' },
  IngestStatus: lower(['CREATED', 'UPDATED', 'UNCHANGED', 'FAILED'] as const),
};
