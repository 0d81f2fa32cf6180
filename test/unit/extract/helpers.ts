/** Runs the extractor on a hand-written sentence and flattens its facts for comparison. */
import type { Article, Dateline } from '../../../src/article/types';
import { extractArticle, loadExtractionResources } from '../../../src/extract';
import type { ActorRef, ArticleExtraction } from '../../../src/extract/types';

const resources = loadExtractionResources();

export function run(text: string, publishedAt: string | null = '2024-03-14', dateline: Dateline | null = null): ArticleExtraction {
  const article: Article = { id: 'test', url: null, title: null, source: null, publishedAt, dateline, text };
  return extractArticle(article, resources);
}

/** "Name" for a person, "CODE" for a state. */
export const who = (a: ActorRef): string => (a.kind === 'state' ? a.code : a.name);

export const invitations = (x: ArticleExtraction): string[] =>
  x.invitations.map((i) => `${who(i.inviter)} -> ${who(i.invitee)} ${i.status}${i.negated ? ' negated' : ''}`).sort();

export const visits = (x: ArticleExtraction): string[] =>
  x.visits.map((v) => `${who(v.visitor)} -> ${v.destination.code} ${v.status}${v.negated ? ' negated' : ''} ${v.date ?? '-'}`).sort();

export const statements = (x: ArticleExtraction): string[] => x.statements.map((s) => `${who(s.speaker)} ${s.date ?? '-'}`).sort();

export const stateCodes = (x: ArticleExtraction): string[] => x.states.map((s) => s.code).sort();
