/** Date pass helpers: a past-tense trigger with a bare weekday. */
import { addDays, daysBetween, NO_DATE, type DateChoice } from '../what/anchors';
import { EN } from '../lang/en';

/**
 * "Alder spoke by phone with Birch on Friday evening and will host him on Sunday": a bare
 * weekday told of with a past-tense verb is the last such day, even when the sentence
 * also looks ahead (a date resolved to the coming week is moved back seven days).
 */
export function pastWeekday(date: DateChoice, trigger: string, modality: string, published: string): DateChoice {
  // "arrived …, six months after his visit in February": a past happening never lies after publication
  if (!date.future && modality === 'happened' && date.value && date.value.slice(0, 10) > published) return NO_DATE;
  if (!date.future || modality !== 'happened' || !date.value || date.value.length !== 10 || date.source !== 'explicit') return date;
  if (!EN.pastTrigger.pattern.test(trigger.trim()) || !EN.weekday.pattern.test(date.expression ?? '') || /\b(?:next|coming|this)\b/i.test(date.expression ?? '')) return date;
  const back = addDays(date.value, -7);
  const gap = daysBetween(back, published);
  if (gap < 0 || gap > 6) return date;
  return { ...date, value: back, future: false, reference: `${date.reference ?? ''} (past: told with "${trigger.trim()}")`.trim() };
}

