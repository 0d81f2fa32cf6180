/**
 * A readable summary of one extraction for a terminal: one block per article, facts in
 * aligned columns, quotes shortened. Built from the serialised record, so what a reader sees
 * is what `--json` would print.
 */
import type { ActorRecord, EventRecord, ExtractionRecord } from './serialise';

const actor = (a: ActorRecord): string => ('code' in a ? a.code : a.state ? `${a.name} (${a.state})` : a.name);
const event = (e: EventRecord | null): string => (e ? `${e.name}${e.date ? ` ${e.date}` : ''}` : '');
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Rows of cells → lines with every column padded to its widest cell (the last is left ragged). */
export function alignRows(rows: string[][], indent: string): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) => indent + r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd());
}

function section(label: string, rows: string[][]): string[] {
  const head = `  ${label.padEnd(12)}`;
  if (!rows.length) return [`${head}—`];
  const lines = alignRows(rows, ' '.repeat(head.length));
  lines[0] = head + lines[0]!.slice(head.length);
  return lines;
}

export function summarise(r: ExtractionRecord): string {
  const place = r.dateline ? `${r.dateline.city}${r.dateline.agency ? ` (${r.dateline.agency})` : ''}` : null;
  const meta = [r.publishedAt ? `published ${r.publishedAt}` : 'no publication date', place, r.source && r.source !== r.dateline?.agency ? r.source : null]
    .filter(Boolean)
    .join(' · ');
  const out = [`■ ${r.title ?? '(untitled)'}`, `  ${r.id}`, `  ${meta}`];
  if (r.skipped) {
    out.push(`  skipped: ${r.skipped}`);
    return out.join('\n');
  }
  out.push(...section('states', r.states.length ? [[r.states.map((s) => `${s.code} ${s.name}`).join(' · ')]] : []));
  out.push(...section('people', r.people.map((p) => [p.name, p.state ?? '—', p.role ?? ''])));
  out.push(
    ...section(
      'invitations',
      r.invitations.map((i) => [actor(i.inviter), '→', actor(i.invitee), event(i.event), `${i.negated ? 'NOT ' : ''}${i.status}`]),
    ),
  );
  out.push(
    ...section(
      'visits',
      r.visits.map((v) => [actor(v.visitor), '→', v.destination.code, v.date ?? '', `${v.negated ? 'NOT ' : ''}${v.status}`]),
    ),
  );
  out.push(...section('statements', r.statements.map((s) => [actor(s.speaker), s.date ?? '', `“${clip(s.quote.replace(/\s+/g, ' '), 70)}”`])));
  for (const w of r.warnings) out.push(`  warning     ${w}`);
  return out.join('\n');
}
