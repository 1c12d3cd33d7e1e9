/**
 * More cues of the people who report the news (who/media.ts keeps them out of every document): the shapes of a
 * page's staff lines that media.ts's rows do not read. Rows: a pattern (group 1 = the name), an invented example.
 */

import { ROLE_WORDS, isCommonWord, isFirstNameWord } from './text';

/** a person's name as written: two to four capitalised words (a closing "Jr." kept) */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]+(?<!['’]s)`;
const NAME = String.raw`(${WORD}(?:\s+${WORD}){1,3}(?:\s+Jr\b)?)`;

export interface StaffRule {
  id: string;
  pattern: RegExp;
  example: string;
  /** a word the sentence must hold for the rule to be tried (cheap pre-check) */
  cue: RegExp;
  /** the row's own test of a match (the name: the last group matched; `m` the whole match), when its pattern cannot say it */
  accept?: (name: string, m: RegExpMatchArray) => boolean;
}

export const STAFF_RULES: StaffRule[] = [
  {
    id: 'media-role-comma-name',
    // "our senior correspondent, Jane Roe, who …": the role word, a comma, the name
    pattern: new RegExp(String.raw`\b(?:correspondent|reporter|columnist|anchor|editor)s?,\s+${NAME}`, 'gu'),
    example: 'Let us go to our chief Alder correspondent, Jane Roe, who is at the palace.',
    cue: /correspondent|reporter|columnist|anchor|editor/,
  },
  {
    id: 'staff-bio-line',
    // the author's note at a page's end: "Jane Roe is a staff reporter and editor at the Alder Times."
    pattern: new RegExp(String.raw`^\s*${NAME}\.?\s+is\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:editor|reporter|correspondent|writer|journalist|columnist|contributor|producer)\b`, 'gu'),
    example: 'Jane Roe is a senior reporter for the Birch Herald. Follow her on social media.',
    cue: /editor|reporter|correspondent|writer|journalist|columnist|contributor|producer/,
  },
  {
    id: 'staff-contact-line',
    // "Jane Roe can be reached at jroe@…"
    pattern: new RegExp(String.raw`${NAME}\.?\s+can\s+be\s+(?:reached|contacted)\s+at\b`, 'gu'),
    example: 'Jane Roe can be reached at jroe@birchherald.example.',
    cue: /can\s+be\s+(?:reached|contacted)/,
  },
  {
    id: 'wire-credit-in-brackets',
    // the closing credit of wire copy in brackets: "(Reporting by Jane Roe; Writing by Tomas Vell, editing Ivo Lind)"
    pattern: new RegExp(String.raw`(?:\(|;\s*|,\s*)(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited)\s+(?:by\s+)?${NAME}`, 'gu'),
    example: 'The talks resume on Monday. (Reporting by Jane Roe; Writing by Tomas Vell, editing Ivo Lind)',
    cue: /[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited/,
  },
  {
    id: 'photo-credit-line',
    // a picture's credit: a credit word with "by" or a colon ("Photo by Jane Roe", "Credit: Jane Roe", "Photo:
    // Birchwire/Jane Roe"), or an agency and a colon in the brackets that close a caption ("(Birchwire: Jane Roe)");
    // the name must close the credit (the sentence's end or a full stop ending it, a bracket, a slash or a bar after it): "Photo: Mara Quist
    // greets …" names the picture's subject, not its maker
    pattern: new RegExp(
      String.raw`(?:(?<![\p{L}])(?:[Pp]hoto(?:graph)?s?|PHOTO|[Pp]icture|[Ii]mage|[Cc]redit|[Ff]ile\s+[Pp]hoto|[Pp]hoto\s+[Cc]redit)(?:\s*:\s*(?:\p{Lu}[\p{L}.&-]*\s*/\s*)?|\s+by\s+)|\(\s*(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2})\s*:\s*)${NAME}(?=\s*(?:\.?\s*$|\)|/|\|))`,
      'gu',
    ),
    example: 'Mara Quist greets Tomas Vell at the palace in Nordvik on Monday. (Birchwire: Jane Roe)',
    cue: /[Pp]hoto|PHOTO|[Pp]icture|[Ii]mage|[Cc]redit|:\s*\p{Lu}[^()]*\)/u,
    // a credit names a maker, not an office or a desk ("Credit: Press Office", "Photo: Global Look Press"), and a
    // bracket's word before the colon is an agency, not a role ("(Project Lead: Mara Quist)")
    accept: (name, m) =>
      !name.split(/\s+/).every((w) => isCommonWord(w.toLowerCase()) && !isFirstNameWord(w.toLowerCase())) &&
      !(m[1] !== undefined && m[1].split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase()) || isCommonWord(w.toLowerCase()))),
  },
  {
    id: 'photo-credit-name-first',
    // a wire caption's closing credit with the photographer first and the credit word last: "(Jane Roe, Birchwire,
    // Pool Photo via Alderpress)", "(Jane Roe, Birchwire Photo)"
    pattern: new RegExp(String.raw`\(\s*${NAME}\s*,[^()]{0,80}?\b(?:[Pp]hoto|PHOTO)(?:\s+via\s+\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)?)?\s*\)`, 'gu'),
    example: 'Mara Quist greets Tomas Vell in Nordvik on Monday. (Jane Roe, Birchwire, Pool Photo via Alderpress)',
    cue: /[Pp]hoto\b|PHOTO/,
  },
  {
    id: 'bylined-by',
    // an archive's note on a story: "… appeared on page 1, bylined by Jane Roe"
    pattern: new RegExp(String.raw`\b[Bb]y-?lined\s+by\s+${NAME}`, 'gu'),
    example: 'This story first ran in the Birch Herald, bylined by Jane Roe and datelined from Nordvik.',
    cue: /[Bb]y-?lined/,
  },
];

/** The names a sentence gives as the news trade's by the rows above, with the rule of each. */
export function staffNames(text: string): { name: string; rule: string }[] {
  const out: { name: string; rule: string }[] = [];
  for (const r of STAFF_RULES) {
    if (!r.cue.test(text)) continue;
    for (const m of text.matchAll(r.pattern)) {
      const name = m.slice(1).filter((g) => g !== undefined).pop();
      if (!name || (r.accept && !r.accept(name, m))) continue;
      out.push({ name, rule: r.id });
    }
  }
  // a wire credit lists the others after "and" or a comma: "(Reporting by Jane Roe and Ivo Lind)"
  const credit = /\((?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting)\s+by\s+([^()]{3,200})\)/u.exec(text);
  if (credit)
    for (const part of credit[1].split(/\s*(?:,|;|\band\b|\bin\b)\s*/)) {
      const n = new RegExp(String.raw`^(?:(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited)\s+(?:by\s+)?)?${NAME}`, 'u').exec(part.trim());
      if (n && !out.some((o) => o.name === n[1])) out.push({ name: n[1], rule: 'wire-credit-in-brackets' });
    }
  return out;
}
