/**
 * joint-text-of-deal: "Avalon and Nordvik issued a joint statement condemning the attack" is a statement of
 * its issuers, not an agreement; the annotations keep a joint statement, declaration or communiqué as an
 * agreement only when it is the text of a deal ("released a joint communique about the deal", "reached an
 * agreement and issued a joint statement", "signed a joint declaration"). The hit of the joint-text trigger is
 * dropped when its sentence tells of no deal; the statement itself is the speakers stage's.
 */
import { EN } from '../../lang/en';
import { fired, type ClauseEnv, type Draft } from './types';

/** the trigger rows that name a joint text put out by several sides */
export const JOINT_TEXT_RULES = new Set(['agreement-joint-text']);

export function jointTextOfDeal(d: Draft, e: ClauseEnv): boolean {
  if (!JOINT_TEXT_RULES.has(d.h.rule.id)) return true;
  const { text } = e.view;
  // the trigger's own words ("a joint statement") are no deal: read the sentence around it
  const around = text.slice(0, d.h.start) + ' ' + text.slice(d.h.end);
  if (EN.jointTextOfDeal.pattern.test(around)) return true;
  fired(d.why, 'type', EN.jointTextOfDeal.id, true);
  return false;
}
