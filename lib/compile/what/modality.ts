/**
 * Modality: is the happening reported as done, going on, expected, called off
 * or denied? Looks at the words of the trigger's clause before (and just after)
 * the trigger. Hypotheticals ("would not accept a deal agreed …", "if they
 * meet") are reported as 'hypothetical' and dropped by the caller.
 */
import type { EventStatus } from '../../schema';

export type Modality = EventStatus | 'hypothetical';

const CANCELLED = /\b(?:cancel(?:l)?ed|cancels|called\s+off|calls\s+off|postponed|postpones|scrapped|shelved|skip|skipped|skipping|pulled\s+out\s+of|withdrew\s+from|put\s+off|delayed\s+indefinitely)\b/;
const DENIED_BEFORE = /\b(?:denied|denies|deny|denying)\b|\b(?:did\s+not|didn't|has\s+not|hasn't|have\s+not|haven't|had\s+not|hadn't|never|not\s+yet|no\s+longer)\s+(?:\w+\s+){0,2}$/;
/** "denied a report that Birch had met …", "dismissed claims that …" */
const DENIED_REPORT = /\b(?:denied|denies|deny|denying|dismissed|dismissing|rejected|rejecting)\s+(?:a\s+|the\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:report|reports|claim|claims|suggestion|suggestions|speculation|rumou?rs?)\b[^,;]{0,40}?\bthat\s+(?:[^,;]+\s+)?$/;
const NEGATED_AFTER = /^\s*(?:did\s+not|didn't|never|has\s+not|hasn't|have\s+not|haven't)\s+(?:take\s+place|happen|occur)|^[^,;]{0,60}?\b(?:is|was|are|were)\s+not\s+(?:being\s+)?(?:prepared|planned|arranged|scheduled|organi[sz]ed|on\s+the\s+agenda)\b/;
/** negated-future: "A won't visit Avalon this year after all", "will not sign the agreement": a plan called off */
const NEGATED_FUTURE = /\b(?:won't|won’t|will\s+not|is\s+not\s+going\s+to|isn't\s+going\s+to|isn’t\s+going\s+to|are\s+not\s+going\s+to|aren't\s+going\s+to)\s+(?:now\s+|then\s+|be\s+able\s+to\s+)?$/;
const HYPOTHETICAL = /\b(?:if|whether|unless|yet\s+to|but\s+to|how\s+far|would\s+(?:not\s+)?(?:accept|reject|oppose|refuse|recognise|recognize)|won't\s+accept|will\s+never\s+accept|never\s+accept|any)\s+(?:\w+\s+){0,4}$/;
/** urged-to: "encouraged Birch to sign the accord", "called on both sides to agree": what someone is urged to do is no plan of theirs */
const EXHORTED = /\b(?:urged|urging|urges|urge|encouraged|encouraging|encourages|encourage|pressed|pressing|presses|pressured|pressuring|called\s+on|calling\s+on|calls\s+on|appealed\s+to)\s+(?:[^\s,;.]+\s+){0,5}?to\s+$/;
const FUTURE_BEFORE =
  /\b(?:will|shall|'ll|would|could|may|might|going\s+to|is\s+to|are\s+to|was\s+to|were\s+to|expected|anticipated|plans?|planned|planning|intends?|set\s+to|scheduled|upcoming|eventual|possible|potential|proposed|prospective|future|next|hopes?\s+to|aims?\s+to|seeks?\s+to|wants?\s+to|ready\s+to|willing\s+to|arrang\w*|prepar\w*|gearing\s+up|organi[sz]\w*|to\s+begin|to\s+start|(?<!\bthe\s)start(?:ing)?(?!\s+of\b)|set(?:ting)?\s+up|push(?:ing)?\s+for|calls?\s+for|sought|seeking|invit\w*|no\s+(?:new\s+)?date\s+(?:has\s+|had\s+)?(?:yet\s+)?(?:been\s+)?(?:set|fixed|announced)\s+for)\b(?:\s+\S+){0,6}\s*$/;
const TO_INFINITIVE = /(?<!\b(?:chose|choose|chosen|decided|managed|went\s+on|able|sent|used|came|got|travell?ed|flew|arrived))\s+to\s+$/;
const FUTURE_AFTER = /^[^,;]{0,60}?\b(?:would|will)\s+(?:be\s+)?(?:followed|preceded)\b|^[\s,]*(?:scheduled|planned|expected|set|due)\s+(?:for|to|on|in)\b|^\s*(?:\S+\s+){0,3}?(?:could|would|will|may|might)\s+(?:\w+\s+){0,2}?(?:occur|take\s+place|happen|be\s+held)\b|^\s*(?:is|are|was|were)\s+(?:expected|planned|scheduled|set|due|anticipated)\b|^\s*(?:is|are|was|were)\s+(?:\w+\s+)?likely\b/;
/** turned-down: a request, an invitation or the happening itself refused ("turned down Birch's request for a meeting", "declined a meeting with Birch") */
const TURNED_DOWN_BEFORE = /\b(?:turned\s+down|turns\s+down|turning\s+down|declined|declines|refused|refuses|rebuffed|rebuffs|rejected|rejects|snubbed)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?:[\w'’.-]+\s+){0,4}?(?:request|requests|invitation|invitations|offer|offers|proposal|proposals|bid|bids)\s+(?:for|to)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}|(?:[\w'’.-]+\s+){0,4})$/;
/** "asked for a meeting with Birch, but was turned down" */
export const TURNED_DOWN_AFTER = /^[^;]{0,90}?\bbut\s+(?:was|were|had\s+been|has\s+been|got)\s+(?:\w+\s+)?(?:turned\s+down|rebuffed|refused|declined|rejected|snubbed)\b/;
const ONGOING = /\b(?:is|are|am)\s+(?:now\s+|currently\s+|still\s+)?$/;

/**
 * @param before clause text before the trigger (lower case)
 * @param trigger the trigger words (lower case)
 * @param after clause text after the trigger (lower case)
 * @param futureDate the date attached to the trigger lies after publication
 */
export function modalityOf(before: string, trigger: string, after: string, futureDate = false): Modality {
  const b = before.toLowerCase();
  const t = trigger.toLowerCase();
  // "X met Y on Friday, and the signing … was called off": a new coordinated clause speaks of something else
  const cut = /[,;]\s*(?:and|but|while)\s+(?:the|a|an|his|her|their|its)\s/.exec(after.toLowerCase());
  const a = cut ? after.toLowerCase().slice(0, cut.index) : after.toLowerCase();
  // "the call replaced a bilateral meeting …": the meeting did not take place
  const replaced = /\b(?:replaced|replacing)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}$/.test(b);
  // "decided to drop the bilateral meeting with B", "abandoned a planned visit": the verb governs the happening itself
  const dropped = /\b(?:drop|drops|dropped|dropping|abandon|abandons|abandoned|abandoning|axed|ditched)\s+(?:the|a|an|their|his|her|its)\s+(?:(?!(?:and|but|or|then|to)\b)[\w-]+\s+){0,2}$/.test(b);
  // turned-down: "turned down Birch's request for a meeting", "Alder turned down a Birch meeting", "asked for a meeting with Birch, but was turned down"
  const turnedDown = TURNED_DOWN_BEFORE.test(b.slice(-90)) || TURNED_DOWN_AFTER.test(a);
  if (replaced || dropped || turnedDown || CANCELLED.test(t) || CANCELLED.test(b.slice(-60)) || /\b(?:had\s+been|has\s+been|have\s+been|was|were|is|are|been)\s+(?:\w+\s+)?(?:cancel(?:l)?ed|called\s+off|postponed|scrapped|shelved|put\s+off|(?:delayed|pushed\s+back)\s+(?:until|till|to|from|by|for)\b)\b/.test(a.slice(0, 170)))
    return 'cancelled';
  if (NEGATED_FUTURE.test(b.slice(-40))) return 'cancelled';
  // "a second meeting that both sides had pencilled in … never took place": a plan that did not happen
  if (/^[^;.]{0,80}?\b(?:pencil+ed\s+in|planned|scheduled|arranged|slated)\b[^;.]{0,60}?\b(?:never|did\s+not|didn't)\s+(?:took|take|happen|happened|materiali[sz]ed?)\b/.test(a)) return 'cancelled';
  if (DENIED_BEFORE.test(b.slice(-40)) || NEGATED_AFTER.test(a) || DENIED_REPORT.test(b.slice(-110))) return 'denied';
  if (HYPOTHETICAL.test(b.slice(-50)) || EXHORTED.test(b.slice(-70))) return 'hypothetical';
  if (futureDate) return 'planned';
  // "broke off the meeting to call Birch": done on purpose right then
  const purposeDone = /\b(?:broke|breaking)\s+off\b[^,;]{0,60}\bto\s+$|\b(?:interrupted|paused|left|cut\s+short)\s+(?:his|her|their|the)\b[^,;]{0,50}\bto\s+$/.test(b);
  // asked-for: "asked for a meeting with Birch", "requested talks": a request, not a happening (yet)
  if (/\b(?:asked\s+for|asks\s+for|asking\s+for|requested|requests|requesting)\s+(?:(?:a|an|the|further|more|urgent)\s+)?(?:[\w-]+\s+){0,2}$/.test(b.slice(-60))) return 'planned';
  if (FUTURE_BEFORE.test(b.slice(-70)) || (TO_INFINITIVE.test(b) && !purposeDone) || FUTURE_AFTER.test(a)) return 'planned';
  if (ONGOING.test(b.slice(-25))) return 'ongoing';
  return 'happened';
}

/** Ranks statuses when several mentions of one happening disagree: a cancellation or denial wins, then what happened, then plans. */
export function combineStatus(statuses: EventStatus[]): EventStatus {
  if (statuses.includes('cancelled')) return 'cancelled';
  if (statuses.includes('happened')) return 'happened';
  if (statuses.includes('ongoing')) return 'ongoing';
  if (statuses.includes('denied')) return 'denied';
  return 'planned';
}

/** Plans and what happened are different happenings; ongoing counts as happened, a called-off plan is still the plan. */
export function statusClass(s: EventStatus): 'real' | 'plan' | 'denied' {
  if (s === 'planned' || s === 'cancelled') return 'plan';
  return s === 'denied' ? 'denied' : 'real';
}
