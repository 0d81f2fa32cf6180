/**
 * Conversion at the database boundary: driver values out become plain JS values, and JS
 * numbers in become Neo4j integers when they are whole.
 */
import neo4j, { isInt, isNode, isPath, isRelationship, type Integer } from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

const isTemporal = (v: unknown): boolean =>
  isAny(v, [
    neo4j.isDate,
    neo4j.isDateTime,
    neo4j.isLocalDateTime,
    neo4j.isTime,
    neo4j.isLocalTime,
    neo4j.isDuration,
  ]);

function isAny(v: unknown, checks: ((x: never) => boolean)[]): boolean {
  return checks.some((check) => check(v as never));
}

/**
 * Integer → number (throws beyond 2^53 rather than silently losing digits), temporal
 * values → ISO strings, nodes and relationships → their properties plus identity.
 */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (isInt(value)) {
    const int = value as Integer;
    if (!int.inSafeRange()) throw new RangeError(`Neo4j integer ${int.toString()} exceeds 2^53`);
    return int.toNumber();
  }
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (isTemporal(value)) return String(value);
  if (isNode(value)) {
    return { elementId: value.elementId, labels: value.labels, properties: toPlainMap(value.properties) };
  }
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startNodeElementId: value.startNodeElementId,
      endNodeElementId: value.endNodeElementId,
      properties: toPlainMap(value.properties),
    };
  }
  if (isPath(value)) {
    return {
      start: toPlain(value.start),
      end: toPlain(value.end),
      segments: value.segments.map((s) => ({
        start: toPlain(s.start),
        relationship: toPlain(s.relationship),
        end: toPlain(s.end),
      })),
    };
  }
  if (typeof value === 'object') return toPlainMap(value as Record<string, unknown>);
  return String(value);
}

function toPlainMap(obj: Record<string, unknown>): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const [k, v] of Object.entries(obj)) out[k] = toPlain(v);
  return out;
}

/**
 * JS has one number type and the driver sends every number as a float, which Cypher
 * refuses for LIMIT/SKIP and stores as 1.0 for counts and offsets. Whole numbers are sent as
 * integers instead; a float parameter that happens to be whole arrives as an integer (write
 * `toFloat($x)` in the Cypher where that matters).
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  }
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = v === undefined ? null : toParams(v);
    return out;
  }
  return value;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
