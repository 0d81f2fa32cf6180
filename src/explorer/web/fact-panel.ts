/**
 * One fact in full: its parties, status, date, occasion and every source, each with its
 * article and the evidence sentence, the words that carry the fact marked.
 */
import { gql, graphiqlUrl } from './api';
import { h } from './dom';
import type { FactNode } from './facts';
import { kindLabel, statusLabel, toFact, toneOf } from './facts';
import { markedSentence, supportingRanges } from './highlight';
import { FACT } from './queries';
import { entityHash } from './router';

interface SourceNode {
  article: { id: string; url: string | null; title: string | null; source: string | null; publishedAt: string | null };
  evidence: { text: string; start: number | null; end: number | null };
  reportedStatus: string | null;
  reportedDate: string | null;
}

type FullFact = FactNode & {
  firstReported: string | null;
  lastReported: string | null;
  cameo: { code: string; label: string } | null;
  sources: SourceNode[];
};

const ROLES: Record<string, [string, string]> = {
  INVITATION: ['Inviter', 'Invitee'],
  VISIT: ['Visitor', 'Destination'],
  STATEMENT: ['Speaker', 'Subject'],
};

function entityLink(e: { __typename?: string; id: string; name: string }): HTMLElement {
  const href = entityHash(e);
  return href ? h('a', { href }, e.name) : h('span', {}, e.name);
}

/** Closes the panel and gives its room back to the view. */
export function hideFact(panel: HTMLElement): void {
  panel.hidden = true;
  document.body.classList.remove('panel-open');
}

/** Fills `panel` with the fact; the panel says so when the fact no longer exists. */
export async function showFact(panel: HTMLElement, id: string, onClose: () => void): Promise<void> {
  panel.hidden = false;
  // The view makes room for the panel instead of lying under it (on a wide screen).
  document.body.classList.add('panel-open');
  panel.replaceChildren(h('p', { class: 'loading' }, 'Loading the fact…'));
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close the fact panel', onclick: onClose }, '×');
  let node: FullFact | null;
  try {
    node = (await gql<{ fact: FullFact | null }>(FACT, { id })).fact;
  } catch (err) {
    panel.replaceChildren(close, h('p', { class: 'error' }, (err as Error).message));
    return;
  }
  if (!node) {
    panel.replaceChildren(close, h('p', { class: 'empty' }, 'This fact is no longer in the graph (its articles may have been removed).'));
    return;
  }
  const f = toFact(node);
  const [fromRole, toRole] = ROLES[f.kind] ?? ['From', 'To'];
  const tone = toneOf(f.status, f.negated);
  const names = [f.from.name, f.to.name];
  panel.replaceChildren(
    close,
    h('h2', { id: 'fact-title' }, `${kindLabel(f.kind)}${f.negated ? ' (negated)' : ''}`),
    h('dl', { class: 'fact-fields' },
      h('dt', {}, fromRole), h('dd', {}, entityLink(f.from)),
      h('dt', {}, toRole), h('dd', {}, entityLink(f.to)),
      f.status || f.negated ? [h('dt', {}, 'Status'), h('dd', {}, h('span', { class: `badge status tone-${tone}` }, statusLabel(f)))] : null,
      h('dt', {}, 'Date'), h('dd', {}, f.date ?? 'not given'),
      h('dt', {}, 'Occasion'), h('dd', {}, f.event ? `${f.event.name}${f.event.date ? `, ${f.event.date}` : ''}` : (node.eventName ?? 'none named')),
      f.quote ? [h('dt', {}, 'Quote'), h('dd', {}, `“${f.quote}”`)] : null,
      node.cameo ? [h('dt', {}, 'CAMEO'), h('dd', {}, `${node.cameo.code} ${node.cameo.label}`)] : null,
      h('dt', {}, 'Reported'), h('dd', {}, `${f.sourceCount} ${f.sourceCount === 1 ? 'article' : 'articles'}${node.firstReported ? `, ${node.firstReported}${node.lastReported && node.lastReported !== node.firstReported ? ` to ${node.lastReported}` : ''}` : ''}`)),
    h('h3', {}, 'Sources'),
    h('ol', { class: 'sources' }, node.sources.map((s) => {
      const title = s.article.title ?? s.article.id;
      return h('li', { class: 'source' },
        h('div', { class: 'source-head' },
          s.article.url ? h('a', { href: s.article.url, rel: 'noopener noreferrer', target: '_blank' }, title) : h('span', { class: 'source-title' }, title),
          h('span', { class: 'source-meta' }, [s.article.source, s.article.publishedAt].filter(Boolean).join(', '))),
        h('blockquote', { class: 'evidence', 'data-start': s.evidence.start ?? '', 'data-end': s.evidence.end ?? '' },
          markedSentence(s.evidence.text, supportingRanges(s.evidence.text, { kind: f.kind, names, quote: f.quote }))),
        s.evidence.start !== null && s.evidence.end !== null
          ? h('div', { class: 'source-meta' }, `characters ${s.evidence.start}–${s.evidence.end} of the article${s.reportedStatus ? `; this article: ${s.reportedStatus.toLowerCase()}` : ''}`)
          : null);
    })),
    h('p', { class: 'graphiql' }, h('a', { href: graphiqlUrl(FACT, { id }), target: '_blank' }, 'Open this query in GraphiQL')),
  );
  panel.focus();
}
