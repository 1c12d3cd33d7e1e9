/**
 * The typed candidate the happening passes work on: one Draft per trigger hit
 * of a clause, filled in pass by pass (participants → status → date → place →
 * role → groups) and pushed to ctx.cands by the emit pass. A pass returns
 * `false` to drop the hit (nothing is pushed); it records each rule that
 * decides in `d.why` (see `fired`).
 */
import type { EventStatus, EventType } from '../../../schema';
import type { DateExpr, Span } from '../../types';
import type { DateChoice } from '../../what/anchors';
import type { Modality } from '../../what/modality';
import type { LocalMention } from '../../what/participants';
import type { TriggerHit } from '../../what/triggers';
import type { Cand, CandRole, Why } from '../cand';
import type { Ctx, SentenceView } from '../context';

/** who takes part, as participantsOf gives it (`attached`: the parties named on the noun) */
export interface Part {
  ids: string[];
  certainty: number;
  attached?: boolean;
}

/** what the passes share for one clause */
export interface ClauseEnv {
  ctx: Ctx;
  view: SentenceView;
  clause: Span;
  /** the clause's event and join hits */
  inClause: TriggerHit[];
  /** the mentions of the clause assigned to each hit */
  owned: LocalMention[][];
  /** each hit's subject: its people before it */
  subjects: Part[];
  lastSubject: { id: string; sentence: number } | null;
}

export interface Draft {
  h: TriggerHit;
  /** index of the hit in the clause */
  i: number;
  hitSpan: Span;
  /** the clause's text before the trigger */
  before: string;
  why: Why[];
  part: Part;
  /** participants named on the noun ("the call between A and B") */
  attached: boolean;
  /** "The Freedonian and Eastlandish delegations …": the countries are the parties */
  nationParties: boolean;
  /** "…, after hosting Birch": an -ing clause whose subject and day are the main clause's */
  ingClause: boolean;
  /** the guest of a host verb ("received envoy Birch") */
  guest?: LocalMention;
  arrivalPlace: string | null;
  arrivalDate: DateChoice | null;
  modality: Modality;
  dexpr: DateExpr | null;
  weakDate?: DateChoice;
  insideAnchor: boolean;
  date: DateChoice;
  prevInSentence?: Cand;
  sequel: boolean;
  status: EventStatus;
  place: string | null;
  role: CandRole;
  etype: EventType | null;
  /** the people of part after the part-of-speech pass (a snapshot the reference rules read) */
  people: string[];
  adjunct: boolean;
  tookPart: boolean;
  topical: boolean;
  /** people who joined by phone or video: a call with the join's subject (joined-remotely) */
  remote?: string[];
  /** one happening per group of participants ("spoke with both Birch and Cedar": two calls) */
  groups: string[][];
}

/** a pass: false drops the hit */
export type Pass = (d: Draft, e: ClauseEnv) => boolean | void;

/** records a rule that fired and passes its value through */
export function fired<T>(why: Why[], stage: string, rule: string, value: T): T {
  if (value !== null && value !== undefined) why.push({ stage, rule });
  return value;
}
