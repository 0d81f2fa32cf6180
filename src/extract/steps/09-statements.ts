/**
 * Step 9 — statements.
 *
 * A statement is words attributed to a named official, a spokesperson, a ministry, a
 * government or a state (a capital or seat of power speaking counts as its state):
 *  - "{X} said / told / replied / announced / added / noted / warned … ";
 *  - inversion after a quote: "“…,” said Kremlin spokesman {P}";
 *  - "according to {X}";
 *  - "{S}'s foreign ministry said", "the {S} government said", "his office announced";
 *  - "he added" / "she said": the speaker of the statement just before.
 * Not statements of a state: anonymous sources, analysts, executives, journalists, media and
 * news agencies (even state-run ones) — they never become speakers here.
 * The date is the saying verb's ("said Wednesday", "On May 11, X warned"); a past-perfect
 * verb ("had said") has none; otherwise it is the publication date (a news report speaks of
 * its own day). A quote continuing the same speaker's words in the next sentence keeps the
 * date of the first.
 */
import type { ActorRef } from '../types';
import { actorOf, actorsIn, dateOfMention, resolvePronoun, sameActor, shiftDays, stateOfActor, type Doc } from './context';
import type { Clause } from './05-clauses';
import { AUX, AUXW, BODY, wordMatches } from './patterns';
import { fmtDay } from './04-dates';
import cues from '../../../data/cues.json';

export interface RawStatement {
  speaker: ActorRef;
  date: string | null;
  quote: string;
  about: ActorRef[];
  clause: number;
  /** The date came from the text, not the publication-date default. */
  explicitDate: boolean;
}

const VERBS =
  `${cues.positionVerbs.join('|')}|` +
  'said|says|say|told|tells|replied|replies|stated|states|announced|announces|added|adds|noted|notes|warned|warns|stressed|stresses|insisted|insists|confirmed|confirms|explained|explains|declared|declares|reiterated|reiterates|emphasized|emphasised|emphasizes|emphasises|underlined|underscored|pledged|pledges|urged|urges|expressed|expresses|called on|called for|called upon|calls on|calls for|denounced|denounces|condemned|condemns|hoped|argued|argues|claimed|claims|asserted|asserts|acknowledged|admitted|revealed|clarified|specified|specifies|assured|assures|observed|commented|wrote|tweeted|vowed|vows|briefed|responded|answered|remarked|quoted|promised|promises|complained|complains|lodged a protest|lodged a formal protest|lodged a strong protest|lodged a strong formal protest';
const SPOKES = '(?:spokesman|spokeswoman|spokesperson|spokespeople|press secretary)';
/** A speaker: an actor or its body ("{S} 's foreign ministry", "the press service of {S}",
 * "a spokesperson for the {S} …"), "his office", a pronoun, or an unnamed body of the story's
 * state ("the ministry", "a foreign ministry spokesman"). */
/** "the two leaders", "both ministers": the two people the sentences before named. */
const PAIR = '(?:the two|both) (?:leaders|presidents|prime ministers|foreign ministers|ministers|heads of state|men|women)';
const PAIR_ALONE = new RegExp(`^${PAIR}$`);
const SPK = `(\\{[PS]\\d+\\}(?: 's(?: [a-z-]+)? ${BODY}| ${BODY})?|${PAIR}|the \\{S\\d+\\}(?: [a-z-]+)? ${BODY}(?: in \\{S\\d+\\})?|the (?:[a-z]+ ){0,2}?${BODY} of (?:the )?\\{S\\d+\\}|(?:a|an|the) (?:[a-z]+ ){0,2}?${SPOKES} (?:for|of) (?:the )?\\{S\\d+\\}(?: [a-z]+){0,3}?|(?:a|an|the) \\{S\\d+\\}(?: [a-z-]+){0,2}? (?:${BODY} )?${SPOKES}|(?:its|their) (?:[a-z-]+ )?${BODY}|(?:his|her) (?:[a-z-]+ )?${BODY}(?: in \\{S\\d+\\})?|${BODY} in \\{S\\d+\\}|(?:the|a|an) (?:${BODY}|(?:${BODY} )?${SPOKES})(?: in \\{S\\d+\\})?|the (?:(?!(?:rebel|opposition|local|regional|provincial|state-run|city|municipal|party|company|airline|club|school|university|court|military|army|police|senior|former)\\b)[a-z-]+ ){1,2}?${BODY}(?: in \\{S\\d+\\})?|the ${BODY} 's (?:[a-z-]+ )?${SPOKES}|he|she)`;

/** A cheap test: does the sentence have a saying verb at all? */
const ANY_VERB = new RegExp(`\\b(?:${VERBS}|according to|citing|quoting|statement|telling|assuring|reminding|warning|saying|insisting|noting|arguing|blaming|accusing|welcomed|welcomes|praised|praises|applauded|applauds|read|reads)\\b`);

const RE = {
  // the subject may be set off from its verb by an apposition or a relative clause ("X, who
  // arrived in {S} on Monday, said")
  // ("{A} confirmed their attendance" is a reply to an invitation, read as attendance)
  subject: new RegExp(`(?<=^| )${SPK}(?: , (?:[^{}"]|\\{[PSD]\\d+\\}){1,80}? ,| , (?:who|which) [^"]{1,80}? ,| ,)?${AUX} (${VERBS})\\b(?! (?:(?:their|his|her|its) )?(?:attendance|participation|presence)\\b)`, 'g'),
  // the speaker ends its clause: ", said Germany has …" is a subject of its own verb, not a speaker
  // "Pyongyang has resumed weapons tests and warned of …": a saying verb coordinated with the
  // clause's first verb has the clause's subject
  coordinated: new RegExp(`^(?:[^{}"]{0,30} , |the )?${SPK}${AUX} [a-z]+\\b(?:[^{}"]|\\{[SDP]\\d+\\}){0,80}? and (?:also |then |later )?(${VERBS})\\b`),
  // "{A} thanked the delegations, saying …": the subject speaks in the participle
  participle: new RegExp(`^(?:[^{}"]{0,30} , )?${SPK}${AUX} [a-z]+\\b(?:[^{}"]|\\{[SD]\\d+\\}){0,80}? , (?:saying|adding|insisting|stressing|noting|declaring)\\b`),
  inverted: new RegExp(`(?:"|,|:) (?:\\{D\\d+\\} )?(said|says|added|noted|told|stated|replied|announced|warned|explained|continued|insisted|stressed|wrote) (${SPK})(?= ?(?:[,.:;"]|$|\\{D|(?:on|in|at|to|today|yesterday|tonight|last|earlier|late|later|this|after|before|during|when|while|according|citing|quoting|adding|referring|without|in a|speaking)\\b))`, 'g'),
  // "according to his press secretary, {P}": the role read with the name
  according: new RegExp(`according to (?:(?:his|her|its|their) (?=\\{P))?(${SPK})`, 'g'),
  // "…, Reuters quoted {P} as saying", "{P} was quoted as saying that …", "he cited {P} as
  // saying": whoever relays the words, the one quoted speaks
  quotedAs: new RegExp(`(?:(?:quoted|quoting|quotes|cited|citing|cites) ${SPK}|(?<=^| )${SPK}${AUX} (?:quoted|cited)(?: by (?:[^{}"]|\\{M\\d+\\}){1,40}?)?) as (?:saying|telling|stating|adding|declaring|writing)\\b|(?<=^| )${SPK}${AUX} reported to have (?:said|told)\\b`, 'g'),
  // "{P} issued a statement saying …"
  issued: new RegExp(`(?<=^| )${SPK}${AUX} (?:issued|issues|released|releases|put out|puts out) (?:a|an) (?:[a-z-]+ )?(?:statement|communique|communiqué|press release)(?: [^{}"]{0,30}?)? (?:saying|stating|that|which said|which says)\\b`, 'g'),
  // "A statement from the Chinese foreign ministry said …": the statement's author speaks
  // "…, a television channel reported, citing a statement by Iraq's foreign ministry": the
  // statement's author speaks, whoever relays it
  citingStatement: new RegExp(`(?:citing|quoting|according to|in) (?:a|the|an) (?:[a-z-]+ ){0,2}?(?:statement|communique|communiqué|press release) (?:from|by|of|issued by|released by) (${SPK})`, 'g'),
  statementFrom: new RegExp(`(?:^|, | )(?:a|the|in a) (?:joint |written |brief |separate )?statement (?:from|issued by|released by|by|of) (${SPK})(?: (?:[^{}"]|\\{D\\d+\\}){0,40}?)? (said|says|stated|added|read|reads)\\b`, 'g'),
  // "Washington welcomed the decision", "the government, in a statement, welcomed the move": a
  // public position on a decision or an event, not a host greeting a guest
  welcomed: new RegExp(`(?<=^| )${SPK}(?: , (?:[^{}"]|\\{[PSD]\\d+\\}){1,80}? ,)?${AUX} (?:welcomed|welcomes|praised|praises|applauded|applauds) (?:the|this|that|a|an|its|their) (?:[a-z-]+ ){0,2}(?:decision|move|announcement|agreement|deal|news|report|statement|outcome|resolution|ceasefire|truce|talks|proposal|step|steps|result|results|election|initiative|rapprochement|accord|accords|declaration|plan)\\b`, 'g'),
  // "Ankara dismissed the appeal, with {P} insisting that …": the absolute clause's noun speaks
  withSpeaker: new RegExp(`(?:^|, | )with (${SPK}) (saying|insisting|noting|arguing|adding|warning|stressing|telling|claiming|explaining|declaring|calling|blaming|accusing|citing)\\b`, 'g'),
  // "{P}, who insisted that …": the relative clause's antecedent speaks
  relative: new RegExp(`(\\{P\\d+\\}) , who((?: (?!had\\b)${AUXW}){0,3}) (said|says|told|tells|insisted|insists|warned|warns|stressed|stresses|noted|notes|added|argued|argues|claimed|claims|denied|denies|accused|accuses|urged|urges|declared|announced|called on|called for|dismissed|rejected|condemned)\\b`, 'g'),
  // "…, telling reporters that …", "…, telling {P} in the Kremlin that": the clause's subject speaks
  telling: new RegExp(`, (?:telling|assuring|warning|reminding) (?:reporters|journalists|the press|parliament|lawmakers|an audience|a news conference|\\{[PS]\\d+\\})(?: (?:[^{}",]|\\{[SD]\\d+\\}){1,40}?)? (?:that|")`, 'g'),
};

const PREPOSITIONS = new Set(['in', 'from', 'to', 'of', 'at', 'with', 'for', 'by', 'about', 'on', 'than', 'over', 'against', 'between', 'toward', 'towards', 'into', 'like', 'under', 'after', 'before', 'during', 'as', 'citing', 'quoting', 'via']);

export function findStatements(doc: Doc): RawStatement[] {
  const out: RawStatement[] = [];
  const pubDate = doc.pub ? fmtDay(doc.pub) : null;
  let lastSpeaker: { actor: ActorRef; clause: number } | null = null;

  doc.clauses.forEach((c, ci) => {
    const t = c.template;
    if (!ANY_VERB.test(t)) return;
    const found: { speaker: ActorRef; idx: number; end: number; aux: string; listed?: boolean }[] = [];
    const speakerOf = (spk: string, idx: number): ActorRef | null => {
      if (/^(?:he|she)$/.test(spk)) {
        const quoted = (t.slice(0, idx).match(/"/g)?.length ?? 0) % 2 === 1;
        if (quoted) {
          const p = resolvePronoun(doc, ci, idx);
          return p && p.kind === 'person' && official(doc, p) ? p : null;
        }
        if (lastSpeaker && lastSpeaker.actor.kind === 'person' && ci - lastSpeaker.clause <= 2) return lastSpeaker.actor;
        // "“… Charles Michel's visit was planned,” he said": the people the quotation names are
        // not its speaker; he is someone named before it
        const head = t.slice(0, idx);
        const afterQuote = /(?:" ,?|, ") $/.test(head);
        const p = resolvePronoun(doc, ci, afterQuote ? Math.max(0, head.lastIndexOf('"', head.length - 4)) : idx);
        return p && p.kind === 'person' && official(doc, p) ? p : null;
      }
      // "the presidential office in Ulaanbaatar confirmed", "his office in Dakar said": a body
      // placed in a capital speaks for the state there
      // (not "the Kenyan embassy in Accra": an embassy speaks for the state that sends it)
      const placed = (spk.match(/\{[PS]\d+\}/g) ?? []).length === 1 && !/\b(?:embassy|mission|consulate|high commission)\b/.test(spk) ? / in (\{S\d+\})$/.exec(spk) : null;
      const at = placed ? actorOf(doc, c, placed[1]!) : null;
      if (at?.kind === 'state') return at;
      if (/^(?:its|their) /.test(spk)) {
        // "Sudan accepted the invitation, its foreign ministry said": the state before it
        const st = [...t.slice(0, idx).matchAll(/\{S(\d+)\}/g)].map((x) => c.mentions[Number(x[1])]).find((x) => x?.kind === 'S' && x.state.kind !== 'city' && x.state.kind !== 'not');
        return st?.kind === 'S' ? { kind: 'state', code: st.state.code } : null;
      }
      if (/^(?:his|her) /.test(spk)) {
        // "X invited Y …, his office said": the office is the subject's
        const first = /\{P\d+\}/.exec(t);
        const p = first && first.index < idx ? actorOf(doc, c, first[0]) : resolvePronoun(doc, ci, idx);
        const st = stateOfActor(p);
        return st ? { kind: 'state', code: st } : null;
      }
      const phm = /\{[PS]\d+\}/.exec(spk);
      if (!phm) {
        // "In Suva, the government said": the place the sentence opens with
        const fronted = /^in (\{S\d+\}) , /.exec(t);
        const there = fronted && idx <= fronted[0].length ? actorOf(doc, c, fronted[1]!) : null;
        if (there?.kind === 'state') return there;
        // "the ministry said", "a foreign ministry spokesman told reporters": the story's state
        const st = storyState(doc, ci);
        return st ? { kind: 'state', code: st } : null;
      }
      const ph = phm[0];
      const a = actorOf(doc, c, ph);
      if (!a) return null;
      const body = spk.length > ph.length;
      if (a.kind === 'person') {
        if (body) return a.state ? { kind: 'state', code: a.state } : null;
        return official(doc, a) ? a : null;
      }
      const m = c.mentions[Number(/\d+/.exec(ph)![0])]!;
      if (m.kind !== 'S' || m.state.kind === 'city' || m.state.kind === 'not') return null;
      if (m.state.kind === 'demonym' && !body) return null;
      return a;
    };
    for (const m of wordMatches(t, RE.subject)) {
      const head = t.slice(0, m.index!).trim().split(' ');
      const prev = head[head.length - 1] ?? '';
      if (PREPOSITIONS.has(prev)) continue;
      // "Venezuela was announced …": passive, the actor is not speaking
      if (/\b(?:was|were|been|be|being|is|are)\s*$/.test(m[2] ?? '')) continue;
      // "Pyongyang had not yet replied", "the ministry did not comment": nothing was said
      if (/\b(?:not|never|yet to)\b|n't\b/.test(m[2] ?? '')) continue;
      // "Russia, China and India said …", "A and B have expressed …": each member of a listed
      // subject speaks; a list that is an object ("talks between A and B") or an organ's ("the
      // leaders of A, B and C have confirmed they will attend": a reply, read as attendance) none
      const listed = prev === 'and' ? listBefore(head.slice(0, -1)) : null;
      if (listed && !listed.opensClause) continue;
      const members = listed?.members ?? [];
      const pair = PAIR_ALONE.test(m[1]!) ? lastTwoPeople(doc, ci, m.index!) : [];
      for (const sp of [...members.map((x) => speakerOf(x, m.index!)), ...(pair.length ? pair : [speakerOf(m[1]!, m.index!)])]) {
        if (sp) found.push({ speaker: sp, idx: m.index!, end: m.index! + m[0].length, aux: m[2] ?? '', listed: members.length > 0 || pair.length > 0 });
      }
    }
    if (!found.length) {
      const m = RE.coordinated.exec(t) ?? RE.participle.exec(t);
      const sp = m && !/\b(?:was|were|been|be|being|is|are)\s*$/.test(m[2] ?? '') ? speakerOf(m[1]!, t.indexOf(m[1]!)) : null;
      // the date of the first verb's phrase is the saying's: "arrived on Monday and said"
      const d = m ? /\{D\d+\}/.exec(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length)) : null;
      if (m && sp) found.push({ speaker: sp, idx: t.indexOf(m[1]!), end: m[0].length, aux: `${m[2] ?? ''}${d ? ` ${d[0]}` : ''}` });
    }
    for (const m of wordMatches(t, RE.inverted)) {
      const sp = speakerOf(m[2]!, m.index!);
      if (sp) found.push({ speaker: sp, idx: m.index!, end: m.index! + m[0].length, aux: '' });
    }
    for (const m of wordMatches(t, RE.according)) {
      const sp = speakerOf(m[1]!, m.index!);
      if (sp) found.push({ speaker: sp, idx: m.index!, end: m.index! + m[0].length, aux: '' });
    }
    for (const m of (/ as (?:saying|telling|stating|adding|declaring|writing)\b| reported to have (?:said|told)\b/.test(t) ? wordMatches(t, RE.quotedAs) : [])) {
      const spk = (m[1] ?? m[2] ?? m[4])!;
      // the passive ("was quoted as saying", "was reported to have told") is the one form whose
      // auxiliary must be there
      if ((m[2] || m[4]) && !/\b(?:was|were|is|are|been|being)\b/.test((m[3] ?? m[5]) ?? '')) continue;
      const at = m.index! + m[0].indexOf(spk);
      if (found.some((f) => f.idx <= at && at < f.end)) continue;
      const sp = speakerOf(spk, at);
      if (sp) found.push({ speaker: sp, idx: m.index!, end: m.index! + m[0].length, aux: (m[3] ?? '').replace(/\b(?:was|were|is|are|been|being)\b/g, ' ') });
    }
    for (const m of (/ (?:issue|release|put)/.test(t) ? wordMatches(t, RE.issued) : [])) {
      if (found.some((f) => f.idx === m.index!)) continue;
      const sp = speakerOf(m[1]!, m.index!);
      if (sp) found.push({ speaker: sp, idx: m.index!, end: m.index! + m[0].length, aux: m[2] ?? '' });
    }
    for (const m of (t.includes('statement ') ? t.matchAll(RE.statementFrom) : [])) {
      const sp = speakerOf(m[1]!, m.index + m[0].indexOf(m[1]!));
      if (sp) found.push({ speaker: sp, idx: m.index, end: m.index + m[0].length, aux: '' });
    }
    for (const m of (/statement|communiq|press release/.test(t) ? t.matchAll(RE.citingStatement) : [])) {
      const at = m.index + m[0].lastIndexOf(m[1]!);
      if (found.some((f) => f.idx <= at && at < f.end)) continue;
      const sp = speakerOf(m[1]!, at);
      if (sp) found.push({ speaker: sp, idx: m.index, end: m.index + m[0].length, aux: '' });
    }
    for (const m of (/welcom|prais|applaud/.test(t) ? wordMatches(t, RE.welcomed) : [])) {
      if (found.some((f) => f.idx === m.index!)) continue;
      const sp = speakerOf(m[1]!, m.index!);
      if (sp) found.push({ speaker: sp, idx: m.index!, end: m.index! + m[0].length, aux: m[2] ?? '' });
    }
    for (const m of (t.includes('with ') ? t.matchAll(RE.withSpeaker) : [])) {
      const sp = speakerOf(m[1]!, m.index + m[0].indexOf(m[1]!));
      if (sp) found.push({ speaker: sp, idx: m.index, end: m.index + m[0].length, aux: '' });
    }
    for (const m of (t.includes(', who') ? t.matchAll(RE.relative) : [])) {
      const sp = speakerOf(m[1]!, m.index);
      if (sp && !found.some((f) => f.idx === m.index)) found.push({ speaker: sp, idx: m.index, end: m.index + m[0].length, aux: m[2] ?? '' });
    }
    if (!found.length) {
      for (const m of (t.includes('telling') || t.includes('assuring') || t.includes('warning') || t.includes('reminding') ? t.matchAll(RE.telling) : [])) {
        const first = /^(?:[^{}"]{0,30} , )?(\{[PS]\d+\})/.exec(t);
        const sp = first ? speakerOf(first[1]!, first.index) : null;
        if (sp) found.push({ speaker: sp, idx: first!.index, end: m.index + m[0].length, aux: '' });
      }
    }
    found.sort((a, b) => a.idx - b.idx);
    for (const f of found) {
      let date: string | null = null;
      let explicit = false;
      const d = verbDate(doc, c, f.idx, f.end, f.aux);
      if (d !== undefined) {
        date = d;
        explicit = true;
      } else if (/\bhad\b/.test(f.aux)) date = null;
      else if (/\b(?:has|have)\b/.test(f.aux)) date = null;
      else {
        // the same speaker's words continued from the sentence before keep that date
        const prev = out[out.length - 1];
        if (prev && prev.clause >= ci - 1 && sameActor(prev.speaker, f.speaker) && prev.explicitDate) {
          date = prev.date;
          explicit = true;
        } else date = pubDate;
      }
      out.push({
        speaker: f.speaker,
        date,
        quote: quoteOf(c),
        about: actorsIn(doc, c, t).filter((a) => !sameActor(a, f.speaker)),
        clause: ci,
        // a listed speaker's date does not date the story's other sayings
        explicitDate: explicit && !f.listed,
      });
      lastSpeaker = f.speaker.kind === 'person' ? { actor: f.speaker, clause: ci } : lastSpeaker;
    }
  });
  // A report tells one day's news: its first saying dated to a day of the week before
  // publication ("the Kremlin warned on Tuesday") dates the undated sayings after it too,
  // rather than the day the report was printed.
  const storyDay = out.find((st) => st.explicitDate && st.date?.length === 10 && pubDate && st.date <= pubDate && st.date >= shiftDays(pubDate, -6));
  if (storyDay && storyDay.date !== pubDate) {
    for (const st of out) if (!st.explicitDate && st.date === pubDate && st.clause > storyDay.clause) st.date = storyDay.date;
  }
  return out;
}

/**
 * The members of the list of actors that ends the given words ("{S1} , {S2}" or "{P1} ," before
 * "and"), and whether the list opens its clause (at its start, after a comma or "that"); null
 * when the words end in no actor (a clause joined by "and", not a list).
 */
function listBefore(words: string[]): { members: string[]; opensClause: boolean } | null {
  const members: string[] = [];
  let k = words.length - 1;
  if (words[k] === ',') k--;
  while (k >= 0 && /^\{[PS]\d+\}$/.test(words[k]!)) {
    members.unshift(words[k]!);
    if (words[k - 1] !== ',') {
      k--;
      break;
    }
    k -= 2;
  }
  if (!members.length) return null;
  const lead = words[k];
  return { members, opensClause: lead === undefined || lead === ',' || lead === 'that' || lead === '"' };
}

/** The last two different people named before a place in a clause, in it or in the two
 * sentences before ("X met Y on Monday. The two leaders said …"); fewer than two gives none. */
function lastTwoPeople(doc: Doc, ci: number, idx: number): ActorRef[] {
  const seen: ActorRef[] = [];
  for (let k = ci; k >= 0 && k >= ci - 3 && seen.length < 2; k--) {
    const c = doc.clauses[k]!;
    const t = k === ci ? c.template.slice(0, idx) : c.template;
    for (const m of [...t.matchAll(/\{P\d+\}/g)].reverse()) {
      const a = actorOf(doc, c, m[0]);
      if (a?.kind === 'person' && !seen.some((x) => sameActor(x, a))) seen.push(a);
      if (seen.length === 2) break;
    }
  }
  return seen.length === 2 ? seen : [];
}

/** The state an unnamed body speaks for: the state of the dateline, else the state whose body
 * spoke last within a few sentences. */
function storyState(doc: Doc, ci: number): string | null {
  if (doc.datelineState) return doc.datelineState;
  for (let k = ci - 1; k >= 0 && k >= ci - 3; k--) {
    const c = doc.clauses[k]!;
    const m = new RegExp(`(\\{S\\d+\\})(?: 's)? (?:${BODY})`).exec(c.template);
    const a = m ? actorOf(doc, c, m[1]!) : null;
    if (a?.kind === 'state') return a.code;
  }
  return null;
}

function official(doc: Doc, a: ActorRef): boolean {
  if (a.kind !== 'person') return true;
  const p = doc.people.find((x) => x.name === a.name);
  return !!p && (p.roleClass === 'leader' || p.roleClass === 'official');
}

/** The date of the saying verb: "said Wednesday", "told reporters on Thursday", "On May 11, X
 * warned", "X on Friday said"; undefined when the text gives none. */
function verbDate(doc: Doc, c: Clause, idx: number, end: number, aux: string): string | null | undefined {
  const t = c.template;
  const inAux = /\{D\d+\}/.exec(aux);
  if (inAux) return dateOfMention(doc, c, inAux[0], 'past');
  const after = /^(?: (?:on|in|last|this|earlier|late|early))? (\{D\d+\})/.exec(t.slice(end)) ??
    /^ (?:reporters|the press|journalists|a press briefing|a news conference|a briefing|state media|lawmakers|parliament|the media|\{M\d+\})(?: [a-z]+){0,3}? (?:on|in|last) (\{D\d+\})/.exec(t.slice(end)) ??
    /^ (?:in|at|during|on) (?:a|an|the|his|her|its) (?:[a-z-]+ ){0,2}(?:statement|interview|speech|briefing|conference|post|tweet|address|call|meeting|message)(?: [a-z]+){0,2}? (?:on|in|last) (\{D\d+\})/.exec(t.slice(end)) ??
    // "said on state television on Tuesday", "told national radio on Monday", "said in {M} on …"
    /^ (?:on|to|in) (?:\{M\d+\}|(?:state |national |public )?(?:television|tv|radio))(?: [a-z]+){0,2}? (?:on|in|last) (\{D\d+\})/.exec(t.slice(end));
  if (after) return dateOfMention(doc, c, after[1]!, 'past');
  const lead = /^(?:on |in |earlier |late |early )?(\{D\d+\}) , /.exec(t);
  if (lead && lead.index + lead[0].length <= idx + 1) return dateOfMention(doc, c, lead[1]!, 'past');
  return undefined;
}

function quoteOf(c: Clause): string {
  const m = /[“"]([^”"]{3,})[”"]/.exec(c.sentence.text);
  if (m) return m[1]!.trim();
  const said = /\b(?:said|says|told [a-z ]+?|announced|added|noted|warned|stated)(?: on \w+| \w+day)?,? (?:that )?(.+)$/.exec(c.sentence.text);
  return (said ? said[1]! : c.sentence.text).trim();
}

