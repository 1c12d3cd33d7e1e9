/**
 * Rough tense of the words around a date expression: decides whether
 * "on Friday" is the last Friday or the next one.
 */
export type Tense = 'future' | 'past' | 'present' | 'neutral';

/**
 * Future cues, also as seen from the past in reported speech ("said he would
 * travel on Monday", "was due to arrive on Friday"): what was then still to
 * come is read as still to come at publication.
 */
const FUTURE =
  /\b(will|shall|won't|wo n't|(?:is|are|am)\s+(?:expected|scheduled|due|set|slated|poised|going|planning|preparing|likely|prone|to)\b(?:\s+to)?|(?:was|were)\s+(?:(?:expected|scheduled|due|set|slated|poised|going|planning|preparing)\s+)?to\b(?=\s+[a-z])|would(?!\s+(?:not\s+|never\s+)?(?:have|'ve)\b)|plans?\s+to|planned\s+to|intends?\s+to|intended\s+to|(?:is|are)\s+to|upcoming|next|coming|later\s+this|'ll)\b/gi;
/** the simple present of a scheduled happening ("the deadline expires on Friday", "the summit opens on Monday") */
const SCHEDULED = /\b(?:expires|begins|starts|ends|opens|resumes|convenes|takes effect|takes place|runs out|kicks off|(?:could|might)(?=\s+(?!not\b|never\b|have\b|n't)[a-z]+\b))\b/gi;
const PAST =
  /\b(said|says|told|met|spoke|was|were|had|did|held|made|took|gave|came|went|left|sent|saw|began|wrote|rejected|stated|added|\w{3,}ed)\b/gi;
const PRESENT = /\b(?:is|are|am)\s+\w{2,}ing\b|\b(?:is|are)\s+(?:in|at|on)\b/gi;
/** words ending in -ed that are not past narration */
const NOT_PAST = new Set(['expected', 'scheduled', 'planned', 'needed', 'proposed', 'based', 'related', 'alleged', 'united', 'red', 'bed', 'need', 'speed', 'embed', 'indeed', 'seed', 'feed', 'shed', 'proceed', 'succeed', 'exceed']);

/** what separates clauses between a cue and the date it would govern */
const CLAUSE_BREAK = /[;:"(),]|\b(?:that|and|but|or|which|who|whom|whose|while|whereas|because|although|though|if|when|where|after|before|since|until)\b/i;
/** how far (characters) a verb reaches forward to a date of its own clause */
const OWN_CLAUSE_SPAN = 60;

interface Cue {
  tense: Tense;
  start: number;
  end: number;
}

/** the tense of the cue nearest to [start, end) in `text` (normalised sentence) */
export function tenseNear(text: string, start: number, end: number): Tense {
  const cues: Cue[] = [];
  const collect = (re: RegExp, tense: Tense) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m.index >= start && m.index < end) continue; // inside the expression ("next week" is handled by itself)
      if (tense === 'past' && NOT_PAST.has(m[0].toLowerCase())) continue;
      cues.push({ tense, start: m.index, end: m.index + m[0].length });
    }
  };
  collect(FUTURE, 'future');
  collect(SCHEDULED, 'future');
  collect(PRESENT, 'present');
  collect(PAST, 'past');
  // a past cue inside a future or present phrase ("is expected to") does not count
  const kept = cues.filter((c) => c.tense !== 'past' || !cues.some((o) => o.tense !== 'past' && c.start >= o.start && c.end <= o.end));
  if (!kept.length) return 'neutral';
  // a date after its verb belongs to that verb's clause: the nearest cue before
  // it, with no clause boundary in between ("landed in X on Thursday and was
  // expected to …" is past; "said that he would travel on Monday" is future)
  const own = kept
    .filter((c) => c.end <= start && start - c.end <= OWN_CLAUSE_SPAN && !CLAUSE_BREAK.test(text.slice(c.end, start)))
    .sort((a, b) => b.end - a.end)[0];
  if (own) return own.tense;
  const dist = (c: Cue) => (c.end <= start ? start - c.end : c.start >= end ? c.start - end : 0);
  kept.sort((a, b) => dist(a) - dist(b) || (a.tense === 'future' ? -1 : b.tense === 'future' ? 1 : 0));
  return kept[0].tense;
}
