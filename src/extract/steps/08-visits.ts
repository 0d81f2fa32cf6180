/**
 * Step 8 — visits.
 *
 * Forms, each over the sentence template:
 *  - verbs: "{A} visited {S}", "{A} will travel to {S} and {S}", "{A} arrived in {S}";
 *  - light verb + noun: "{A} paid a state visit to {S}", "{A} arrived here today on a
 *    two-day state visit to {S}", "{A} will begin his state visit to {S} on May 14",
 *    "{A} has postponed his planned visit to {S}";
 *  - nominal: "{A}'s possible visit to {S}", "a possible visit by {A} to {S}";
 *  - attending an occasion held in a state: "{A} will attend the summit in {S}", "{A} will
 *    not attend" (the occasion the story is about);
 *  - "{A} … chose {S} as his first destination".
 * Status from the verb group and the clause: postponed / cancelled words; hedges (may,
 * possible, likely, considering) → possible; will / plans / scheduled / a future date →
 * planned; "is visiting", a fresh arrival → ongoing; past forms → occurred. Negation
 * ("will not attend", "has not visited") is kept as negated.
 */
import type { ActorRef, VisitStatus } from '../types';
import { actorKey, actorOf, dateOfMention, placeIn, resolvePronoun, sameActor, quoteSpeaker, shiftDays, stateOfActor, tenseOf, type Doc, type EventRecord } from './context';
import type { Tense } from './04-dates';
import type { Clause } from './05-clauses';
import { eventNear, longPast, placed, recentPlacedEvent } from './nearby-events';
import { personState } from './06-occasions';
import { knownStateOf } from './known-actors';
import { BACK_SUBJECT, BACK_SUBJECT_RE, fixGov, membersBefore } from './07-invitations';
import { ACTX, AUX, AUXW, COMPANY, CONDITIONAL, HYPOTHETICAL, HAS_MEMBERS, LIST, MEMBERS_LEAD, NEGATION, OCCASION, REMOTE, before, wordMatches } from './patterns';

export interface RawVisit {
  visitor: ActorRef;
  destination: string;
  negated: boolean;
  status: VisitStatus;
  date: string | null;
  event: EventRecord | null;
  clause: number;
}

/** A subject, and an apposition that may set it off from its verb ("X, Kenya's president, had …"). */
const SUBJ = `(?<=^| )(${LIST}|he|she|they|i|we|and|${BACK_SUBJECT})${COMPANY}(?: , (?:(?:[^{}",]|\\{[SD]\\d+\\}){1,90}|\\{[PS]\\d+\\}(?: [^{}",]{1,30})?|who (?:[^{}"]|\\{[SDP]\\d+\\}){1,160}?) ,)?(?: , (?:who|which))?${COMPANY}`;
/** The same, where a role set off after the name names a place too ("{P}, the vice premier who
 * rose in {S}'s leadership, was welcomed …"): costlier, so only for the rarer reception verbs. */
const SUBJ_APPOSED_PLACE = `(?<=^| )(${LIST}|he|she|they|i|we|and|${BACK_SUBJECT})${COMPANY}(?: , (?:(?:[^{}",]|\\{[SD]\\d+\\}){1,90}|\\{[PS]\\d+\\}(?: (?:[^{}",]|\\{[SD]\\d+\\}){1,60})?|who (?:[^{}"]|\\{[SDP]\\d+\\}){1,160}?) ,)?(?: , (?:who|which))?${COMPANY}`;
/** A place in a state named by its kind: "the Indian town of Varanasi", "the Russian capital". A
 * demonym names a destination only with such a noun after it. */
const PLACE_NOUN = '(?: (?:capital|city|port city|port|town|border town|resort town|resort|province|region|island)(?: of [a-z-]+(?: [a-z-]+)?)?)';
const DEST = `(?:the (?:capitals?|cities) of )?(?:the )?\\{S\\d+\\}${PLACE_NOUN}?`;
// "A, B and C", "A, then B and finally C": the legs of a journey in order
const DESTS = `${DEST}(?:(?: \\{D\\d+\\}| on \\{D\\d+\\}| (?:once|twice|(?:two|three|four|five|six|several|many) times))?(?: ,| and| , and| and to| , and to| , then| and then| then| and finally| , and finally| before| and on to| , and on to| and then on to| , then on to| then on to| and then to| , and then to| then to| , followed by| followed by) ${DEST}){0,7}`;
/** "{A} and {B} have confirmed they will travel to …": the subject's own plan, told as its word. */
const CONFIRMED = '(?: (?:has|have|had) (?:confirmed|said|announced)(?: that)? (?:they|he|she))?';
const GAP = `(?: (?:[^{}" ]+|\\{D\\d+\\}|")){0,8}?`;
const NOUN = '(?:visit|visits|trip|trips|tour|tours|stay|journey|state visit|stops|stop|stopover|swing)';
/** "reached", "spent … in" read as the visit verb of the same tense. */
const REACHED_OR_SPENT: Record<string, string> = {
  reach: 'arrive', reaches: 'arrive', reached: 'arrived', reaching: 'arriving',
  spend: 'visit', spends: 'visit', spent: 'visited', spending: 'visiting',
};
/** The destination of the visit the story told last, in this sentence or the one before: what
 * "the trip" of a later sentence refers to. */
function lastDestination(out: RawVisit[], ci: number): { code: string; date: string | null }[] {
  const v = out.findLast((x) => x.clause >= ci - 1 && !x.negated);
  return v ? [{ code: v.destination, date: null }] : [];
}

/** The last place named in a clause before `idx` (a state by name or capital, or a city), for
 * "there" to point back to. */
function placeBefore(c: Clause, idx: number): string | null {
  const all = [...c.template.slice(0, idx).matchAll(/\{S(\d+)\}/g)];
  for (let k = all.length - 1; k >= 0; k--) {
    const m = c.mentions[Number(all[k]![1])];
    if (m?.kind === 'S' && (m.state.kind === 'name' || m.state.kind === 'metonym' || m.state.kind === 'city')) return m.state.code;
  }
  return null;
}

/** The dictionary's state for a person of the article the text has not placed yet. */
function knownPersonState(doc: Doc, name: string): string | null {
  const p = doc.people.find((x) => x.name === name);
  return p ? knownStateOf(p, doc.res.knownActors) : null;
}

/** Places set apart before a trip's subject: "Apart from Japan, {P} is also expected to visit …". */
const BESIDES = new RegExp(`^(?:apart from|besides|in addition to|as well as|aside from) (${DESTS}) , `);

/** Leading a delegation somewhere, read as travelling there in the same tense. */
const LED_AS_TRAVEL: Record<string, string> = {
  led: 'travelled', leads: 'travels', lead: 'travel', leading: 'travelling',
  headed: 'travelled', heads: 'travels', head: 'travel', heading: 'travelling',
};
/** How or when one travels, between the verb and its place: "flew overnight to", "headed straight to", "travelled on {D} to". */
const MANNER = `(?: (?:from (?:the )?\\{S\\d+\\}|overnight|straight|directly|briefly|back|onward|onwards|first|later|again|together|separately|secretly|quietly|immediately|(?:on )?\\{D\\d+\\}))?`;

const RE = {
  // "will visit former Soviet states in Central Asia -- A and B": a describing lead, then the list
  // "will visit ally South Korea", "toured neighbouring Laos": a word of relation before the name
  verb: new RegExp(`${SUBJ}${AUX} (visit|visits|visited|visiting|tour|tours|toured|touring) (?:(?:[a-z-]+ ){1,6}(?:- - |: )|(?:ally|neighbou?ring|fellow|close ally|key ally|neighbou?r) )?(${DESTS})`, 'g'),
  motion: new RegExp(
    `${SUBJ}${CONFIRMED}${AUX} (?:(left|leaves|leave|leaving|departed|departs|depart)(?: \\{S\\d+\\})?(?: on \\{D\\d+\\}| \\{D\\d+\\}| this (?:morning|afternoon|evening))? for(?: (?:stops|talks|an? (?:[a-z0-9-]+ ){0,3}(?:visit|tour|trip)) (?:in|to))?|(touched down|touches down|touch down|touching down|set foot|sets foot|setting foot|gathered|gather|gathers|gathering|assembled|assemble|assembles) in|(been(?= to)|travel|travels|traveled|travelled|traveling|travelling|fly|flies|flew|flying|go|goes|went|going|head|heads|headed|heading|come|comes|came|coming|return|returns|returned|arrive|arrives|arrived|arriving|land|lands|landed|landing|go on|goes on|went on|going on|continue|continues|continued|proceed|proceeds|proceeded|move on|moves on|moved on|stop|stops|stopped|stopping|stop over|stops over|stopped over|stopping over|make a stop|makes a stop|made a stop|travel on|travels on|travelled on|traveled on|fly on|flies on|flew on|move on|continue on|continued on|head on|headed on)${MANNER} (?:to|in|into)|(converge|converges|converged|converging|descend|descends|descended|descending) on|(reach|reaches|reached|reaching)|(spent|spends|spend|spending) (?:[a-z0-9-]+ ){1,4}in) (?:both )?(${DESTS})`,
    'g',
  ),
  // "The last Israeli prime minister to visit Oman was {P}, in 1996": a predecessor's trip,
  // told to measure this one
  predecessor: new RegExp(`(?:^|[,;:] |(?<= ))the (?:last|previous) (?:[a-z-]+ |\\{[SP]\\d+\\} ){0,4}?to (?:visit|make the trip|make the journey|travel to|go to|set foot in|come to|tour)(?: (${DEST}))? (?:was|had been|were) (${LIST})(?:(?: ,)?(?: in)? (\\{D\\d+\\}))?`, 'g'),
  // "…, the first visit to Fiji by an Indian prime minister since {P} came in 1981"
  firstSince: new RegExp(`\\bfirst ((?:[^{}"]|\\{[SP]\\d+\\}){0,80}?) since (\\{P\\d+\\})(?: (?:came|visited|went|travelled|traveled|flew|did|was there|made (?:the|a) trip)(?: to (${DEST}))?)?(?: (?:in |, )?(\\{D\\d+\\}))?`, 'g'),
  // "he became the first sitting US president to set foot in North Korea"
  becameFirst: new RegExp(`${SUBJ}${AUX} (became|becomes|become|becoming) the first (?:[^{}",]|\\{S\\d+\\}){0,60}? to (?:visit|set foot in|travel to|go to|tour) (${DESTS})`, 'g'),
  // "{P} landed at Yokota Air Base outside Tokyo": a place of arrival, then where it lies
  arrivedAt: new RegExp(`${SUBJ}${AUX} (landed|lands|land|landing|arrived|arrives|arrive|arriving|touched down|touches down) at (?:[^{}",]|\\{D\\d+\\}){3,50}? (?:in|outside|near|on the outskirts of) (${DESTS})`, 'g'),
  // "… though he travelled there as chief minister in 2006": the place the sentence just named
  there: new RegExp(`${SUBJ}${AUX} (travelled|traveled|went|been|gone|flew|returned|came|visited) there\\b`, 'g'),
  // "{P} began in Honiara", "he will end the trip in Congo": where a journey starts or ends
  journeyEnds: new RegExp(`${SUBJ}${AUX} (began|begins|begin|started|starts|start|ended|ends|end|finished|finishes|finish)(?: (?:his|her|the|its|their) (?:[a-z0-9-]+ ){0,2}(?:tour|trip|journey|visit|swing))? in (${DESTS})`, 'g'),
  // "A visit to the United States is scheduled for June": the traveller the story follows
  visitScheduled: new RegExp(`(?:^|, )(?:a|an|the) (?:[a-z-]+ ){0,2}?(?:visit|trip) to (${DESTS}) (?:is|was) (?:also )?(?:scheduled|planned|set|slated|expected|pencilled in|penciled in)\\b`, 'g'),
  // "{P} led a delegation of West African leaders to {S}": the one who leads it goes
  ledDelegation: new RegExp(`${SUBJ}${AUX} (led|leads|lead|leading|headed|heads|head|heading) (?:a|an|the|his|her|its|their|\\{S\\d+\\} 's)(?: [a-z-]+){0,3} delegation(?: of (?:[^{}",]|\\{S\\d+\\}){1,40}?)? to (${DESTS})`, 'g'),
  light: new RegExp(
    `${SUBJ}${AUX} (paid|pay|pays|paying|plan|plans|planned|planning|make|makes|made|making|begin|begins|began|beginning|start|starts|started|concluded|concludes|conclude|wrapped up|wraps up|ended|ends|completed|completes|kicked off|kicks off|undertake|undertakes|undertook|conduct|conducts|conducted|arrived here|arrives here|arrived|arrives|arriving|postponed|postpones|postpone|postponing|delayed|delays|delaying|cancelled|canceled|cancels|cancel|cancelling|canceling|called off|calls off|calling off|scrapped|scrapping|be on|is on|was on|embark on|embarks on|embarked on|embarking on|set out on|sets out on|set off on|sets off on|heads|head|headed|heading|leaves|leave|left|leaving|considering|consider|considers|weighing|mulling|contemplating)${GAP} ${NOUN} (?:to|in|of|through) (${DESTS})`,
    'g',
  ),
  // "his last trip abroad was to {S}": the copula between the trip and its place
  possessive: new RegExp(`(?<=^| )(\\{[PS]\\d+\\} 's|his|her|their)((?: (?:[^{}" ]+|\\{D\\d+\\})){0,5}?) ${NOUN}(?:(?: abroad)?(?: as(?: [a-z-]+){1,3}?)? (?:was|is|will be|would be))? (?:to|of|in) (${DESTS})`, 'g'),
  // "{P} returned from {S} on Sunday", "… came back from a three-day trip to {S}": a visit done
  // "Fresh from a swing through A, B and C, {A} said …", "Back from {S}, where he spoke, {A} …",
  // "During a visit to {S} last month, {A} passed on …": a trip told before its traveller
  fronted: new RegExp(
    `^(?:(?:[a-z.]+ ){1,3}(?:\\( [^()]{1,30} \\) )?- )?(?:(?:[a-z]+ ){0,2}?(fresh|back|just back|returning|home) from (?:(?:a|an|his|her|their) (?:[a-z0-9-]+ ){0,3}?(?:visit|trip|tour|swing|journey|stay) (?:to|of|through|in) )?|(?:[a-z]+ ){0,2}?(during|on|after|before|while on|at the end of|at the start of|midway through|in the middle of) (?:the (?:[a-z0-9-]+ ){1,2}(?:day|leg|stage|stop|part) of )?(?:a|an|his|her|their|the) (?:[a-z0-9-]+ ){0,3}?(?:visit|trip|tour|stay|swing|journey|stop|stopover) (?:to|of|in|through) )(${DESTS})((?: (?:[^{}"]|\\{[SD]\\d+\\}){0,100}?)?) , (${LIST})(?= (?!and\\b)[a-z])`,
  ),
  // "Leaders …, among them {A} and {B}, arrived in {S} on Sunday": the named members travel
  membersFirst: new RegExp(`${MEMBERS_LEAD} (${LIST}) ,${AUX} (?:(visit|visits|visited|tour|tours|toured)|(arrive|arrives|arrived|arriving|travel|travels|travelled|traveled|fly|flies|flew|come|comes|came|go|goes|went|converge|converges|converged) (?:in|to|into|on)) (${DESTS})`, 'g'),
  returnedFrom: new RegExp(`${SUBJ}${AUX} (?:returned|returns|return|returning|came back|comes back|flew back|flies back|got back|arrived back|flew home|flies home|headed home|heads home|heading home|left for home|was on (?:his|her|their) way (?:home|back)|is on (?:his|her|their) way (?:home|back))(?: home)?(?: (?:on |late |early )?\\{D\\d+\\})? from (?:(?:a|an|his|her|their) (?:[a-z0-9-]+ ){0,3}?(?:visit|trip|tour|journey) (?:to|of) |(?:(?:[a-z0-9-]+ ){1,2}(?:days?|weeks?) of )?(?:talks|meetings|consultations|negotiations) in )?(${DESTS})`, 'g'),
  // "…, on a tour of A, B and C": the tour of the clause's subject
  // "…, on a tour of A, B and C", "returned home after a three-day visit to {S}", "… at the end
  // of a state visit to {S}": the journey of the clause's subject
  // "{A}, on the second day of a state visit to {S}, told …": a stage of the trip
  // "… on his way home from {S}": a visit just over
  // "on his way home from {S}", "speaking on his return from two days of talks in {S}", "two
  // days after returning from a state visit to {S}": the clause's subject was there
  wayHome: new RegExp(`(?:^|, | )(?:(?:on|during) (?:his|her|their) (?:way|journey|flight) (?:home|back)|(?:on|upon|after|since) (?:(?:his|her|their) return|returning)(?: home)?) from (?:(?:a|an|his|her|their) (?:[a-z0-9-]+ ){0,3}?(?:visit|trip|tour|journey) (?:to|of) |(?:(?:[a-z0-9-]+ ){1,2}(?:days?|weeks?) of )?(?:talks|meetings|consultations|negotiations) in )?(${DESTS})`, 'g'),
  // "{A} is on his way to {S}": under way
  onWay: new RegExp(`${SUBJ}${AUX} (is|are|was|were) (?:already )?on (?:his|her|their|its) way to (${DESTS})`, 'g'),
  onTour: new RegExp(`(?:^|, | )(on|during|after|following|at the end of|before|ahead of|wrapping up|concluding) (?:the (?:[a-z0-9-]+ ){1,2}(?:day|leg|stage|stop|part) of )?(?:(?:a|an|his|her|their) )?(?:[a-z0-9-]+ ){0,3}?(?:(?:tours?|trips?|visits?|journey|state visits?|swing) (?:of|to|through)|(?:stops|stopovers) in) (${DESTS})(?! by)`, 'g'),
  // "the tour will take him to A and B", "a tour that includes A, B and C": the legs of the
  // journey of the clause's first person
  // "A planned stop in Guinea was dropped", "a proposed stop in Fiji has been cancelled": a leg of
  // the journey the story follows, called off or put off
  // "…, but a planned stop in Poland has been dropped", "adding that a stop in Mali, announced
  // last week, had been struck from the programme"
  legDropped: new RegExp(`(?:^(?:[^{}"]{0,30} )?|, (?:but |and |while |although )?|(?:^| )(?:but|while|although|that) )(?:a|the) (?:planned |proposed |scheduled |possible |brief |further )?(?:stop|stopover|leg|visit|trip) (?:in|to) (${DESTS})(?: , (?:[^{}",]|\\{[SD]\\d+\\}){1,60} ,)? (?:(?:was|has|had|is|will|have|were)(?: also)?(?: been| being| be)? )?(?:also )?(dropped|cancell?ed|scrapped|called off|axed|postponed|put off|delayed|pushed back|added|struck|removed|taken off)\\b`),
  // "the decision to cancel the extended tour to A, B and C": a journey called off, its traveller untold
  tripCalledOff: new RegExp(`(?:^| )(cancel|cancels|cancell?ed|cancell?ing|call off|called off|calls off|calling off|scrap|scrapped|scraps|postpone|postponed|postpones|postponing|put off|delay|delayed|delays) (?:the|a|his|her|their) (?:[a-z0-9-]+ ){0,3}?(?:(?:tour|trip|visit|journey|swing) (?:to|of|through)|(?:stop|stopover|leg) in) (${DESTS})`, 'g'),
  // "{A}, who is accompanied by {B}", "{A} during his visit is accompanied by {B} and {C}"
  accompanied: new RegExp(`(?<=^| )(${LIST}|he|she)(?: , who| [^{}",]{1,40})?${AUX} accompanied by (${LIST})`, 'g'),
  // "{A} accompanied {B} to {S}", "… accompanied {B} on a state visit to {S}": both went
  accompaniedTo: new RegExp(`${SUBJ}${AUX} (accompanied|accompanies|accompany|accompanying) (${LIST}) (?:to|on (?:a|an|his|her|their) (?:[a-z-]+ ){0,3}(?:visit|trip|tour) to) (${DESTS})`, 'g'),
  // "Foreign Minister {B} will accompany him", "{B} is accompanying the General": B shares the
  // trip the story tells of the one accompanied
  accompanyHim: new RegExp(`${SUBJ}${AUX} (?:accompany|accompanies|accompanying) (him|her|them|\\{P\\d+\\})(?= [.,;]| \\.|$| on | during | to )`, 'g'),
  // "would visit the country", "arrived in the country": the state the story is about
  theCountry: new RegExp(`${SUBJ}${AUX} (visit|visits|visited|visiting|arrived in|arrives in|arriving in|travel to|travels to|travelled to|traveled to|come to|came to|comes to|return to|returned to) the country\\b`, 'g'),
  takesTo: new RegExp(`(?:${NOUN}|itinerary|journey)(?: (?:to|of|through) [a-z]+(?: [a-z]+){0,2})? (?:\\{D\\d+\\} )?(?:, (?:[^{}",]|\\{D\\d+\\}){1,40} , |, |- - |- )?(?:(?:that|which) )?((?:${AUXW} ){0,3})(?:take|takes|took|taken|taking|bring|brings|brought|include|includes|included|including|cover|covers|covered|covering) (?:(\\{P\\d+\\}|him|her|them) to |stops in |visits to )?(${DESTS})`, 'g'),
  by: new RegExp(`(?:^| )((?:[^{}" ]+ ){0,3})${NOUN} (?:by|of) (\\{[PS]\\d+\\}) to (${DESTS})`, 'g'),
  // "a visit to Japan by South Korean President Yoon": the destination first, the visitor as agent
  toBy: new RegExp(`(?:^| )((?:[^{}" ]+ ){0,3})${NOUN} to (${DESTS})(?: (?:in|on) \\{D\\d+\\})? by (${ACTX})`, 'g'),
  // "this week's state visit from Kenyan leader {P}": the guest named as the visit's origin,
  // the host the clause's person of another state
  visitFrom: new RegExp(`(?:^| )((?:[^{}" ]+ ){0,3})(?:visit|visits|state visit|official visit|working visit) from (${ACTX})`, 'g'),
  // "met with visiting Mongolian President X", "talks with the visiting {P}": a guest named as such
  visitingAdj: new RegExp(`(?<=^| )((?:[^{}" ]+ ){0,2})visiting ((?:\\{S\\d+\\} 's (?:[a-z-]+ ){0,2})?\\{P\\d+\\}(?: and \\{P\\d+\\})?)`, 'g'),
  // "…, before visiting {S}", "while touring {S} and {S}": the participle's subject is the clause's
  // "The final stop is Caracas", "the next leg will be Hanoi": a stop of the trip just told
  stop: new RegExp(`^(?:[^{}"]{0,20} )?(?:the|his|her|its|their) (?:final|last|next|first|second|third|fourth|fifth|other|remaining) (?:stops?|legs?|destinations?|ports? of call)(?: of (?:the|his|her|their) (?:[a-z-]+ )?(?:tour|trip|journey|swing))? (is|will be|are|will include|includes|was|were) (${DESTS})`),
  participle: new RegExp(`(?:before|after|while|when|since|by|on|during|,) (visiting|touring|travell?ing (?:on )?to|traveling to|flying on to|heading on to|arriving in|flying to|heading to|heading for|continuing (?:on )?to|going on to|moving on to|proceeding to|leaving for|departing for|attending (?:[a-z0-9-]+ ){0,4}?in) (${DESTS})(?: and (?:a |an |the )?(?:[a-z0-9-]+ |\\{S\\d+\\} ){0,4}?in (${DESTS}))?`, 'g'),
  // "arrived in Beijing from Bangkok", "arrived on Sunday from Bahrain": where the visitor had just been
  arrivedFrom: new RegExp(`${SUBJ}${AUX} (arrived|arrives|arriving|flew in|flies in|landed)(?: (?:in|at) (?:the )?\\{S\\d+\\})?(?: (?:on |this |late |early )?(?:\\{D\\d+\\})(?: [a-z]+)?)? from (?:(?:a|an|the) (?:[a-z0-9-]+ |\\{S\\d+\\} ){0,3}(?:summit|meeting|conference|visit|trip|tour) (?:in|to) )?(${DEST})`, 'g'),
  // "A and B met in {S}", "A held talks (a meeting) with B in {S}": whoever is not at home there came
  met: new RegExp(`${SUBJ}${AUX} (met|meet|meets|meeting|joined|joins|join|joining|talked|talks|(?:held|hold|holds|holding|had|have) (?:[a-z0-9-]+ ){0,4}?(?:talks|meetings?|summit|discussions|consultations|negotiations))(?: (?:with )?(${LIST}))?(?: (?:[^{}" ,]+|\\{[SD]\\d+\\})){0,8}? (?:in|at) (${DEST})(?! (?:foreign|ministers|leaders|summit|meeting|retreat|forum|conference|talks)\\b)`, 'g'),
  // "{A} cancelled a Moscow summit with {B}", "{A} will skip Moscow talks": a meeting named by its place
  // "{A} called off next month's summit in {S} with {B}": both were to go
  placeMeeting: new RegExp(`${SUBJ}${AUX} (cancell?ed|cancels|cancel|called off|calls off|call off|postponed|postpones|postpone|skip|skips|skipped|attend|attends|attended|will attend|hold|holds|held) (?:a |an |the |his |her |their |\\{D\\d+\\} 's )?(?:planned |proposed |scheduled |upcoming |long-planned )?(?:(\\{S\\d+\\}) (?:summit|talks|meeting|visit|trip)\\b|(?:summit|talks|meeting) in (\\{S\\d+\\})(?: with (${LIST}))?)`, 'g'),
  // "{A} has ruled out travelling to Russia", "there are no plans for {A} to visit {S}"
  ruledOutGoing: new RegExp(`${SUBJ}${AUX} (?:(?:ruled out|rules out|rule out|ruling out) (?:a |any )?(?:possible |planned |proposed )?(?:visit|trip) to|(?:ruled out|rules out|rule out|ruling out|rejected|dismissed|(?:had|has|have) no (?:intention|plans?) (?:of|to)) (?:visiting|visit|travell?ing to|travel to|going to|go to|attending (?:[a-z-]+ ){0,4}?in)) (${DESTS})(?! by)`, 'g'),
  plansFor: new RegExp(`(no |any )?plans? for (${LIST}) to (?:visit|travel to|go to|come to) (${DESTS})`, 'g'),
  // "{A} was warmly received in {S}", "… was welcomed at the airport in {S}", "… welcomed at
  // the White House", "… on the South Lawn of the White House": A came there
  receivedIn: new RegExp(`${SUBJ_APPOSED_PLACE}${AUX} (received|welcomed|greeted|feted)(?: (?:at|by|on) [^{}"]{1,40}?)? (?:in|at|of) (${DESTS})`, 'g'),
  // "{A} was received / welcomed / hosted by {B}": A came to B's state
  receivedBy: new RegExp(`${SUBJ}${AUX} (received|welcomed|hosted|greeted)(?: at [^{}"]{1,30}?| at \\{S\\d+\\} [a-z]+)? by (\\{[PS]\\d+\\})`, 'g'),
  // "{A} is due in {S}", "{A} was in {S}, where he met …", "{A} will be in {S} on Monday"
  dueIn: new RegExp(`${SUBJ}((?: ${AUXW}){0,4}?) (is|was|were|are|will be|would be) (?:due |expected |also |already |last |previously )?in (${DEST})(?= on| this| next| last| ,| for| to| ahead| after| before| at| \\{D| in \\{D|$| \\.)`, 'g'),
  attend: new RegExp(
    `${SUBJ}${AUX} (attend|attends|attended|attending|participate in|participates in|participated in|participating in|take part in|takes part in|took part in|join|joins|joined|skip|skips|skipped|skipping|boycott|boycotts|boycotted|go to|come to|be at)( the)?`,
    'g',
  ),
  // "{A} hosted / received / welcomed {B}", "{A}, hosting {B} in Riyadh, said": B came to A's state ("{S} will host the ASEAN
  // summit" names an occasion, not a guest)
  hosted: new RegExp(`(?<=^| )(\\{[PS]\\d+\\})(?: , who| ,(?= (?:hosting|receiving|welcoming)\\b))?${AUX} (hosted|hosts|host|hosting|received|receives|receive|welcomed|welcomes|welcome)(?: (?:his|her|their|its)(?: [a-z]+ and \\{S\\d+\\})?(?: [a-z]+)?(?: counterparts?)?(?: ,)?)?((?: ${LIST.replace(/\(\?:/g, '(?:')}))(?! 's)(?! (?:[a-z-]+ )?(?:summit|meeting|conference|forum|talks|ceremony|session|gathering|games|dialogue|assembly|retreat|parade|celebrations?)\\b)`, 'g'),
  // "{A} was in Kyiv on Saturday for talks with …"
  // "{A} will be in {S} from May 3 to 5": a dated stay needs no purpose
  beIn: new RegExp(`${SUBJ}((?: ${AUXW}){0,4}?) (is|was|were|are|will be|would be|is due|be|has been|have been)(?: last| previously)? in (${DEST})((?: (?:on|this|next|last|from|since) \\{D\\d+\\})?)(?: (?:for (?:talks|meetings|(?:a|an|the) (?:[a-z-]+ (?:' )?|\\{D\\d+\\} ){0,2}(?:visit|${OCCASION}))|on (?:a|an) (?:[a-z-]+ ){0,2}visit|(?<=\\blast in (?:the )?\\{S\\d+\\}(?: [a-z]+)?) in \\{D\\d+\\}|in \\{D\\d+\\} (?=for (?:talks|meetings|(?:a|an|the) )|on (?:a|an) (?:[a-z-]+ ){0,2}visit)|to (?:meet|attend|hold talks))|(?<=from \\{D\\d+\\})(?= (?:to|until|through) | [,.]|$))`, 'g'),
  here: new RegExp(`${SUBJ}${AUX} (?:arrived|arrives|arriving|arrive|landed|lands|land|(?:be|is|are|was|were) (?:due|expected)|be) here\\b`, 'g'),
  // "No Japanese prime minister has ever set foot in North Korea": the state's office never went
  noneOf: new RegExp(`(?:^|, )no (?:sitting |serving |incumbent )?(\\{S\\d+\\}) (?:president|prime minister|premier|leader|head of state|head of government|chancellor|foreign minister|king|monarch)s? (?:has|have|had) (?:ever )?(?:visited|set foot in|been to|travell?ed to|traveled to|gone to) (${DESTS})`, 'g'),
  // "{A} is expected on Friday morning": in a datelined story, expected there
  expectedBare: new RegExp(`${SUBJ}${AUX} (?:is|are|was|were) (?:expected|due)(?= (?:on |later |early |this |next )?\\{D| later\\b| tomorrow\\b| (?:a|one|two) days? (?:earlier|later|before|after)\\b| ,| \\.|$)`, 'g'),
  // "{A}, who arrived on Thursday, …", "{A} flew in on Monday": in a datelined story, arrived there
  // "{B} had returned the visit", "paid a return visit": to the state of whoever came to {B}'s
  returnedVisit: new RegExp(`${SUBJ}${AUX} (?:returned|returns|return|reciprocated|reciprocates|reciprocate) the (?:visit|favou?r)\\b(?! to)|${SUBJ}${AUX} (?:paid|pays|pay|made|makes|make) a return (?:visit|trip)\\b(?! to)`, 'g'),
  // "on the second day of a state visit", "who is on a three-day official visit": a visit no
  // place follows (in a datelined story, to where it is filed)
  unplacedVisit: /(?<![\w{}-])(?:on|during|at the (?:start|end|close) of|on the (?:first|second|third|fourth|last|final) (?:day|leg) of) (?:a|an|his|her|their|the) (?:[a-z0-9-]+ ){0,3}?(?:visit|tour)\b(?! (?:to|of|in|through|by|with)\b)/g,
  // "{A} was welcomed on the South Lawn this morning": received where the story is filed
  welcomedBare: new RegExp(`${SUBJ}${AUX} (?:warmly |formally |officially )?(?:welcomed|greeted|received)(?= (?:on|at|with|this)\\b| \\{D)`, 'g'),
  arrivedBare: new RegExp(`${SUBJ}${AUX} (?:arrived|arrives|arrive|landed|lands|land|flew in|flies in|fly in)(?= on \\{D| \\{D| ,| \\.|$| late\\b| early\\b| in the (?:morning|afternoon|evening|night)\\b| overnight\\b| for (?:talks|a visit|the)| to (?:attend|meet|join|take part))`, 'g'),
  // "Egypt, which {P} visited last year", "Assad, whom {P} visited in Damascus": the relative
  // clause's subject went to its antecedent (a state, or a person's state)
  visitedWhich: new RegExp(`(\\{[PS]\\d+\\}) , (?:which|whom|who) (\\{P\\d+\\})${AUX} (visited|visits|toured|had visited|has visited)\\b`, 'g'),
  firstDest: new RegExp(`(?:choose|chose|chosen|choosing|pick|picked|make|made|select|selected) (${DEST})(?: , not \\{S\\d+\\} ,)? as (?:his|her|their|its) first (?:foreign )?(?:destination|stop|trip|visit)`, 'g'),
};

/** Words after which an actor is an object, not the subject of a visit verb. */
const OBJECT_OF = new Set(['to', 'of', 'from', 'in', 'at', 'with', 'for', 'by', 'about', 'on', 'than', 'over', 'against', 'between', 'toward', 'towards', 'into', 'like', 'under', 'told', 'tell', 'asked', 'let', 'allow', 'allowed']);

// (never inside a compound: "a long-delayed visit" is happening now)
const POSTPONED = /(?<![\w-])(?:postpone|postpones|postponed|postponing|postponement|delay|delays|delayed|put off|pushed back|reschedule|rescheduled)\b/;
const CANCELLED = /\b(?:cancel|cancels|cancelled|canceled|cancellation|called off|calls off|scrapped|scraps|abandoned)\b/;
const HEDGE = /\b(?:may|might|could|possible|possibly|potential|likely|considering|consider|mulling|weighing|possibility|hopes?|hoped|hoping|wish|wishes|wished|wants?|wanted|would like|proposed|prospect|willing|ready|eager|keen|prepared)\b/;
/** A sentence that says the visit itself was put off or called off ("the trip was called off",
 * "postponed his visit", "the postponement of the visit") — not just any postponement. */
const POSTPONED_VISIT = /\b(?:visit|trip|tour|journey)s?(?: [^ ]+){0,3} (?:was|were|has been|had been|is|been|will be|would be)(?: [a-z]+)? (?:postponed|delayed|put off|pushed back|rescheduled)\b|(?<![\w-])(?:postpone|postpones|postponed|postponing|delay|delays|delayed|put off|pushed back)(?: [^ ]+){0,3} (?:visit|trip|tour|journey)\b|\bpostponement of\b/;
const CANCELLED_VISIT = /\b(?:visit|trip|tour|journey)s?(?: [^ ]+){0,3} (?:was|were|has been|had been|is|been|will be|would be)(?: [a-z]+)? (?:cancell?ed|called off|scrapped|abandoned)\b|\b(?:cancel|cancels|cancell?ed|cancelling|canceling|called off|calls off|scrapped|scraps)(?: [^ ]+){0,3} (?:visit|trip|tour|journey)\b|\bcancell?ation of\b/;
const PASSIVE_POSTPONED = /\b(?:has|have|had|was|were|is|are|been|be)(?: [a-z-]+){0,2} (?:postponed|delayed|put off|pushed back)\b/;
const PASSIVE_CANCELLED = /\b(?:has|have|had|was|were|is|are|been|be)(?: [a-z-]+){0,2} (?:cancell?ed|called off|scrapped)\b/;
const PLANNED = /\b(?:will|'ll|shall|to|plans?|planned|planning|scheduled|set|due|going|upcoming|expected|is to|are to|next)\b/;

/** Verbs of an itinerary told in the present: "{A} heads to Peru on Sunday", "from Lima he flies to Quito". */
const ITINERARY = /^(?:heads|heads on|travels|travels on|leaves|departs|flies|flies on|goes|goes on|moves on|continues|continues on|proceeds|embarks on|sets off on|sets out on)$/;

/** No auxiliary before the verb, only perhaps its date ("on Friday he goes on to …"). */
const noAux = (aux: string): boolean => !/\S/.test(aux.replace(/(?:\b(?:on|this|next) )?\{D\d+\}/g, ''));

function visitStatus(aux: string, verb: string, clauseT: string, modifiers: string, date: string | null, pub: string | null, nominal = false): VisitStatus {
  const around = `${aux} ${verb} ${modifiers}`;
  if (nominal) return nominalStatus(aux, modifiers, clauseT, date, pub);
  // "arrived in Tokyo, thirteen months after he called off a trip": an arrival made is no
  // trip called off; a put-off or called-off trip the clause tells is another one
  const arrived = /^(?:arrived|landed)$/.test(verb) && !/\b(?:will|due|set|expected|scheduled|to)\b/.test(aux);
  if (POSTPONED.test(around) || (!arrived && POSTPONED_VISIT.test(clauseT) && !/\bwill\b/.test(aux))) return 'postponed';
  if (CANCELLED.test(around) || (!arrived && CANCELLED_VISIT.test(clauseT))) return 'cancelled';
  if (HEDGE.test(around)) return 'possible';
  if (/^(?:arriv|land)/.test(verb) || /\barrived here\b/.test(verb) || /\b(?:is|are) on\b/.test(verb)) {
    if (/\b(?:will|due|set|expected|scheduled|slated|to)\b/.test(aux)) return 'planned';
    if (!date || !pub || date >= shiftDays(pub, -3)) return 'ongoing';
    return 'occurred';
  }
  if (/^(?:visiting|touring)$/.test(verb) && /\b(?:is|are|am)\b/.test(aux)) return 'ongoing';
  if (PLANNED.test(around)) return 'planned';
  if (/\b(?:will|to visit|plans to|is to)\b/.test(clauseT) && !/(?:ed|came|went|flew|made|paid|took|began)$/.test(verb)) return 'planned';
  if (date && pub && date.length === 10 && date > pub) return 'planned';
  // "{A} heads to Peru next week": a present tense with a date not yet past is the plan
  if (noAux(aux) && (ITINERARY.test(verb) || /^(?:visits|tours)$/.test(verb)) && date && pub && date >= pub.slice(0, date.length)) return 'planned';
  if (noAux(aux) && ITINERARY.test(verb) && !date) return 'planned';
  if (/(?:ed|paid|made|went|came|flew|began|undertook|took)$/.test(verb) || /\b(?:has|have|had|did|was|were)\b/.test(aux)) return 'occurred';
  if (/\bpossible|likely|may\b/.test(clauseT)) return 'possible';
  return tenseOf(clauseT) === 'future' ? 'planned' : 'occurred';
}

/** "a possible visit", "his planned trip", "during X's visit last year": the noun's modifiers,
 * then its date against the publication date, then the clause's tense. */
function nominalStatus(before: string, modifiers: string, clauseT: string, date: string | null, pub: string | null): VisitStatus {
  const mods = `${before} ${modifiers}`;
  // the visit named as the subject, its fate told by the clause's verb however far away:
  // "Kim's visit to Seoul, which the two sides had hoped to arrange, has been postponed"
  if (POSTPONED.test(mods) || POSTPONED_VISIT.test(clauseT) || PASSIVE_POSTPONED.test(clauseT)) return 'postponed';
  if (CANCELLED.test(mods) || CANCELLED_VISIT.test(clauseT) || PASSIVE_CANCELLED.test(clauseT)) return 'cancelled';
  if (HEDGE.test(mods)) return 'possible';
  if (/\b(?:planned|upcoming|scheduled|forthcoming|proposed|expected|next|coming)\b/.test(modifiers)) return 'planned';
  if (date && pub) {
    if (pub.startsWith(date)) return /\b(?:will|to)\b/.test(mods) ? 'planned' : 'ongoing';
    return date < pub ? 'occurred' : 'planned';
  }
  const t = tenseOf(before);
  if (t === 'future') return 'planned';
  if (/\b(?:is|are)\b/.test(before) && /\b(?:during|on)\b/.test(before)) return 'ongoing';
  return 'occurred';
}

/** The journey a relative clause tells of its antecedent ("{A}, who last came to Amman in 2007,
 * will travel on to Cairo"): the main clause's match spans it, so it is read on its own. */
const MOTION_WHO = new RegExp(RE.motion.source.replace(SUBJ, `(?<=^| )(${LIST}) , (?:who|which)${COMPANY}`), 'g');

/**
 * Those who go with a traveller ("Foreign Minister {B} will accompany him", "{B} is
 * accompanying the General"): each shares the trip the story has just told of the one
 * accompanied, whichever step read it.
 */
export function findCompanions(doc: Doc, raw: RawVisit[]): RawVisit[] {
  const out: RawVisit[] = [];
  doc.clauses.forEach((c, ci) => {
    const t = c.template;
    if (!/ accompany| accompanies| accompanying/.test(t)) return;
    for (const m of wordMatches(t, RE.accompanyHim)) {
      const followers = (m[1] === 'he' || m[1] === 'she' ? [resolvePronoun(doc, ci, m.index!)] : fixGov(doc, c, m[1]!)).filter((a): a is ActorRef => !!a);
      const keys = new Set(followers.map(actorKey));
      // "him": the one the story follows, a person other than the followers, who has a trip
      const lead = m[3]!.startsWith('{') ? actorOf(doc, c, m[3]!) : null;
      const trip = raw.findLast((v) => v.clause <= ci && v.clause >= ci - 3 && !v.negated && v.visitor.kind === 'person' && (lead ? actorKey(v.visitor) === actorKey(lead) : !keys.has(actorKey(v.visitor))));
      if (!trip) continue;
      for (const a of followers) if (stateOfActor(a) !== trip.destination && actorKey(a) !== actorKey(trip.visitor)) out.push({ ...trip, visitor: a, clause: ci });
    }
  });
  return out;
}

export function findVisits(doc: Doc): RawVisit[] {
  const out: RawVisit[] = [];
  const pub = doc.pub ? `${doc.pub.y}-${String(doc.pub.m).padStart(2, '0')}-${String(doc.pub.d).padStart(2, '0')}` : null;
  doc.clauses.forEach((c, ci) => {
    const t = c.template;
    if (!/visit|trip|tour|travel|summit|stop|\bleft\b|touch|foot|snub|declin|refus|away|expected|\bdue\b|arriv|conver|descend|reach|spen[dt]|back from|fresh from|swing|attend|host|talk|meet|\bmet\b|receiv|welcom|greet|due in|expected in|(?:is|are|was|were|be) (?:also |already )?in \{S|left for|leav|depart|participat|take part|join|skip|boycott|destination|fly|flies|flying|flew|head|went|go |come|came|return|land|stay|journey|accompan|proceed|continu|move on|moves on|moved on|(?:was|were) (?:last )?in \{S/.test(t)) return;
    const subjects = (s: string, idx: number): ActorRef[] => {
      if (/^(?:he|she)$/.test(s)) return [resolvePronoun(doc, ci, idx)].filter((x): x is ActorRef => !!x);
      if (/^(?:i|we)$/.test(s)) return [quoteSpeaker(doc, ci)].filter((x): x is ActorRef => !!x);
      if (s === 'they') return theySubject(doc, c, idx);
      if (s === 'and') return coordinatedSubject(doc, c, idx);
      // "the three flew to Banjul": the three just named
      if (BACK_SUBJECT_RE.test(s)) return membersBefore(doc, ci, idx, s, []).filter((a) => a.kind === 'person');
      return fixGov(doc, c, s).filter((a) => a.kind === 'person' || isProperState(c, s, a));
    };
    const push = (visitors: ActorRef[], dests: { code: string; date: string | null }[], aux: string, verb: string, modifiers: string, idx: number, end: number, event: EventRecord | null = null, nominal = false): void => {
      // "if {A} does visit {S}": a visit on a condition, possible; "whether {A} would travel": none
      const lead = before(t, idx, 2) + ' ';
      if (HYPOTHETICAL.test(lead) && !CONDITIONAL.test(lead)) return;
      const hypothetical = CONDITIONAL.test(lead);
      if (REMOTE.test(t.slice(idx, end + 80))) return;
      // "invited {P} to visit {S}", "an invitation to {P} to visit": asked to, not visiting
      const prev = t.startsWith('and ', idx) ? '' : before(t, idx, 1);
      // "talks with {P}, who visited {S}": a relative clause's subject is its antecedent, object or not
      const relative = / , (?:who|which) /.test(t.slice(idx, end));
      // "…, with Trump set to visit Seoul": an absolute clause, its noun the subject of the infinitive
      const absolute = prev === 'with' && /\b(?:set|expected|due|scheduled|slated|poised|planning|going) to\b/.test(aux);
      // "a delegation led by {P} arrived": the one who leads it travels with it
      const leads = prev === 'by' && /^(?:led|headed) by$/.test(before(t, idx, 2));
      if (!nominal && !relative && !absolute && !leads && (OBJECT_OF.has(prev) || /^(?:invit|ask|urg|encourag|welcom|persuad)/.test(prev))) return;
      // "the last Israeli prime minister to visit Oman was …": an office through time, no one's trip
      if (!nominal && /^(?:last|previous)$/.test(prev) && before(t, idx, 2) === `the ${prev}` && /^\{P\d+\} to /.test(t.slice(idx))) return;
      // "asked about a reported visit …, he denied the report": the visit is denied
      // "ruled out a visit to Kyiv by {A}", "has ruled out travelling to Russia": no visit to come
      const ruledOut = /\brul(?:ed|es|e|ing) out\b/.test(aux) || /\brul(?:ed|es|e|ing) out (?:a |any |an )?(?:[a-z-]+ )?(?:visit|trip)\b/.test(t.slice(Math.max(0, idx - 30), idx + 20));
      const negated = ruledOut || NEGATION.test(aux) || /^(?:skip|boycott)/.test(verb) || (nominal && /\bden(?:ied|ies|y) (?:the |such |any |these |those )?(?:report|reports|claim|claims|rumou?rs?)\b/.test(t));
      if (hypothetical && negated) return;
      // "{A} and his wife {B}, who …, will visit": a spouse named travels too
      const spouse = /^\{P\d+\} (?:and|,) (?:his|her) (?:wife|husband|spouse) (?:, )?(\{P\d+\})/.exec(t.slice(idx));
      const partner = spouse && visitors.length === 1 ? actorOf(doc, c, spouse[1]!) : null;
      if (partner && !visitors.some((v) => sameActor(v, partner))) visitors = [...visitors, partner];
      for (const v of visitors) {
        for (const d of dests) {
          if (stateOfActor(v) === d.code && v.kind === 'state') continue;
          if (v.kind === 'person' && v.state === d.code && !negated) continue;
          // the visit's own modality decides which way a bare date resolves ("in April")
          const prelim = visitStatus(aux, verb, t, modifiers, null, pub, nominal);
          // ("from Lima he flies to Quito on Wednesday": an itinerary told in the present is ahead)
          const itinerary = !nominal && tenseFor(aux, verb, t) === 'future';
          const tense: Tense = prelim === 'occurred' && !itinerary ? 'past' : prelim === 'ongoing' ? 'present' : 'future';
          let date = d.date ?? dateAfter(doc, c, end, tense) ?? dateFronted(doc, c, idx, tense) ?? event?.date ?? null;
          if (event?.date && date && event.date.startsWith(date)) date = event.date;
          let status = hypothetical ? 'possible' : visitStatus(aux, verb, t, modifiers, date, pub, nominal);
          // "has yet to visit": no visit so far
          if (/\byet to\b/.test(aux)) status = 'occurred';
          // "will not travel …, after the trip was called off": the "not" is the cancellation
          const neg = negated && status !== 'cancelled' && status !== 'postponed';
          if (negated && status === 'occurred' && (ruledOut || (/\b(?:will|wo|won't|'ll|to)\b/.test(aux) && !/\byet to\b/.test(aux)))) status = 'planned';
          out.push({ visitor: v, destination: d.code, negated: neg, status, date, event, clause: ci });
        }
      }
    };
    const destsOf = (s: string, aux: string, verb: string): { code: string; date: string | null }[] => {
      const res: { code: string; date: string | null }[] = [];
      const tense = tenseFor(aux, verb, t);
      for (const m of s.matchAll(new RegExp(`(?:the )?(\\{S(\\d+)\\})(${PLACE_NOUN}?)(?: (?:on )?(\\{D\\d+\\}))?`, 'g'))) {
        const mm = c.mentions[Number(m[2])];
        if (!mm || mm.kind !== 'S' || mm.state.kind === 'not') continue;
        if (mm.state.kind === 'bloc') {
          // "flew to Brussels": the seat of a bloc is a place in a state
          const seat = doc.res.blocSeats.get(mm.state.surface);
          if (seat) res.push({ code: seat, date: m[4] ? dateOfMention(doc, c, m[4], tense) : null });
          continue;
        }
        if (mm.state.kind === 'demonym' && !m[3]) continue;
        res.push({ code: mm.state.code, date: m[4] ? dateOfMention(doc, c, m[4], tense) : null });
      }
      return res;
    };
    for (const m of (/visit|tour/.test(t) ? wordMatches(t, RE.verb) : [])) {
      const end = m.index! + m[0].length;
      push(subjects(m[1]!, m.index!), destsOf(m[4]!, m[2]!, m[3]!), m[2]!, m[3]!, '', m.index!, end, eventJustAfter(doc, ci, end));
    }
    for (const m of (/left|leav|depart|travel|fl[iye]|go|went|head|c[oa]me|return|arriv|land|stop|touch|foot|been|conver|descend|reach|spen[dt]|proce|contin|move/.test(t) ? [...wordMatches(t, RE.motion), ...(t.includes(', who') ? wordMatches(t, MOTION_WHO) : [])] : [])) {
      const end = m.index! + m[0].length;
      // "left for Moscow" reads like an arrival: under way unless long past
      // "touched down in": an arrival; "set foot in": a visit, its time told by the auxiliaries
      // "converged on Wellington": travel; "reached Singapore": an arrival
      // "spent two days in Warsaw": was there
      const verb = m[3] ? 'arrived' : m[4] ? (/^touch/.test(m[4]) ? 'arrived' : 'visit') : (m[5] ?? m[6] ?? REACHED_OR_SPENT[(m[7] ?? m[8])!])!;
      const dests = destsOf(m[9]!, m[2]!, verb);
      // "flies on Saturday to La Paz": the date between the verb and the place
      const manner = /(\{D\d+\}) (?:to|in|into)(?: both)? $/.exec(m[0].slice(0, m[0].length - m[9]!.length));
      if (manner) for (const d of dests) d.date ??= dateOfMention(doc, c, manner[1]!, tenseFor(m[2]!, verb, t));
      push(subjects(m[1]!, m.index!), dests, m[2]!, verb, '', m.index!, end, eventJustAfter(doc, ci, end));
    }
    // the traveller the last few sentences followed
    // (one whose trip is under way or to come before one who travelled long ago: "The late prime
    // minister visited New Zealand in May. A planned stop in Samoa has been postponed" is
    // about the minister's coming tour)
    const traveller = (): ActorRef | undefined => {
      const recent = out.filter((v) => v.clause <= ci && v.clause >= ci - 6 && v.visitor.kind === 'person' && !v.negated);
      return (recent.findLast((v) => v.status !== 'occurred') ?? recent.findLast((v) => v.clause >= ci - 3))?.visitor;
    };
    for (const m of (/ (?:beg[ai]n|start|end|finish)/.test(t) ? wordMatches(t, RE.journeyEnds) : [])) {
      // only a person's journey: "talks began in Geneva" is no one's
      const who = subjects(m[1]!, m.index!).filter((a) => a.kind === 'person');
      const verb = /ed$|^began$/.test(m[3]!) ? 'visited' : 'visit';
      const aux = verb === 'visit' && !/\bwill\b/.test(m[2]!) ? ' will' : m[2]!;
      push(who, destsOf(m[4]!, aux, verb), aux, verb, '', m.index!, m.index! + m[0].length);
    }
    for (const m of (t.includes(' there') ? wordMatches(t, RE.there) : [])) {
      const place = placeBefore(c, m.index!) ?? (doc.clauses[ci - 1] ? placeBefore(doc.clauses[ci - 1]!, doc.clauses[ci - 1]!.template.length) : null);
      const verb = /^(?:visited|been|gone)$/.test(m[3]!) ? 'visited' : m[3]!;
      // "there as chief minister of Gujarat in 2006": the time said after the role
      const when = /^(?: [^{}",]+){0,8}?(?: (?:in|on))? (\{D\d+\})/.exec(t.slice(m.index! + m[0].length));
      const date = when ? dateOfMention(doc, c, when[1]!, tenseFor(m[2]!, verb, t)) : null;
      if (place) push(subjects(m[1]!, m.index!), [{ code: place, date }], m[2]!, verb, '', m.index!, m.index! + m[0].length);
    }
    for (const m of (t.includes(' at ') && /land|arriv|touch/.test(t) ? wordMatches(t, RE.arrivedAt) : [])) {
      const verb = /^touch/.test(m[3]!) ? 'arrived' : m[3]!;
      push(subjects(m[1]!, m.index!), destsOf(m[4]!, m[2]!, verb), m[2]!, verb, '', m.index!, m.index! + m[0].length);
    }
    for (const m of (/ return|reciprocat/.test(t) ? wordMatches(t, RE.returnedVisit) : [])) {
      const subject = (m[1] ?? m[3])!;
      const aux = (m[2] ?? m[4])!;
      for (const host of subjects(subject, m.index!).filter((a) => a.kind === 'person')) {
        const home = stateOfActor(host);
        // the visit returned: the last one made to the host's state, by someone of another
        const came = home ? out.findLast((v) => v.clause <= ci && v.clause >= ci - 4 && v.destination === home && !v.negated && stateOfActor(v.visitor) !== home) : undefined;
        const back = came ? stateOfActor(came.visitor) : null;
        if (back) push([host], [{ code: back, date: null }], aux, /(?:will|to)/.test(aux) ? 'visit' : 'visited', '', m.index!, m.index! + m[0].length);
      }
    }
    for (const m of (/ (?:scheduled|planned|set|slated|expected|pencil)/.test(t) ? t.matchAll(RE.visitScheduled) : [])) {
      const who = traveller();
      if (who) push([who], destsOf(m[1]!, ' will', 'visit'), ' will', 'visit', 'planned', m.index, m.index + m[0].length, null, true);
    }
    for (const m of (t.includes(' delegation ') ? wordMatches(t, RE.ledDelegation) : [])) {
      const verb = LED_AS_TRAVEL[m[3]!]!;
      const end = m.index! + m[0].length;
      push(subjects(m[1]!, m.index!), destsOf(m[4]!, m[2]!, verb), m[2]!, verb, '', m.index!, end, eventJustAfter(doc, ci, end));
    }
    for (const m of (/ (?:last|previous) /.test(t) ? t.matchAll(RE.predecessor) : [])) {
      // "The last Soviet leader to make the trip was {P}": the trip the sentence before told of
      const dests = m[1] ? destsOf(m[1], ' had', 'visited') : lastDestination(out, ci);
      for (const d of dests) d.date = m[3] ? dateOfMention(doc, c, m[3], 'past') : null;
      push(fixGov(doc, c, m[2]!).filter((a) => a.kind === 'person'), dests, ' had', 'visited', '', m.index, m.index + m[0].length, null, true);
    }
    for (const m of (t.includes(' since {P') ? t.matchAll(RE.firstSince) : [])) {
      const own = /(?:visit|trip|journey) to (?:the )?(\{S\d+\})|to (?:visit|set foot in|travel to) (?:the )?(\{S\d+\})/.exec(m[1]!);
      const dests = own ? destsOf((own[1] ?? own[2])!, ' had', 'visited') : m[3] ? destsOf(m[3], ' had', 'visited') : lastDestination(out, ci);
      for (const d of dests) d.date = m[4] ? dateOfMention(doc, c, m[4], 'past') : null;
      const who = actorOf(doc, c, m[2]!);
      if (who?.kind === 'person') push([who], dests, ' had', 'visited', '', m.index, m.index + m[0].length, null, true);
    }
    for (const m of (t.includes(' the first ') ? wordMatches(t, RE.becameFirst) : [])) {
      const verb = /^becom/.test(m[3]!) ? 'visiting' : 'visited';
      push(subjects(m[1]!, m.index!), destsOf(m[4]!, m[2]!, verb), /^(?:will|would)/.test(m[2]!.trim()) ? m[2]! : ' has', /will|would/.test(m[2]!) ? 'visit' : 'visited', '', m.index!, m.index! + m[0].length);
    }
    const leg = /stop|leg|visit|trip/.test(t) ? RE.legDropped.exec(t) : null;
    // the one the story follows, else the clause's first person ("{A} will attend …, but a
    // planned stop in {S} has been dropped")
    const firstP = /\{P\d+\}/.exec(t);
    const legTraveller = leg ? traveller() ?? (firstP && firstP.index < leg.index ? actorOf(doc, c, firstP[0]) ?? undefined : undefined) : undefined;
    if (leg && legTraveller) {
      const how = leg[2]!;
      const status: VisitStatus = /^(?:postponed|put off|delayed|pushed back)$/.test(how) ? 'postponed' : how === 'added' ? 'planned' : 'cancelled';
      for (const d of destsOf(leg[1]!, '', 'visit')) if (stateOfActor(legTraveller) !== d.code) out.push({ visitor: legTraveller, destination: d.code, negated: false, status, date: d.date, event: null, clause: ci });
    }
    for (const m of (/cancel|call|scrap|postpon|put off|delay/.test(t) ? t.matchAll(RE.tripCalledOff) : [])) {
      // an owner said ("his tour", "the tour by {A}") is read by the nominal patterns
      if (/ by \{/.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
      const who = traveller();
      const status: VisitStatus = /^(?:postpon|put off|delay)/.test(m[1]!) ? 'postponed' : 'cancelled';
      if (who) for (const d of destsOf(m[2]!, '', 'visit')) if (stateOfActor(who) !== d.code) out.push({ visitor: who, destination: d.code, negated: false, status, date: d.date ?? dateAfter(doc, c, m.index + m[0].length, 'future'), event: null, clause: ci });
    }
    for (const m of (/accompan/.test(t) ? wordMatches(t, RE.accompaniedTo) : [])) {
      const verb = /ies$|y$/.test(m[3]!) ? 'visit' : /ing$/.test(m[3]!) ? 'visiting' : 'visited';
      push([...subjects(m[1]!, m.index!), ...fixGov(doc, c, m[4]!)], destsOf(m[5]!, m[2]!, verb), m[2]!, verb, '', m.index!, m.index! + m[0].length);
    }
    for (const m of (t.includes(' accompanied by ') ? wordMatches(t, RE.accompanied) : [])) {
      // those with the traveller share the journey the story tells of them
      const lead = subjects(m[1]!, m.index!);
      const trip = out.findLast((v) => v.clause <= ci && v.clause >= ci - 3 && lead.some((a) => actorKey(a) === actorKey(v.visitor)) && !v.negated);
      if (!trip) continue;
      for (const a of fixGov(doc, c, m[3]!)) if (stateOfActor(a) !== trip.destination) out.push({ ...trip, visitor: a, clause: ci });
    }
    for (const m of (t.includes(' the country') ? wordMatches(t, RE.theCountry) : [])) {
      // the state named last before it, in this sentence or the two before, not the traveller's own
      const who = subjects(m[1]!, m.index!);
      // (a person's state may be known so far only from the known actors)
      const own = new Set(who.map((a) => stateOfActor(a) ?? (a.kind === 'person' ? personState(doc, doc.people.findIndex((p) => p.name === a.name)) : null)));
      let code: string | null = null;
      for (let k = ci; k >= 0 && k >= ci - 2 && !code; k--) {
        const cl = doc.clauses[k]!;
        const upto = k === ci ? m.index! + m[0].length : cl.template.length;
        for (const ph of [...cl.template.slice(0, upto).matchAll(/\{S(\d+)\}/g)].reverse()) {
          const mm = cl.mentions[Number(ph[1])];
          if (mm?.kind === 'S' && (mm.state.kind === 'name' || mm.state.kind === 'metonym' || mm.state.kind === 'city') && !own.has(mm.state.code)) {
            code = mm.state.code;
            break;
          }
        }
      }
      if (code) push(who, [{ code, date: null }], m[2]!, m[3]!.split(' ')[0]!, '', m.index!, m.index! + m[0].length);
    }
    for (const m of (t.includes(' in {S') ? wordMatches(t, RE.beIn) : [])) {
      const aux = `${m[2]} ${m[3]}`;
      const dests = destsOf(m[4]!, aux, m[3]!);
      const dm = /\{D\d+\}/.exec(m[5] ?? '');
      if (dm) for (const d of dests) d.date ??= dateOfMention(doc, c, dm[0], tenseOf(aux));
      // a stay dated by years only and told for no purpose ("was in Tokyo from 2001 to 2005")
      // is a posting, not a visit
      if (/ from \{D\d+\}$/.test(m[0]) && dests.every((d) => (d.date ?? '').length <= 4)) continue;
      // "is planning to be in {S}", "is due to be in": still ahead
      const ahead = /\b(?:will|to)\b/.test(aux);
      // "has been in Auckland since Wednesday": still there
      const now = /\b(?:is|are)\b/.test(aux) || (/\b(?:has|have) been\b/.test(aux) && / since \{D/.test(m[5] ?? ''));
      const verb = ahead ? 'visit' : now ? 'visiting' : 'visited';
      push(subjects(m[1]!, m.index!), dests, ` ${ahead ? 'will' : now ? 'is' : aux}`, verb, '', m.index!, m.index! + m[0].length);
    }
    // where the story is: its dateline, else the occasion it has just placed ("Dignitaries began
    // arriving in Seoul for the funeral. … landed in the afternoon")
    const storyPlace = doc.datelineState ?? (/ (?:arrive|landed|lands|flew in|flies in|expected|due)\b/.test(t) ? (recentPlacedEvent(doc, ci, ci - 3)?.place ?? null) : null);
    if (storyPlace && /^[A-Z]{3}$/.test(storyPlace)) {
      for (const m of (/ (?:arrive|land|flew in|flies in|fly in)/.test(t) ? wordMatches(t, RE.arrivedBare) : [])) {
        const end = m.index! + m[0].length;
        const dm = /^ (?:on )?(\{D\d+\})/.exec(t.slice(end));
        // "{A} arrives on Tuesday": news tells a dated arrival to come in the present tense
        const ahead = /\b(?:will|to|due|expected)\b/.test(m[2]!) || (!!dm && /(?:arrives|lands|flies in)$/.test(m[0]));
        const date = dm ? dateOfMention(doc, c, dm[1]!, ahead ? 'future' : 'past') : null;
        push(subjects(m[1]!, m.index!), [{ code: storyPlace, date }], m[2]!, ahead ? 'arrive' : 'arrived', '', m.index!, end);
      }
      for (const m of (/ (?:expected|due)\b/.test(t) ? wordMatches(t, RE.expectedBare) : [])) {
        const end = m.index! + m[0].length;
        const dm = /^ (?:on |later |early |this |next )?(\{D\d+\})/.exec(t.slice(end));
        const date = dm ? dateOfMention(doc, c, dm[1]!, 'future') : null;
        push(subjects(m[1]!, m.index!), [{ code: storyPlace, date }], `${m[2]} will`, 'visit', '', m.index!, end);
      }
      for (const m of (doc.datelineState && /welcom|greet|receiv/.test(t) ? wordMatches(t, RE.welcomedBare) : [])) {
        const end = m.index! + m[0].length;
        // the passive only, and no place or host told after it (RE.receivedIn and RE.receivedBy read those)
        if (!/\b(?:was|were|is|are|been|being)\b/.test(m[2]!) || /^(?: [^{}",.]+){0,8} (?:(?:in|at|of) \{S|by \{)/.test(t.slice(end))) continue;
        const verb = /\b(?:is|are|being)\b/.test(m[2]!) ? 'visiting' : 'visited';
        // "… on the South Lawn this morning": the time after the place
        const dm = /^(?: [^{}",.]+){0,5} (\{D\d+\})/.exec(t.slice(end));
        const date = dm ? dateOfMention(doc, c, dm[1]!, 'past') : null;
        push(subjects(m[1]!, m.index!).filter((a) => a.kind === 'person'), [{ code: doc.datelineState!, date }], m[2]!, verb, '', m.index!, end);
      }
      for (const m of (doc.datelineState && / (?:visit|tour)\b/.test(t) ? wordMatches(t, RE.unplacedVisit) : [])) {
        // the clause's subject, whose visit it is; a host met on the way is not
        const subject = /^(?:[^{}"]|\{[DSM]\d+\}){0,40}?(\{P\d+\})(?= ,| (?:on|held|met|has|had|is|was|who|told|said|laid|signed|opened|addressed|visited|toured|inspected)\b)/.exec(t.slice(0, m.index!));
        const visitor = subject ? actorOf(doc, c, subject[1]!) : null;
        if (!visitor || visitor.kind !== 'person' || stateOfActor(visitor) === doc.datelineState) continue;
        // "who is in Japan on a long-scheduled visit": placed before it
        if (/ (?:in|to|at) (?:the )?\{S\d+\}/.test(t.slice(subject!.index, m.index!))) continue;
        push([visitor], [{ code: doc.datelineState!, date: null }], ' is', 'visiting', '', subject!.index + subject![0].length - subject![1]!.length, m.index! + m[0].length);
      }
      for (const m of (doc.datelineState && t.includes(' here') ? wordMatches(t, RE.here) : [])) {
        const end = m.index! + m[0].length;
        if (/(?:visit|trip) to \{S/.test(t.slice(end, end + 80))) continue; // named just after: the light-verb form reads it
        // "{A} arrives here on Tuesday": to come
        const coming = /(?:arrives|lands) here$/.test(m[0]) && /^ (?:on |next |later )?\{D/.test(t.slice(end));
        push(subjects(m[1]!, m.index!), [{ code: doc.datelineState!, date: null }], coming ? ' will' : m[2]!, coming ? 'arrive' : 'arrived', '', m.index!, end);
      }
    }
    for (const m of (/visit|trip|tour|stay|journey|stop|swing/.test(t) ? wordMatches(t, RE.light) : [])) {
      const mid = m[0];
      const dateInGap = /\{D\d+\}/.exec(mid.slice(mid.indexOf(' ' + m[3]! + ' ')));
      const dests = destsOf(m[4]!, m[2]!, m[3]!);
      if (dateInGap) for (const d of dests) d.date ??= dateOfMention(doc, c, dateInGap[0], tenseFor(m[2]!, m[3]!, t));
      // the words between the verb and the places ("paid a two-day state visit"), not the list
      // of places after ("… to {S} and to {S}": its "to" is no plan)
      const gap = mid.slice(mid.indexOf(' ' + m[3]! + ' ') + m[3]!.length + 1).replace(new RegExp(` (?:to|in|of) ${DESTS}$`), '');
      push(subjects(m[1]!, m.index!), dests, m[2]!, m[3]!, gap, m.index!, m.index! + m[0].length);
    }
    for (const m of (/visit|trip|tour|stay|journey|stop|swing/.test(t) ? wordMatches(t, RE.possessive) : [])) {
      const who = /^\{/.test(m[1]!) ? fixGov(doc, c, m[1]!.replace(/ 's$/, '')) : [resolvePronoun(doc, ci, m.index!)].filter((x): x is ActorRef => !!x);
      const aux = t.slice(Math.max(0, m.index! - 40), m.index!);
      const end = m.index! + m[0].length;
      // "his first trip abroad will be to {S}": the copula tells the time
      const copula = / (?:will|would) be to /.test(m[0]) ? ' planned' : '';
      push(who.filter((a) => a.kind === 'person'), destsOf(m[3]!, aux, ''), nominalAux(aux), 'visit', m[2]! + copula + aheadOf(t, end), m.index!, end, null, true);
    }
    for (const m of (/visit|trip|tour|stay|journey|stop|swing/.test(t) ? wordMatches(t, RE.by) : [])) {
      const aux = t.slice(Math.max(0, m.index! - 40), m.index!);
      const end = m.index! + m[0].length;
      push(fixGov(doc, c, m[2]!), destsOf(m[3]!, aux, ''), nominalAux(aux), 'visit', m[1]! + aheadOf(t, end), m.index!, end, null, true);
    }
    for (const m of (/visit|trip|tour|stay|journey|stop|swing/.test(t) ? wordMatches(t, RE.toBy) : [])) {
      // the words of this phrase only: "is considering X , following a visit to …" is not hedged
      const aux = t.slice(Math.max(0, m.index! - 40), m.index!).replace(/^.* ,/, '');
      const end = m.index! + m[0].length;
      push(fixGov(doc, c, m[3]!).filter((a) => a.kind === 'person' || isProperState(c, m[3]!, a)), destsOf(m[2]!, aux, ''), nominalAux(aux), 'visit', m[1]! + aheadOf(t, end), m.index!, end, null, true);
    }
    for (const m of (t.includes(' from {') ? t.matchAll(RE.visitFrom) : [])) {
      const guests = fixGov(doc, c, m[2]!).filter((a) => a.kind === 'person');
      const host = [...t.slice(0, m.index).matchAll(/\{P\d+\}/g)].map((p) => actorOf(doc, c, p[0])).find((a) => a && guests.every((g) => stateOfActor(g) !== stateOfActor(a)));
      const code = stateOfActor(host ?? null) ?? doc.datelineState;
      if (!code) continue;
      const aux = t.slice(Math.max(0, m.index - 40), m.index);
      push(guests, [{ code, date: null }], nominalAux(aux), 'visit', m[1]!, m.index, m.index + m[0].length, null, true);
    }
    for (const m of (t.includes('visiting {') ? t.matchAll(RE.visitingAdj) : [])) {
      // "he was visiting Putin" is a verb; only a guest named by the adjective counts
      if (/\b(?:is|are|was|were|be|been|am|'s)\s*$/.test(m[1]!)) continue;
      const guests = fixGov(doc, c, m[2]!).filter((a) => a.kind === 'person');
      const where = placeOfMeeting(doc, c, guests);
      if (!where) continue;
      const dm = /\{D\d+\}/.exec(t);
      const date = dm ? dateOfMention(doc, c, dm[0], 'present') : pub;
      const status: VisitStatus = date && pub && date.length === 10 && date < shiftDays(pub, -3) ? 'occurred' : 'ongoing';
      for (const g of guests) {
        if (stateOfActor(g) === where) continue;
        out.push({ visitor: g, destination: where, negated: false, status, date, event: null, clause: ci });
      }
    }
    for (const m of (/ from (?:\{S|(?:a|an|the) )/.test(t) ? wordMatches(t, RE.arrivedFrom) : [])) {
      const end = m.index! + m[0].length;
      // a stop just made: done, in the month of the arrival
      const dm = /\{D\d+\}/.exec(m[0]);
      const when = dm ? dateOfMention(doc, c, dm[0], 'past') : pub;
      push(subjects(m[1]!, m.index!), destsOf(m[4]!, ' had', 'visited').map((d) => ({ ...d, date: when ? when.slice(0, 7) : null })), ' had', 'visited', '', m.index!, end);
    }
    const front = /^(?:[^,]{0,40} - )?(?:[a-z]+ ){0,2}?(?:fresh|back|just|returning|home|during|on|after|before|while|at|midway|in) /.test(t) && /\b(?:from|visit|trip|tour|stay|swing|journey|stop)/.test(t.slice(0, 160)) ? RE.fronted.exec(t) : null;
    if (front) {
      const at = front.index + front[0].length - front[5]!.length;
      // back from it, after it: done; before it: to come; during it: as the clause's verb says
      const rest = t.slice(front[0].length);
      const clauseTense = /^ (?:[a-z]+ed|was|were|had|did|met|told|said|made|gave|took|held|spoke|went|sent|brought|left)\b/.test(rest) ? 'past' : tenseOf(rest);
      const tense = front[1] || /^(?:after|at the end of)$/.test(front[2]!) ? 'past' : front[2] === 'before' ? 'future' : clauseTense;
      const [aux, verb] = tense === 'past' ? [' had', 'visited'] : tense === 'future' ? [' will', 'visit'] : [' is', 'visiting'];
      const dests = destsOf(front[3]!, aux, verb);
      const dm = /\{D\d+\}/.exec(front[4] ?? '');
      if (dm) for (const d of dests) d.date ??= dateOfMention(doc, c, dm[0], tense === 'present' ? 'past' : tense);
      // the clause's own time phrases date the telling, not the trip ("told reporters on Friday")
      push(subjects(front[5]!, at), dests, aux, verb, '', at, t.length);
    }
    for (const m of (HAS_MEMBERS.test(t) ? t.matchAll(RE.membersFirst) : [])) {
      const at = m.index + m[0].indexOf(m[1]!);
      push(fixGov(doc, c, m[1]!), destsOf(m[5]!, m[2]!, (m[3] ?? m[4])!), m[2]!, (m[3] ?? m[4])!, '', at, m.index + m[0].length);
    }
    for (const m of (/ , (?:which|whom|who) \{P/.test(t) ? t.matchAll(RE.visitedWhich) : [])) {
      const place = actorOf(doc, c, m[1]!);
      const code = place?.kind === 'state' ? (isProperState(c, m[1]!, place) ? place.code : null) : stateOfActor(place);
      const who = actorOf(doc, c, m[2]!);
      if (!code || !who) continue;
      const verb = m[4]!.replace(/^(?:had|has) /, '');
      push([who], [{ code, date: dateAfter(doc, c, m.index! + m[0].length, 'past') }], m[3]!, verb, '', m.index! + m[0].indexOf(m[2]!), m.index! + m[0].length);
    }
    for (const m of (/ (?:back|home|return\w*) /.test(t) && t.includes(' from ') ? wordMatches(t, RE.returnedFrom) : [])) {
      const dm = /\{D\d+\}/.exec(t.slice(m.index! + m[0].length, m.index! + m[0].length + 30)) ?? /\{D\d+\}/.exec(m[2] ?? '');
      const dests = destsOf(m[3]!, ' had', 'visited');
      if (dm) for (const d of dests) d.date ??= dateOfMention(doc, c, dm[0], 'past');
      push(subjects(m[1]!, m.index!), dests, ' had', 'visited', '', m.index!, m.index! + m[0].length);
    }
    for (const m of (t.includes(' way to ') ? wordMatches(t, RE.onWay) : [])) {
      const now = /^(?:is|are)$/.test(m[3]!);
      push(subjects(m[1]!, m.index!), destsOf(m[4]!, now ? ' is' : ' had', now ? 'visiting' : 'visited'), `${m[2]} ${now ? 'is' : 'had'}`, now ? 'visiting' : 'visited', '', m.index!, m.index! + m[0].length);
    }
    for (const m of (/ (?:home|back|return|returning) from /.test(t) ? t.matchAll(RE.wayHome) : [])) {
      const first = /\{P\d+\}/.exec(t);
      const who = first && first.index < m.index ? actorOf(doc, c, first[0]) : null;
      // "will stop in Islamabad on his return from India": a trip still to come
      const [aux, verb] = tenseOf(t.slice(first?.index ?? 0, m.index)) === 'future' ? [' will', 'visit'] : [' had', 'visited'];
      if (who?.kind === 'person') push([who], destsOf(m[1]!, aux, verb), aux, verb, '', m.index, m.index + m[0].length);
    }
    for (const m of (/ (?:on|after|following|before|of|up|concluding) (?:a|an|his|her|their|the|[a-z]+ (?:visits|trips|tours)|stops|stopovers) |during/.test(t) ? t.matchAll(RE.onTour) : [])) {
      const first = /\{P\d+\}/.exec(t);
      const who = first && first.index < m.index ? actorOf(doc, c, first[0]) : null;
      if (!who || who.kind !== 'person') continue;
      const head = t.slice(first!.index, m.index);
      // set off right after its subject ("{A}, on a visit to {S}, told …"): under way as told
      const appositive = /^\{P\d+\}(?: ,)?\s*$/.test(head) && /^(?:on|during)$/.test(m[1]!);
      const tense = appositive ? 'present' : tenseOf(head);
      const [mainAux, verb] = tense === 'future' ? [' will', 'visit'] : tense === 'present' ? [' is', 'visiting'] : [' had', 'visited'];
      const dm = /\{D\d+\}/.exec(head);
      const dests = destsOf(m[2]!, mainAux, verb);
      if (dm) for (const d of dests) d.date ??= dateOfMention(doc, c, dm[0], tense === 'unknown' ? 'past' : tense);
      push([who], dests, mainAux, verb, '', m.index, m.index + m[0].length);
    }
    for (const m of (/take|took|bring|brought|includ|cover/.test(t) ? t.matchAll(RE.takesTo) : [])) {
      const named = m[2] && m[2].startsWith('{') ? actorOf(doc, c, m[2]) : null;
      const first = /\{P\d+\}/.exec(t);
      // "left for Vientiane at the invitation of {B}, the first leg of a tour that will take him
      // to …": the tour is the traveller's, the clause's first person, not the nearest one
      const who = named ?? (first && first.index < m.index ? actorOf(doc, c, first[0]) : resolvePronoun(doc, ci, m.index));
      if (!who || who.kind !== 'person') continue;
      const aux = ` ${m[1] ?? ''}${t.slice(Math.max(0, m.index - 40), m.index)}`;
      // "a tour that took him to …": the verb's own past tense tells a trip made
      const tense = /\b(?:took|brought|included|covered)\b/.test(m[0]) && !/\b(?:will|would)\b/.test(m[1] ?? '') ? 'past' : tenseOf(aux);
      // "is on a tour that includes …": under way; "will take him", an itinerary: to come
      const [mainAux, verb] = /\bwill\b/.test(aux) ? [' will', 'visit'] : /\b(?:is|are) (?:currently )?on\b/.test(aux) ? [' is', 'visiting'] : tense === 'past' ? [' had', 'visited'] : [' will', 'visit'];
      push([who], destsOf(m[3]!, mainAux, verb), mainAux, verb, '', m.index, m.index + m[0].length, null, false);
    }
    for (const m of (/attend|participat|take part|took part|taking part|join|skip|boycott|go to|come to|be at/.test(t) ? wordMatches(t, RE.attend) : [])) {
      const end = m.index! + m[0].length;
      const ev = eventAtOrRecent(doc, ci, end, tenseOf(m[2]!) !== 'past' && !/ed$/.test(m[3]!));
      // an occasion with no place named, or none named at all ("Reagan did not attend."), in a
      // datelined story: held where the story is filed
      const bare = /^ ?(?:[.,;]|$)/.test(t.slice(end));
      const place = ev?.place ?? (ev || bare ? doc.datelineState : null);
      if (!place) continue;
      push(subjects(m[1]!, m.index!), [{ code: place, date: null }], m[2]!, m[3]!, '', m.index!, end, ev);
    }
    const stop = / (?:stops?|legs?|destinations?|port of call) /.test(t) ? RE.stop.exec(t) : null;
    if (stop) {
      // the traveller of the trip told in the last few sentences
      const trip = out.findLast((o) => o.clause < ci && ci - o.clause <= 4 && !o.negated && o.status !== 'occurred' && o.visitor.kind === 'person');
      if (trip) {
        const [aux, verb] = /^(?:was|were)$/.test(stop[1]!) ? [' had', 'visited'] : [' will', 'visit'];
        push([trip.visitor], destsOf(stop[2]!, aux, verb), aux, verb, '', stop.index, stop.index + stop[0].length);
      }
    }
    for (const m of (/ing /.test(t) ? t.matchAll(RE.participle) : [])) {
      // the clause's person, or the pronoun its sentence opens with ("She will visit Mumbai
      // before flying on to Singapore")
      const first = /\{P\d+\}/.exec(t) ?? /^(?:[^{}"]{0,30} , )?(?:he|she)\b/.exec(t);
      if (!first || first.index > m.index) continue;
      const who = first[0].startsWith('{') ? actorOf(doc, c, first[0]) : subjects(first[0].split(' ').pop()!, first.index)[0];
      if (!who) continue;
      const aux = t.slice(first.index, m.index);
      const tense = tenseOf(aux);
      const verb = tense === 'future' ? 'visit' : tense === 'present' ? 'visiting' : 'visited';
      // the main verb's tense, as an auxiliary: the words between would read as modality ("travelled to")
      const mainAux = tense === 'future' ? ' will' : tense === 'present' ? ' is' : ' had';
      // "after attending the G7 summit in Cornwall and a NATO summit in Brussels": both
      push([who], [...destsOf(m[2]!, mainAux, verb), ...(m[3] ? destsOf(m[3], mainAux, verb) : [])], mainAux, verb, '', m.index, m.index + m[0].length);
    }
    for (const m of (/\bmet\b|meet|talk|\bjoin/.test(t) ? wordMatches(t, RE.met) : [])) {
      const end = m.index! + m[0].length;
      const dests = destsOf(m[5]!, m[2]!, m[3]!);
      // "the leaders of {S} and {S} joined {P} in {S}": those who join come to where the joined is
      const joined = /^join/.test(m[3]!);
      // a person of no state told is placed by the dictionary ("Joe Biden and Vladimir Putin will
      // meet in Geneva"): who meets at home is no visitor
      const placedPerson = (a: ActorRef): boolean => a.kind === 'person' && !!(a.state ?? knownPersonState(doc, a.name));
      const people = [...subjects(m[1]!, m.index!), ...(m[4] && !joined ? fixGov(doc, c, m[4]) : [])].filter((a) => placedPerson(a) || (joined && a.kind === 'state'));
      if (dests.length) push(people, dests, m[2]!, /^meet|^hold/.test(m[3]!) ? 'visit' : 'visited', '', m.index!, end);
    }
    for (const m of (/ in \{S/.test(t) ? wordMatches(t, RE.dueIn) : [])) {
      const aux = `${m[2]} ${m[3]}`;
      const verb = /\bwill\b|\bdue\b|\bexpected\b/.test(m[0]) ? 'visit' : /\b(?:is|are)\b/.test(m[3]!) ? 'visiting' : 'visited';
      push(subjects(m[1]!, m.index!), destsOf(m[4]!, aux, verb), ` ${/\bdue\b|\bexpected\b/.test(m[0]) ? 'will' : aux}`, verb, '', m.index!, m.index! + m[0].length);
    }
    for (const m of (/summit|talks|meeting|visit|trip/.test(t) ? wordMatches(t, RE.placeMeeting) : [])) {
      const end = m.index! + m[0].length;
      const verb = /^skip/.test(m[3]!) ? m[3]! : /^(?:hold|held)/.test(m[3]!) ? (m[3] === 'held' ? 'visited' : 'visit') : m[3]!;
      const dm = /\{D\d+\}(?= 's)/.exec(m[0]);
      const when = dm ? dateOfMention(doc, c, dm[0], 'future') : dateAfter(doc, c, end, tenseOf(m[2]!));
      const those = [...subjects(m[1]!, m.index!), ...(m[6] ? fixGov(doc, c, m[6]) : [])].filter((a) => a.kind === 'person');
      push(those, destsOf((m[4] ?? m[5])!, m[2]!, verb).map((d) => ({ ...d, date: d.date ?? when })), m[2]!, verb, '', m.index!, end);
    }
    for (const m of (/receiv|welcom|greet|feted/.test(t) ? wordMatches(t, RE.receivedIn) : [])) {
      // the passive only: "{A} received {B} in {S}" is the host's doing (RE.hosted)
      if (!/\b(?:was|were|is|are|be|been|being)\b/.test(m[2]!)) continue;
      const verb = /\b(?:is|are|being)\b/.test(m[2]!) ? 'visiting' : 'visited';
      push(subjects(m[1]!, m.index!), destsOf(m[4]!, m[2]!, verb), m[2]!, verb, '', m.index!, m.index! + m[0].length);
    }
    for (const m of (/ by \{/.test(t) ? wordMatches(t, RE.receivedBy) : [])) {
      const host = actorOf(doc, c, m[4]!);
      const code = stateOfActor(host);
      if (!host || !code || (host.kind === 'state' && !isProperState(c, m[4]!, host))) continue;
      push(subjects(m[1]!, m.index!).filter((g) => stateOfActor(g) !== code), [{ code, date: null }], m[2]!, m[3]!, '', m.index!, m.index! + m[0].length);
    }
    for (const m of (/host|receiv|welcom/.test(t) ? wordMatches(t, RE.hosted) : [])) {
      const host = actorOf(doc, c, m[1]!);
      // "In Madrid, Prime Minister {P} received {B}": a host of no state told is where he receives
      const fronted = /^in (\{S\d+\}) , $/.exec(t.slice(0, m.index!));
      const code = stateOfActor(host) ?? (fronted ? placeIn(c, fronted[1]!) : null);
      if (!host || !code || (host.kind === 'state' && !isProperState(c, m[1]!, host))) continue;
      const guests = fixGov(doc, c, m[4]!.trim()).filter((g) => stateOfActor(g) !== code);
      // "{A}, hosting {B} in Riyadh on Monday, said": the guest is there as the host speaks
      const appositive = / , (?:hosting|receiving|welcoming)$/.test(t.slice(m.index!, m.index! + m[0].length - m[4]!.length).trimEnd());
      push(guests, [{ code, date: null }], appositive ? ' is' : m[2]!, appositive ? 'visiting' : m[3]!, '', m.index!, m.index! + m[0].length);
    }
    for (const m of (t.includes(' out ') || /rejected|dismissed| no (?:intention|plans?) /.test(t) ? wordMatches(t, RE.ruledOutGoing) : [])) {
      push(subjects(m[1]!, m.index!), destsOf(m[3]!, ' will', 'visit'), ' will not', 'visit', '', m.index!, m.index! + m[0].length);
    }
    for (const m of (t.includes('plans for ') || t.includes('plan for ') ? t.matchAll(RE.plansFor) : [])) {
      const hedge = /\b(?:any|possible|no firm)\b/.test(m[1] ?? '') ? ' may' : ' will';
      push(fixGov(doc, c, m[2]!), destsOf(m[3]!, ' will', 'visit'), m[1] === 'no ' ? ' will not' : hedge, 'visit', '', m.index, m.index + m[0].length, null, true);
    }
    for (const m of (/(?:^|, )no \{S/.test(t) ? t.matchAll(RE.noneOf) : [])) {
      const state = actorOf(doc, c, m[1]!);
      if (state?.kind === 'state') push([state], destsOf(m[2]!, ' has never', 'visited'), ' has never', 'visited', '', m.index, m.index + m[0].length);
    }
    for (const m of (t.includes('first') ? wordMatches(t, RE.firstDest) : [])) {
      const who = resolvePronoun(doc, ci, m.index!);
      if (!who) continue;
      push([who], destsOf(m[1]!, '', ''), ' likely', 'visit', 'possible', m.index!, m.index! + m[0].length, null, true);
    }
    // "Apart from Japan, {P} is also expected to visit South Korea": the places set apart are on
    // the same trip
    const besides = BESIDES.exec(t);
    if (besides) {
      for (const v of out.filter((x) => x.clause === ci && !x.negated)) {
        for (const d of destsOf(besides[1]!, '', 'visit')) {
          if (d.code !== v.destination && stateOfActor(v.visitor) !== d.code && !out.some((x) => x.clause === ci && x.destination === d.code && sameActor(x.visitor, v.visitor))) out.push({ ...v, destination: d.code, date: null });
        }
      }
    }
  });
  return out;
}

/** Where a guest was met: a place named in the clause, else the host's state (the clause's
 * first person who is not a guest), else the dateline. */
function placeOfMeeting(doc: Doc, c: Clause, guests: ActorRef[]): string | null {
  const at = /\bin (?:the )?\{S(\d+)\}/.exec(c.template);
  if (at) {
    const mm = c.mentions[Number(at[1])];
    if (mm?.kind === 'S' && (mm.state.kind === 'name' || mm.state.kind === 'metonym' || mm.state.kind === 'city')) return mm.state.code;
  }
  const guestNames = new Set(guests.map((g) => (g.kind === 'person' ? g.name : '')));
  for (const p of c.template.matchAll(/\{P\d+\}/g)) {
    const a = actorOf(doc, c, p[0]);
    if (a?.kind === 'person' && !guestNames.has(a.name) && a.state) return a.state;
  }
  return doc.datelineState ?? null;
}

/** The noun as subject, its verb after: "Modi's trip to A and B begins on July 2", "a visit by
 * {A} to {S} is expected in April" — a visit to come. */
function aheadOf(t: string, end: number): string {
  const rest = t.slice(end, end + 60);
  // "a return visit by {P} to {S} was being discussed": talked of, not fixed
  if (/^(?: [^ ]+){0,3}? (?:is|was|are|were) (?:being |still )?(?:discussed|considered|mooted|explored|studied|under discussion|under consideration)\b/.test(rest)) return ' possible';
  return /^(?: [^ ]+){0,3}? (?:begins|starts|will|is scheduled|is set|is expected|is planned|is due|is likely|are expected|kicks off|opens|would (?:still )?go ahead|would take place|is going ahead)\b/.test(rest) ? ' planned' : '';
}

/** Nominal visits take their modality from the words before them ("a possible visit"). */
function nominalAux(before: string): string {
  return ' ' + before.replace(/\{[A-Z]\d+\}/g, ' ');
}

function tenseFor(aux: string, verb: string, clauseT: string): Tense {
  // "{A} heads to Peru on Sunday": news tells a scheduled departure in the present
  if (noAux(aux) && ITINERARY.test(verb)) return 'future';
  const t = tenseOf(`${aux} ${verb}`);
  return t === 'unknown' ? tenseOf(clauseT) : t;
}

/** A date said right after the destination: "to the US in July", "Moscow on Monday". */
function dateAfter(doc: Doc, c: Clause, end: number, tense: Tense): string | null {
  const rest = c.template.slice(end);
  // a subordinate clause after the destination has its own time: "his first visit to Russia
  // since he took power in 2011" says nothing of the visit's date
  const m = /^(?: (?!since |when |after |before |while |because |which |who |that |as )(?:[^{}" ,]+|\{S\d+\})){0,4}? (?:in|on|from|this|next|last|during|by|,) (\{D\d+\})/.exec(rest) ?? /^ (\{D\d+\})/.exec(rest);
  return m ? dateOfMention(doc, c, m[1]!, tense) : null;
}

/** A time phrase fronted right before the visit's subject: "In December, {A} visited {S}",
 * "On {D}, …"; not "Since {D}, …", which gives no visit's date. */
function dateFronted(doc: Doc, c: Clause, idx: number, tense: Tense): string | null {
  // right before the visit's subject: "On May 11, {A} warned that he will not attend" dates the warning
  // (news often drops the comma: "In 1998 {A} went to Ghana")
  const m = /^(?:(?:in|on|during|last|earlier|later|late|early|then|and) ){0,2}(\{D\d+\})(?: ,)? $/.exec(c.template.slice(0, idx));
  return m ? dateOfMention(doc, c, m[1]!, tense) : null;
}

/** A state named as such ("Russia", "Moscow", "the Kremlin"), not an adjective or a city. */
function isProperState(c: Clause, s: string, a: ActorRef): boolean {
  if (a.kind !== 'state') return true;
  for (const m of s.matchAll(/\{S(\d+)\}/g)) {
    const mm = c.mentions[Number(m[1])];
    if (mm?.kind === 'S' && mm.state.code === a.code) return mm.state.kind === 'name' || mm.state.kind === 'metonym' || /of \{S/.test(s);
  }
  return true;
}

/** "{A} has accepted the invitation and is expected to fly into Accra": a second verb phrase
 * shares the clause's subject, when the clause opens with it and names nobody else before. */
function coordinatedSubject(doc: Doc, c: Clause, idx: number): ActorRef[] {
  const head = c.template.slice(0, idx);
  // an apposition after the subject, and a relative clause on a place, are set off without a
  // new subject: "{P}, sworn in last week, flew to Suva …, and will travel to Samoa", "{P} began in
  // Honiara, where he held talks with {P2}, and went on to Kiribati"
  const m = /^(?:[a-z]+ - )?(\{P\d+\})((?: (?:[^{}]|\{[SD]\d+\})+?)?)(?: ,)? $/.exec(head.replace(/^((?:[a-z]+ - )?\{P\d+\}) , (?:[^{}",]|\{[SD]\d+\}){1,60} , /, '$1 ').replace(/ , where [^"]{1,100}? , $/, ' , '));
  // "She meets {P} on Monday and flies to Seoul on Thursday": a pronoun subject keeps its object
  const pron = m ? null : /^(?:he|she)((?: (?:[^{}]|\{[SDP]\d+\})+?)?) $/.exec(head);
  if (pron && !/\b(?:who|which|while|but|whereas|because|after|before|when|if)\b| , | "/.test(pron[1]!)) {
    const a = resolvePronoun(doc, doc.clauses.indexOf(c), 0);
    return a ? [a] : [];
  }
  if (!m || /\b(?:who|which|while|but|whereas|because|after|before|when|if)\b| , | "/.test(m[2]!)) return [];
  const a = actorOf(doc, c, m[1]!);
  return a ? [a] : [];
}

/** "The leaders of A, B and C have confirmed that they will attend": they = A, B, C. */
function theySubject(doc: Doc, c: Clause, idx: number): ActorRef[] {
  const head = c.template.slice(0, idx);
  const m = new RegExp(`^(?:the )?(?:leaders?|presidents?|heads? of state|governments?) of (${LIST})`).exec(head);
  if (!m) return [];
  const out: ActorRef[] = [];
  for (const p of m[1]!.matchAll(/\{S(\d+)\}/g)) {
    const a = actorOf(doc, c, p[0]);
    if (a) out.push(a);
  }
  return out;
}

/** "… visit Moscow for a Russian celebration in May": the occasion the visit is for. */
function eventJustAfter(doc: Doc, ci: number, endIdx: number): EventRecord | null {
  const c = doc.clauses[ci]!;
  const rest = c.template.slice(endIdx);
  if (!/^ (?:for|to attend|to join|to take part in|to participate in|at)\b/.test(rest)) return null;
  return eventNear(doc, ci, endIdx, 1, 6);
}

/** The occasion attended: named right after the verb, else the one the story is about. */
function eventAtOrRecent(doc: Doc, ci: number, endIdx: number, ahead: boolean): EventRecord | null {
  const c = doc.clauses[ci]!;
  const named = eventNear(doc, ci, endIdx, -1, 4);
  if (named) return named;
  // "… will not attend." with no object: the occasion of the last few sentences (one still to
  // come, for a presence still to come)
  const rest = c.template.slice(endIdx).trim();
  if (!/^(?:[.,;]|if\b|because\b|unless\b|either\b|"|$)/.test(rest)) return null;
  return recentPlacedEvent(doc, ci, ci - 4, (e) => placed(e) && !(ahead && longPast(e.date, doc)));
}
