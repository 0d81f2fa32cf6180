/**
 * Step 8b — presence at an occasion, as news reports guest lists.
 *
 * Attending a summit, parade, funeral or inauguration held in another state is a visit to
 * that state. News names the people present in a few recurring shapes, each read here over
 * the sentence template with the cue words of data/cues.json:
 *  - a subject list and a verb of presence or absence: "{A}, {B} and incoming {C} will
 *    attend", "{A} will skip the event", "{A} will be unable to attend";
 *  - companions of such a subject: "{A} will attend …, along with {B} and {C}";
 *  - a guest noun and a copula: "among the attendees are {A} and {B}", "other confirmed
 *    guests include the leaders of {S}, {S} and {S}", "{A} and {B} are among the world
 *    leaders expected to attend";
 *  - a verb of absence and a colon: "four leaders will skip the event: {A}, {B}, {C}";
 *  - "including {A} and {B}" after a verb of presence;
 *  - a reply to the occasion: "{A} and {B} have confirmed their attendance", "{C} has accepted".
 * The occasion is the one named in the clause, else the one the story is about (the latest
 * occasion with a known host state within a few sentences, else the article's most named
 * one). Nobody visits their own state; a host receiving guests is not a guest.
 */
import type { ActorRef, VisitStatus } from '../types';
import cues from '../../../data/cues.json';
import { placeIn, resolvePronoun, stateOfActor, tenseOf, type Doc, type EventRecord } from './context';
import type { Clause } from './05-clauses';
import { eventOf } from './06-occasions';
import { eventNear, longPast, placed, placedEventIn, recentInvitedTrip, recentPlacedEvent } from './nearby-events';
import { fixGov } from './07-invitations';
import type { RawVisit } from './08-visits';
import { AUX, AUXW, CONDITIONAL, HYPOTHETICAL, HAS_MEMBERS, LIST, MEMBERS_LEAD, NEGATION, PRESENT, REMOTE, alternation, before, wordMatches } from './patterns';

const ABSENT = alternation(cues.attendVerbs.absent);
const GUEST = alternation(cues.guestNouns);
const COMPANION = alternation(cues.companions.filter((c) => c !== 'and'));
const ABSENT_RE = new RegExp(`^(?:${ABSENT})$`);
const LIST_AT = new RegExp(`^(${LIST})`);
const WENT_TO = /\b(?:travel|travels|travelled|traveled|travelling|traveling|go|goes|went|going|come|comes|came|coming|fly|flies|flew|flying|head|heads|headed|heading) to (?:the )?(\{S\d+\})/g;

const REPRESENT = alternation(cues.representatives);
/** A subject, and a relative clause or apposition that may stand before its verb. */
const SUBJ = `(?<=^| )(${LIST}|he|she|they)(?: , (?:who|which|whom) [^"]{1,80}? ,| , [^{}",]{1,50} ,| , \\{[PS]\\d+\\}(?: [^{}",]{1,30})? ,)?`;
const RE = {
  subject: new RegExp(`${SUBJ}${AUX}((?: (?:able|unable) to)?) (${PRESENT}|${ABSENT})\\b`, 'g'),
  // "{A} and {B}, which have previously taken part in {P}'s ceremony, …": the relative clause's verb
  relative: new RegExp(`(?<=^| )(${LIST}) , (?:who|which)${AUX} (${PRESENT}|${ABSENT})\\b`, 'g'),
  guestCopula: new RegExp(`(?:^|[,:;] |among |other |the )(?:[a-z-]+ ){0,3}?(?:${GUEST})(?: (?:[^{}"]|\\{[PSD]\\d+\\}){0,60}?)? (are|were|include|includes|included|will include|will be|comprise|also include) (?:(?:the )?(?:[a-z0-9-]+ ){1,5}: )?(${LIST})`, 'g'),
  among: new RegExp(`${SUBJ}${AUX} (?:among|one of|the only|the) (?:[a-z0-9-]+ ){0,4}?(?:${GUEST})\\b((?: [^{}"]{0,40})?)`, 'g'),
  // "… will be represented by {A}", "{S} sent {A}", "a delegation led by {A}": A goes in another's place
  // (not "…by {A}, and {S} by {B}": the second state sends B, it does not go)
  // "… will be represented by their foreign ministers {A} and {B}": the office said before the names
  represent: new RegExp(`((?: ${AUXW}){0,6}) (?:${REPRESENT}|represented (?:in|at) ((?:[^{}"]|\\{[SD]\\d+\\}){1,60}?) by) (?:(?:their|its|his|her) (?:[a-z-]+ ){1,3}(?=\\{P))?(${LIST})(?! by )`, 'g'),
  // "Syria did not send a representative", "Beijing will send a delegation": the sender's state goes, or does not
  sends: new RegExp(`${SUBJ}${AUX} (?:send|sends|sent|sending|dispatch|dispatched|dispatches) (?:a |an |any |its |their )?(?:high-level |senior |official |government )?(?:representative|representatives|delegation|delegations|envoy|envoys|official|officials)\\b`, 'g'),
  // "{B} will go in his place", "{B} will instead lead the Nigerian delegation to the ceremony":
  // a stand-in, or the head of a delegation, is there
  standIn: new RegExp(`${SUBJ}${AUX} (?:(?:go|attend|travel|come)(?: there)? (?:in (?:his|her|their) (?:place|stead)|instead)\\b|(?:lead|leads|led|leading|head|heads|headed|heading) (?:the |his |her |its |their |a |an )?(?:\\{S\\d+\\} |[a-z-]+ |\\{S\\d+\\} 's ){0,3}delegation(?: (?:to|at)\\b| instead\\b))`, 'g'),
  // "In his place, {B} will be going"
  standInFronted: new RegExp(`^(?:in (?:his|her|their) (?:place|stead)|instead) , (${LIST})${AUX} (?:go|going|attend|attending|travel|travelling|traveling|come|coming)\\b`),
  // "X will attend in place of {A}": A stays away
  inPlaceOf: new RegExp(`(?:${PRESENT}) (?:(?:[^{}"]|\\{S\\d+\\}){0,40}? )?(?:in place of|instead of|standing in for|in lieu of) (?:(?:his|her|their) [a-z-]+(?: [a-z-]+)? , )?(${LIST})`, 'g'),
  // "four leaders will skip the parade in {S}: {A}, {B} and {C}", "… will attend: …": the members after the colon
  colon: new RegExp(`(${ABSENT}|${PRESENT}) (?:the )?(?:[a-z-]+ |\\{[SD]\\d+\\} ){0,5}?: (${LIST})`, 'g'),
  including: new RegExp(`(?:including|such as|among them|among whom) (${LIST})`, 'g'),
  // "Leaders from across the region gathered in {S} for the funeral, among them {A} and {B}":
  // a group named by its kind is present, its members named after
  groupPresent: new RegExp(`(?:^|[,;] )(?:[a-z0-9-]+ ){0,3}?(?:${GUEST})(?: [^{}"]{0,50}?)?${AUX} (${PRESENT}|confirmed (?:their )?(?:attendance|participation))\\b[^"]{0,160}? (?:among them|including|such as) (${LIST})`, 'g'),
  // "the summit in Vientiane was attended by {A} and {B}"
  attendedBy: new RegExp(`((?: ${AUXW}){1,4}) attended by (${LIST})`, 'g'),
  // "{A} is expected to attend, as is {B}": the same presence, said once
  asIs: new RegExp(` , as (?:is|are|was|were|will|would|does|do|did) (${LIST})(?= [,.;]| \\.|$)`, 'g'),
  companions: new RegExp(`(?: ,)? (?:${COMPANION}) (${LIST})`, 'g'),
  // "representatives of 49 countries will attend the events, including 30 heads of state
  // including {A} and {B}": a counted subject, its named members after "including"
  // "more than 200 dignitaries, among them {A}, {B} and {C}, will attend": the members first
  membersFirst: new RegExp(`${MEMBERS_LEAD} (${LIST}) ,${AUX} (${PRESENT})\\b`, 'g'),
  // "{A} and {B} have confirmed their attendance", "{A} has accepted", "{B} agreed to come",
  // "{C} is expected to travel": a reply to the story's occasion, a visit still to come
  replied: new RegExp(`${SUBJ}${AUX} (?:(confirmed (?:(?:their|his|her|its) )?(?:attendance|participation|presence)|confirmed (?:that )?(?:they|he|she|it) (?:would|will) (?:attend|come|be there|travel|take part)|accepted)|come|be there|travel|take part)(?= ,| \\.| ;|$| at (?:the|a|an|this|next|\\{S\\d+\\})\\b| (?:and|but|while|because|after|once|the invitation|an invitation|(?:his|her|their|its) invitation)\\b)`, 'g'),
  // "{A} has accepted an invitation from {B} to attend the conference": A will go, to B's
  // occasion; "has declined an invitation … to attend": A will not
  acceptedTo: new RegExp(`${SUBJ}${AUX} (accepted|accepts|accepting|declined|declines|declining|turned down|turns down|rejected|rejects) (?:an |the |a |their |his |her |its )?(?:[a-z-]+ ){0,2}?invitations? (?:from (${LIST}) (?:, )?)?to (?:${PRESENT})\\b`, 'g'),
  // "Representatives of 158 countries will attend …", then "They include {A}, {B} and {C}": a
  // group present, its members named in the next sentence
  groupThen: new RegExp(`^(?:[^{}"]{0,40} )?(?:${GUEST}|representatives|delegations|countries|states|nations|officials)(?: (?:of|from) (?:[^{}"]|\\{S\\d+\\}){1,40}?)?${AUX} (${PRESENT})\\b`),
  theyInclude: /^(?:they|these|those|among them|among those)(?: [a-z]+){0,2} (?:include|included|includes|are|were|will be)(?: :)? /,
  countedIncluding: new RegExp(`${AUX} (${PRESENT})\\b[^{}";]{0,60}? , (?:including|among them|such as) (?:[^{}";]{0,40}? (?:including|such as) )?(${LIST})`, 'g'),
};

export function findAttendance(doc: Doc): RawVisit[] {
  const out: RawVisit[] = [];
  const main = mainOccasion(doc);
  doc.clauses.forEach((c, ci) => {
    const t = c.template;
    const add = (visitors: ActorRef[], aux: string, verb: string, idx: number, end: number, explicitPlace = false, host: string | null = null): void => {
      if (!visitors.length) return;
      // "if {A} attends": attendance on a condition, possible; "whether {A} would come": none
      const lead = before(t, idx, 2) + ' ';
      if (HYPOTHETICAL.test(lead) && !CONDITIONAL.test(lead)) return;
      const hypothetical = CONDITIONAL.test(lead);
      if (REMOTE.test(t.slice(idx, end + 80))) return;
      // "X, who skipped last year's meeting in the Cook Islands, is expected to attend": a
      // coming presence is at the story's occasion, not at one of its background
      const near = occasionNear(doc, ci, end);
      const ahead = tenseOf(aux) !== 'past' && !/ed$/.test(verb);
      const ev = (near && !(ahead && longPast(near.date, doc)) ? near : null) ?? main ?? storyOccasion(doc);
      // with no occasion in the story, the trip an invitation a few sentences back asked for
      const trip = ev ? null : recentInvitedTrip(doc, ci, true);
      // a place said right after ("sent a delegation led by X to Tehran") wins; else the
      // occasion's host; an occasion with no host named is held where the story is filed from
      const named = explicitPlace ? destinationAfter(doc, c, end) : null;
      // an occasion placed nowhere that someone invited to is held in the inviter's state
      // "will not travel to Jakarta and will be represented by {A}": the place the clause went to
      const wentTo = [...t.slice(0, idx).matchAll(WENT_TO)].pop();
      // "In Doha, the third stop, he will attend a meeting": the place the sentence opens with
      const fronted = /^in (\{S\d+\}) , (?:(?:[^{}",]|\{D\d+\}){1,40} , )?$/.exec(t.slice(0, idx));
      const place = named ?? (fronted ? placeIn(c, fronted[1]!) : null) ?? ev?.place ?? destinationAfter(doc, c, end) ?? trip?.place ?? host ?? (wentTo ? placeIn(c, wentTo[1]!) : null) ?? (ev ? doc.datelineState : null);
      // a visit is to a state: an occasion of a bloc (the UN General Assembly) has no host state here
      if (!place || !/^[A-Z]{3}$/.test(place)) return;
      const absent = ABSENT_RE.test(verb) || /\bunable\b/.test(aux);
      const negated = absent || NEGATION.test(aux);
      // the verb's own tense counts when no auxiliary tells it: "snubbed the summit"
      if (hypothetical && negated) return;
      const status = hypothetical ? 'possible' : statusOf(doc, t, / ?\b[a-z]+ed\b/.test(verb) && !/\S/.test(aux.replace(/\{D\d+\}/g, '')) ? `${aux} had` : aux, ev);
      for (const v of visitors) {
        if (stateOfActor(v) === place) continue;
        out.push({ visitor: v, destination: place, negated, status, date: ev?.date ?? trip?.date ?? null, event: ev, clause: ci });
      }
    };
    // "the Nigerian leader, President X, will attend": a role set off before its bearer's name
    // is that person, not the state
    const bearer = (m: RegExpMatchArray): string => {
      const after = m[0].slice(m[1]!.length);
      const ap = /\{P/.test(m[1]!) ? null : /^ , (\{P\d+\}) ,/.exec(after);
      return ap ? ap[1]! : m[1]!;
    };
    const actors = (list: string, idx: number): ActorRef[] => {
      if (/^(?:he|she)$/.test(list)) return [resolvePronoun(doc, ci, idx)].filter((x): x is ActorRef => !!x);
      if (list === 'they') return theyOf(doc, c, idx);
      return fixGov(doc, c, list);
    };

    if (/attend|particip|part in|join|go|went|com|be at|present|there|travel|fl[ey]|watch|witness|gather|grace|address|represent|lead|led|skip|boycott|miss|stay|pull|withdr|snub|guest|regrets|respects|tribute/.test(t)) {
      for (const m of wordMatches(t, RE.subject)) {
        const prev = before(t, m.index!, 1);
        // "invited {A} to attend": asked to, not attending (the invitation step reads it)
        // "will represent {A} at the summit": A is the one who stays away
        if (/^(?:invit|ask|urg|encourag|persuad|to|of|with|for|by|from|represent|replac)/.test(prev)) continue;
        const end = m.index! + m[0].length;
        // "{S} was represented by {A}": the state sent someone, it is not there itself
        if (/^represent/.test(m[4]!) && / by /.test(t.slice(end, end + 80))) continue;
        // "travelled to {S}": a trip to a place, read by the visit step; not to the story's occasion
        if (/ to$/.test(m[4]!) && /^ (?:the )?\{S\d+\}/.test(t.slice(end))) continue;
        const subj = actors(bearer(m), m.index!);
        const aux = m[2]! + m[3]!;
        const verb = m[4]!;
        add(subj, aux, verb, m.index!, end);
        // companions later in the clause share the visit
        RE.companions.lastIndex = end;
        const comp = RE.companions.exec(t);
        if (comp && !/[;"]/.test(t.slice(end, comp.index))) add(fixGov(doc, c, comp[1]!), aux, verb, comp.index, end);
        // "will attend the events, including {A} and {B}"
        RE.including.lastIndex = end;
        const inc = ABSENT_RE.test(verb) ? null : RE.including.exec(t);
        if (inc) add(fixGov(doc, c, inc[1]!), aux, verb, inc.index, end);
      }
    }
    for (const m of (/ in (?:his|her|their) (?:place|stead)\b| instead\b|delegation (?:to|at)\b/.test(t) ? wordMatches(t, RE.standIn) : [])) {
      const end = m.index! + m[0].length;
      add(actors(m[1]!, m.index!), m[2]!, /\b(?:led|headed)\b/.test(m[0]) ? 'attended' : 'attend', m.index!, end, / (?:to|at)$/.test(m[0]));
    }
    const fronted = /^(?:in (?:his|her|their) (?:place|stead)|instead) ,/.test(t) ? RE.standInFronted.exec(t) : null;
    if (fronted) add(actors(fronted[1]!, fronted.index), fronted[2]!, 'attend', fronted.index, fronted.index + fronted[0].length);
    for (const m of (/ , (?:who|which) /.test(t) ? wordMatches(t, RE.relative) : [])) {
      add(fixGov(doc, c, m[1]!), m[2]!, m[3]!, m.index!, m.index! + m[0].length);
    }
    for (const m of (/ (?:among them|including|such as) /.test(t) ? wordMatches(t, RE.groupPresent) : [])) {
      if (ABSENT_RE.test(m[2]!)) continue;
      // "gathered in {S}": the place the verb names
      const at = / in$/.test(m[2]!) ? /^ \{S\d+\}/.exec(t.slice(t.indexOf(m[2]!, m.index!) + m[2]!.length)) : null;
      const here = at ? placeIn(c, at[0]) : null;
      // "have confirmed attendance, among them …": a reply, the visit still to come
      const confirmed = /^confirmed/.test(m[2]!);
      add(fixGov(doc, c, m[3]!), confirmed ? `${m[1]} will` : m[1]!, confirmed ? 'attend' : m[2]!, m.index!, m.index! + m[0].length, false, here);
    }
    for (const m of (/confirm|accept|come|there|travel|take part/.test(t) ? wordMatches(t, RE.replied) : [])) {
      // "has not confirmed whether he would travel": no answer yet, no visit told; "{A} will
      // not take part": a visit denied
      if ((m[3] && NEGATION.test(m[2]!)) || /\b(?:if|whether)\b/.test(m[0])) continue;
      // "invited {A} to come": asked to, not coming (the invitation step reads it)
      if (/^(?:invit|ask|urg|encourag|persuad|to|of|with|for|by|from)/.test(before(t, m.index!, 1))) continue;
      add(actors(bearer(m), m.index!), `${m[2]} will`, 'attend', m.index!, m.index! + m[0].length);
    }
    for (const m of (t.includes(' attended by ') ? t.matchAll(RE.attendedBy) : [])) {
      const aux = m[1]!.replace(/\b(?:was|were|been|being|is|are|be)\b/g, ' ');
      const tense = /\b(?:will|would)\b/.test(m[1]!) ? ' will' : /\b(?:is|are)\b/.test(m[1]!) && !/\bbeing\b/.test(m[1]!) ? ' will' : ' had';
      add(fixGov(doc, c, m[2]!), `${aux}${tense}`, 'attend', m.index, m.index + m[0].length);
    }
    for (const m of (t.includes(', as ') ? t.matchAll(RE.asIs) : [])) {
      // the visit the clause already holds, for the others named
      const first = out.find((v) => v.clause === ci);
      if (!first) continue;
      for (const a of fixGov(doc, c, m[1]!)) {
        if (stateOfActor(a) === first.destination) continue;
        out.push({ ...first, visitor: a });
      }
    }
    for (const m of (HAS_MEMBERS.test(t) ? t.matchAll(RE.membersFirst) : [])) {
      add(fixGov(doc, c, m[1]!), m[2]!, m[3]!, m.index, m.index + m[0].length);
    }
    const lead = RE.theyInclude.exec(t);
    const group = lead && ci > 0 ? RE.groupThen.exec(doc.clauses[ci - 1]!.template) : null;
    if (lead && group) {
      const list = LIST_AT.exec(t.slice(lead[0].length));
      if (list) add(fixGov(doc, c, list[1]!), group[1]!, group[2]!, lead[0].length, lead[0].length + list[0].length);
    }
    for (const m of (/including|among them|such as/.test(t) ? t.matchAll(RE.countedIncluding) : [])) {
      // a named subject is read above, with its own "including"
      if (/\{[PS]\d+\}(?: [^{}]*)?$/.test(t.slice(0, m.index).split(/ [,;] /).pop() ?? '')) continue;
      add(fixGov(doc, c, m[3]!), m[1]!, m[2]!, m.index, m.index + m[0].length);
    }
    for (const m of t.matchAll(RE.guestCopula)) {
      // "leaders invited to the ceremony include …": invited, not yet present (step 7 reads it)
      if (/\b(?:invited|invitees)\b/.test(m[0].slice(0, m[0].length - m[2]!.length))) continue;
      const end = m.index + m[0].length;
      // "the guests coming to {S} for …": where they come
      const to = /\b(?:coming|travell?ing|going|flying|heading) to (\{S\d+\})/.exec(m[0]);
      add(fixGov(doc, c, m[2]!), ` ${m[1]}`, 'attend', m.index, end, false, to ? placeIn(c, to[1]!) : null);
    }
    for (const m of (t.includes('invitation') ? wordMatches(t, RE.acceptedTo) : [])) {
      const declined = !/^accept/.test(m[3]!);
      const inviters = m[4] ? fixGov(doc, c, m[4]) : [];
      const host = inviters.length === 1 ? stateOfActor(inviters[0]!) : null;
      add(actors(m[1]!, m.index!), `${m[2]} will${declined ? ' not' : ''}`, 'attend', m.index!, m.index! + m[0].length, false, host);
    }
    for (const m of wordMatches(t, RE.among)) {
      // "were among the dignitaries.": nothing after the noun to weigh
      const tail = /^ [.;]/.test(m[3] ?? '') ? '' : (m[3] ?? '');
      // among those present, not among those invited (the invitation step reads that)
      if (/^ (?:who (?:have|had|has) been |being )?invited\b/.test(tail) || /\b(?:list|invitees)\b/.test(m[0])) continue;
      // "among those attending": the noun says it; "among the guests at/in": the words after do
      const said = /\b(?:attending|present|expected)\b/.test(m[0].slice(0, m[0].length - tail.length));
      if (tail && !said && !/\b(?:expected|attend|attending|attended|at|present|confirmed|in|arrived|arriving|gathered|gathering|flew|travelled|traveled)\b/.test(tail)) continue;
      // the place right after the noun ("among the mourners in Lusaka") is read from the noun's end
      add(actors(m[1]!, m.index!), `${m[2]} ${tail}`, 'attend', m.index!, m.index! + m[0].length - tail.length);
    }
    for (const m of (/represent|sen[dt]|dispatch|led by|headed by/.test(t) ? t.matchAll(RE.represent) : [])) {
      // the one sent is there, whatever the sender does
      const aux = m[1]!.replace(/\b(?:not|never|no)\b|n't/g, ' ');
      // "{S} will be represented in {S2} by {A}": where, said before who
      const where = m[2] ? placeIn(c, m[2]) : null;
      add(fixGov(doc, c, m[3]!), aux || ` ${tenseOf(t) === 'future' ? 'will' : 'had'}`, 'attend', m.index, m.index + m[0].length, !where, where);
    }
    for (const m of (/sen[dt]|dispatch/.test(t) ? wordMatches(t, RE.sends) : [])) {
      // "invited North Korea to send a delegation": asked to, not sending (the invitation step reads it)
      if (/^(?:invit|ask|urg|encourag|persuad)/.test(before(t, m.index!, 1))) continue;
      const states = actors(m[1]!, m.index!).filter((a) => a.kind === 'state');
      add(states, m[2]!, 'attend', m.index!, m.index! + m[0].length);
    }
    for (const m of (/place of|instead of|standing in|lieu of/.test(t) ? t.matchAll(RE.inPlaceOf) : [])) {
      const aux = t.slice(Math.max(0, m.index - 40), m.index);
      add(fixGov(doc, c, m[1]!), aux, 'skip', m.index, m.index + m[0].length);
    }
    for (const m of (t.includes(' : ') ? t.matchAll(RE.colon) : [])) {
      const aux = t.slice(Math.max(0, m.index - 30), m.index);
      add(fixGov(doc, c, m[2]!), aux, m[1]!, m.index, m.index + m[0].length);
    }
  });
  return out;
}

/** Planned for an occasion still to come, done for one past, by the occasion's date, else the verb. */
function statusOf(doc: Doc, t: string, aux: string, ev: EventRecord | null): VisitStatus {
  if (/\b(?:may|might|could|possibly|likely|considering|consider)\b/.test(aux)) return 'possible';
  const pub = doc.pub ? `${doc.pub.y}-${String(doc.pub.m).padStart(2, '0')}-${String(doc.pub.d).padStart(2, '0')}` : null;
  const tense = tenseOf(aux);
  if (tense === 'future') return 'planned';
  if (ev?.date && pub) {
    if (ev.date > pub && !pub.startsWith(ev.date)) return 'planned';
    if (ev.date < pub.slice(0, ev.date.length)) return 'occurred';
  }
  if (tense === 'past') return 'occurred';
  // "among the guests are …": a guest list in the present speaks of an occasion to come
  if (tense === 'present') return 'planned';
  return tenseOf(t) === 'past' ? 'occurred' : 'planned';
}

/** The occasion named in the clause (nearest after `end`, else before), else a recent one with a host. */
function occasionNear(doc: Doc, ci: number, end: number): EventRecord | null {
  return eventNear(doc, ci, end, -1, Infinity, placed) ?? placedEventIn(doc, ci) ?? recentPlacedEvent(doc, ci - 1, ci - 4);
}

/** The occasion with a host state the article names most often: what the story is about. */
function mainOccasion(doc: Doc): EventRecord | null {
  const count = new Map<EventRecord, number>();
  for (const em of doc.eventMentions) {
    const ev = eventOf(em.event);
    // "who attended the founding summit in Port of Spain in 1995": background, not the story
    if (ev.place && !longPast(ev.date, doc)) count.set(ev, (count.get(ev) ?? 0) + 1);
  }
  let best: EventRecord | null = null;
  let n = 0;
  for (const [ev, k] of count) if (k > n) [best, n] = [ev, k];
  return best;
}

/** The occasion the article names most, host or not (for a story filed from the host city). */
function storyOccasion(doc: Doc): EventRecord | null {
  if (!doc.datelineState) return null;
  const count = new Map<EventRecord, number>();
  for (const em of doc.eventMentions) {
    const ev = eventOf(em.event);
    if (ev.kind !== 'talks' && ev.kind !== 'meeting') count.set(ev, (count.get(ev) ?? 0) + 1);
  }
  let best: EventRecord | null = null;
  let n = 0;
  for (const [ev, k] of count) if (k > n) [best, n] = [ev, k];
  return best;
}

/** "… attend the summit in {S}": a state named right after the verb. */
function destinationAfter(doc: Doc, c: Clause, end: number): string | null {
  const m = /^(?: [^{}" ,]+){0,5}? (?:in|to) (?:the )?\{S(\d+)\}/.exec(c.template.slice(end));
  if (!m) return null;
  const mm = c.mentions[Number(m[1])];
  return mm?.kind === 'S' && (mm.state.kind === 'name' || mm.state.kind === 'metonym' || mm.state.kind === 'city') ? mm.state.code : null;
}

/** "The leaders of A, B and C … said they will attend": they = the list the clause opens with. */
function theyOf(doc: Doc, c: Clause, idx: number): ActorRef[] {
  const head = c.template.slice(0, idx);
  const m = new RegExp(`^(?:[a-z-]+ ){0,4}?(${LIST})`).exec(head);
  return m ? fixGov(doc, c, m[1]!) : [];
}
