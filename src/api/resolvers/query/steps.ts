/** Steps of paths and neighbourhoods: a fact, or a person acting for a state. */
import { toEntity, toFact, type EntityObject, type FactObject, type Plain } from '../../records';

export interface StepObject {
  kind: 'INVITED' | 'VISITED' | 'STATED' | 'REPRESENTS';
  from: EntityObject;
  to: EntityObject;
  fact: FactObject | null;
  role: string | null;
}

export function toStep(v: Plain | undefined): StepObject {
  const m = (v ?? {}) as Record<string, Plain>;
  const type = String(m.type);
  if (type === 'REPRESENTS') {
    const props = (m.props ?? {}) as Record<string, Plain>;
    return {
      kind: 'REPRESENTS',
      from: toEntity(m.from),
      to: toEntity(m.to),
      fact: null,
      role: props.role == null ? null : String(props.role),
    };
  }
  // Step rows always carry both ends in full.
  return { kind: type as StepObject['kind'], from: toEntity(m.from), to: toEntity(m.to), fact: toFact(v), role: null };
}
