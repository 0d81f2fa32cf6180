/** Input-checking scalars: bad dates and state codes fail validation with a clear message. */
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badInput } from './errors';
import { isPartialDate } from './dates';

const BLOCS = new Set(['EU', 'UN', 'NATO', 'AU', 'ASEAN']);

function stringLiteral(ast: ValueNode, name: string): string {
  if (ast.kind !== Kind.STRING) throw badInput(`${name} must be a string.`);
  return ast.value;
}

export function parsePartialDate(value: unknown): string {
  if (typeof value !== 'string' || !isPartialDate(value)) {
    throw badInput(`Invalid PartialDate ${JSON.stringify(value)}: use YYYY, YYYY-MM or YYYY-MM-DD.`);
  }
  return value;
}

export function parseStateCode(value: unknown): string {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (!/^[A-Z]{3}$/.test(code) && !BLOCS.has(code)) {
    throw badInput(
      `Invalid StateCode ${JSON.stringify(value)}: use an ISO 3166-1 alpha-3 code (RUS, PRK) or EU, UN, NATO, AU, ASEAN.`,
    );
  }
  return code;
}

export const PartialDate = new GraphQLScalarType({
  name: 'PartialDate',
  serialize: (v) => String(v),
  parseValue: parsePartialDate,
  parseLiteral: (ast) => parsePartialDate(stringLiteral(ast, 'PartialDate')),
});

export const StateCode = new GraphQLScalarType({
  name: 'StateCode',
  serialize: (v) => String(v),
  parseValue: parseStateCode,
  parseLiteral: (ast) => parseStateCode(stringLiteral(ast, 'StateCode')),
});
