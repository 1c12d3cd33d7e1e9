/**
 * English date words the date passes read (events/context-days.ts, events/statements.ts, dates.ts),
 * as rule rows `{ id, pattern, effect, example }` like lang/en.ts. Each row is a shape that recurs
 * across documents; its example is a generic instance, exercised in en-dates.test.ts.
 */
import type { LangRule } from './en';

const row = (id: string, pattern: RegExp, effect: string, example: string): LangRule => ({ id, pattern, effect, example });

export const DATE_ROWS = {
  visitEndBefore: row(
    'visit-told-by-its-end',
    /\b(?:wrapped\s+up|wraps\s+up|wrapping\s+up|concluded|concludes|concluding|ended|ends|ending|end|wound\s+up|winds\s+up|rounded\s+off|the\s+(?:end|close|last\s+day|final\s+day)\s+of)\s+(?:(?:his|her|their|its|a|the)\s+)?(?:(two|three|four|five|six|seven|[2-7])[-\s]day\s+)?(?:(?:state|official|working|historic|maiden|first)\s+)*$/i,
    'a visit told by its end ("wrapped up a two-day trip", "at the end of his visit", "concluded a three-day visit"): the day told is its last day (context-days.ts: visit-start-from-its-end)',
    'Birch on Friday concluded a three-day ',
  ),
  daySpanOpen: row(
    'day-span-first-day',
    /(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|and|until|till|through)\s*/,
    'a span of days of one month written day first ("from 3 to 5 June", "3–5 June"): the happening is dated by its FIRST day (dates.ts; the month-first "June 3-5" reads its first day already)',
    'from 3 to ',
  ),
  visitDays: row(
    'n-day-visit',
    /\b(two|three|four|five|six|seven|[2-7])[-\s]day\s+(?:(?:state|official|working|historic|maiden|first)\s+)*(?:visit|trip|tour)\b/i,
    'how many days a visit lasts, as the document tells it ("his three-day state visit"): used with a day told of its end',
    'a four-day state visit',
  ),
  sayingBeforeDay: row(
    'day-on-verb-of-saying',
    /\b(?:said|says|told(?:\s+(?:[\w'’-]+\s+){0,2}?(?:reporters|journalists|lawmakers|parliament|media))?|stated|announced|declared|wrote|tweeted|posted|added|warned|insisted|remarked|vowed|promised|pledged|argued|suggested)\s+(?:(?:late|early|back)\s+)?$/i,
    'a day right after a verb of saying ("said in June that …", "tweeted in December that …") is the day of the remark itself (keep/stale.ts: stale-remark-own-day)',
    'Birch said ',
  ),
  sayingAfterDay: row(
    'day-opening-remark',
    /^\s*,?\s*(?:[\w.'’-]+\s+){0,5}?(?:said|says|told|stated|announced|declared|wrote|tweeted|posted|added|warned)\b/i,
    'a day opening a remark ("In June, the minister said …") is the day of the remark itself (keep/stale.ts: stale-remark-own-day)',
    ', the minister said',
  ),
  sectionBreak: row(
    'subheading-opens-paragraph',
    /\n\s*\n|\n[^\S\n]*[^\s][^\n]*\n/,
    'a blank line, or a line set aside between two sentences (a subheading, a caption), opens a new paragraph: no day is carried across it',
    'the talks went on.\nReactions abroad\nBirch said',
  ),
  clauseAfterDay: row(
    'day-before-the-day-just-given',
    /^(?:on\s+)?[\w .]{3,30}?\s*[,;–—-]?\s*(?:a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|weeks?)\s+(?:after|before|prior\s+to)$/i,
    '"on Sunday, a day after the sides agreed": the anchored clause is dated from the day given right before it, not left to the previous happening',
    'on Sunday, a day after',
  ),
  remarkAtMoment: row(
    'remark-at-moment-of-happening',
    /\b(?:at|during|on)\s+the\s+(?:start|end|opening|close|beginning|sidelines|margins|conclusion|outset)\s+of\s+((?:the|this|that|their|its|[\w’']+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|summit|call|conversation|visit|negotiations|conference))\b/i,
    'a remark made at a moment of a happening ("at the start of the talks") is dated by that happening',
    'The spokesman said a declaration was adopted at the start of the talks',
  ),
  remarkAsOpening: row(
    'remark-as-opening-happening',
    /\b(?:as|when|while)\s+(?:he|she|they|it)\s+(?:opened|closed|addressed|arrived\s+(?:at|for)|left|welcomed\s+\S+\s+to)\s+((?:the|this|that|their|its)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|summit|conference|negotiations|visit))\b/i,
    'a remark made as the speaker opened or addressed a happening ("as he opened the summit") is dated by that happening',
    'But as she opened the summit, the host said consensus had emerged',
  ),
  relativeClause: row(
    'relative-clause-day-not-remark-day',
    /,\s*(?:who|which|whose)\s[^,;]*?,/g,
    'a day inside a relative clause ("Birch, who visited Avalon earlier this month, wrote on Saturday …") belongs to that clause\'s verb, not to the remark',
    'Birch, who visited Avalon earlier this month, wrote on Saturday that the talks had been useful',
  ),
  attributionAfter: row(
    'attribution-after-content',
    /,\s*(?:[A-Z][\w.’'-]*\s+){0,5}$/,
    'an attribution after the content with a day of its own ("…, Birch told a news conference on Saturday"): a day told inside the content before it is the content\'s day, not the remark\'s',
    'The sides accepted the plan at their meeting on Feb. 27, Foreign Minister ',
  ),
  sameWeekdayAhead: row(
    'same-weekday-ahead-is-today',
    /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.)(?:\s+(?:morning|afternoon|evening|night))?$/i,
    'a bare weekday told ahead ("Birch will meet Alder on Monday") in a text published on that weekday is later that day, not the same weekday a week ahead ("next Monday", "this coming Monday", "will meet again on Monday" say so)',
    'on Monday',
  ),
  stateOnDay: row(
    'state-day-is-weak',
    /^\s*(?:[^,;.“”"]{0,60}?\s)?(?:appeared|appears|seemed|seems|was|were|is|are|remained|remains|continued|continues)\s+(?:to\s+(?:be\s+)?)?(?:holding|hold|held|in\s+(?:place|effect|force)|largely\s+holding|intact|fragile|shaky)\b/i,
    'an agreement named as the subject of a state ("a ceasefire … appeared to be holding on Sunday", "the truce remained in place on Monday"): the day is the state\'s, a weak date of the agreement; the day it was reached comes from the text around it ("a day after the sides agreed")',
    ' Avalon and Nordvik appeared to be holding ',
  ),
  daysAfterState: row(
    'reached-days-before-the-state',
    /^\s*,?\s*(a|an|one|two|three|four|five|six|seven|\d)\s+days?\s+after\b/i,
    'the state\'s day followed by "a day after …" ("holding on Sunday, a day after the sides agreed"): the agreement was reached that many days before the state\'s day',
    ', a day after the two sides agreed',
  ),
  wireDateline: row(
    'wire-dateline',
    /^(?!(?:Published|Updated|Posted|Aired|Created|Last|First|Date)\b)(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},?\s+){1,3}(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*((?:19|20)\d\d))?(?:\s*\([^)]{1,30}\))?(?:\s*(?:\.?-+|[–—:])\s|\s+(?=[A-Z][a-z]))/,
    'a wire dateline opening a paragraph ("NORDVIK, March 11 (Xinhua) -- …", "Avalon, Sep 26 (EFE).- …", "ALDER Oct 2 …"): the day the report was filed is the day its "today" and "on Monday" count from',
    'NORDVIK, March 11 (Xinhua) -- A spokesperson on Saturday made remarks',
  ),
  pageStamp: row(
    'page-stamp',
    /^(?:[^|]{0,24}\|\s*)?(?:•\s*)?(?:(?:last\s+)?updated|published|posted|created|first\s+published|aired|date|source:\s*\w+\s+published)?\s*(?:on|at)?\s*:?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?\s*(?:[A-Z]{2,4}T?)?\s*[,–—-]?\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*|\s+)(?:19|20)\d\d|(?:19|20)\d\d[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}-\d{2}-(?:19|20)\d\d)\b/i,
    'a line near the top that is a date, or a labelled one ("2 August 2023", "Published: 20 Sep 2021 09:02", "Posted at 10:40 AM, Sep 11, 2020", "Aired May 06, 2025"): the day of the text itself, which a later copy may republish',
    'Published: 20 Sep 2021 09:02 AM',
  ),
  aheadInSentence: row(
    'future-in-sentence-keeps-year',
    /\b(?:will|shall|would\s+(?:then\s+)?be\s+(?:held|followed|hosted)|(?:is|are)\s+(?:scheduled|due|set|expected|planned)\s+to|to\s+be\s+(?:held|hosted))\b/i,
    'a day a few weeks ahead of publication in a sentence that looks ahead ("… and a summit in Avalon comes next, on Aug. 4") is the coming one, not the same day a year before',
    'the ceasefire will be followed by a meeting of the border committee on Aug. 4',
  ),
  writingDayWords: row(
    'updated-page-today-unsure',
    /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i,
    'words counted from the day of writing ("signed … today"): on a page stamped only "Updated <day>" that day is unsure (the day or the day before), so it does not become the day of the article\'s other remarks',
    'The sides signed historic agreements today in a ceremony',
  ),
  remarkDayAfter: row(
    'day-told-in-next-sentence',
    /^(?:(?:He|She|They|(?:[A-Z][\w'’.-]*\s+){1,4})(?:made|delivered|issued|gave)\s+(?:the|his|her|their|those|these)\s+(?:announcement|remarks|statement|comments|speech)|(?:The|His|Her|Their|Those|These)\s+(?:remarks|comments|announcement|statement)\s+(?:came|were\s+made|was\s+made))\b/,
    'a remark told without a day and dated by the sentence after it ("Alder says the sides have agreed … Alder made the announcement in Avalon on Tuesday"): the remark, and a happening it reports without a day, are of that day',
    'Birch made the remarks on Thursday afternoon, only for the ministry to hit back',
  ),
  agreementOnLeadDay: row(
    'agreement-on-the-lead-day',
    /(?:\b(?:the|a|an|this|that|these|those|their|his|her|its|our|whose)|['’]s)\s+$/i,
    'an agreement left undated, told by a verb ("the two leaders agreed to …") in an article whose lead dates its news, is of the lead\'s day (agreement-days.ts); one named by a noun after a determiner or a possessive ("the deal", "their accord", "Avalon\'s pact") is a reference, most often to one reached before, and stays undated',
    'Nordvik welcomed the ',
  ),
  agreementOnReferenceDay: row(
    'agreement-on-reference-day',
    /^(?:agreed|agree|agrees|agreeing|reached|signed|signs|sign|concluded|struck|clinched|sealed|inked|adopted)$/i,
    'an agreement told by a verb of agreeing ("the two leaders agreed to …", "they came to an agreement") that neither its sentence, its talks nor its lead dates is estimated like an article\'s remark: on the document\'s reference day, the day before in its span (articles only; agreement-days.ts). One only named by a noun, or told in the pluperfect, stays undated',
    'agreed',
  ),
  justNow: row(
    'just-happened-on-reference-day',
    /\b(?:have|has|had)?\s*just\s+(?:[a-z]+\s+)?$/i,
    'a happening told as just done ("I just spoke with the prime ministers", "has just arrived in Avalon") is of the day the text is written or spoken: its reference day',
    'I just ',
  ),
  quotedDay: row(
    'quoted-day-not-remark-day',
    /“[^“”]*”|"[^"]*"/g,
    'a day inside the speaker\'s quoted words ("… earlier today," she said) is seen from the day of speaking: it does not date the remark',
    '"I saw his remarks earlier today, and they are not appreciated," the spokeswoman said',
  ),
  quotedDayOutside: row(
    'quoted-day-not-happening-day',
    /“[^”]*”|"[^"]*"/g,
    'a day inside quoted words ("“What happened today is historic,” the minister said following the summit") is seen from the day of speaking: it does not date a happening told outside the quotation',
    '“What happened today is a new page,” the minister said following the summit in Avalon',
  ),
  dayOnGoverningVerb: row(
    'day-of-the-governing-verb',
    /^\s*(?:on|about|regarding|concerning|over)\s+(?:(?:the|a|an|his|her|their|its|this|that)\s+)?(?:[\p{Lu}][\w.'’-]*\s+){0,4}?(?:[\w-]+(?:'s|’s)\s+)?(?:(?:[\w-]+)\s+)?$/u,
    'a day right before "on / about / regarding the <happening>" ("briefed Birch on Tuesday about the visit", "spoke on Monday regarding the summit") is the day of the verb it follows, not of the happening named as its topic',
    ' regarding Alder’s ',
  ),
  dayOfAnotherNoun: row(
    'day-of-another-noun',
    /^['’]s\s+(?:[\w-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|explosions?|crash(?:es)?|elections?|votes?|voting|referendum|polls?|ballot|primar(?:y|ies)|match(?:es)?|games?|race|storms?|earthquakes?|floods?|shootings?|strikes?|raids?|protests?|riots?|results?|parade|market|markets|trading)\b/i,
    'a day in the possessive before a noun that names no diplomatic happening ("Thursday\'s bus attacks", "Sunday\'s election", "Saturday\'s match") is that other thing\'s day, not the day of the happening or remark told in its clause (events/happen/other-noun-day.ts)',
    "'s bus and subway attacks",
  ),
  dayInRelativeClause: row(
    'day-in-a-relative-clause',
    /,\s*(?:who|which|whose)\s[^,;]*?,/g,
    'a day inside a relative clause set off by commas ("Birch, who landed on Wednesday, was greeted by Alder") dates that clause\'s action, not the happening of the main clause (the row `relative-clause-day-not-remark-day` is its twin for remarks)',
    'Birch, who landed on Wednesday, was',
  ),
  reportVerbBefore: row(
    'report-day-not-plan-day',
    /\b(?:said|says|told(?:\s+(?:[\w'’-]+\s+){0,2}?(?:reporters|journalists|lawmakers|parliament|media))?|reported|announced|confirmed|added|stated|wrote|tweeted|posted|declared|revealed|disclosed)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i,
    'a day attached to a verb of saying ("Birch said on Sunday he will travel to Avalon", "…, the ministry announced Monday") is the day of the report: a happening told as planned in what was reported takes no day from it',
    'The envoy said on ',
  ),
  reportVerbAfter: row(
    'report-day-not-plan-day-opening',
    /^\s*,?\s*(?:[\w.'’-]+\s+){0,8}?(?:said|says|told|reported|announced|confirmed|added|stated|wrote|tweeted|posted|declared|revealed|disclosed)\b/i,
    'a day opening a report ("On Saturday, the outlet reported that Birch and Alder will travel to Avalon"): the day of the report, not of the happening planned in it',
    ', the outlet Nordvik Daily reported that',
  ),
  reportDayNotHappeningDay: row(
    'report-day-not-happening-day',
    /\b(?:said|reported|announced|confirmed|declared)\b/i,
    'a day attached to a verb of saying ("Birch met Alder in Avalon, the agency reported on Friday", "the ministry confirmed Wednesday that Birch made a visit to Avalon") is the day of the report: the happening took place by then, and takes that day only when nothing else dates it (events/happen/date.ts reads it with the rows report-day-not-plan-day and report-day-not-plan-day-opening)',
    'Birch met Alder in Avalon, the agency reported on Friday',
  ),
  timeOfDay: row(
    'time-of-day-of-the-day',
    /\b(?:(late|early)\s+(?:on\s+)?(?=\S)|(?:this|last|that|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(morning|afternoon|evening|night)\b|(tonight)\b|(\d{1,2})(?::\d{2})?\s*([ap])\.?\s?m\b\.?)/i,
    'a time of day told with a day ("late on Monday", "Monday night", "this morning", "at 9 p.m."): the hours of the writer\'s day it covers, which may be the next or the previous day where the happening took place',
    'talks in Nordvik ended late on Monday',
  ),
  localTime: row(
    'local-time-told',
    /\blocal\b|\(\s*(?:GMT|UTC)\s*[+-]?\d*\s*\)|\b(?:GMT|UTC)\b/i,
    'a time told in the place\'s own reckoning ("9 p.m. local time", "(0100 GMT)"): the day given is already the place\'s; no zone is applied',
    'at 9 p.m. local time on Tuesday',
  ),
  datelinePlace: row(
    'dateline-place',
    /^\s*([A-Z][A-Z.'’ -]{2,}?)(?:\/[A-Z][A-Z.'’ -]{2,}?)*(?:,\s*[A-Z][\w.'’ -]*?)?\s*(?:\([^)]{1,30}\)\s*)?(?:[–—]|-{1,2}|:)\s/,
    'a dateline without a day opening the text ("NORDVIK/AVALON (Reuters) – …", "ALDER - …"): the writer is in that city (the first one named), in its time zone',
    'NORDVIK/AVALON (Reuters) – Birch met Alder on Tuesday',
  ),
  todayThere: row(
    'weekday-after-the-page-day-is-today-there',
    /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i,
    'a bare weekday told as past that names the day AFTER the page\'s date ("met … in Nordvik on Tuesday" on a page dated Monday), of a place whose clock is at least five hours ahead of the page\'s: the page\'s day is already that day there, not six days before',
    'on Tuesday',
  ),
  leadDayTodayThere: row(
    'lead-day-today-there',
    /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i,
    'the same bare weekday when a happening takes it from the article\'s lead or the sentence before ("paid a visit to Nordvik and met Birch, the news agency of Nordvik said on Wednesday" on a page dated Tuesday): re-read after the lead\'s and the narrative\'s days are given (context-days.ts), so the visit is not put six days back',
    'on Wednesday',
  ),
  currentHappening: row(
    'told-as-the-current-happening',
    /(?:\b(?:this|it)\s+is|\bmark(?:s|ing))\s+(?:(?:the|a|an|his|her|their|its|[\p{L}\p{M}\d.’'-]+['’]s)\s+)?(?:(?:first|second|third|fourth|fifth|historic|first-ever|landmark|rare|maiden|long-awaited|official|state|working)\s+){1,3}$/iu,
    'a visit or meeting named as the one under way by a present copula ("This is Birch\'s first visit to Nordvik in a decade", "marking her first visit to the region"): the happening the document reports, of its reference day, not a reference to another',
    'This is Birch\'s first ',
  ),
  daysShareYear: row(
    'days-share-the-year',
    /\s*(?:-|–|—|and|to|&|or)\s*\d{1,2}(?:st|nd|rd|th)?(?=,?\s+(?:19|20)\d\d\b)/,
    'two days of one month told together with one year after the last ("on Jan. 9 and 10, 2026", "Sept. 3-4, 2026"): the year is the first day\'s too',
    'The leaders will meet on Jan. 9 and 10, 2026 in Avalon',
  ),
  targetDay: row(
    'target-day-not-told-day',
    /\b(?:for|until|till|through|by|to|(?:postponed|delayed|moved|pushed\s+back|rescheduled|brought\s+forward)\s+from)\s+(?:the\s+)?$/i,
    'a day a past verb points to ("postponed to March 17", "a deal by October 31", "slated for January 5", "delayed from Tuesday to Friday": the day first planned): the verb\'s past says nothing of which occurrence of that day it is',
    'the meeting was postponed to ',
  ),
  attributionClosing: row(
    'closing-attribution-not-clause-tense',
    /^[^,;]*?,\s*(?:[\p{L}\p{M}\d.'’-]+\s+){0,7}?(?:said|says|told|added|stated|wrote|confirmed|announced|reported)\b[^,;]*$/u,
    'an attribution closing the sentence ("…, the spokesman told reporters"): its past is the report\'s, not the tense of the clause that holds a day before it',
    ' and 10, the national security spokesman Birch told reporters.',
  ),
  nearestOccurrence: row(
    'day-near-the-turn-of-the-year',
    /^(?:on\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)$/i,
    'a month and day without a year whose coming occurrence is at most two months ahead (a page of December naming "Jan. 9"; of February naming "March 17"): the coming one, unless its own clause tells it as past ("the ministers met on March 8th")',
    'on Jan. 9',
  ),
  plannedInClause: row(
    'planned-in-the-days-clause',
    /\b(?:will|shall|would|'ll|due|expected|scheduled|slated|upcoming|forthcoming|set\s+(?:for|to)|to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those|him|them|me|us)\b)[a-z]{2,})\b/,
    'a future or an infinitive in the clause that holds a day ("a summit in Avalon comes next, on Aug. 4", "agreed to attend the Avalon festival on July 14"): the day is of what was still to come, whatever past verb tells it',
    'accepted an invitation to attend the parade on ',
  ),
  monthSince: row(
    'month-ahead-by-the-days-clause',
    /^(?:since|after|from|through|throughout|of)\b/i,
    'a month named without a year decides its year as a day near the turn of the year does (row day-near-the-turn-of-the-year): a month ahead of the page\'s ("a state visit to Avalon in June" on a page of April) is this year\'s unless its own clause is past; except after "since", "after", "from", "through", "of" (always a month gone by), which this row matches',
    'since June',
  ),
  weekdayAfterPageDay: row(
    'weekday-after-the-page-day',
    /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i,
    'a bare weekday naming the day after the page\'s ("talks set for Tuesday", "promised to meet on Monday", in a page of the day before) is the coming one unless its own clause tells it as past ("met on Tuesday": six days back)',
    'on Tuesday',
  ),
  weekdayYear: row(
    'weekday-picks-the-year',
    /^(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.),?\s/i,
    'a weekday named with a month and day without a year ("on Friday, February 10"): the year is the one, of the last and the coming, in which that day falls on that weekday',
    'on Friday, February 10',
  ),
  storyBefore: row(
    'told-before-the-story',
    /(?:\b(?:had|'d)\s+(?:(?:also|already|first|just|never|ever|previously|once|earlier|last)\s+)*|\b(?:when|after|before|since|until|once|as|while|if|unless)\s+(?:[\w.’'-]+\s+){0,6}?)$/i,
    'a happening told in the pluperfect ("Birch had met Alder …") or in a clause framing another ("When Birch visited Avalon, …") is told before the story or beside it: the document\'s reference day is not its day',
    'When Birch ',
  ),
};

/** Words of remarks that answer what another did (events/respond.ts). */
export const RESPOND_ROWS = {
  thankedFor: row(
    'thanked-for',
    /\b(?:thanked|thanks|thanking|praised|praises|praising|commended|commends|hailed|hails|blamed|blames|blaming|faulted)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$/,
    'a remark that thanks, praises or blames someone for something answers that person: respondsTo them (with forWhat after the name)',
    'The minister said aid would follow, and thanked Birch ',
  ),
  forWhat: row(
    'thanked-for-what',
    /^(?:['’]s\s+\w+|\s+(?:for|over)\b)/,
    'what the thanks or blame is for: "… for lifting the sanctions", "… over the attacks", "Birch’s efforts"',
    ' for lifting the sanctions',
  ),
};
