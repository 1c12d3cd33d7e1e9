/**
 * `day-of-another-noun`: a day written in the possessive before a noun that names no diplomatic happening ("Thursday's
 * bus attacks", "Sunday's election", "Monday's plane crash", "Saturday's match") is that other thing's day, not the day
 * of a happening or remark told in the same clause ("said Birch, wrapping a summit jolted by Thursday's attacks").
 * A possessive day before a happening's noun ("At Monday's meeting, the leaders agreed", "during Thursday's remarks")
 * still frames what is told with it.
 */
import { DATE_ROWS } from '../../lang/en-dates';

/** whether the day at [start, end) of `text` (sentence-relative) is the possessive day of a noun that is no happening */
export function dayOfAnotherNoun(text: string, day: { start: number; end: number }): boolean {
  // the expression may hold its possessive ending ("Thursday's") or stop before it ("Thursday")
  const end = /['’]s$/.test(text.slice(day.start, day.end)) ? day.end - 2 : day.end;
  const after = text.slice(end, end + 60);
  if (after[0] !== "'" && after[0] !== '’') return false;
  return DATE_ROWS.dayOfAnotherNoun.pattern.test(after);
}
