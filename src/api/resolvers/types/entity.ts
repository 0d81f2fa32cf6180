/** Actor (interface) and Entity (union): every entity object carries its __typename. */
import type { EntityObject } from '../../records';

const resolveType = (obj: EntityObject) => obj.__typename;

export const Actor = { __resolveType: resolveType };
export const Entity = { __resolveType: resolveType };
