/**
 * Reading a resolver's own selection to shape its queries. Prefetch: GraphQL resolves
 * `fact(id) { sources }` level by level: the fact's query, then (after its round trip) the
 * sources' query. The child queries only need the key the client already sent, so when the
 * selection asks for them we start them at once; the field resolvers later get the very same
 * DataLoader promise. Answers are unchanged: if the parent turns out not to exist, the
 * prefetched rows are simply never read. Leaving out: a list's rows may omit what no field
 * below asks for (the fields then load it themselves). Only plain field selections (and
 * inline fragments / named fragments) are looked at; anything else just loads as before.
 */
import { getArgumentValues, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields selected directly under the resolved field, by field name (aliases included). */
export function childFields(info: GraphQLResolveInfo): FieldNode[] {
  return fieldsIn(
    info.fieldNodes.map((node) => node.selectionSet),
    info,
  );
}

/**
 * The names of the fields selected under the child field `name` of the resolved field
 * (under every alias of it, through fragments): what a resolver may leave out of its rows.
 */
export function grandchildNames(info: GraphQLResolveInfo, name: string): Set<string> {
  const children = childFields(info).filter((f) => f.name.value === name);
  return new Set(fieldsIn(children.map((f) => f.selectionSet), info).map((f) => f.name.value));
}

function fieldsIn(sets: (SelectionSetNode | undefined)[], info: Pick<GraphQLResolveInfo, 'fragments'>): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, depth: number) => {
    if (!set || depth > 4) return;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) out.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet, depth + 1);
      else if (sel.kind === Kind.FRAGMENT_SPREAD) visit(info.fragments[sel.name.value]?.selectionSet, depth + 1);
    }
  };
  for (const set of sets) visit(set, 0);
  return out;
}

/**
 * The arguments of a selected child field as the field resolver will see them (defaults and
 * variables applied), or null when they cannot be read here (the resolver then loads as usual).
 */
export function childArgs(info: GraphQLResolveInfo, field: FieldNode): Record<string, unknown> | null {
  const parentType = info.returnType;
  const named = 'ofType' in parentType ? (parentType.ofType as unknown) : parentType;
  const def = (named as { getFields?: () => Record<string, unknown> }).getFields?.()[field.name.value];
  if (!def) return null;
  try {
    return getArgumentValues(def as Parameters<typeof getArgumentValues>[0], field, info.variableValues);
  } catch {
    return null;
  }
}

/** Starts a load whose result a field resolver will pick up; its failure surfaces there. */
export function start(p: Promise<unknown>): void {
  p.catch(() => undefined);
}
