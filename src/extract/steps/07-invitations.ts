/**
 * Step 7 — invitations.
 *
 * Forms of English news style, each a pattern over the sentence template:
 *  - active: "{A} invited {B} to attend …", "{A} will not be inviting {B}, {C} and {D}";
 *  - passive: "{B} was also invited to the May 9 ceremony in {S}" (inviter: the host);
 *  - sent: "invitations were sent to {B}, {C} and {D}"; "no invitations were sent to …";
 *  - extended: "{A} extended an invitation to {B}", "{A} extended {B} an invitation";
 *  - nominal: "{A}'s invitation to {B}", "the {Russian} invitation for {B}", "an invitation
 *    from {A} to {B}";
 *  - response: "{B} accepted / declined / turned down / is considering an invitation from
 *    {A}" or "{A}'s invitation";
 *  - "at the invitation of {A}, {B} will …" (the visit is under way: accepted);
 *  - "{A} asked {B} to visit {S}".
 * Each invitee of a coordinated list gets its own fact. The reply is read from the
 * sentence and from later sentences about the same invitee (see statusCue).
 */
import type { ActorRef, InvitationStatus, PartialDate } from '../types';
import { actorOf, actorsIn, dateOfMention, placeIn, resolvePronoun, sameActor, stateOfActor, type Doc, type EventRecord } from './context';
import { eventNear, recentInvitedTrip, recentPlacedEvent } from './nearby-events';
import { ACT, ACTX, AUX, AUXW, COMPANY, HYPOTHETICAL, OFFICE, TITLE_BEFORE, LIST, OCCASION, ORGANS, ORGAN_NOUNS, PERSON_TAIL, PRESENT, before, isNegated, wordMatches } from './patterns';
import type { Clause } from './05-clauses';
import type { RawVisit } from './08-visits';

export interface RawInvitation {
  inviter: ActorRef;
  invitee: ActorRef;
  negated: boolean;
  status: InvitationStatus;
  event: EventRecord | null;
  clause: number;
}

const INV = '(?:invitations|invitation|invite)';
/** "asked {S} to send observers", "… to send its head of state to the parade": asked to come by proxy. */
const SEND = 'send (?:only )?(?:a |an |its |their |his |her |high-level |top )?(?:[a-z-]+ ){0,2}(?:delegations?|observers|representatives?|envoys?|ambassadors?|head of state|heads of state|leader|leaders|ministers?|team)';
/** After "an invitation to the {S}": "the Lima summit", "Russia's events" name where an occasion is held, not a guest. */
const NOT_OCCASION = `(?! (?:[a-z0-9-]+ ){0,2}(?:${OCCASION})\\b)(?! 's (?:[a-z0-9-]+ ){0,2}(?:${OCCASION}|events?|celebrations?|festivities)\\b)`;
const ADJ = '(?:official|formal|written|personal|open|letter|verbal|new|standing|earlier|previous|[a-z]+-?[a-z]*)';

/** Words between a subject and its verb that set the subject off: "Indonesia, the host, has …". */
const APPOS = '(?: , (?:(?:the |a |an |which |\\{S\\d+\\} \'s |(?=[a-z]))(?:[^{}",]|\\{[SDP]\\d+\\}){1,80}|who (?:[^{}",]|\\{[SDP]\\d+\\}){1,160}|\\{P\\d+\\}) ,)?';
/** A group named by its members' states: "his counterparts from {S}, {S} and {S}", "leaders of …". */
const GROUP = `(?:(?:his|her|their|its|the) )?(?:[a-z-]+ )?(?:counterparts|${ORGANS}) (?:from|of) (?:(?:neighbou?ring|fellow|the other) )?`;
/** A group named by its kind, its members after a dash or colon: "the BRICS countries - A, B and C". */
const KIND_THEN = '(?:the )?(?:[a-z0-9-]+ ){1,3}(?:countries|nations|states|members|neighbou?rs|partners) (?:-|- -|:) ';
/** The head of a group named by its kind: "leaders", "eight countries", "top officials". */
const GROUP_HEAD = `(?:${ORGANS}|dignitaries|guests|countries|states|nations|counterparts|neighbou?rs)`;
/** A later sentence that lists a group's members: "The eight countries are A, B and C",
 * "They include …", "four leaders will skip the event: A, B and C". */
const MEMBERS = new RegExp(`^(?:(?:among )?(?:the|these|those|they|other|its|at least)(?: [a-z0-9-]+){0,4}? (?:are|were|include|included|includes|will be|comprise)|[^{}"]{0,80}? :) (${LIST}(?: , and ${LIST})?)`);

/** A group named back to a list told before: "the presidents of the three states", "the three
 * leaders", "both leaders", "the leaders of these countries". Groups: 1 the office before "of",
 * 2 the count or demonstrative, 3 the head noun. */
const BACK_GROUP = /^(?:the )?(?:(leaders|presidents|prime ministers|heads of state(?: and government)?|heads of government|foreign ministers) of )?(?:the |all )?(two|three|four|five|six|seven|eight|nine|ten|both|these|those)(?: (?:[a-z-]+ )?(leaders|presidents|prime ministers|heads of state|heads of government|foreign ministers|countries|states|nations|governments|neighbou?rs|sides|men|women))?$/;
/** The same as a subject: "Both heads of state have accepted", "All four were invited", "The
 * three leaders accepted". */
export const BACK_SUBJECT = '(?:the |all |these |those )?(?:two|three|four|five|six|seven|eight|both)(?: (?:[a-z-]+ )?(?:leaders|presidents|prime ministers|heads of state|heads of government|countries|states|nations|governments|sides|men|women))?';
export const BACK_SUBJECT_RE = new RegExp(`^${BACK_SUBJECT}$`);
const COUNT: Record<string, number> = { two: 2, both: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const LIST_G = new RegExp(`(?<=^| )${LIST}`, 'g');
const LISTS = new WeakMap<Clause, { index: number; text: string }[]>();
/** The coordinated lists of a clause ("A, B and C"), read once per clause: only clauses with two
 * actors joined by a comma or a conjunction can hold one. */
function listsIn(c: Clause): { index: number; text: string }[] {
  let out = LISTS.get(c);
  if (!out) {
    out = /\{[PS]\d+\}[^{}]*?(?: and | or | , )[^{}]*?\{[PS]\d+\}/.test(c.template) ? wordMatches(c.template, LIST_G).map((m) => ({ index: m.index!, text: m[0] })) : [];
    LISTS.set(c, out);
  }
  return out;
}

/** The subject list a sentence opens with, after a short fronted phrase. */
const LEAD_SUBJECT = new RegExp(`^(?:(?:[^{}",]|\\{[SD]\\d+\\}){0,80}? , )??(${LIST})`);

/** The subject right after a phrase that opens the sentence: "…, {B} will be guest of honour". */
const AFTER_FRONTED = new RegExp(`^(?: (?:[^{}",]|\\{[SD]\\d+\\}){1,60})? , (${LIST})`);

/** Members after a colon or dash later in the sentence ("… to the summit in May: A, B and C",
 * "four leaders - from A, B and C -"), or set off by commas right after the group ("three
 * neighbouring leaders, A, B and C, to …"). */
const COLON_LIST = new RegExp(`^(?: , (?=(?:[^{}",]|\\{[PS]\\d+\\}|, (?=\\{))+ and )|(?:[^{}"]|\\{[SD]\\d+\\}){0,80}? (?::|- -|-) (?:from )?)(${LIST}(?: , and ${LIST})?)`);

/** What a relative "who" hangs on: "{A} and {B}, the leaders of …, who have accepted". */
const ANTECEDENT = new RegExp(`(${LIST})(?: , (?:[^{}"]|\\{S\\d+\\}){1,60}?)? , $`);

/** The rest of a passive invitation that leaves others out with an elliptic "not": "…, but {B}
 * and {C} were not", "… and {B} was not". */
const ELLIPTIC_NOT = new RegExp(`^(?: (?:[^{}",]|\\{[SD]\\d+\\}){0,60}?)?(?: ,)? (?:and|but|while|whereas) (${LIST}) (?:was|were|is|are|has|have|had) not(?: been)?(?: invited)?(?: either)?(?= ,| \\.| ;|$)`);

/** "is considering inviting", "may invite": an invitation thought of, not yet sent. */
const mulled = (aux: string | undefined): boolean => /\b(?:considering|mulling|weighing|may|might|could)\b/.test(aux ?? '');

/** A reply told on its own after an invitation: "{A} declined, while {B} is still considering",
 * "{C} has yet to reply". Its verb ends the clause: "declined to comment" is no reply. */
const BARE_REPLY = new RegExp(`^(?:[^{}"]{0,30} , )?(${LIST})(?: , [^{}"]{1,60} ,)?${AUX} (?:declined|accepted|confirmed|turned it down|sent (?:his|her|their|its) regrets|(?:is|are) (?:still )?(?:considering|weighing|mulling)(?: it)?|(?:has|have) yet to (?:reply|respond|decide|answer))(?= ,| \\.|$| and (?:will|would|is|are)\\b| (?:their|his|her|its) (?:attendance|participation|acceptance)| acceptance| (?:amid|because|citing|over|due to)\\b)`);

/** A later sentence on who of an invited group replied: "{A}, {B} and {C} have confirmed
 * their attendance", "{A} will attend", "{B} will not come". */
const REPLIED = new RegExp(`^(?:[^{}"]{0,40} , |(?:the )?(?:[^{}",]|\\{[SP]\\d+\\}){0,40} (?:said|says|announced|confirmed) (?:that )?)?(${LIST})(?: , [^{}"]{1,60} ,| ,)?${AUX} (?:confirmed (?:(?:(?:their|his|her|its) )?(?:attendance|participation|presence|acceptance)|(?:that )?(?:they|he|she|it) (?:would|will) (?:attend|come|take part))|accepted|attend|attending|come|coming|take part|taking part|participate|participating)\\b`);
/** The same, told as who they are: "Leaders who have confirmed their acceptance include {A}
 * and {B}". */
const REPLIED_INCLUDE = new RegExp(`^(?:[^{}"]{0,40} , )?(?:the )?(?:[a-z-]+ ){0,3}?(?:leaders|guests|heads of state|dignitaries|those|presidents|ministers) (?:who|that) (?:have |had |has )?(?:already )?(?:confirmed (?:(?:their|his|her|its) )?(?:attendance|participation|presence|acceptance)|accepted(?: the invitations?)?) (?:include|includes|included|are|were|will be) (${LIST})`);

/** "{S} will be represented by {P}", and the gapped second half ", and {S} by {P}". */
const REPRESENTED_BY = /(?:^|[,;] |(?<= )(?:and|while) )(\{[SP]\d+\})(?: (?:will|would|is|was|are|were|to|be|also|instead|being))+ represented (?:(?:at|in) [^{}"]{1,40}? )?by (?:its |their |his |her |the )?(?:[a-z-]+ ){0,3}?(\{P\d+\})|, (?:and|while) (\{[SP]\d+\}) by (?:its |their |his |her |the )?(?:[a-z-]+ ){0,3}?(\{P\d+\})/g;
/** Subjects that stand for the host or a state's officials: "the organisers", "the {S} hosts",
 * "{S} officials". */
const HOSTS = `(?:the )?(?:\\{S\\d+\\} (?:officials|authorities|hosts|organi[sz]ers)|(?:summit |conference |forum |meeting )?(?:organi[sz]ers|hosts)|host (?:country|government|nation)|(?<=the )host(?= (?:${AUXW} )*(?:invite|invites|invited|inviting)\\b))`;
const HOSTS_RE = new RegExp(`^(?:${HOSTS}|the host)$`);
/** The clause before a "they" that names whose officials they are: "{S} officials said". */
const THEY_OFFICIALS = /^(?:the )?(\{S\d+\}) (?:officials|authorities|leaders|diplomats|ministers|government officials) (?:said|say|says|told [a-z]+|announced) (?:that )?$/;
/** An invitation said to be the one just told: "the same invitation", "had also been invited". */
const SAME_INVITATION = /\b(?:the same|a similar|similar|identical) (?:[a-z-]+ )?invitations?\b|\balso (?:been |being )?invited\b|\balso received (?:an |the )?invitations?\b/;

const RE = {
  active: new RegExp(`(?<=^| )(${LIST}|he|she|they|it|(?:his|her|the) (?:government|country)|${HOSTS})${APPOS}(?: , who| , which)?${AUX} (?:invite|invites|invited|inviting)(?: ${AUX.slice(1, -1)})?(?: both| all)? ((?:${GROUP})?(?:${KIND_THEN})?${LIST})`, 'g'),
  // "{A} will host the talks next month and has invited {B}": the sentence's subject, shared by
  // two verbs (read from the sentence's start only: tried at every word it was a third of the
  // extractor's time)
  sharedSubject: new RegExp(`^(?:(?:[^{}",]|\\{[SD]\\d+\\}){1,60}? , )??(${LIST})${APPOS}${AUX} (?!invit)[a-z]+ (?:[^{}",]|\\{[SD]\\d+\\}){0,80}? and((?: ${AUXW}){0,3}) (?:invite|invites|invited|inviting)(?: both| all)? ((?:${GROUP})?(?:${KIND_THEN})?${LIST})`),
  // "… had been invited to Belgrade by his Serbian counterpart {A}": the place, then the inviter
  passive: new RegExp(`(?<=^| )(${LIST}|he|she|they|${BACK_SUBJECT})(?: -(?: -)?| , (?:who|which)|${APPOS})?${AUX} (?:invited|summoned(?= to (?:an |a |the )?(?:[a-z-]+ ){0,2}(?:${OCCASION})\\b))(?: (?:to|in) (?:the )?(\\{S\\d+\\}))?(?: (?:to|for) (?:[^{}",]|\\{D\\d+\\}){1,50}?(?= by ))?(?: by (?:the )?(?:(?:his|her|their|its) (?:\\{S\\d+\\} )?(?:(?:counterparts?|host|hosts) (?:, )?)?)?(${ACTX}))?`, 'g'),
  // "X will not attend the summit despite an invitation from {A}": the clause's subject was invited
  // "… will not travel, despite having been invited by {A}"
  despite: new RegExp(`(?:(?:despite|after|following|accepting|upon|on|under|in response to)(?: (?:receiving|getting|accepting|having received|having accepted))? (?:(?:an|the|a|his|her|their|its) )?(?:${ADJ} ){0,2}${INV} (?:from|by)|despite (?:having been|being) (?:personally )?invited by|(?:(?<=, )|^)(?:after )?having been (?:personally |formally )?invited by(?: (?:his|her|their)(?: (?:\\{S\\d+\\} )?(?:counterparts?|hosts?))?)?) (${ACTX})`, 'g'),
  // "{B} is among the leaders invited to the summit"
  // "{A} and {B}, which …, are the only two countries that have not been invited": the
  // relative clause's negation is the invitation's
  among: new RegExp(`(?<=^| )(${LIST}|he|she|they)${APPOS}${AUX} (?:among the|one of the|one of|among|the only) (?:(?:[a-z0-9-]+ ){0,2}?invited (?:[a-z0-9-]+ ){0,2}?(?:leaders|guests|heads of state|dignitaries|officials|royals|monarchs)\\b|(?:[a-z0-9-]+ ){0,4}?(?:leaders|guests|heads of state|dignitaries|countries|states|nations|officials|those|invitees|participants|world leaders|neighbou?rs) (?:(?:(?:who|that) (?:have|had|has) ((?:not )?(?:yet )?)been |being |who were |who are )?invited|(?:who|that) (?:have|had|has) (?:already |so far )?(?:confirmed (?:(?:their|his|her|its) )?(?:attendance|participation|acceptance)|accepted (?:the |their )?invitations?)|(?:(?:whom|that) )?(${ACT}) (?:will|would|plans to|intends to|is to|is expected to|has|had)(?: also)? invite[sd]?|(?:who|that) (?:will|would|did|do|does|have|has|had)((?: not| never)?) (?:receive|received|get|got|gotten|be sent|been sent) (?:an? |any )(?:[a-z-]+ )?(?:invitation|invite)\\b))`, 'g'),
  sent: new RegExp(`(no )?${INV}(?: (?:to|for|from) (?:the )?(?:[^{}",]|\\{[SDP]\\d+\\}){1,50}?)? (?:(?:was|were|has|have|had|been|being|also|already|not) ){0,3}(?:sent|extended|issued|sent out|gone out|went out|go out|gone|went|go|delivered|handed)(?: (?:out |also )?(?:on |in )?\\{D\\d+\\})? to (?:[^{}"]{0,80}? (?:including|among them|such as) )?((?:${GROUP})?${LIST})`, 'g'),
  // "{A} will be the chief guest at the parade", "… attended as a guest of {B}": a guest was invited
  // "{B}, invited by {A}, will attend …": a participle set off after the invitee
  invitedBySetOff: new RegExp(`(?<=^| )(${LIST}) , (?:(?:who|which) (?:was|were|has been|have been|had been) )?(?:also )?invited by (${ACTX})(?: (?:to|for) [^{}",]{1,60})? ,`, 'g'),
  // "{B} was on the guest list", "… had been on the guest list": invited by the occasion's host
  onGuestList: new RegExp(`(?<=^| )(${LIST}|he|she)(?: , who)?${AUX} (?:(?:left|kept|dropped|struck) )?(?:on|off) the (?:official )?(?:(?:guest|invitation) list\\b|list(?= ,| \\.|$)|list of (?:[a-z-]+ ){0,2}(?:states|countries|nations|guests|leaders|governments|invitees|participants) (?:invited|asked)\\b)`, 'g'),
  chiefGuest: new RegExp(`(?<=^| )(${LIST}|he|she)${AUX} (?:(?:welcomed|received|hosted|feted) )?(?:be |as )?(?:the |a |an )?(?:(?:(?:chief|special|honou?red) guests?|guests? of honou?r)(?: of (${ACTX}))?|(?:personal |state |official )?guests? of (${ACTX}))`, 'g'),
  guestOf: new RegExp(`(?<=^| )(${LIST}|he|she)${AUX} (?:visit|visits|visited|attend|attends|attended|travel|travels|travelled|traveled|come|came|arrive|arrives|arrived|be|is|was|are|were)\\b[^"]{0,80}? as (?:(?:a |the )?(?:personal |special |state )?guests? of (${ACTX})|(${ACTX}) 's (?:personal |special |state )?guests?\\b)`, 'g'),
  // "{B}, whom {A} had invited to …": the relative clause's subject invited its antecedent
  whomInvited: new RegExp(`(\\{P\\d+\\}) , (?:whom|who) (${ACTX}|he|she)${AUX} (?:invited|had invited|has invited)`, 'g'),
  // "the invitation extended to {B} by {A}", "{A}'s invitation was accepted by {B}"
  extendedToBy: new RegExp(`${INV}(?: (?:to|for) (?:[^{}",]|\\{[SD]\\d+\\}){1,50}?)?(?: (?:was|were|has been|had been|is|will be)(?: also)?)? (?:extended|sent|issued|delivered) to (${LIST}) by (${ACTX})`, 'g'),
  acceptedBy: new RegExp(`(?:(${ACTX}) 's (?:${ADJ} ){0,2}${INV}|${INV} (?:from|of) (${ACTX}))(?: (?:to|for) (?:[^{}",]|\\{[SD]\\d+\\}){1,60}?)?${AUX} (accepted|declined|turned down|rejected) by (${LIST})`, 'g'),
  // "Also invited are {A}, {B} and {C}", "Invited to the summit are …": the list after the copula
  invitedAre: new RegExp(`(?:^|, |" )(?:also |among those |among the (?:[a-z-]+ ){0,4}?|among others )?invited(?: (?:to|for) (?:[^{}"]|\\{[PSD]\\d+\\}){1,90}?)? (?:are|were|include|included|will be) (${LIST})`, 'g'),
  // "Leaders of A, B and C will attend, having accepted {X}'s invitation": the clause's subject accepted
  havingAccepted: new RegExp(`(?:(?:^|, | )(?:having|after having|after) (accepted|declined|turned down)|(?:^|, |(?:^| )(?:after|upon|on|before|since|by|in) )(accepting|taking up|turning down|declining|rejecting|refusing)) (?:an |the |a |their |his |her )?(?:(${ACTX}) 's )?(?:${ADJ} ){0,2}${INV}(?: (?:(?:extended|conveyed|issued|sent|made|delivered)(?: \\{D\\d+\\})? )?(?:from|of|by) (${ACTX}))?`, 'g'),
  // "…, with {A}, {B} and {C} also invited": an absolute clause
  withInvited: new RegExp(`(?:^|, | )with (${LIST}) (?:also |not |not yet |likewise )?(?:invited|being invited)`, 'g'),
  // "invitees include {A}, {B} and {C}", "those invited are …", "the guest list includes …"
  guestList: new RegExp(`(?:(${ACT}) 's )?(?:invitees|those invited|invited guests|guest list|invitation list|list of invitees|invitee list|guests invited|leaders invited|countries invited|invited leaders|invited countries|invitations went to|invitations have gone to)(?: (?:[^{}"]|\\{[SDP]\\d+\\}){0,50}?)? (?:include|includes|included|are|were|comprise|comprises|also include|will include) (${LIST})`, 'g'),
  extended: new RegExp(`(?<=^| )(${ACT}|he|she)${APPOS}((?: [^{}" ]+){0,10} and)?${AUX} (?:extended|extends|extend|sent|sends|send|issued|issues|issue|gave|give|gives|renewed|renews|renew|(delivered|delivers|deliver|handed|hands|hand|conveyed|conveys|convey|passed on|passes on|presented|presents))(?: (?:an|the|a|his|her|its|their))?(?: ${ADJ}){0,2} (?:${INV}|welcome)(?: (?:to|for) (?:the |a |an |this |next )?(?:[a-z0-9-]+ ){0,3}(?:${OCCASION}))?(?: (?:in|at) (?:the )?\\{S\\d+\\})?(?: (?:on |in |last |this )?\\{D\\d+\\})? to (${LIST})`, 'g'),
  extendedTo: new RegExp(`(?<=^| )(${ACT}|he|she)${AUX} (?:extended|extends|extend|sent|sends|send|gave|give|gives|handed|hands|hand|presented|presents|passed) (${LIST}) (?:an|the|a) (?:${ADJ} ){0,2}${INV}`, 'g'),
  // "Israel's invitation was open equally to Jordan, Syria and Lebanon"
  possessive: new RegExp(`(${ACT}) 's(?: ${ADJ}){0,2} ${INV}(?: (?:was|is|remains|remained|stands|stood)(?: still)?(?: open)?(?: equally| also)?)? (?:to|for|of) (${LIST})${NOT_OCCASION}`, 'g'),
  adjectival: new RegExp(`(?:the|an|a) (${ACT}) ${INV} (?:to|for|of) (${LIST})${NOT_OCCASION}`, 'g'),
  passiveNominal: new RegExp(`${INV} (?:to|for) (${LIST}) (?:was|were|has been|had been|is|will be) (?:also )?(?:extended|sent|issued|made|delivered) by (${ACT})`, 'g'),
  from: new RegExp(`${INV} (?:from|by) (${ACTX}) (?:to|for) (${LIST})${NOT_OCCASION}`, 'g'),
  // "invitations to {A} and {B} still stood": standing invitations, their inviter the story's host
  stillStood: new RegExp(`${INV} (?:to|for) (${LIST}) (?:still |also )?(?:stood|stands|stand|remain|remains|remained|is still open|are still open)\\b`, 'g'),
  // "the invitation to {B} came from {A}"
  cameFrom: new RegExp(`${INV} (?:to|for) (${LIST})${AUX} (?:came|comes|come) from (${ACTX})`, 'g'),
  response: new RegExp(
    `(?<=^| )(${LIST}|he|she|they|it|who|${BACK_SUBJECT})${APPOS}${AUX} (accepted|accepts|accept|accepting|took up|takes up|take up|taking up|taken up|(?:has|have|had|holds|hold|held)(?= (?:an|a) (?:[a-z-]+ ){0,2}invitation\\b)|declined|declines|decline|declining|turned down|turn down|turns down|turning down|rejected|rejects|reject|rejecting|refused|refuses|refuse|snubbed|snubs|considering|considered|consider|weighing|mulling|received|receives|receive|got|gets|get|welcomed|welcomes|thinking about|respond to|responded to|reply to|replied to)(?: with (?:gratitude|pleasure|thanks))?(?: (?:on )?\\{D\\d+\\})?(?: (?:an|the|a|this|that|his|her|their|its|no|any))?(?: (${ACT})(?: 's)?)?(?: ${ADJ}){0,2} ${INV}(?: (?:(?:extended|issued|sent|made|delivered|conveyed)(?: \\{D\\d+\\})? )?(?:from|by|of) (?:the )?(?:he )?(${ACTX}))?`,
    'g',
  ),
  withdrawn: new RegExp(`(?<=^| )(${ACTX})${AUX} (?:withdrew|withdraws|withdrawn|rescinded|rescinds|revoked|revokes|retracted|retracts|cancelled|canceled) (?:(?:its|his|her|their|the|an|a) )?(?:${ADJ} ){0,2}${INV}(?: (?:it|he|she|they) (?:had |has )?(?:extended|sent|issued)(?: (?:in |on |last |this )?\\{D\\d+\\})?)? (?:to|for|of) (${LIST})`, 'g'),
  // "Invitations issued by {A} to the conference have been accepted by {B}, {C} and {D}",
  // "… have also gone to the foreign ministers of {B} and {C}"
  issuedBy: new RegExp(`${INV} (?:(?:issued|extended|sent)(?: out)? )?(?:by|from) (?:the )?(${ACTX})(?: (?:to|for) (?:[^{}",]|\\{[SD]\\d+\\}){1,60}?)?(?: ,)?${AUX} (?:(?:also |already )?(?:gone|went|go|been sent|sent)(?: out)? to|(accepted|declined|turned down|rejected) by) (?:the )?((?:${GROUP})?${LIST})`, 'g'),
  // "will visit {S} and {S} next month at the invitation of their governments": each state
  // visited invites
  theirGovernments: new RegExp(`(?:(?:visit|visits|trip|trips|tour|tours)(?: to)?|visiting|touring|travel (?:on )?to|go on to|proceed to|fly on to) ((?:the )?\\{S\\d+\\}(?: , (?:the )?\\{S\\d+\\})*(?: ,)? and (?:the )?\\{S\\d+\\})(?: (?:[^{}"]|\\{D\\d+\\}){0,60}?)? (?:at|on|upon) the (?:kind |official )?invitations? of (?:their (?:respective )?(?:governments|hosts|leaders|presidents|counterparts)|the (?:respective )?(?:governments|leaders|presidents) of (?:the|both|all|these|those) (?:[a-z]+ )?(?:countries|states|nations)|the host governments)\\b`, 'g'),
  // "{B} will pay a state visit to {S} from May 14 to 16 at the invitation of {A}"
  atInvitationAfter: new RegExp(`(?<=^| )(${LIST}|he|she)(?: , who| , (?:who|whose) [^"]{1,80}? ,)?${COMPANY}${AUX} (?:visit|visited|visiting|pay|pays|paid|paying|make|makes|made|making|travel|travels|traveled|travelled|traveling|travelling|attend|attends|attended|begin|begins|began|beginning|start|starts|started|starting|undertake|undertakes|undertook|conduct|conducts|conducted|hold|holds|arrive|arrives|arrived|arriving|be|is|are|was|were|come|came|coming|go|went|going|fly|flew|flies|flying|leave|leaves|left|leaving|depart|departs|departed|land|lands|landed|head|heads|headed|heading|reach|reached|continue|continues|continued|continuing|set off|sets off|wrapped up|wraps up|wrap up|concluded|concludes|conclude|ended|ends|end|completed|completes|complete|kicked off|kicks off|kick off|met|meets|meeting)\\b(?:(?! , (?:who|which) )[^"]){0,120}? (?:at|on|upon) (?:(?:the (?:kind |personal |official )?invitation of|(?:an|the) (?:${ADJ} )?invitation from) (?:[a-z-]+ ){0,3}?(${LIST})|(${ACT}) 's invitation)`, 'g'),
  // "the visit is at the invitation of {A}": the invitee is the visitor the story is about
  // "the trip by {B} comes at the invitation of {A}", "{B}'s visit, at the invitation of {A}, …"
  atInvitationOrphan: new RegExp(`(?:(?:visit|visits|trip|tour|which|it)(?: by \\{P\\d+\\})?(?: to (?:the )?\\{S\\d+\\})?(?: (?:on |from )?\\{D\\d+\\}(?: (?:and|to) \\{D\\d+\\})?)? (?:follows|followed|comes after|came after|(?:is|was|comes|came) in response to|responds to|answers|answered|grew out of|grows out of|stems from|stemmed from|resulted from|results from|was prompted by) (?:an|the|a) (?:${ADJ} )?invitation (?:(?:extended|issued|made|conveyed) )?(?:from|by|of)|(?:visit|visits|trip|tour|which|it)(?: by \\{P\\d+\\})?(?: to (?:the )?\\{S\\d+\\})?(?: (?:on |from )?\\{D\\d+\\}(?: (?:and|to) \\{D\\d+\\})?)?(?: , (?:[^{}",]|\\{D\\d+\\}){1,40} ,)? (?:is|are|was|were|will be|has been|had been|was made|were made|is being made|was being made|comes|came|come|took place|takes place|is taking place|(?:is|are|was|were) (?:(?:due|scheduled|set|expected) )?to take place(?: \\{D\\d+\\})?|(?<=(?:visit|trip|tour) ),)(?: (?:made|arranged|organi[sz]ed|undertaken|being made))? (?:at|on|upon)(?: the (?:kind |personal |official )?invitation of|(?= \\{[PS]\\d+\\} 's invitation\\b))|(?:the|an|this) (?:${ADJ} )?invitation (?:was|had been|has been|is) (?:made|extended|issued|sent|delivered|conveyed) by) (${LIST})`, 'g'),
  // "{A}, who had invited him …", "{A}, who extended the invitation": A invited the clause's other person
  whoInvited: new RegExp(`(\\{P\\d+\\}) , who (?:had |has |have |also |earlier |first |personally |already |originally )*(?:invited (?:him|her|them)|(?:asked|urged) (?:him|her|them)(?: (?:[^{}",]|\\{D\\d+\\}){1,50}?)? to (?:visit|come|attend|join|travel|be present|be there)\\b|extended (?:the|an|his|her) invitation|issued (?:the|an) invitation)`, 'g'),
  // "At {A}'s invitation, {B} flew …", "Invited by {A}, {B} will …", "Responding to an invitation
  // from {A}, {B} …", "Following an invitation by {A}, {B} arrived …": the fronted phrase names
  // the inviter, the subject after the comma accepted
  frontedInvitation: new RegExp(`(?:^|[,:;"(-] |(?<= )that )(?:(?:at|on|upon|accepting|heeding|answering|responding to|in response to) (${ACTX}) 's (?:${ADJ} )?invitation|invited by (${ACTX})|(?:responding to|in response to|answering|accepting|heeding|following|after) (?:an|the|a) (?:${ADJ} ){0,2}invitation (?:from|of|by) (${ACTX}))(?: [^{}]{0,40}?)? , (${LIST})`, 'g'),
  atInvitation: new RegExp(`(?:^|[,:;"(-] |(?<= )that )(?:at|on|upon) the (?:kind |personal |official )?invitation of (${LIST})(?: [^{}]{0,40}?| , (?:which|who) (?:[^{}",]|\\{[SD]\\d+\\}){1,60})? , (${LIST})`, 'g'),
  // "{A} has not sent out any invitations to foreign leaders …, including {B}": the named members
  sentIncluding: new RegExp(`(?<=^| )(${LIST}|he|she|it)${AUX} (?:sent|sent out|send|send out|sends|extended|extend|issued|issue) (?:any |no |an |the )?(?:${ADJ} ){0,2}${INV} to (?:[^{}"]|\\{[SDP]\\d+\\}){0,120}? (?:including|such as|among them) (${LIST})`, 'g'),
  // "{A} has invited leaders of 30 countries, including {B} and {C}": the named members
  including: new RegExp(`(?<=^| )(${LIST}|he|she|it|who)${AUX} (?:invite|invites|invited|inviting|sent invitations to|has sent invitations to) (?:[^{}"]|\\{[SD]\\d+\\}|\\{P\\d+\\}(?= (?:\\{P\\d+\\} )?(?:said|says|told|added)\\b)){0,140}? (?:including|among them|such as) (${LIST})`, 'g'),
  // "{A} has invited leaders of eight countries", "… had invited top European officials": a
  // group named by its kind, its members listed after a colon or in the next sentences
  // "Seventeen heads of state have accepted invitations, including {A} and {B}", "invited
  // dignitaries including {A} and {B} have arrived", "Among the other invited heads of state,
  // {A} and {B} are expected": named members of a group of guests, invited by the host
  // "{A} called representatives from {B}, {C} and {D} to talks in {S}": called to a meeting,
  // as "summoned" or "convened"
  calledTo: new RegExp(`(?<=^| )(${ACTX}|he|she|it)${AUX} (?:called|calls|call|convened|convenes|convene|summoned|summons) ((?:${GROUP})${LIST}) to (?:a |an |the |urgent |emergency )*(?:[a-z-]+ ){0,2}?(?:talks|consultations|${OCCASION})\\b|(?<=^| )(${ACTX}|he|she|it)${AUX} (?:called|calls|call|summoned|summons)(?: in)? ((?:representatives|envoys|ambassadors|delegates|delegations) (?:from|of) ${LIST})(?= ,| \\.|$| and\\b| for (?:talks|consultations|a meeting)\\b)`, 'g'),
  // "{A} and {B} have confirmed their acceptance": a reply to an invitation the story told
  acceptance: new RegExp(`(?<=^| )(${LIST})(?: , [^{}"]{1,60} ,| , who| , which)?${AUX} (?:confirmed|conveyed|signall?ed|indicated|sent|communicated|announced|given) (?:(?:their|his|her|its) )?acceptance\\b`, 'g'),
  guestsIncluding: new RegExp(`(?:(?:(?:have|has|had) (accepted|declined|turned down) (?:the |their )?invitations?|invited (?:[a-z-]+ ){0,2}?${GROUP_HEAD}|${GROUP_HEAD}(?: (?:of|from)(?: [a-z-]+){1,3}?)? invited (?:to|for))(?: (?:[^{}",]|\\{[SD]\\d+\\}){0,60})?(?: ,)? (?:including|such as|among them)|among the (?:other )?invited (?:[a-z-]+ ){0,2}?${GROUP_HEAD} ,) (${LIST})`, 'g'),
  // "Invitations to {A} and {B} have been accepted": the host's, answered
  invitationsToAnswered: new RegExp(`${INV} to (${LIST})${AUX} (accepted|declined|turned down|rejected)\\b`, 'g'),
  // "…, and {A}, {B} and {C} have accepted", "{A} has declined": the object left out, the
  // invitation the story has just told (or the occasion's host's)
  bareReply: new RegExp(`(?<=^| )(${LIST})(?: ,)?((?: (?:has|have|had|all|both|also|already))+) (accepted|declined)(?= \\.| ,| ;|$)`, 'g'),
  // "{A}, {B} and {C} are among the presidents who have accepted"
  amongReplied: new RegExp(`(?<=^| )(${LIST}) (?:are|were|is|was) (?:also )?among (?:the )?(?:[a-z-]+ ){0,3}(?:who|that) (?:have |had |has )?(?:already )?(accepted|declined|confirmed)\\b`, 'g'),
  // "{C} will convey to {B} an invitation from {A} to pay an official visit": a messenger between
  conveyTo: new RegExp(`(?:convey|conveys|conveyed|deliver|delivers|delivered|hand|hands|handed|pass on|passes on|passed on|present|presents|presented) to (${LIST}) (?:an|a|the) (?:${ADJ} ){0,2}${INV} (?:from|of) (?:the )?(${ACTX})`, 'g'),
  // "{A} extended the invitation during a telephone call": to the visitor the story is about
  extendedThe: new RegExp(`(?<=^| )(${ACT})(?: , who)?(?: ,)?${AUX} (?:extended|issued|made|delivered|conveyed|renewed) (?:the|\\{S\\d+\\} 's) invitation\\b(?! to)`, 'g'),
  // "The invitation came from {A}": the invitation of the visit the story tells
  invitationFrom: new RegExp(`(?<=^| )the invitation (?:came|had come|was|is|comes) from (${ACT})`, 'g'),
  groupPassive: new RegExp(`(?:^|[,;] )((?:[a-z0-9-]+ ){0,3}?${GROUP_HEAD})( (?:from|of) (?:[^{}",]|\\{S\\d+\\}){1,30}?)?${AUX} invited\\b(?: by (?:the )?(${ACTX}))?`, 'g'),
  groupInvited: new RegExp(`(?<=^| )(?:(${LIST}|he|she|it)${APPOS}|(?<=, )and|(?:invitations|invites)(?= (?:have|has|had) (?:been )?(?:sent|gone|issued|extended)))${AUX} (?:invite|invites|invited|inviting|(?:sent|sends|send|extended|extends|extend|issued|issues|issue)(?: out)? (?:invitations|invites) to|(?:sent|gone|issued|extended)(?: out)? to) (?:${LIST} and )?((?:the |some |several |a number of )?(?:[a-z0-9-]+ ){0,3}?${GROUP_HEAD}(?: of (?:the )?(?:[a-z0-9-]+ ){0,5}?(?:countries|states|nations)| from (?:outside |beyond |across )?(?:the )?[a-z0-9-]+(?: [a-z0-9-]+)?)?)(?= to| for| :| ,| -| \\.|$)`, 'g'),
  // "Other confirmed guests include {A}, {B} and {C}": the guests of a host's ceremony came at
  // its invitation
  guestsAre: new RegExp(`(?:^|[,;:] |(?<=^| )(?:the |other |confirmed |foreign |invited )*)(?:[a-z-]+ ){0,2}?(?:guests|attendees|dignitaries)(?: (?:[^{}"]|\\{[SD]\\d+\\}){0,60}?)? (?:include|includes|included|are|were|will be|will include) (${LIST})`, 'g'),
  // "{A} requested the presence of {B} at the ceremony": a formal invitation
  presence: new RegExp(`(?<=^| )(${LIST}|he|she|it)${AUX} (?:requested|requests|request|sought|seeks) the (?:(?:personal|honou?red) )?presence of (${LIST})`, 'g'),
  // "{B} thanked {A} for the invitation": the thanks tell who invited whom
  thanked: new RegExp(`(?<=^| )(${LIST}|he|she)${AUX} (?:thanked|thanks|thank|thanking|expressed (?:his|her|their) (?:gratitude|thanks) to) (${ACT}) for (?:the|his|her|its|their|an|this) (?:${ADJ} ){0,2}${INV}`, 'g'),
  // "he was postponing a state visit to Denmark, planned for September at the invitation of {A}"
  plannedAtInvitation: new RegExp(`(?:visit|trip|tour)(?: to (?:the )?\\{S\\d+\\})? , (?:planned|scheduled|set|arranged|slated|due) for (?:[^{}",]|\\{D\\d+\\}){1,30}? at the (?:[a-z]+ )?invitation of (${LIST})`, 'g'),
  // "conveyed {A}'s greetings to {C}, as well as his invitation for {B} to visit {S}"
  hisInvitationFor: new RegExp(`(?:^| )(?:his|her) (?:[a-z-]+ ){0,2}invitation (?:for|to) (${LIST}) to (?:visit|come|attend|travel)\\b`, 'g'),
  // "talks with {A}, whose repeated invitations he accepted last year": the antecedent invited
  whoseInvitation: new RegExp(`(\\{[PS]\\d+\\}) , whose (?:[a-z-]+ ){0,2}invitations? (he|she|they|\\{P\\d+\\})${AUX} (accepted|declined|turned down|rejected|took up|had accepted|had declined)\\b`, 'g'),
  // "{A}'s decision not to invite {B}", "{A} chose not to invite {B}"
  toInvite: new RegExp(`(\\{[PS]\\d+\\})(?: 's| , who(?: , (?:[^{}",]|\\{S\\d+\\}){1,40} ,)?(?: had| has| have)?)? (decision|refusal|choice|plan|move|failure|chose|decided|refused|declined|agreed|wants|plans|hopes)((?: not)?) to invite ((?:the )?${LIST})`, 'g'),
  // "leaders who have accepted invitations include {A}, {B} and {C}"
  acceptedList: new RegExp(`(?:leaders|guests|heads of state|those|dignitaries) who (?:have|had|has) (?:(accepted|declined|turned down) (?:the |an |their |(\\{[PS]\\d+\\}) 's )?invitations?|(agreed to (?:come|attend)|confirmed (?:their )?(?:attendance|participation))) (?:include|included|are|were) (${LIST})`, 'g'),
  // "… after being invited to the summit", "invited by {A} as a guest"
  participle: new RegExp(`(?:(?:after|since|when|having|upon|on) (?:being |been )?|, being (?:[a-z]+ly )?)invited (?:(?:on |in )?\\{D\\d+\\} )?(?:by (?:the )?(${ACT})(?: to|(?= ,| \\.|$))|to)`, 'g'),
  // "{A}, …, said he will …, and asked {B} to visit {S}": the coordinated verb's subject is
  // the sentence's first person
  coordinated: new RegExp(` and (?:also )?(?:(?:asked|urged|invited) (${LIST}) to (?:visit|come to|attend|travel to)|(?:extended|sent|issued) (?:an|the|a)(?: ${ADJ}){0,2} ${INV} to (${LIST}))`, 'g'),
  // "{A} met {B} on Tuesday and invited him to visit {S}": him is the person named before, not the subject
  pronounObject: new RegExp(`(?<=^| )(${LIST}|he|she)${APPOS}${AUX} (?:[a-z]+ (?:[^{}"]|\\{[SDP]\\d+\\}){0,80}? and (?:later |also |then )?)?(?:(?:invite|invites|invited) (him|her|them)(?: (?:in person|personally|formally|officially|again|too|also|first))?(?: to (?!be\\b)| to be (?:present|there)\\b|(?= ,| \\.| (?:during|at|on|in|over|by|via|through|for|last|earlier|this|when|while|after|before) |$))|(?:asked|urged) (him|her|them)(?: to (?!be\\b)| to be (?:present|there)\\b|(?: (?:[^{}",]|\\{D\\d+\\}){1,50}?)? to (?:visit|come|attend|join|travel|be present|be there)\\b))`, 'g'),
  // "{A} wrote to {B}, inviting him to …", "{A} sent a letter to {B} inviting her to {S}"
  invitingParticiple: new RegExp(`(?<=^| )(${ACT}|he|she)${APPOS}${AUX} (?:sent|sends|wrote|writes|written|called|calls|phoned|telephoned|met|meets|received|receives|hosted|hosts|addressed|spoke with|spoke to|held talks with|welcomed)[^"]{0,80}? (\\{[PS]\\d+\\})(?: , [^{}",]{1,60})?(?: ,)? (?:inviting (?:him|her|them|it) to|(?:(?:on |in |last |this )?\\{D\\d+\\} )?to invite (?:him|her|them)\\b)`, 'g'),
  // "{B} is expected to return the visit and has been invited by {A} to {S}"
  coordinatedPassive: new RegExp(` and((?: ${AUXW}){1,4}) invited(?: (?:to|in) (?:the )?(\\{S\\d+\\}))?(?: by (${ACTX}))?`, 'g'),
  // "the visit followed an invitation from {A}": the invitee is the visitor of the story
  followed: new RegExp(`(?:visit|trip|tour|which|it) (?:followed|follows|came after|comes after|came in response to|was in response to|answers|answered) (?:an|the|a) (?:${ADJ} ){0,2}${INV} (?:from|by) (${ACTX})`, 'g'),
  // "{A} asked {B} to visit {S}", "… asked {B} to join next week's summit": asking someone to
  // come to an occasion (any attendance verb of data/cues.json, any occasion noun) invites them
  // "{B} was asked to attend the parade in {S}", "… had been asked to visit {S}": asked by
  // the host, as the passive "invited"
  askedPassive: new RegExp(`(?<=^| )(${LIST}|he|she|they)(?: , who [^"]{1,60}? ,)?${AUX} (?:asked|urged)(?: by (${ACTX}))? to (?:(?:visit|come to|travel to) (\\{S\\d+\\})|(?:${PRESENT}) (?:a|an|the|this|next|its|his|her|their|\\{D\\d+\\} 's) (?:[a-z0-9-]+ ){0,3}(?:${OCCASION})\\b|${SEND}|(?:come|attend)(?= ,| \\.| but | and |$))`, 'g'),
  asked: new RegExp(`(?<=^| )(${ACTX}|he|she)${APPOS}(?: ,(?= [a-z]))?${AUX} (?:asked|asks|ask|urged|urges|urge|called on|calls on|call on) ((?:${GROUP})?${LIST})(?: , (?:whose|who|which) [^"]{1,80}? ,)?(?: (?:during|in|at|on|over|by) [^{}",]{1,40}?(?: \\{D\\d+\\})?)? to (?:visit|tour|come(?! up| out| forward| clean| together| down)|travel to|be present|join (?:him|her|them|us)|(?:(?:${PRESENT}) )?(?:a|an|the|this|next|its|his|her|their|\\{D\\d+\\} 's) (?:[a-z0-9-]+ ){0,3}(?:${OCCASION})|attend|${SEND}|(?:pay|make) (?:a|an|his|her|their|its) (?:[a-z-]+ ){0,2}(?:visit|trip)|be (?:the |a |an )?(?:(?:chief|special|honou?red) guests?|guests? of honou?r))\\b`, 'g'),
};

/** The reply a sentence reports, if any. */
export function statusCue(template: string): InvitationStatus | null {
  if (/\b(?:withdrew|withdrawn|rescinded|revoked|retracted|disinvited|uninvited)\b/.test(template)) return 'withdrawn';
  const negBefore = (idx: number): boolean => /(?:\bnot|n't|never|no)(?: [a-z]+)?\s*$/.test(template.slice(Math.max(0, idx - 20), idx));
  const decl = /\b(?:(?:declined|declines|decline)(?! to (?:comment|say|elaborate|give|provide|disclose|confirm|specify|name|discuss|answer))|sent (?:his|her|their|its) regrets|turned down|turn down|turns down|rejected|rejects|reject|(?:refused|refuses)(?! to (?!attend|come|go|travel|visit|accept|take part|participate))|snubbed|pulled out|pulls out|stayed away|stays away|(?:will|would) not (?:be )?(?:attend|attending|come|coming|go|going|visit|travel|travelling|traveling|fly|make the trip|make the journey|take part)|won't (?:attend|come|go|visit|travel|be coming)|(?:will|would|is|are|was|were) (?:be )?unable to (?:attend|come|travel|go|take part|participate|be there|be present|make it|make the trip|make the journey|accept))\b/.exec(template);
  // "received no invitation … and would not go": no invitation, so no reply to one
  const uninvited = /\b(?:no invitations?|not (?:been |yet been )?invited|never (?:been )?invited)\b/.test(template);
  if (decl && !uninvited && !negBefore(decl.index) && !/\bwhether\b[^.]*$/.test(template.slice(0, decl.index))) return 'declined';
  const acc = /\b(?:accepted|accepts|confirmed(?= ,| \.|$| (?:(?:(?:their|his|her|its) )?(?:attendance|participation|presence|acceptance)|(?:that )?(?:they|he|she|it) (?:would|will) (?:attend|come|take part)))|took up the (?:offer|invitation)|agreed to (?:visit|attend|come|go|send)|promised to accept|will attend|would attend|will come|would come|(?:has|have) agreed to)\b/.exec(template);
  // ("has not said whether he will attend": no answer yet)
  if (acc && !negBefore(acc.index) && !/\bwhether\b(?: [a-z]+){0,3} $/.test(template.slice(Math.max(0, acc.index - 40), acc.index))) return 'accepted';
  if (
    /\b(?:considering|consider|thinking about|no decision|not (?:yet )?decided|undecided|yet to (?:respond|decide|reply|accept|confirm|answer|give (?:an|a|any|their|his|her|its) (?:answer|reply|response))|positive (?:signal|response|reply|stance|answer)|will decide|mulling|weighing|studying the invitation|yet to receive (?:their |a |any |the )?(?:formal )?(?:replies|reply|responses?|answers?)|(?:has|have|had) not (?:yet )?(?:accepted|responded|replied|answered)|(?:still )?consulting (?:their|his|her|its) (?:governments?|capitals?)|asked for (?:more )?time|no (?:reply|replies|response|answer) (?:has |had |have )?(?:yet )?(?:been |was |were )?(?:received )?from|(?:replies|reply|responses?|answers?) (?:is|are|was|were) (?:still )?(?:awaited|pending|outstanding)|awaiting (?:a |an |the |their |his |her |its )?(?:formal )?(?:reply|replies|response|answer)|(?:neither|none)(?: [a-z]+){0,4} (?:has|have|had) (?:yet )?(?:answered|replied|responded)|(?:has|have|had) (?:not (?:yet )?said|yet to say) whether)\b/.test(
      template,
    )
  )
    return 'pending';
  return null;
}

const RANK: Record<InvitationStatus, number> = { withdrawn: 5, declined: 4, accepted: 3, pending: 2, unknown: 1 };
export const strongerStatus = (a: InvitationStatus, b: InvitationStatus): InvitationStatus => (RANK[b] > RANK[a] ? b : a);

export function findInvitations(doc: Doc): RawInvitation[] {
  const out: RawInvitation[] = [];
  // the last group invited by its kind ("leaders of eight countries"), whose members may
  // answer in the sentences after
  let group: { inviters: ActorRef[]; clause: number; event: EventRecord | null } | null = null;
  doc.clauses.forEach((c, ci) => {
    const t = c.template;
    // a group invited a few sentences back ("leaders of eight countries"): who of it answered
    if (group && ci - group.clause <= 8 && ci > group.clause && / (?:confirm|accept|attend|come|take part|participat)/.test(t)) {
      const r = REPLIED.exec(t) ?? REPLIED_INCLUDE.exec(t);
      if (r) {
        const invitees = fixGov(doc, c, r[1]!).filter((a) => !group!.inviters.some((x) => sameActor(x, a)));
        for (const a of group.inviters) {
          for (const b of invitees) out.push({ inviter: a, invitee: b, negated: false, status: isNegated(r[2]) ? 'declined' : 'accepted', event: group.event, clause: ci });
        }
      }
    }
    // "{A}, {B} and {C} have so far confirmed their attendance" with no invitation told: a reply to
    // the host of the occasion the story is about
    if (!(group && ci - group.clause <= 8) && / confirmed (?:(?:their|his|her|its) )?(?:attendance|participation|presence)\b/.test(t)) {
      const r = REPLIED.exec(t);
      const ev = r && !isNegated(r[2]) ? recentPlacedEvent(doc, ci, ci - 3, (e) => Boolean(e.place)) : null;
      // the occasion's host, else the host of the story's trip or dateline, else the state whose
      // body tells of the replies ("the Kremlin press service said {A} and {B} have confirmed …")
      const teller = r ? /\{[SP]\d+\}(?= (?:[a-z-]+ ){0,3}(?:said|says|announced|told [a-z]+)(?: that)? $)/.exec(t.slice(0, r.index + r[0].indexOf(r[1]!))) : null;
      const host = !r || isNegated(r[2]) ? null : ev?.place ?? recentHost(doc, ci) ?? doc.datelineState ?? (teller ? stateOfActor(actorOf(doc, c, teller[0])) : null);
      if (r && host) {
        for (const b of fixGov(doc, c, r[1]!)) if (stateOfActor(b) !== host) out.push({ inviter: { kind: 'state', code: host }, invitee: b, negated: false, status: 'accepted', event: ev, clause: ci });
      }
    }
    // "{S} will be represented by {P}, and {S2} by {P2}": an invited state answers through whom
    // it sends, who comes at the same invitation
    if (t.includes(' represented ')) {
      for (const m of t.matchAll(REPRESENTED_BY)) {
        const sender = fixGov(doc, c, (m[1] ?? m[3])!)[0];
        const sent = actorOf(doc, c, (m[2] ?? m[4])!);
        if (!sender || sent?.kind !== 'person') continue;
        // the state's invitation, or the absent leader's ("{P} will be represented by {P2}")
        const theirs = out.findLast((o) => ci - o.clause <= 8 && !o.negated && (sender.kind === 'state' ? (o.invitee.kind === 'state' ? o.invitee.code : o.invitee.state) === sender.code : sameActor(o.invitee, sender)));
        // a leader who sends someone in his place does not come himself
        if (theirs && sender.kind === 'person' && theirs.status === 'unknown') theirs.status = 'declined';
        const inviters = theirs ? [theirs.inviter] : group && ci - group.clause <= 8 ? group.inviters : [];
        for (const a of inviters) if (!sameActor(a, sent)) out.push({ inviter: a, invitee: sent, negated: false, status: 'accepted', event: theirs?.event ?? group?.event ?? null, clause: ci });
      }
    }
    // a reply told on its own, by someone the invitation just told did not name: the same
    // inviter's guest ("{A} and {B} have accepted {C}'s invitation … {D} declined")
    const told = out.findLast((o) => o.clause < ci && ci - o.clause <= 3 && !o.negated);
    if (told && doc.clauses[told.clause]!.sentence.index !== c.sentence.index && /declin|accept|confirm|regrets|consider|weigh|mull|turned it down|yet to/.test(t)) {
      for (const part of t.split(/ , (?:while|whereas|but) | ; /)) {
        const r = BARE_REPLY.exec(part);
        const status = r ? statusCue(r[0]) : null;
        if (!r || !status) continue;
        for (const b of fixGov(doc, c, r[1]!)) {
          if (sameActor(b, told.inviter) || out.some((o) => sameActor(o.invitee, b))) continue;
          out.push({ inviter: told.inviter, invitee: b, negated: false, status, event: told.event, clause: ci });
        }
      }
    }
    if (!/invit/.test(t) && !/\bask(?:s|ed)?\b|\burge[sd]?\b|\bcall(?:s|ed)? on\b|\bsummoned to\b| presence of | list\b| attendees | dignitaries |\bwho (?:have|had|has) (?:agreed|confirmed|accepted)|\b(?:have|has|had) (?:all |both |also |already )?(?:accepted|declined)(?= \.| ,| ;|$)| guests?\b|\ba welcome to\b|\bacceptance\b|\b(?:called|calls|call|convened|convenes|convene|summoned|summons) [a-z ]*(?:of|from) \{S/.test(t)) return;
    // the reply cue is read only when the clause holds an invitation (most do not)
    let cueMemo: InvitationStatus | null | undefined;
    const cue = (): InvitationStatus | null => (cueMemo === undefined ? (cueMemo = statusCue(t)) : cueMemo);
    const stateActor = (code: string | null): ActorRef[] => (code ? [{ kind: 'state', code }] : []);
    /** Who a subject phrase stands for, read where it stands in the clause. */
    const subj = (s: string, idx: number): ActorRef[] => {
      if (s === 'who') return fixGov(doc, c, ANTECEDENT.exec(t.slice(0, idx))?.[1] ?? '');
      if (s === 'he' || s === 'she') return [resolvePronoun(doc, ci, idx)].filter((x): x is ActorRef => !!x);
      if (s === 'it') return lastState(doc, c, idx);
      if (/^(?:his|her|the) (?:government|country)$/.test(s)) {
        // "the minister said his government plans to invite …": the minister's state; "{S}'s
        // president said his country would invite …": the state just named; "{P} said on
        // Thursday that the country will invite …": the teller's
        const speaker = resolvePronoun(doc, ci, idx);
        if (speaker?.kind === 'person' && speaker.state) return stateActor(speaker.state);
        return s.endsWith('country') || s.startsWith('the ') ? lastState(doc, c, idx) : [];
      }
      if (s === 'they') {
        // "{S} officials said they would invite …": the officials' state
        const officials = THEY_OFFICIALS.exec(t.slice(0, idx));
        return officials ? fixGov(doc, c, officials[1]!) : [];
      }
      // "Both heads of state have accepted": the pair or list just told
      if (BACK_SUBJECT_RE.test(s)) return membersBefore(doc, ci, idx, s, []);
      if (HOSTS_RE.test(s)) {
        // "the {S} hosts", "{S} officials": that state; "the organisers": the occasion's host
        const named = /\{S\d+\}/.exec(s);
        return named ? fixGov(doc, c, named[0]) : stateActor(recentHost(doc, ci) ?? doc.datelineState);
      }
      return fixGov(doc, c, s);
    };
    const add = (inviters: ActorRef[], invitees: ActorRef[], negated: boolean, status: InvitationStatus, endIdx: number, implicitOk = true): void => {
      const event = eventAfter(doc, ci, endIdx);
      if (!event && invitees.length) {
        const trip = tripAfter(doc, c, endIdx);
        if (trip) doc.invitedTrips.push({ clause: ci, ...trip });
      }
      let inv = inviters;
      // "{A} invited {B} to visit Japan … {B} accepted the invitation": the invitation already
      // told to the same guest, not one from the host of the last occasion named
      const told = !inv.length && implicitOk && !event && invitees.length ? out.findLast((o) => o.clause < ci && ci - o.clause <= 4 && !o.negated && invitees.some((b) => sameActor(o.invitee, b))) : undefined;
      if (told) inv = [told.inviter];
      // "{C}, who received the same invitation", "{C}, who had also been invited": the inviter
      // of the invitation just told, unless an occasion is named ("had also been invited to
      // the forum" is its host's)
      const same = SAME_INVITATION.exec(t.slice(Math.max(0, endIdx - 60), endIdx));
      if (!inv.length && implicitOk && same && (!/\balso\b/.test(same[0]) || (!event && !/^ (?:to|for) (?:the|a|an|this|next|its) /.test(t.slice(endIdx))))) {
        const last = out.findLast((o) => o.clause <= ci && ci - o.clause <= 3 && !o.negated);
        if (last) inv = [last.inviter];
      }
      if (!inv.length && implicitOk) {
        // a datelined story's occasion with no place named is held where the story is filed
        const host = event?.place ?? event?.bloc ?? destinationAfter(doc, c, endIdx) ?? recentHost(doc, ci) ?? doc.datelineState;
        if (host) inv = [{ kind: 'state', code: host }];
        else {
          // "{A} has invited {B} to the summit. {C} and {D} were also on the list": with no host
          // named, the guests of a guest list just told of are the same inviter's
          const last = out.findLast((o) => o.clause < ci && o.clause >= ci - 3);
          if (last) inv = [last.inviter];
        }
      }
      for (const a of inv) {
        for (const b of invitees) {
          if (sameActor(a, b)) continue;
          // an invitation never sent has no reply
          out.push({ inviter: a, invitee: b, negated, status: negated ? 'unknown' : status, event, clause: ci });
        }
      }
    };
    const hypothetical = (idx: number): boolean => HYPOTHETICAL.test(before(t, idx, 2) + ' ') || /\b(?:whether|if)\s*$/.test(t.slice(0, idx));

    const invited = (subject: string, at: number, aux: string | undefined, invitees: string, end: number): void => {
      // "invited {P} and the presidents of {S}, {S} and {S}": the organ's own list goes on
      const more = /(?:of|from) \{S\d+\}$/.test(invitees) ? /^(?: , \{S\d+\})*(?: ,)? and \{S\d+\}/.exec(t.slice(end)) : null;
      if (more) {
        invitees += more[0];
        end += more[0].length;
      }
      const neg = isNegated(aux);
      const inviters = subj(subject, at);
      add(inviters, namedMembers(doc, c, invitees, end, inviters), neg, neg ? 'unknown' : cue() ?? 'unknown', end, false);
    };
    for (const m of (t.includes(' invit') ? wordMatches(t, RE.active) : [])) {
      if (hypothetical(m.index!) || mulled(m[2])) continue;
      invited(m[1]!, m.index!, m[2], m[3]!, m.index! + m[0].length);
    }
    const shared = / and(?: [a-z]+){0,3} invit/.test(t) ? RE.sharedSubject.exec(t) : null;
    if (shared && !mulled(shared[3])) invited(shared[1]!, shared.index + shared[0].indexOf(shared[1]!), shared[3], shared[4]!, shared.index + shared[0].length);
    for (const m of (/ (?:guests|attendees|dignitaries) /.test(t) ? t.matchAll(RE.guestsAre) : [])) {
      // a host's own ceremony, parade or celebration: its guests are invited; a summit's
      // attendees are its members, not its guests
      const ev = eventAfter(doc, ci, m.index + m[0].length) ?? recentPlacedEvent(doc, ci, ci - 3, (e) => Boolean(e.place));
      if (!ev?.place || !/^(?:ceremony|parade|celebration)$/.test(ev.kind) || /\binvit/.test(m[0])) continue;
      add([{ kind: 'state', code: ev.place }], fixGov(doc, c, m[1]!), false, 'accepted', m.index + m[0].length, false);
    }
    for (const m of (t.includes(' presence of ') ? wordMatches(t, RE.presence) : [])) {
      if (hypothetical(m.index!)) continue;
      add(subj(m[1]!, m.index!), fixGov(doc, c, m[3]!), isNegated(m[2]), cue() ?? 'unknown', m.index! + m[0].length, false);
    }
    for (const m of (/thank|gratitude/.test(t) ? wordMatches(t, RE.thanked) : [])) {
      add(fixGov(doc, c, m[3]!), subj(m[1]!, m.index!), false, cue() ?? 'unknown', m.index! + m[0].length, false);
    }
    for (const m of (/invit/.test(t) ? wordMatches(t, RE.groupInvited) : [])) {
      if (hypothetical(m.index!) || isNegated(m[2]) || mulled(m[2])) continue;
      const end = m.index! + m[0].length;
      // "{P} will be sworn in …, and has invited several leaders": the clause's subject;
      // "Invitations have gone out to several leaders": the occasion's host
      const lead = m[1] === undefined && m[0].startsWith('and ') ? LEAD_SUBJECT.exec(t) : null;
      const host = m[1] === undefined && !lead ? (eventAfter(doc, ci, end)?.place ?? recentHost(doc, ci) ?? doc.datelineState) : null;
      const inviters = m[1] !== undefined ? subj(m[1], m.index!) : lead ? fixGov(doc, c, lead[1]!) : stateActor(host);
      if (inviters.length) group = { inviters, clause: ci, event: eventAfter(doc, ci, end) };
      // "had invited top European officials to Kyiv on May 9": where those who go or stay away go
      const trip = group?.event ? null : tripAfter(doc, c, end);
      if (trip) doc.invitedTrips.push({ clause: ci, ...trip });
      // the members: after a colon in this sentence, else listed in one of the next two
      const colon = COLON_LIST.exec(t.slice(end));
      if (colon) {
        add(inviters, fixGov(doc, c, colon[1]!), false, cue() ?? 'unknown', end, false);
        continue;
      }
      // further on, only a sentence that names the group again by its kind ("The other seven
      // countries are …" after "leaders of seven other countries")
      const later = membersLater(doc, ci, /([a-z]+)$/.exec(m[3]!)![1]!);
      if (later) add(inviters, later.members, false, later.coming ? 'accepted' : cue() ?? 'unknown', end, false);
      // "Brasilia has invited the presidents of the three states": the states listed before
      else add(inviters, membersBefore(doc, ci, m.index!, m[3]!, inviters), false, cue() ?? 'unknown', end, false);
    }
    for (const m of (/ (?:convey|deliver|hand|pass|present)/.test(t) ? t.matchAll(RE.conveyTo) : [])) {
      add(fixGov(doc, c, m[2]!), fixGov(doc, c, m[1]!), false, cue() ?? 'unknown', m.index + m[0].length, false);
    }
    for (const m of (/ (?:accepted|declined)/.test(t) ? [...wordMatches(t, RE.bareReply), ...wordMatches(t, RE.amongReplied)] : [])) {
      const verb = m[3] ?? m[2]!;
      const invitees = fixGov(doc, c, m[1]!);
      // only where an invitation or an occasion is in view: this sentence or the two before
      const inView = /invit|guest/.test(t) || [1, 2].some((k) => /invit/.test(doc.clauses[ci - k]?.template ?? '')) || !!eventAfter(doc, ci, m.index! + m[0].length) || recentPlacedEvent(doc, ci, ci - 2, () => true) !== null;
      if (!inView || !invitees.length) continue;
      const last = out.findLast((o) => o.clause <= ci && o.clause >= ci - 2 && !o.negated && !invitees.some((b) => sameActor(b, o.inviter)));
      const status: InvitationStatus = verb === 'declined' ? 'declined' : 'accepted';
      add(last ? [last.inviter] : [], invitees, false, status, m.index! + m[0].length);
    }
    for (const m of (/invitations? to /.test(t) ? t.matchAll(RE.invitationsToAnswered) : [])) {
      add([], fixGov(doc, c, m[1]!), false, /^accept/.test(m[3]!) ? 'accepted' : 'declined', m.index + m[0].length);
    }
    for (const m of (t.includes(' invitation') ? [...wordMatches(t, RE.extendedThe), ...wordMatches(t, RE.invitationFrom)] : [])) {
      const inviter = actorOf(doc, c, m[1]!);
      const visitor = inviter ? recentVisitor(doc, ci, [inviter]) : null;
      if (inviter && visitor && !sameActor(inviter, visitor)) add([inviter], [visitor], false, 'accepted', m.index! + m[0].length, false);
      else if (inviter) doc.openInviters.push({ inviter, clause: ci });
    }
    for (const m of (/ (?:call|convene|summon)/.test(t) ? wordMatches(t, RE.calledTo) : [])) {
      if (!hypothetical(m.index!)) add(subj((m[1] ?? m[4])!, m.index!), fixGov(doc, c, (m[3] ?? m[6])!), isNegated(m[2] ?? m[5]), cue() ?? 'unknown', m.index! + m[0].length, false);
    }
    for (const m of (t.includes(' acceptance') ? wordMatches(t, RE.acceptance) : [])) {
      if (!isNegated(m[2])) add([], fixGov(doc, c, m[1]!), false, 'accepted', m.index! + m[0].length);
    }
    const include = t.includes(' acceptance') ? REPLIED_INCLUDE.exec(t) : null;
    if (include) add([], fixGov(doc, c, include[1]!), false, 'accepted', include.index + include[0].length);
    for (const m of (/invit/.test(t) ? t.matchAll(RE.guestsIncluding) : [])) {
      const status: InvitationStatus = m[1] ? (/^accept/.test(m[1]) ? 'accepted' : 'declined') : cue() ?? 'unknown';
      add([], fixGov(doc, c, m[2]!), false, status, m.index + m[0].length);
    }
    // "Six foreign heads of state have been invited to the coronation. They are …": the same,
    // the host inviting
    for (const m of (/ invited/.test(t) ? t.matchAll(RE.groupPassive) : [])) {
      if (hypothetical(m.index) || isNegated(m[3])) continue;
      const end = m.index + m[0].length;
      const ev = eventAfter(doc, ci, end);
      const host = ev?.place ?? ev?.bloc ?? destinationAfter(doc, c, end) ?? doc.datelineState;
      // "Leaders from the region have been invited by {A}": A's
      const by = m[4] ? fixGov(doc, c, m[4]) : [];
      if (!host && !by.length) continue;
      const inviters = by.length ? by : stateActor(host);
      group = { inviters, clause: ci, event: ev };
      const colon = COLON_LIST.exec(t.slice(end));
      const later = colon ? null : membersLater(doc, ci, /([a-z]+)$/.exec(m[1]!)![1]!);
      const members = colon ? fixGov(doc, c, colon[1]!) : (later?.members ?? membersBefore(doc, ci, m.index, `${m[1]!}${m[2] ?? ''}`, inviters));
      add(inviters, members, false, later?.coming ? 'accepted' : cue() ?? 'unknown', end, false);
    }
    for (const m of (/ invite| acceptance| accepted/.test(t) ? wordMatches(t, RE.among) : [])) {
      if (hypothetical(m.index!)) continue;
      // "… are among the leaders {A} will invite": A's; "among the leaders who have confirmed
      // their acceptance": answered
      const answered = /(?:acceptance|accepted[a-z ]*)$/.test(m[0]);
      // "{S} is among just three countries that will not receive an invite": left out
      add(m[4] ? fixGov(doc, c, m[4]) : [], subj(m[1]!, m.index!), isNegated(m[2]) || isNegated(m[3]) || isNegated(m[5]), answered ? 'accepted' : cue() ?? 'unknown', m.index! + m[0].length);
    }
    for (const m of (t.includes(' invited') || t.includes(' summoned to ') ? wordMatches(t, RE.passive) : [])) {
      if (!/\b(?:was|were|been|be|is|are|being)\b/.test(m[2] ?? '') || hypothetical(m.index!)) continue;
      // "Neither {A} nor {B} has been invited", "None of the ministers -- {A}, {B} -- was invited"
      const neg = isNegated(m[2]) || /\b(?:neither|none of (?:the |its |their )?(?:[a-z-]+ ){0,4}?[a-z-]+(?: - -| -| :| ,)?) $/.test(t.slice(0, m.index!));
      let by = m[4] ? [actorOf(doc, c, m[4])].filter((x): x is ActorRef => !!x) : [];
      // "invited to Lima": the state named is the host
      const place = m[3] ? placeIn(c, m[3]) : null;
      if (!by.length && place) by = [{ kind: 'state', code: place }];
      // "The US has invited Taiwan …, while China and Russia were not invited": the inviter of
      // the sentence's active invitation invites, or leaves out, the others too
      if (!by.length) {
        const active = wordMatches(t.slice(0, m.index!), RE.active)[0];
        if (active) by = subj(active[1]!, active.index!);
      }
      add(by, subj(m[1]!, m.index!), neg, cue() ?? 'unknown', m.index! + m[0].length);
      // "{A} was invited to the talks, but {B} and {C} were not": the others left out, by the same host
      const left = neg ? null : ELLIPTIC_NOT.exec(t.slice(m.index! + m[0].length));
      if (left) add(by, fixGov(doc, c, left[1]!), true, 'unknown', m.index! + m[0].length);
    }
    for (const m of (/despite|after|following|accepting|upon|on|under|response|having/.test(t) && t.includes(' invit') ? t.matchAll(RE.despite) : [])) {
      // the invitees: the list the sentence opens with ("Leaders from {S}, {S} and {S} will attend
      // after receiving invitations from {A}"), else its first person
      const lead = LEAD_SUBJECT.exec(t);
      const first = /\{P\d+\}/.exec(t);
      const invitees = lead && lead.index + lead[0].length <= m.index && /(?: and | or )/.test(lead[1]!) ? fixGov(doc, c, lead[1]!) : first && first.index < m.index ? [actorOf(doc, c, first[0])].filter((x): x is ActorRef => !!x) : [];
      add(fixGov(doc, c, m[1]!), invitees, false, cue() ?? 'unknown', m.index + m[0].length, false);
    }
    // "{A}'s guest list includes …": the list is A's
    for (const m of (/invit|guest list/.test(t) ? t.matchAll(RE.guestList) : [])) add(m[1] ? fixGov(doc, c, m[1]) : [], fixGov(doc, c, m[2]!), false, cue() ?? 'unknown', m.index + m[0].length);
    for (const m of (t.includes('invited ') ? t.matchAll(RE.invitedAre) : [])) add([], fixGov(doc, c, m[1]!), false, cue() ?? 'unknown', m.index + m[0].length);
    for (const m of (/having|after|(?:^|, | )(?:accepting|taking up|turning down|declining|rejecting|refusing) /.test(t) ? t.matchAll(RE.havingAccepted) : [])) {
      // the clause's subject: before the phrase, or right after it when the phrase opens the
      // sentence ("Having accepted an invitation from {A}, {B} will be guest of honour …")
      const lead = LEAD_SUBJECT.exec(t);
      const fronted = m.index === 0 ? AFTER_FRONTED.exec(t.slice(m[0].length)) : null;
      const invitees = lead && lead.index + lead[0].length <= m.index ? lead[1]! : fronted?.[1];
      if (!invitees) continue;
      const inviterPh = m[3] ?? m[4];
      add(inviterPh ? fixGov(doc, c, inviterPh) : [], fixGov(doc, c, invitees), false, /^(?:accept|taking)/.test((m[1] ?? m[2])!) ? 'accepted' : 'declined', m.index + m[0].length);
    }
    for (const m of (t.includes(' invited by ') ? wordMatches(t, RE.invitedBySetOff) : [])) {
      add(fixGov(doc, c, m[2]!), fixGov(doc, c, m[1]!), false, cue() ?? 'unknown', m.index! + m[0].length, false);
    }
    for (const m of (/ list\b/.test(t) ? wordMatches(t, RE.onGuestList) : [])) {
      if (hypothetical(m.index!)) continue;
      // "left off the guest list": not invited
      const off = / off the /.test(m[0]);
      add([], subj(m[1]!, m.index!), off || isNegated(m[2]), cue() ?? 'unknown', m.index! + m[0].length);
    }
    for (const m of (/ guests?\b/.test(t) ? wordMatches(t, RE.chiefGuest) : [])) {
      // "travel on to France as the guest of {A}": the place gone to is no guest
      if (hypothetical(m.index!) || /^(?:to|in|into|at|from|for)$/.test(before(t, m.index!, 1))) continue;
      const host = m[3] ?? m[4];
      add(host ? fixGov(doc, c, host) : [], subj(m[1]!, m.index!), isNegated(m[2]), cue() ?? 'accepted', m.index! + m[0].length);
    }
    for (const m of (/ guests?\b/.test(t) ? wordMatches(t, RE.guestOf) : [])) {
      if (hypothetical(m.index!)) continue;
      add(fixGov(doc, c, (m[3] ?? m[4])!), subj(m[1]!, m.index!), isNegated(m[2]), 'accepted', m.index! + m[0].length, false);
    }
    for (const m of (/ , wh?om? /.test(t) ? t.matchAll(RE.whomInvited) : [])) {
      const invitee = actorOf(doc, c, m[1]!);
      if (!invitee) continue;
      // "whom he had invited": he is the person before the antecedent, not the antecedent
      const inviters = /^(?:he|she)$/.test(m[2]!) ? [objectPronoun(doc, ci, m.index, [invitee])].filter((x): x is ActorRef => !!x) : fixGov(doc, c, m[2]!);
      add(inviters, [invitee], isNegated(m[3]), cue() ?? 'unknown', m.index + m[0].length, false);
    }
    for (const m of (t.includes(' by ') ? t.matchAll(RE.extendedToBy) : [])) add(fixGov(doc, c, m[2]!), fixGov(doc, c, m[1]!), false, cue() ?? 'unknown', m.index + m[0].length, false);
    for (const m of (t.includes(' by ') ? t.matchAll(RE.acceptedBy) : [])) {
      const status: InvitationStatus = isNegated(m[3]) ? 'pending' : /^accept/.test(m[4]!) ? 'accepted' : 'declined';
      add(fixGov(doc, c, (m[1] ?? m[2])!), fixGov(doc, c, m[5]!), false, status, m.index + m[0].length, false);
    }
    for (const m of (t.includes('with ') ? t.matchAll(RE.withInvited) : [])) add([], fixGov(doc, c, m[1]!), /\bnot\b/.test(m[0]), cue() ?? 'unknown', m.index + m[0].length);
    for (const m of (/ (?:sent|extended|issued|gone|went|go|delivered|handed)\b/.test(t) && / to /.test(t) ? wordMatches(t, RE.sent) : [])) {
      const neg = !!m[1] || isNegated(m[0]);
      add([], fixGov(doc, c, m[2]!), neg, cue() ?? 'unknown', m.index! + m[0].length);
    }
    for (const m of (/invit\w* (?:(?:issued|extended|sent)(?: out)? )?(?:by|from) /.test(t) ? wordMatches(t, RE.issuedBy) : [])) {
      const status: InvitationStatus = m[3] ? (/^accept/.test(m[3]) ? 'accepted' : 'declined') : cue() ?? 'unknown';
      add(fixGov(doc, c, m[1]!), fixGov(doc, c, m[4]!), isNegated(m[2]), status, m.index! + m[0].length, false);
    }
    for (const m of (/ (?:extend|send|sent|issue|gave|give|renew|deliver|hand|convey|pass|present)/.test(t) ? wordMatches(t, RE.extended) : [])) {
      let inviters = subj(m[1]!, m.index!);
      // an envoy who delivers or hands over an invitation carries it for the state
      if (m[4]) inviters = inviters.map((a) => (a.kind === 'person' && a.state ? { kind: 'state', code: a.state } : a));
      add(inviters, fixGov(doc, c, m[5]!), isNegated(m[3]), cue() ?? 'unknown', m.index! + m[0].length, false);
    }
    // "{A} telephoned {B} last week to invite him": the one called is invited, and no "{B} to
    // invite him" is read after it
    const calledSpans: [number, number][] = [];
    for (const m of (/ inviting | to invite / .test(t) ? wordMatches(t, RE.invitingParticiple) : [])) {
      const invitee = actorOf(doc, c, m[3]!);
      calledSpans.push([m.index!, m.index! + m[0].length]);
      if (invitee) add(subj(m[1]!, m.index!), [invitee], isNegated(m[2]), cue() ?? 'unknown', m.index! + m[0].length, false);
    }
    for (const m of (/ (?:him|her|them)\b/.test(t) ? wordMatches(t, RE.pronounObject) : [])) {
      if (hypothetical(m.index!) || calledSpans.some(([a, b]) => m.index! > a && m.index! < b)) continue;
      const inviters = subj(m[1]!, m.index!);
      const end = m.index! + m[0].length;
      // "them": the people or states just listed
      const invitees = (m[3] ?? m[4]) === 'them' ? membersBefore(doc, ci, m.index!, 'them', inviters) : [objectPronoun(doc, ci, end, inviters)].filter((x): x is ActorRef => !!x);
      add(inviters, invitees, isNegated(m[2]), cue() ?? 'unknown', end, false);
    }

    for (const m of (/ (?:extend|send|sent|gave|give|hand|present|passed)/.test(t) ? wordMatches(t, RE.extendedTo) : [])) {
      add(subj(m[1]!, m.index!), fixGov(doc, c, m[3]!), isNegated(m[2]), cue() ?? 'unknown', m.index! + m[0].length, false);
    }
    for (const m of (t.includes(" 's ") ? wordMatches(t, RE.possessive) : [])) add(fixGov(doc, c, m[1]!), guestsOf(doc, c, m[2]!), false, cue() ?? 'unknown', m.index! + m[0].length, false);
    for (const m of (/ (?:to|for|of) /.test(t) ? wordMatches(t, RE.adjectival) : [])) add(fixGov(doc, c, m[1]!), guestsOf(doc, c, m[2]!), false, cue() ?? 'unknown', m.index! + m[0].length, false);
    for (const m of (t.includes(' by ') ? wordMatches(t, RE.passiveNominal) : [])) add(fixGov(doc, c, m[2]!), fixGov(doc, c, m[1]!), false, cue() ?? 'unknown', m.index! + m[0].length, false);
    for (const m of (/ (?:from|by) /.test(t) ? wordMatches(t, RE.from) : [])) add(fixGov(doc, c, m[1]!), guestsOf(doc, c, m[2]!), false, cue() ?? 'unknown', m.index! + m[0].length, false);
    for (const m of (/ (?:stood|stand|remain|still open)/.test(t) ? wordMatches(t, RE.stillStood) : [])) add([], fixGov(doc, c, m[1]!), false, cue() ?? 'unknown', m.index! + m[0].length);
    for (const m of (/ c[oa]me from /.test(t) ? wordMatches(t, RE.cameFrom) : [])) add(fixGov(doc, c, m[3]!), fixGov(doc, c, m[1]!), false, cue() ?? 'unknown', m.index! + m[0].length, false);
    for (const m of (/accept|declin|turn|reject|refus|snub|consider|weigh|mull|receiv|\bgo?t|welcom|thinking|respon|repl|took up|take up|takes up|taking up|taken up|\bha[sd]|\bhave|\bhold/.test(t) ? wordMatches(t, RE.response) : [])) {
      const verb = m[3]!;
      if (hypothetical(m.index!)) {
        // "whether he would accept {A}'s invitation": the invitation is told, its answer is not
        const from = m[4] ?? m[5];
        if (from && /^(?:accept|take up)$/.test(verb)) add(fixGov(doc, c, from), subj(m[1]!, m.index!), false, 'pending', m.index! + m[0].length, false);
        continue;
      }
      // "had received no invitation": the determiner denies it
      const neg = isNegated(m[2]) || new RegExp(`^(?:${verb}) no `).test(m[0].slice(m[0].indexOf(verb)));
      let status: InvitationStatus = 'unknown';
      if (/^(?:respon|repl)/.test(verb)) status = /\byet\b/.test(m[2] ?? '') || neg ? 'pending' : 'unknown';
      // "chose not to take up", "would not accept": a decision, not a wait ("has not accepted")
      else if (/^(?:accept|took up|takes up|take up|taking up|taken up)/.test(verb)) status = neg ? (/\b(?:chose|opted|decided|will|would|wo|can|could|cannot)\b/.test(m[2] ?? '') ? 'declined' : 'pending') : /^accept$/.test(verb) && /\b(?:will|would|to)\b/.test(m[2] ?? '') ? 'pending' : 'accepted';
      else if (/^(?:declin|turn|reject|refus|snub)/.test(verb)) status = neg ? 'unknown' : 'declined';
      else if (/^(?:consider|weighing|mulling|thinking)/.test(verb)) status = 'pending';
      else if (/^withdr/.test(verb)) status = 'withdrawn';
      if (status === 'unknown') status = cue() ?? status;
      // "had not received an invitation": no invitation was sent
      const notReceived = neg && /^(?:receiv|got|get|ha[sd]|have|hold)/.test(verb);
      if (notReceived) {
        const inviterPh0 = m[4] ?? m[5];
        add(inviterPh0 ? fixGov(doc, c, inviterPh0) : [], subj(m[1]!, m.index!), true, 'unknown', m.index! + m[0].length);
        continue;
      }
      const inviterPh = m[4] ?? m[5];
      let inviters = inviterPh ? fixGov(doc, c, inviterPh) : [];
      // "… and {B} has accepted his invitation": his = the person named before B
      if (!inviters.length && / (?:his|her) (?:[a-z-]+ ){0,2}invitation/.test(m[0])) {
        const before = [...t.slice(0, m.index!).matchAll(/\{P\d+\}/g)].map((p) => actorOf(doc, c, p[0]));
        const prev = before.reverse().find((a): a is ActorRef => !!a);
        if (prev) inviters = [prev];
      }
      // "{B} accepted an invitation to visit Kuwait": from the state to be visited
      // "received invitations to visit Brazil and Mexico": one from each
      if (!inviters.length) {
        const to = /^ to (?:visit|travel to|come to|go to) ((?:the )?\{S\d+\}(?: , (?:the )?\{S\d+\}){0,6}(?: ,)?(?: and (?:the )?\{S\d+\})?)/.exec(t.slice(m.index! + m[0].length));
        for (const ph of to ? to[1]!.match(/\{S\d+\}/g) ?? [] : []) {
          const place = c.mentions[Number(ph.slice(2, -1))];
          if (place?.kind === 'S' && (place.state.kind === 'name' || place.state.kind === 'metonym' || place.state.kind === 'city')) {
            if (!inviters.some((a) => a.kind === 'state' && a.code === place.state.code)) inviters.push({ kind: 'state', code: place.state.code });
          }
        }
      }
      add(inviters, subj(m[1]!, m.index!), false, status, m.index! + m[0].length);
    }
    for (const m of (/invitations? of (?:their|the (?:respective |host )?governments)/.test(t) ? t.matchAll(RE.theirGovernments) : [])) {
      const first = /\{P\d+\}/.exec(t);
      const pronoun = /^(?:he|she) /.exec(t);
      const guest = first && first.index < m.index ? actorOf(doc, c, first[0]) : pronoun ? resolvePronoun(doc, ci, 0) : null;
      const hosts = (m[1]!.match(/\{S\d+\}/g) ?? []).flatMap((ph) => fixGov(doc, c, ph));
      if (guest) add(hosts, [guest], false, 'accepted', m.index + m[0].length, false);
    }
    for (const m of (/withdr|rescind|revok|retract|cancel/.test(t) ? wordMatches(t, RE.withdrawn) : [])) add(fixGov(doc, c, m[1]!), fixGov(doc, c, m[3]!), false, 'withdrawn', m.index! + m[0].length, false);
    for (const m of (t.includes(' invitation') ? wordMatches(t, RE.atInvitationAfter) : [])) {
      // "'s visit to {S} … came at the invitation of": a place, no subject
      if (/^(?:to|in|at|from|for|of)$/.test(before(t, m.index!, 1))) continue;
      add(fixGov(doc, c, (m[3] ?? m[4])!), subj(m[1]!, m.index!), false, 'accepted', m.index! + m[0].length, false);
    }
    for (const m of (/(?:at|on|upon) the (?:[a-z]+ )?invitation of|(?:at|on|upon) \{[PS]\d+\} 's invitation|invitation (?:was|had been|has been|is|from|by|of|extended by|issued by|made by|conveyed by) / .test(t) ? t.matchAll(RE.atInvitationOrphan) : [])) {
      const inviters = fixGov(doc, c, m[1]!);
      // "his visit … at the invitation of {A}": his is the one the story follows
      const near = t.slice(Math.max(0, m.index - 40), m.index + 20);
      const owner = /(\{P\d+\}) 's (?:[a-z-]+ ){0,3}(?:visit|trip|tour)|(?:visit|trip|tour) by (\{P\d+\})/.exec(near);
      const his = owner ? actorOf(doc, c, (owner[1] ?? owner[2])!) : /(?:^| )(?:his|her) (?:[a-z-]+ ){0,3}(?:visit|trip|tour)/.test(near) ? resolvePronoun(doc, ci, m.index) : null;
      // the longer forms ("… on Wednesday has been arranged at the invitation of") only with an
      // owner named: "his visit"
      // (a date set off by commas, "the visit, beginning on March 21, was made at …", is no long form)
      const longForm = /\{D\d+\}|arranged|organi[sz]ed|undertaken|had been/.test(m[0].slice(0, m[0].search(/ at (?:the|\{[PS])/)).replace(/ , [^,]* ,/, ''));
      // the visit's owner named: the invitee, unless the inviter read as the same person
      if (his && inviters.some((a) => sameActor(a, his))) continue;
      const visitor = his ?? (longForm ? null : recentVisitor(doc, ci, inviters));
      if (visitor) add(inviters, [visitor], false, 'accepted', m.index + m[0].length, false);
    }
    for (const m of (t.includes(', who') ? t.matchAll(RE.whoInvited) : [])) {
      const inviter = actorOf(doc, c, m[1]!);
      const other = [...t.matchAll(/\{P\d+\}/g)].map((p) => actorOf(doc, c, p[0])).find((a) => a && inviter && !sameActor(a, inviter));
      if (inviter && other) add([inviter], [other], false, cue() ?? 'accepted', m.index + m[0].length, false);
    }
    for (const m of (t.includes(' includ') || t.includes(' among them') || t.includes(' such as') ? wordMatches(t, RE.including) : [])) {
      if (hypothetical(m.index!)) continue;
      add(subj(m[1]!, m.index!), fixGov(doc, c, m[3]!), isNegated(m[2]), cue() ?? 'unknown', m.index! + m[0].length, false);
    }
    for (const m of (t.includes(' includ') || t.includes(' such as') || t.includes(' among them') ? wordMatches(t, RE.sentIncluding) : [])) {
      const neg = isNegated(m[2]) || / no (?:[a-z-]+ ){0,2}invitations? to /.test(m[0]);
      add(subj(m[1]!, m.index!), fixGov(doc, c, m[3]!), neg, cue() ?? 'unknown', m.index! + m[0].length, false);
    }
    for (const m of (t.includes(' invitation of ') ? t.matchAll(RE.plannedAtInvitation) : [])) {
      // the trip's owner: the clause's first person, or the one "he" stands for
      const first = /\{P\d+\}|\b(?:he|she)\b/.exec(t.slice(0, m.index));
      const owner = !first ? null : first[0].startsWith('{') ? actorOf(doc, c, first[0]) : resolvePronoun(doc, ci, first.index);
      if (owner) add(fixGov(doc, c, m[1]!), [owner], false, 'accepted', m.index + m[0].length, false);
    }
    for (const m of (/(?:his|her) (?:[a-z-]+ ){0,2}invitation (?:for|to) /.test(t) ? t.matchAll(RE.hisInvitationFor) : [])) {
      const invitees = fixGov(doc, c, m[1]!);
      // his: the one whose words the clause carries ("{A}'s greetings"), else the one "he" stands for
      const owner = /(\{P\d+\}) 's /.exec(t.slice(0, m.index));
      const inviter = owner ? actorOf(doc, c, owner[1]!) : resolvePronoun(doc, ci, m.index);
      if (inviter && !invitees.some((b) => sameActor(b, inviter))) add([inviter], invitees, false, cue() ?? 'unknown', m.index + m[0].length, false);
    }
    for (const m of (t.includes(' whose ') ? t.matchAll(RE.whoseInvitation) : [])) {
      const inviter = actorOf(doc, c, m[1]!);
      const invitee = /^\{/.test(m[2]!) ? actorOf(doc, c, m[2]!) : resolvePronoun(doc, ci, m.index);
      if (inviter && invitee) add([inviter], [invitee], isNegated(m[3]), /accept|took up/.test(m[4]!) ? 'accepted' : 'declined', m.index + m[0].length, false);
    }
    for (const m of (t.includes('to invite') ? t.matchAll(RE.toInvite) : [])) {
      const a = actorOf(doc, c, m[1]!);
      // "refused to invite {B}", "{A}'s failure to invite {B}": no invitation, as "decided not to"
      const refusal = /^(?:refusal|failure|refused|declined)$/.test(m[2]!);
      if (a) add([a], fixGov(doc, c, m[4]!), refusal !== !!m[3], 'unknown', m.index + m[0].length, false);
    }
    for (const m of (t.includes(' who ') ? t.matchAll(RE.acceptedList) : [])) {
      add(m[2] ? fixGov(doc, c, m[2]) : [], fixGov(doc, c, m[4]!), false, m[3] || /^accept/.test(m[1]!) ? 'accepted' : 'declined', m.index + m[0].length);
    }
    for (const m of (t.includes(' invited') ? wordMatches(t, RE.coordinatedPassive) : [])) {
      const first = /\{P\d+\}/.exec(t);
      const who = first && first.index < m.index! ? actorOf(doc, c, first[0]) : null;
      if (!who) continue;
      let by = m[3] ? fixGov(doc, c, m[3]) : [];
      const place = m[2] ? actorOf(doc, c, m[2]) : null;
      if (!by.length && place) by = [place];
      add(by, [who], isNegated(m[1]), cue() ?? 'unknown', m.index! + m[0].length);
    }
    for (const m of (/ (?:follow|came|comes|was in|answer)/.test(t) ? t.matchAll(RE.followed) : [])) {
      const inviters = fixGov(doc, c, m[1]!);
      const visitor = recentVisitor(doc, ci, inviters);
      if (visitor) add(inviters, [visitor], false, 'accepted', m.index + m[0].length, false);
    }
    for (const m of (t.includes(' invited ') ? t.matchAll(RE.participle) : [])) {
      // the clause's person, else a state that opens it ("{S} will take part … after being
      // invited by {A}")
      const person = /\{P\d+\}/.exec(t);
      const first = person && person.index < m.index ? person : /^(?:the )?(\{S\d+\})/.exec(t);
      const who = first && first.index < m.index ? actorOf(doc, c, first[1] ?? first[0]) : null;
      if (!who) continue;
      const by = m[1] ? [actorOf(doc, c, m[1])].filter((x): x is ActorRef => !!x) : [];
      // the end before "to", so that "invited to {S}" names the host
      add(by, [who], false, cue() ?? (m[0].endsWith(' to') ? 'unknown' : 'accepted'), m.index + m[0].length - (m[0].endsWith(' to') ? ' to'.length : 0));
    }
    for (const m of (/invitation|invited by/.test(t) ? t.matchAll(RE.frontedInvitation) : [])) {
      add(fixGov(doc, c, (m[1] ?? m[2] ?? m[3])!), fixGov(doc, c, m[4]!), false, m[2] ? cue() ?? 'unknown' : 'accepted', m.index + m[0].length, false);
    }
    for (const m of (/(?:at|on|upon) the (?:[a-z]+ )?invitation of/.test(t) ? wordMatches(t, RE.atInvitation) : [])) add(fixGov(doc, c, m[1]!), fixGov(doc, c, m[2]!), false, 'accepted', m.index! + m[0].length, false);
    for (const m of (t.includes(' and ') ? wordMatches(t, RE.coordinated) : [])) {
      const first = /\{P\d+\}/.exec(t);
      if (!first || first.index > m.index!) continue;
      const a = actorOf(doc, c, first[0]);
      if (a) add([a], fixGov(doc, c, (m[1] ?? m[2])!), false, cue() ?? 'unknown', m.index! + m[0].length - (m[1] ? ' visit'.length : 0), false);
    }
    for (const m of (/ (?:asked|urged) (?:to|by) /.test(t) ? wordMatches(t, RE.askedPassive) : [])) {
      if (!/\b(?:was|were|been|be|is|are|being)\b/.test(m[2] ?? '') || hypothetical(m.index!) || mulled(m[2])) continue;
      const place = m[4] ? placeIn(c, m[4]) : null;
      // "{B} has been asked by {A} to attend": the asker invites; else the place asked to
      const host = m[3] ? fixGov(doc, c, m[3]) : place ? [{ kind: 'state' as const, code: place }] : [];
      add(host, subj(m[1]!, m.index!), isNegated(m[2]), cue() ?? 'unknown', m.index! + m[0].length);
    }
    for (const m of (/ (?:ask|asked|asks|urge|urged|urges|calls? on|called on) /.test(t) ? wordMatches(t, RE.asked) : [])) {
      const end = m.index! + m[0].length;
      add(subj(m[1]!, m.index!), fixGov(doc, c, m[3]!), isNegated(m[2]), cue() ?? 'unknown', end - ' visit'.length, false);
    }
  });
  applyLaterCues(doc, out);
  return out;
}

/** Later sentences about the invitee and the invitation ("the prime minister promised to accept it"). */
function applyLaterCues(doc: Doc, invs: RawInvitation[]): void {
  if (!invs.length) return;
  const byInvitee = new Map<string, RawInvitation[]>();
  const index = (key: string, inv: RawInvitation): void => {
    const list = byInvitee.get(key);
    if (list) list.push(inv);
    else byInvitee.set(key, [inv]);
  };
  for (const inv of invs) {
    index(inv.invitee.kind === 'person' ? inv.invitee.name : `S:${inv.invitee.code}`, inv);
    // "Nairobi has not yet replied": a state's capital, as the subject, answers for its
    // invited leader
    const state = inv.invitee.kind === 'person' ? stateOfActor(inv.invitee) : null;
    if (state) index(`subject:${state}`, inv);
  }
  doc.clauses.forEach((c, ci) => {
    // words of a reply to an invitation; "rejected" alone is too often a reply to something else
    if (!/\binvit|\baccept|\bconfirmed\b|\brepl(?:y|ied)\b|\brespond|\bdeclin|\bturn(?:ed)? down|\bregrets\b|\btook up\b|\bagreed to\b|\byet to\b|\bunable to\b|\bno (?:reply|replies|response|answer)\b|\b(?:will|would) not (?:be )?(?:attend|come|go|travel|take part|participate|make)|\bwon't\b/.test(c.template)) return;
    // "A sent her regrets, while B took up the offer": each side of a contrast has its own reply
    for (const part of c.template.split(/ , (?:while|whereas|but) | ; /)) {
      const cue = statusCue(part);
      if (!cue) continue;
      const named = new Set(actorsIn(doc, c, part).map((a) => (a.kind === 'person' ? a.name : `S:${a.code}`)));
      const lead = /^(?:the )?\{S(\d+)\} (?![,']|and )/.exec(part);
      const leadState = lead ? c.mentions[Number(lead[1])] : undefined;
      if (leadState?.kind === 'S') named.add(`subject:${leadState.state.code}`);
      for (const key of named) {
        for (const inv of byInvitee.get(key) ?? []) {
          if (inv.clause === ci || inv.negated) continue;
          inv.status = strongerStatus(inv.status, cue);
        }
      }
    }
  });
}

/**
 * The invitees of a group named by its members' states, as people where the article names
 * them: "the presidents of {S}, {S} and {S} -- {P}, {P} and {P} --" pairs the names with the
 * states in order; "his counterparts from {S} and {S}" are those states' holders of the
 * inviter's own office, where the article names one for each.
 */
function namedMembers(doc: Doc, c: Clause, list: string, end: number, inviters: ActorRef[]): ActorRef[] {
  const members = fixGov(doc, c, list);
  const apposed = /^ (?:- -|,) ((?:\{P\d+\})(?: , \{P\d+\})*(?: ,)? and \{P\d+\}) (?:- -|,)/.exec(c.template.slice(end));
  if (apposed) {
    const people = actorsIn(doc, c, apposed[1]!);
    if (people.length === members.length && members.every((a) => a.kind === 'state')) {
      return members.map((a, k) => (stateOfActor(people[k]!) === null || stateOfActor(people[k]!) === stateOfActor(a) ? people[k]! : a));
    }
  }
  const counterparts = /^(?:his|her|their) (?:[a-z-]+ )?counterparts (?:from|of) /.test(list);
  const host = inviters.length === 1 && inviters[0]!.kind === 'person' ? doc.people.find((p) => p.name === (inviters[0] as { name: string }).name) : undefined;
  if (counterparts && host?.role) {
    const office = /foreign minister/.test(host.role) ? 'foreign minister' : /prime minister|premier/.test(host.role) ? 'prime minister' : /president/.test(host.role) ? 'president' : null;
    if (office) return members.map((a) => (a.kind === 'state' ? officeHolder(doc, a.code, office) ?? a : a));
  }
  return members;
}

/** The members of a group named by its kind, listed in one of the next sentences: right after
 * it, or further on only where that sentence names the group again ("The other seven countries
 * are …"). "Among those attending will be …" says they accepted. */
function membersLater(doc: Doc, ci: number, kind: string): { members: ActorRef[]; coming: boolean } | null {
  const c = doc.clauses[ci]!;
  for (let k = ci + 1; k < doc.clauses.length; k++) {
    const next = doc.clauses[k]!;
    const gap = next.sentence.index - c.sentence.index;
    if (gap === 0) continue;
    if (gap > 6) break;
    const mm = MEMBERS.exec(next.template);
    if (!mm || (gap > 2 && !mm[0].slice(0, mm[0].length - mm[1]!.length).includes(` ${kind} `))) continue;
    const coming = /\b(?:attending|coming|confirmed|accepted)\b/.test(mm[0].slice(0, mm[0].length - mm[1]!.length));
    return { members: fixGov(doc, next, mm[1]!), coming };
  }
  return null;
}


/** The members of a group named back ("the three states", "both leaders", "them"): the nearest
 * list of two or more actors in the clause before `idx` or the five sentences before it, of the
 * count the group gives, less its inviters. The leaders of listed states are the ones the article
 * names in that office, else the states; listed people stand for their states when the group is
 * of countries. */
export function membersBefore(doc: Doc, ci: number, idx: number, phrase: string, inviters: ActorRef[]): ActorRef[] {
  const them = phrase === 'them';
  const g = them ? null : BACK_GROUP.exec(phrase);
  if (!them && !g) return [];
  const count = g?.[2] ? COUNT[g[2]] : undefined;
  const head = them ? 'them' : g![3];
  const office = g?.[1] ?? (head && /leaders|presidents|prime ministers|heads|ministers/.test(head) ? head : undefined);
  const sentence = doc.clauses[ci]!.sentence.index;
  for (let k = ci; k >= 0 && sentence - doc.clauses[k]!.sentence.index <= 5; k--) {
    const c = doc.clauses[k]!;
    const end = k === ci ? idx : c.template.length;
    const lists = listsIn(c)
      .filter((m) => m.index + m.text.length <= end)
      .map((m) => fixGov(doc, c, m.text).filter((a) => !inviters.some((x) => sameActor(x, a))))
      .filter((xs) => xs.length >= 2 && (count === undefined || xs.length === count));
    const members = lists[lists.length - 1];
    if (!members) continue;
    if (office) {
      const role = /president/.test(office) ? 'president' : /prime/.test(office) ? 'prime minister' : /foreign/.test(office) ? 'foreign minister' : 'leader';
      // "the presidents of the three states … the Lithuanian leader, X": whoever leads it
      const holder = (code: string): ActorRef | null => officeHolder(doc, code, role) ?? (role === 'foreign minister' ? null : officeHolder(doc, code, 'leader'));
      return members.map((a) => (a.kind === 'state' ? holder(a.code) ?? a : a));
    }
    if (!head || /^(?:them|men|women)$/.test(head)) return members;
    return members.map((a) => (a.kind === 'person' && a.state ? { kind: 'state', code: a.state } : a));
  }
  return [];
}

/** Actors of a list, where "the government of {P}" is P's state and demonyms stay states. */
export function fixGov(doc: Doc, c: Clause, list: string): ActorRef[] {
  const out: ActorRef[] = [];
  // "the leaders of India, Brazil and Vietnam": the organ named once holds for every member;
  // "{P} of {S}", "{P} , the {S} prime minister": who a person is, no actor of its own
  let organ: string | undefined;
  for (const m of list.replace(TAIL_RE, '').matchAll(ACTOR_RE)) {
    // "{S} 's {P}", "{S} prime minister {P}": the person stands for the pair (matched next)
    if (m[3] !== undefined) continue;
    if (m[1]) organ = m[1];
    const organOf = m[1] ?? organ;
    const a = actorOf(doc, c, m[2]!);
    if (!a) continue;
    // "the Kazakh president": the article's person of that state in that office, if it names one
    const holder = m[4] && a.kind === 'state' ? officeHolder(doc, a.code, m[4]) : null;
    if (holder) {
      out.push(holder);
      continue;
    }
    // "the leaders of India and Brazil": the leader the article names for each, else the state
    if (organOf && a.kind === 'state' && /^(?:the )?(?:leaders?|presidents?|heads? of state|heads? of government|heads? of state and government|prime ministers) (?:of|from) $/.test(organOf)) {
      out.push(officeHolder(doc, a.code, /president/.test(organOf) ? 'president' : /prime/.test(organOf) ? 'prime minister' : 'leader') ?? a);
      continue;
    }
    if (m[1] && a.kind === 'person') {
      const st = stateOfActor(a);
      if (st) out.push({ kind: 'state', code: st });
      continue;
    }
    out.push(a);
  }
  return out;
}

/** Who "an invitation to …" names: a city or seat of power alone ("the president's invitation to
 * Moscow") is where the guest goes, not a guest. */
function guestsOf(doc: Doc, c: Clause, list: string): ActorRef[] {
  const only = /^(?:the )?\{S(\d+)\}$/.exec(list);
  const m = only ? c.mentions[Number(only[1])] : undefined;
  if (m?.kind === 'S' && (m.state.kind === 'metonym' || m.state.kind === 'city')) return [];
  return fixGov(doc, c, list);
}

const TAIL_RE = new RegExp(PERSON_TAIL.slice(0, -1), 'g');
const ACTOR_RE = new RegExp(String.raw`((?:the )?(?:${ORGAN_NOUNS}) (?:of|from) )?(\{[PS]\d+\})(?:(?=( 's (?:[a-z-]+ ){0,2}\{P| ${TITLE_BEFORE} \{P))|)(?:(?: 's(?: [a-z-]+)?)? (${OFFICE})s?\b)?`, 'g');

/** The one person of a state the article gives an office ("president") or, for "leader" and
 * "counterpart", the one leader; nobody when the article names none or several. */
function officeHolder(doc: Doc, code: string, office: string): ActorRef | null {
  const leaderish = office === 'leader' || office === 'counterpart';
  const found = doc.people.filter((p) => p.state === code && (leaderish ? p.roleClass === 'leader' : p.role === office || p.role?.endsWith(` ${office}`)));
  if (found.length !== 1) return null;
  return { kind: 'person', name: found[0]!.name, state: code };
}

/** "{S} said it had invited …": the state a clause's "it" stands for, the latest before it. */
/** The person whose visit the last few sentences were about: the first person of the nearest
 * sentence that speaks of a visit, trip or arrival. */
/**
 * The guests of inviters told with no guest ("{A}, who extended the invitation in December,
 * said …"): "the invitation" is that of the visit the story is about, so the guest is whoever
 * the story has visit the inviter's state (where the story is filed, when the inviter's state is
 * untold), the visit told nearest the inviter. The visit made or coming answers the invitation.
 */
export function guestsOfOpenInviters(doc: Doc, visits: RawVisit[]): RawInvitation[] {
  const out: RawInvitation[] = [];
  for (const o of doc.openInviters) {
    const host = stateOfActor(o.inviter) ?? doc.datelineState;
    if (!host) continue;
    // the story's traveller, named first, before an aide who goes with him
    const firstNamed = (a: ActorRef) => (a.kind === 'person' ? (doc.people.find((p) => p.name === a.name)?.firstSentence ?? Infinity) : Infinity);
    let best: RawVisit | null = null;
    for (const v of visits) {
      if (v.negated || v.destination !== host || v.visitor.kind !== 'person' || sameActor(v.visitor, o.inviter)) continue;
      if (v.status === 'cancelled' || v.status === 'postponed' || v.status === 'possible') continue;
      const order = best ? firstNamed(v.visitor) - firstNamed(best.visitor) : -1;
      if (!best || order < 0 || (order === 0 && Math.abs(v.clause - o.clause) < Math.abs(best.clause - o.clause))) best = v;
    }
    if (best) out.push({ inviter: o.inviter, invitee: best.visitor, negated: false, status: 'accepted', event: best.event, clause: o.clause });
  }
  return out;
}

function recentVisitor(doc: Doc, ci: number, inviters: ActorRef[] = []): ActorRef | null {
  for (let k = ci; k >= 0 && k >= ci - 3; k--) {
    const c = doc.clauses[k]!;
    if (!/\b(?:visit|visits|visited|visiting|trip|arrived|arrives|arriving|travel|travels|will travel|tour|toured|touring|tours|flew|flies|landed|lands|headed|heads)\b/.test(c.template)) continue;
    // the host named in the same sentence ("… followed an invitation from {A}") is not the guest,
    // nor whoever tells of the visit ("…, spokesperson {P} said")
    for (const p of c.template.matchAll(/\{P\d+\}(?! (?:said|says|told|tells|added|announced|noted|explained)\b)/g)) {
      const a = actorOf(doc, c, p[0]);
      if (a && !inviters.some((x) => sameActor(x, a))) return a;
    }
  }
  return null;
}

/** Whom an object "him"/"her" before `end` stands for: the nearest person before it who is
 * not the subject, in the clause or else in the sentence before. */
function objectPronoun(doc: Doc, ci: number, end: number, subjects: ActorRef[]): ActorRef | null {
  const notSubject = (a: ActorRef | null): a is ActorRef => !!a && !subjects.some((s) => sameActor(s, a));
  const c = doc.clauses[ci]!;
  const here = [...c.template.slice(0, end).matchAll(/\{P\d+\}/g)].map((p) => actorOf(doc, c, p[0])).filter(notSubject);
  if (here.length) return here[here.length - 1]!;
  const prev = doc.clauses[ci - 1];
  if (!prev) return null;
  return [...prev.template.matchAll(/\{P\d+\}/g)].map((p) => actorOf(doc, prev, p[0])).find(notSubject) ?? null;
}

function lastState(doc: Doc, c: Clause, idx: number): ActorRef[] {
  const all = [...c.template.slice(0, idx).matchAll(/\{S\d+\}/g)];
  const a = all.length ? actorOf(doc, c, all[all.length - 1]![0]) : null;
  if (a) return [a];
  // "The Kremlin has invited …. It has also invited …": the state that opened the sentence before
  const ci = doc.clauses.indexOf(c);
  const prev = doc.clauses[ci - 1];
  const opening = prev ? /^(?:the )?(\{S\d+\})/.exec(prev.template) : null;
  const b = opening ? actorOf(doc, prev!, opening[1]!) : null;
  return b ? [b] : [];
}

/** The occasion an invitation is to: an event mentioned just after the trigger. */
function eventAfter(doc: Doc, ci: number, endIdx: number): EventRecord | null {
  // "invited {B} to visit Japan later this year during talks in Beijing": the talks are where
  // the invitation was made; the trip it asks for names no occasion
  const rest = doc.clauses[ci]!.template.slice(endIdx);
  const during = / (?:during|on the sidelines of|on the margins of|at the end of|after|following) /.exec(rest);
  if (during && /^ (?:[a-z]+ ){0,3}?to (?:visit|come to|travel to|go to) \{S\d+\}/.test(rest)) {
    const ev = eventNear(doc, ci, endIdx, 0, 8);
    const cut = rest.slice(0, during.index).split(' ').length - 1;
    return ev && eventNear(doc, ci, endIdx, 0, cut) === ev ? ev : null;
  }
  return eventNear(doc, ci, endIdx, 0, 8);
}

/** "… invited the leaders of … to Berlin on September 24": the state and date of the trip. */
function tripAfter(doc: Doc, c: Clause, endIdx: number): { place: string; date: PartialDate | null } | null {
  const place = destinationAfter(doc, c, endIdx);
  if (!place) return null;
  const d = /^ (?:[a-z]+ ){0,3}?to (?:visit |come to |travel to |go to |(?:pay|make) (?:a|an|his|her|their) (?:[a-z-]+ ){0,2}(?:visit|trip) to )?(?:the )?\{S\d+\}(?: (?:(?:on|in|from|for|at) (?:the )?(?:[a-z]+ ){0,2}?)?(\{D\d+\}))?/.exec(c.template.slice(endIdx));
  return { place, date: d?.[1] ? dateOfMention(doc, c, d[1], 'future') : null };
}

/** "… invited {B} to visit {S}": the state to be visited. */
function destinationAfter(doc: Doc, c: Clause, endIdx: number): string | null {
  const rest = c.template.slice(endIdx);
  // "to visit Beijing", "to come to China", or the place itself: "invited to Beijing for talks"
  const m = /^ (?:[a-z]+ ){0,3}?to (?:visit |come to |travel to |go to |(?:pay|make) (?:a|an|his|her|their) (?:[a-z-]+ ){0,2}(?:visit|trip) to )?(?:the )?(\{S(\d+)\})(?! 's)/.exec(rest);
  if (!m) return null;
  const mm = c.mentions[Number(m[2])];
  if (mm?.kind !== 'S' || mm.state.kind === 'demonym' || mm.state.kind === 'bloc') return null;
  const a = actorOf(doc, c, m[1]!);
  return a?.kind === 'state' ? a.code : null;
}

/** The host of the occasion the last few sentences were about (for "invitations were sent"). */
function recentHost(doc: Doc, ci: number): string | null {
  // a bloc's own summit ("the ASEAN summit") is the bloc's to invite to
  const ev = recentPlacedEvent(doc, ci, ci - 3, (e) => Boolean(e.place ?? e.bloc));
  if (ev) return ev.place ?? ev.bloc;
  // "Merkel has invited … to Berlin. The leaders of … were not invited": the trip asked for
  return recentInvitedTrip(doc, ci, false)?.place ?? null;
}

