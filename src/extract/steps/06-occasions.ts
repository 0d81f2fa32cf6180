/**
 * Step 6 — occasions: ceremonies, parades, summits, talks, meetings, conferences…
 *
 * An occasion is a head noun with the words that name it: dates and states before it
 * ("the May 9 ceremony", "a Russian celebration"), capitalised names ("Victory Day",
 * "G20 summit", "Shangri-La Dialogue"), and where and when it happens after it ("in
 * Russia", "hosted in Bali from November 15-16", "will take place in the Russian capital
 * on May 9"). Mentions of one occasion in an article become one event: "a May ceremony
 * marking the 70th anniversary" and "the May 9 ceremony" share kind and a compatible date,
 * so they merge, keeping the more precise date; a bare "the summit" is the latest summit.
 */
import type { EventKind } from '../types';
import { datesCompatible, moreSpecificDate, tenseOf, type Doc, type EventRecord } from './context';
import { resolveDate } from './04-dates';
import { knownStateOf } from './known-actors';
import cues from '../../../data/cues.json';

/** Occasion heads (data/cues.json) as a Map: a plain object would also answer "constructor". */
const HEAD_KIND = new Map<string, EventKind>(Object.entries(cues.occasions as Record<string, EventKind>));
/** Kinds that name the same commemorative occasion in different words. */
const FAMILY: Partial<Record<EventKind, string>> = { ceremony: 'commemoration', parade: 'commemoration', celebration: 'commemoration' };
const family = (k: EventKind): string => FAMILY[k] ?? k;

const HOSTED_BY = /\{[SP](\d+)\}(?: , (?:which|who))?(?: [a-z]+){0,3}? (host|hosts|hosted|hosting|hold|holds|held|holding)(?: (?:the|a|an|this|next|its|year 's|this year 's))*(?: [a-z-]+(?: ')?){0,3}$/;
/** "left Accra yesterday for Abuja, Nigeria, to attend the summit": where the trip goes. */
const LEFT_FOR = /(?:left|leaves|leave|leaving|departed|departs|depart) (?:\{S\d+\} )?(?:(?:on )?\{D\d+\} )?for \{S(\d+)\}(?: , \{S\d+\})?(?: ,)? (?:to attend|to take part in|to join|to witness|for)(?: (?:[a-z0-9-]+|\{D\d+\} 's)){0,4}$/;
const CAME_FOR = /(?:(?:arrived|arrives|arriving|arrive|gathered|gather|gathering|converged|landed|flew|travelled|traveled|expected|due|be|are|is|were|was|mourners|dignitaries|guests|leaders|delegations|crowds|thousands) in|(?:travel|travels|travelling|traveling|fly|flies|flying|head|heads|heading|go|goes|going|come|comes|coming) to) \{S(\d+)\}(?: (?:on|this|late|early))?(?: \{D\d+\})?(?: [a-z]+)? (?:for|to attend|to witness|to join|to take part in)(?: the| a| an)?(?: \{D\d+\} 's)?(?: [a-z-]+){0,2}$/;
const INVITED_TO = /(?:^|[,;] )(?:the )?\{[SP](\d+)\}(?: [a-z]+){0,3} invited (?:[^"{}]|\{[SD]\d+\}){1,100}? to (?:the |a |an |this |next )?(?:[^"{}]|\{D\d+\}){0,60}$/;
const SCHEDULED = /\b(?:takes place|take place|opens|open|begins|begin|starts|start|kicks off|convenes|convene|meet|meets|gather|gathers) (?:(?:here|there|on|in|at|this|next|from) )?(?:\{[SD]\d+\} )?(?:(?:on|this|next|from) )?\{D\d+\}/;
const VENUE = /^(?:stadium|palace|hall|church|cathedral|basilica|mosque|square|centre|center|airport|hotel|park|cemetery|auditorium|arena|memorial|mausoleum|house|building|convention)$/;
const NOT_ITS_PLACE = new Set(['with', 'visit', 'visits', 'trip', 'trips', 'tour', 'because', 'after', 'before', 'while', 'when', 'since', 'unlike', 'discuss', 'review', 'focus', 'examine', 'consider', 'debate', 'tackle', 'address']);
const STOP_BACK = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'its', 'to', 'at', 'in', 'for', 'of', 'during', 'on', ',', 'and']);
const PLACE_VERBS = /^(?:in|at|hosted|held|take|takes|took|taking|place|will|be|is|was|being|to|set|scheduled|due)$/;

export function findOccasions(doc: Doc): void {
  doc.clauses.forEach((c, ci) => {
    const { parts, partMention, partToken } = c;
    const toks = c.sentence.tokens;
    // an occasion someone is invited to lies ahead of the invitation, whatever the tense of
    // the report ("Xi was also invited to the May 9 ceremony": the coming May 9); so does one
    // told in the timetable's present ("the funeral takes place on Saturday", "leaders meet
    // in Gaborone on Friday"), even inside a past report
    const tense = /\binvit|\bsummoned to\b|\basked (?:[^ ]+ ){0,6}?to (?:attend|come|join)\b/.test(c.template) || SCHEDULED.test(c.template) ? 'future' : tenseOf(c.template);
    for (let i = 0; i < parts.length; i++) {
      let kind = HEAD_KIND.get(parts[i]!);
      let headEnd = i + 1;
      if (!kind && parts[i] === 'nuclear' && parts[i + 1] === 'test') {
        kind = 'nuclear test';
        headEnd = i + 2;
      }
      if (!kind && parts[i] === 'victory' && parts[i + 1] === 'day' && partMention[i]! < 0) {
        kind = 'celebration';
        headEnd = i + 2;
      }
      if (!kind) continue;
      // words before the head that name the occasion
      let b = i;
      let date: string | null = null;
      let place: string | null = null;
      let bloc: string | null = null;
      while (b > 0 && i - b < 5) {
        const k = b - 1;
        const mi = partMention[k]!;
        if (mi >= 0) {
          const m = c.mentions[mi]!;
          if (m.kind === 'D') date ??= resolveDate(m.date.parse, doc.pub, tense);
          // "the ASEAN summit in Jakarta": a bloc's meetings are held in a member state, which
          // the words after the head name; a bloc's own summit is its doing (it invites) but
          // no place anyone travels to
          else if (m.kind === 'S' && m.state.kind === 'bloc') bloc ??= m.state.code;
          else if (m.kind === 'S' && m.state.kind !== 'not') place ??= m.state.code;
          else break;
        } else if ((parts[k] === 'his' || parts[k] === 'her') && kind === 'ceremony') {
          // "invited … to his swearing-in": the ceremony of the person the clause is about
          const owner = [...partMention.slice(0, k)].reverse().find((x) => x >= 0 && c.mentions[x]!.kind === 'P');
          const m = owner !== undefined ? c.mentions[owner]! : undefined;
          if (m?.kind === 'P') place ??= personState(doc, m.person);
          break;
        } else if (parts[k] === "'s" && k > 0 && partMention[k - 1]! >= 0) {
          // "Bhutan's National Day celebrations": the state's own occasion, held there;
          // "Modi's swearing-in ceremony", "the king's funeral": a person's, held in their state
          const m = c.mentions[partMention[k - 1]!]!;
          // "Tuesday's jubilee", "next month's summit": its date
          if (m.kind === 'D') date ??= resolveDate(m.date.parse, doc.pub, tense);
          else if (m.kind === 'S' && (m.state.kind === 'name' || m.state.kind === 'metonym')) place ??= m.state.code;
          else if (m.kind === 'P' && kind === 'ceremony') place ??= personState(doc, m.person);
          break;
        } else {
          const orig = toks[partToken[k]!]!.text;
          const named = /^\p{Lu}/u.test(orig) || /^\d+(?:st|nd|rd|th)?$/.test(orig) || /^(?:anniversary|victory|day|state|annual|upcoming|g20|g7|golden|silver|diamond|platinum|national|independence)$/.test(parts[k]!)
            // "the president's second swearing-in ceremony": its count and its rite still name a person's occasion
            || /^(?:first|second|third|fourth|fifth|sixth|swearing-in|oath-taking|inaugural|coronation|memorial|funeral|wedding)$/.test(parts[k]!);
          if (!named || STOP_BACK.has(parts[k]!)) break;
        }
        b = k;
      }
      let e = headEnd;
      // "Summit of the Americas"
      if (parts[e] === 'of' && parts[e + 1] === 'the' && /^\p{Lu}/u.test(toks[partToken[e + 2] ?? -1]?.text ?? '')) e += 3;
      // where and when, just after
      let topic = false;
      for (let k = e, n = 0; k < parts.length && n < 10; k++, n++) {
        const w = parts[k]!;
        // "the ceremony clashes with an official visit to Japan": the place is the trip's
        // "would review the peace process in Liberia": the place of what is talked about
        // "for a state dinner, and on Friday he goes on to Bogota": a new subject, a new clause
        if (w === ';' || HEAD_KIND.has(w) || w === '"' || NOT_ITS_PLACE.has(w) || /^(?:he|she|they)$/.test(w) || (w === ',' && parts[k + 1] === 'and' && /^(?:on|\{D\d+\})$/.test(parts[k + 2] ?? ''))) break;
        // "a summit on the fighting in eastern Congo" names a country talked about; "a summit
        // on migration in Cancun" the city it meets in
        if ((w === 'on' || w === 'over' || w === 'about') && !/^\{D\d+\}$/.test(parts[k + 1] ?? '')) topic = true;
        const mi = partMention[k]!;
        if (mi >= 0) {
          const m = c.mentions[mi]!;
          // "on May 9", "in Istanbul next month"
          const afterPlace = partMention[k - 1]! >= 0 && c.mentions[partMention[k - 1]!]!.kind === 'S';
          if (m.kind === 'D' && !date && (/^(?:on|from|in|,)$/.test(parts[k - 1] ?? '') || afterPlace)) date = resolveDate(m.date.parse, doc.pub, tense);
          // "in the Russian capital", not "a meeting for the Palestinian territories"
          else if (m.kind === 'S' && !place && !(topic && m.state.kind === 'name') && (PLACE_VERBS.test(parts[k - 1] ?? '') || (parts[k - 1] === 'the' && PLACE_VERBS.test(parts[k - 2] ?? '')))) {
            place = m.state.code;
          } else if (m.kind === 'S' && !place && kind === 'ceremony' && k === e + 1 && parts[e] === 'of' && (m.state.kind === 'name' || m.state.kind === 'metonym')) {
            // "the coronation of Brunei's new sultan": held in that state
            place = m.state.code;
          } else if (m.kind === 'P') {
            // "the swearing-in of {P}", "the funeral of {P}": held in the person's own state
            // "the memorial service for {P}": a service named between the head and its person
            const at = parts[e] === 'service' ? e + 1 : e;
            // (a welcoming ceremony "for" a guest is the host's: only mourning is held "for" someone at home)
            const mourning = at > e || /^(?:memorial|funeral|requiem)$/.test(parts[e - 1] ?? '');
            const ofPerson = kind === 'ceremony' && (parts[at] === 'of' || (parts[at] === 'for' && mourning)) && (k === at + 1 || (k === at + 2 && /^(?:former|late)$/.test(parts[at + 1]!)));
            if (!place && ofPerson) place = personState(doc, m.person);
            // "the funeral of {P} in {S} on {D}": the person is the occasion's, read on; so is a
            // venue named after someone ("at the {P} stadium in Abidjan")
            if (!ofPerson && !VENUE.test(parts[k + 1] ?? '')) break;
          }
        } else if (w === ',' && n > 3) break;
      }
      // "{S} will host the summit", "{S}, which hosts this year's summit": the host holds it,
      // whatever the words around the head say
      const host = HOSTED_BY.exec(parts.slice(Math.max(0, b - 8), b).join(' '));
      const hostMention = host ? c.mentions[Number(host[1])] : undefined;
      // a state holds an occasion at home; a person "holds talks" anywhere, and hosts at home
      const hosts = !!host && /^host/.test(host[2]!);
      if (hostMention?.kind === 'S' && hostMention.state.kind !== 'not' && hostMention.state.kind !== 'bloc' && hostMention.state.kind !== 'demonym') place = hostMention.state.code;
      // "Putin will host a parade": a leader hosts at home, unless the words after the head
      // place it elsewhere ("… hosted a dinner in Beijing")
      else if (hostMention?.kind === 'P' && hosts && !place) place = doc.people[hostMention.person]?.state ?? null;
      // "Italy has invited the leaders of … to next month's summit": whoever invites to an
      // occasion placed nowhere else holds it
      if (!place && !hostMention) {
        const inviter = INVITED_TO.exec(parts.slice(0, b).join(' '));
        const m = inviter ? c.mentions[Number(inviter[1])] : undefined;
        if (m?.kind === 'S' && (m.state.kind === 'name' || m.state.kind === 'metonym')) place = m.state.code;
        else if (m?.kind === 'P') place = personState(doc, m.person);
      }
      // "arrived in Harare on Friday for the state funeral", "are expected in Accra for the
      // jubilee": where people come for it is where it is held
      if (!place && !hostMention) {
        const cameFor = CAME_FOR.exec(parts.slice(Math.max(0, b - 9), b).join(' ')) ?? LEFT_FOR.exec(parts.slice(Math.max(0, b - 14), b).join(' '));
        const m = cameFor ? c.mentions[Number(cameFor[1])] : undefined;
        if (m?.kind === 'S' && m.state.kind !== 'not' && m.state.kind !== 'bloc' && m.state.kind !== 'demonym') place = m.state.code;
      }
      const a = partToken[b]!;
      const z = partToken[e - 1]!;
      const name = c.sentence.text
        .slice(toks[a]!.start - c.sentence.start, (toks[z]!.end ?? toks[a]!.end) - c.sentence.start)
        .replace(/\s+/g, ' ');
      const specific = b < i || e > headEnd || !!date || !!place;
      mentionEvent(doc, addEvent(doc, { id: doc.events.length, kind, name, date, place, bloc: place ? null : bloc, specific }), ci, b, e);
      i = e - 1;
    }
    // "Leaders of the bloc meet in Gaborone next week": a meeting told by its verb, the way a
    // lead announces one; later sentences call it "the gathering", "the talks"
    const met = GATHER_VERB.exec(c.template);
    if (met && !doc.eventMentionsByClause.has(ci)) {
      const m = c.mentions[Number(met[1])];
      if (m?.kind === 'S' && m.state.kind !== 'not' && m.state.kind !== 'bloc' && m.state.kind !== 'demonym') {
        const dn = met[2] ?? met[3];
        const dm = dn ? c.mentions[Number(dn)] : undefined;
        const date = dm?.kind === 'D' ? resolveDate(dm.date.parse, doc.pub, 'future') : null;
        const k = parts.findIndex((w) => /^(?:meet|gather|convene)/.test(w));
        mentionEvent(doc, addEvent(doc, { id: doc.events.length, kind: 'meeting', name: 'meeting', date, place: m.state.code, bloc: null, specific: true }), ci, k, k + 1);
      }
    }
    // "Tonga will crown its new king in a ceremony at the church …", "Ghana will bury its
    // former president at a state funeral in the stadium": the state that holds the rite holds
    // the occasion the clause names
    const holds = HOLDS_RITE.exec(c.template);
    if (holds) {
      const m = c.mentions[Number(holds[1])];
      if (m?.kind === 'S' && (m.state.kind === 'name' || m.state.kind === 'metonym')) {
        for (const em of doc.eventMentionsByClause.get(ci) ?? []) if (!em.event.place && em.event.kind === 'ceremony') em.event.place = m.state.code;
        // the one crowned or sworn in is that state's
        const who = holds[2] ? c.mentions[Number(holds[2])] : undefined;
        const person = who?.kind === 'P' ? doc.people[who.person] : undefined;
        if (person && !person.state) person.state = m.state.code;
      }
    }
    // "will be crowned in Nuku'alofa on Friday", "was sworn in in Accra": a ceremony told by its
    // verb, where and when the words after say
    const rite = RITE_VERB.exec(c.template);
    if (rite) {
      const m = c.mentions[Number(rite[2])];
      if (m?.kind === 'S' && m.state.kind !== 'not' && m.state.kind !== 'bloc' && m.state.kind !== 'demonym') {
        const dn = rite[3] ?? rite[4];
        const dm = dn ? c.mentions[Number(dn)] : undefined;
        const date = dm?.kind === 'D' ? resolveDate(dm.date.parse, doc.pub, tenseOf(c.template)) : null;
        const k = parts.indexOf(rite[1]!.split(' ')[0]!);
        mentionEvent(doc, addEvent(doc, { id: doc.events.length, kind: 'ceremony', name: RITE_NAME[rite[1]!.split(' ')[0]!] ?? 'ceremony', date, place: m.state.code, bloc: null, specific: true }), ci, k, k + 1);
      }
    }
  });
}

const GATHER_VERB = /^(?:(?:the )?(?:leaders|heads of state|heads of government|presidents|prime ministers|foreign ministers|ministers) (?:of|from) [^;"]{1,80}? |\{S\d+\} (?:and \{S\d+\} )?(?:leaders|presidents|ministers) )(?:meet|gather|convene|will meet|will gather|will convene|are to meet|are meeting) in \{S(\d+)\}(?: (?:on|this|next) \{D(\d+)\}| \{D(\d+)\})?/;
const HOLDS_RITE = /(?:^|, |- )\{S(\d+)\} (?:will |is to |is set to |is due to |plans to |is preparing to )?(?:crown|crowns|bury|buries|inaugurate|inaugurates|enthrone|enthrones|swear in|swears in)\b(?: (?:its |the )?(?:new |next |former |late )?(?:[a-z-]+ )?\{P(\d+)\})?/;
const RITE_VERB = /\b(crowned|enthroned|inaugurated|sworn in|laid to rest|buried) (?:as [a-z ]{1,30}? )?in \{S(\d+)\}(?: (?:on|this|next) \{D(\d+)\}| \{D(\d+)\})?/;
const RITE_NAME: Record<string, string> = { crowned: 'coronation', enthroned: 'enthronement', inaugurated: 'inauguration', sworn: 'swearing-in', laid: 'funeral', buried: 'funeral' };

/** Notes where a clause names an occasion. */
function mentionEvent(doc: Doc, event: EventRecord, clause: number, partStart: number, partEnd: number): void {
  const em = { event, clause, partStart, partEnd };
  doc.eventMentions.push(em);
  const list = doc.eventMentionsByClause.get(clause);
  if (list) list.push(em);
  else doc.eventMentionsByClause.set(clause, [em]);
}

/** A person's state as the text gives it, else as the known actors do: a ceremony of theirs is
 * held at home whether or not the story says where home is. */
export function personState(doc: Doc, person: number): string | null {
  const p = doc.people[person];
  return p ? (p.state ?? knownStateOf(p, doc.res.knownActors)) : null;
}

/** Adds an occasion or merges it into a compatible one already in the article. */
function addEvent(doc: Doc, ev: EventRecord): EventRecord {
  // recent occasions only: a long text mentions many, and merging looks back a bounded way
  for (let k = doc.events.length - 1; k >= 0 && k >= doc.events.length - 40; k--) {
    const o = doc.events[k]!;
    if (o.mergedInto || family(o.kind) !== family(ev.kind)) continue;
    const generic = !ev.specific || !o.specific;
    // a bloc's summit and the same summit placed in a member state are one occasion
    const oWhere = o.place ?? o.bloc;
    const evWhere = ev.place ?? ev.bloc;
    const compatible =
      datesCompatible(o.date, ev.date) &&
      (!oWhere || !evWhere || oWhere === evWhere || !o.place || !ev.place) &&
      (generic || !!(o.date && ev.date) || !!(oWhere && evWhere));
    if (!compatible) continue;
    o.date = moreSpecificDate(o.date, ev.date);
    o.place ??= ev.place;
    if (o.place) o.bloc = null;
    else o.bloc ??= ev.bloc;
    if (ev.specific && (!o.specific || ev.name.length > o.name.length)) o.name = ev.name;
    o.specific ||= ev.specific;
    return o;
  }
  doc.events.push(ev);
  return ev;
}

/** Follows merges to the event that stands for an occasion. */
export function eventOf(ev: EventRecord): EventRecord {
  let e = ev;
  while (e.mergedInto) e = e.mergedInto;
  return e;
}

export function eventKey(ev: EventRecord): string {
  return `${ev.kind}|${ev.date ?? ''}|${ev.place ?? ''}`;
}
