/**
 * The extraction contract: what any extractor (rule-based today, model-backed later) returns
 * for one article. Everything downstream — resolution, graph planning, the CLI's NDJSON —
 * reads only these types.
 */
import type { Article } from '../article/types';

/** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the text allows. */
export type PartialDate = string;

/** A span of the article's text; offsets are UTF-16 indices into Article.text. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

/** ISO 3166-1 alpha-3 code, or one of the blocs EU, UN, NATO, AU, ASEAN. */
export type StateCode = string;

export interface StateRef {
  kind: 'state';
  code: StateCode;
}

export interface PersonRef {
  kind: 'person';
  /** Full name as resolved inside the article ("Kim Jong-un", never a bare "Kim"). */
  name: string;
  /** The state the person acts for, when the article tells it. */
  state: StateCode | null;
}

export type ActorRef = StateRef | PersonRef;

export interface ExtractedState {
  code: StateCode;
  name: string;
  /** The surface forms seen ("Pyongyang", "the North", "North Korean"). */
  mentions: string[];
}

export interface ExtractedPerson {
  name: string;
  /** Other forms seen in the article ("Kim", "Kim Jong Un"). */
  aliases: string[];
  state: StateCode | null;
  /** Lower-case role as the text gives it ("foreign minister", "president"), if any. */
  role: string | null;
  /** Head of state or government (president, prime minister, leader, king, …). */
  leader: boolean;
  /**
   * The office the person held on the publication day and its term, when the office-holder
   * data knows it for the person's state (start and end as precise as known; end null: still
   * in office). Optional: an extractor without such data leaves it out.
   */
  term?: { office: string; start: PartialDate; end: PartialDate | null } | null;
}

export type EventKind =
  | 'ceremony'
  | 'parade'
  | 'summit'
  | 'talks'
  | 'meeting'
  | 'conference'
  | 'forum'
  | 'celebration'
  | 'visit'
  | 'nuclear test'
  | 'other';

/** An occasion a fact refers to; mentions of the same occasion in one article share a key. */
export interface ExtractedEvent {
  /** Stable within the article: kind + date + place, normalised. */
  key: string;
  kind: EventKind;
  name: string;
  date: PartialDate | null;
  /** Host state, when known. */
  place: StateCode | null;
}

export type InvitationStatus = 'accepted' | 'declined' | 'pending' | 'withdrawn' | 'unknown';
export type VisitStatus = 'occurred' | 'ongoing' | 'planned' | 'possible' | 'cancelled' | 'postponed';

export interface Invitation {
  inviter: ActorRef;
  invitee: ActorRef;
  /** Key of an ExtractedEvent in the same extraction. */
  event: string | null;
  status: InvitationStatus;
  negated: boolean;
  /** When the invitation was issued, if the text says. */
  date: PartialDate | null;
  evidence: Evidence[];
}

export interface Visit {
  visitor: ActorRef;
  destination: StateRef;
  event: string | null;
  status: VisitStatus;
  negated: boolean;
  /** When the visit happens or happened. */
  date: PartialDate | null;
  evidence: Evidence[];
}

export interface Statement {
  speaker: ActorRef;
  date: PartialDate | null;
  /** The quoted or reported words. */
  quote: string;
  /** States, people and events the statement is about. */
  about: ActorRef[];
  event: string | null;
  evidence: Evidence[];
}

export interface ArticleExtraction {
  article: Article;
  /** Set when the article was not analysed (empty, non-English, …); all lists are then empty. */
  skipped: string | null;
  states: ExtractedState[];
  people: ExtractedPerson[];
  events: ExtractedEvent[];
  invitations: Invitation[];
  visits: Visit[];
  statements: Statement[];
  warnings: string[];
}

/**
 * Anything that turns an article into an ArticleExtraction. The rule-based extractor is the
 * default; another (a model-backed one, say) plugs in behind the same interface, which is
 * asynchronous for that reason.
 */
export interface Extractor {
  readonly name: string;
  readonly version: string;
  extract(article: Article): Promise<ArticleExtraction>;
}
