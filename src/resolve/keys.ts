/**
 * Node and fact identities (docs/graph-model.md, "Fact identity"): the same state, event or
 * fact reported by several articles must produce the same key.
 */
import { createHash } from 'node:crypto';
import type { ExtractedEvent } from '../extract/types';
import { normaliseName } from '../names/normalise';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * `event:<kind>|<date>|<place>`. An undated occasion also keys on its normalised name, so
 * that "a ceremony in Russia" from one article is not merged with every other undated
 * ceremony there.
 */
export function eventKey(event: Pick<ExtractedEvent, 'kind' | 'date' | 'place' | 'name'>): string {
  const base = `event:${event.kind}|${event.date ?? ''}|${event.place ?? ''}`;
  return event.date ? base : `${base}|${normaliseName(event.name)}`;
}

/** Quotes match across articles when they differ only in case, punctuation or spacing. */
export function normaliseQuote(quote: string): string {
  return quote
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function quoteHash(quote: string): string {
  return sha256(normaliseQuote(quote)).slice(0, 16);
}

/**
 * An article's reading of an invitation, unique within the article (it names the article's
 * evidence): two mentions with the same key are one reading, the more definite kept. Which
 * fact a reading supports is decided across articles, by group (resolve/fact-groups.ts).
 */
export function invitationReadingKey(inviter: string, invitee: string, eventId: string | null, negated: boolean): string {
  return `inv|${inviter}|${invitee}|${eventId ?? ''}|${negated}`;
}

/** An article's reading of a visit: by its occasion, else the month it happens, else nothing. */
export function visitReadingKey(visitor: string, destination: string, eventId: string | null, date: string | null, negated: boolean): string {
  const when = eventId ?? (date ? date.slice(0, 7) : '');
  return `vis|${visitor}|${destination}|${when}|${negated}`;
}

export function statementFactId(speaker: string, target: string, date: string | null, quote: string): string {
  return `stm|${speaker}|${target}|${date ?? ''}|${quoteHash(quote)}`;
}

/** A pair of states, either way round: the key of its :DyadFact entries (write-state-entries). */
export function dyadKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function representsFactId(person: string, state: string): string {
  return `rep|${person}|${state}`;
}

/** Identity of an article's content: text and the metadata that changes what is extracted. */
export function contentHash(article: { text: string; title: string | null; publishedAt: string | null; url: string | null; source: string | null }): string {
  const canonical = JSON.stringify([article.text, article.title, article.publishedAt, article.url, article.source]);
  return `sha256:${sha256(canonical)}`;
}

/**
 * A fact's id with one endpoint replaced: the second part of every fact id is its `from`
 * key and the third its `to` key (for REPRESENTS, the person), and no key contains "|", so
 * the rest (an event id may hold "|") stays as it was.
 */
export function rekeyFactId(id: string, side: 'from' | 'to', key: string): string {
  const parts = id.split('|');
  const at = side === 'from' ? 1 : 2;
  if (parts.length <= at) throw new Error(`not a fact id: ${id}`);
  parts[at] = key;
  return parts.join('|');
}
