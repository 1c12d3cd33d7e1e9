/**
 * Rough tense of the words around a date expression: decides whether
 * "on Friday" is the last Friday or the next one.
 */
import { tagSentence } from './pos';

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

/**
 * The future verb group a happening NOUN sits under in its clause (tense and aspect of the clause, never a date's value):
 *   subject  "the talks between A and B will address …", "A and B at a meeting in P will discuss …" — the noun before the
 *            auxiliary, no verb of its own clause before it (after the last comma or "that") nor between it and the auxiliary
 *   adjunct  "the pact will be signed during A's visit to P", "is expected to be raised at the summit" — the auxiliary's verb
 *            group, then a preposition of time or occasion (during, at, on the sidelines of, in the course of, ahead of)
 *            and the noun's phrase, with no other verb between
 * Returns the auxiliary's span (offsets of `text`), or null. `text` is one clause; [start, end) the noun.
 */
const FUTURE_AUX = /(?<!\b(?:the|a|an|our|their|his|her|its|my|your|political|joint|good|free|ill|own|popular|people's)\s)\b(?:will(?!\s+(?:to|and|of)\b)|shall|would(?!\s+(?:not\s+|never\s+)?(?:have|'ve)\b)|(?:is|are)\s+(?:expected\s+|scheduled\s+|due\s+|set\s+|slated\s+|going\s+)?to|(?:is|are|has\s+been|have\s+been)\s+(?:(?:now|also|tentatively|provisionally)\s+)?(?:scheduled|planned|set|slated|due|penciled|pencilled)(?:\s+in)?\s+(?:for|on|in))(?=\s+(?:[a-z]+ly\s+)?[\w]+\b)/gi;
/** the noun in a phrase of occasion before the verb ("at a meeting in P") */
const OCCASION_HEAD = /\b(?:at|during)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w’'-]+\s+){0,2}$/i;
/**
 * a bare anaphoric noun after a preposition of the same time ("during the visit", "during their visit", "at the talks"): it
 * points back to the happening already told, which may be under way ("X arrived on Monday. During their visit they will
 * meet …"), so the clause's future says nothing of it; a noun with words of its own ("during A's visit to P on Friday") or
 * of purpose ("for the summit", "ahead of the talks") is this clause's
 */
const ANAPHORIC = /\b(?:at|during|in\s+the\s+course\s+of|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the|their|his|her|its|this|that)\s+$/i;
/** an auxiliary of planning: the happening is arranged, not yet begun */
const PLANNING_AUX = /\b(?:expected|scheduled|due|set|slated)\s+to$|\b(?:scheduled|planned|set|slated|due|penciled|pencilled)(?:\s+in)?\s+(?:for|on|in)$/i;
/** verbs of a happening's own taking place, right after the auxiliary */
const OCCURS = /^\s+(?:(?:first|now|also|then|only|still|likely|probably|again|formally|officially)\s+)?(?:take\s+place|be\s+held|be\s+hosted|begin|start|open|convene|go\s+ahead|happen|occur|be\s+staged|be\s+organi[sz]ed)\b/i;
/** a verb of a clause of its own (finite or participle) between the noun and the auxiliary, or before a subject noun */
const OWN_VERB = /\b(?:is|are|was|were|am|has|have|had|did|does|do|said|says|told|met|held|took|made|gave|came|went|saw|began|ended|\w{3,}ed)\b/gi;
const NOT_VERB = new Set([...NOT_PAST, 'united', 'limited', 'armed', 'advanced', 'detailed', 'red', 'hundred', 'sacred', 'kindred', 'naked', 'wicked', 'beloved', 'rugged']);
/** a capitalised word ending in "-ed" after the first word is a name ("Ahmed", "Reed"), not a past verb (a clause's first word may be one: "Signed in May, …") */
const NAME_ED = /^\p{Lu}\w*ed$/u;
const REL = /\b(?:that|which|who|whom|whose|where|when|if|whether)\b|[,;:()"“”]/i;
/** a noun inside another noun's phrase or a verb's object phrase ("the outcome of the talks", "after the meeting") */
const OF_PHRASE = /\b(?:of|about|on|over|after|following|since|before|from|for|to|into|with|by|than|like|attending|attended)\s+(?:[\w’'.-]+\s+){0,4}$/i;
const ADJUNCT = /^\s+(?:[a-z]+ly\s+)?(?:not\s+)?(?:be\s+)?(?:[\w’'.-]+\s+){0,6}?(?:during|at|for|on\s+the\s+(?:sidelines|margins)\s+of|in\s+the\s+course\s+of|ahead\s+of)\s+((?:[\w’'.-]+\s+){0,7}?)$/i;

function hasOwnVerb(s: string): boolean {
  OWN_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OWN_VERB.exec(s))) if (!NOT_VERB.has(m[0].toLowerCase()) && !(NAME_ED.test(m[0]) && /\S/.test(s.slice(0, m.index)))) return true;
  return false;
}

export function futureOfNoun(text: string, start: number, end: number): { start: number; end: number } | null {
  FUTURE_AUX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FUTURE_AUX.exec(text))) {
    const aux = { start: m.index, end: m.index + m[0].length };
    if (aux.start >= end) {
      // subject: "the talks [between A and B] will …"
      const between = text.slice(end, aux.start);
      if (between.length > 80 || REL.test(between) || hasOwnVerb(between)) continue;
      const lead = text.slice(0, start);
      const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'), lead.search(/\bthat\s(?![\s\S]*\bthat\s)/i));
      const head = lead.slice(cut + 1);
      // the noun is the clause's subject: no verb before it, not inside a phrase of another noun ("the outcome of the talks")
      if (hasOwnVerb(head) || /\b(?:who|which|whom|whose)\b/i.test(head) || OF_PHRASE.test(head)) continue;
      // the verb tells the noun's own taking place ("will take place", "will be held"), or the auxiliary is one of planning
      // ("is expected to address"); a future of its effects or its end ("will strengthen ties", "will conclude tomorrow",
      // "will be a milestone", "will not be forgotten") says nothing of whether it has begun
      // ("A and B at a meeting in P will discuss …": the noun is the future verb's adjunct of occasion — any verb)
      if (!PLANNING_AUX.test(m[0]) && !OCCURS.test(text.slice(aux.end)) && (!OCCASION_HEAD.test(head) || ANAPHORIC.test(head))) continue;
      return aux;
    }
    if (aux.end <= start) {
      // adjunct: "will be signed during A's visit"
      const a = ADJUNCT.exec(text.slice(aux.end, start));
      if (a && ANAPHORIC.test(text.slice(aux.end, start))) continue;
      if (!a || hasOwnVerb(a[1]) || REL.test(a[1])) continue;
      const verbs = text.slice(aux.end, aux.end + a.index + a[0].length - a[1].length);
      if (/\b(?:and|or|but)\b/i.test(verbs)) continue;
      return aux;
    }
  }
  return null;
}

/**
 * infinitiveOfNoun: the to-infinitive whose object a happening noun is ("to engage in talks with Birch", "to scuttle the
 * trade talks", "to oversee peace talks between …", "agreed to resume talks"): the infinitive tells an aim, a duty, a
 * promise or a threat — the happening is not told as done. `text` is the sentence, `from` where the noun's clause starts,
 * `at` where the noun starts (its own modifiers before it may be read). Returns the span of "to <verb>", or null.
 * "to" must be the infinitive's particle and the word after it a verb (part-of-speech tags: "subject to final
 * negotiations", "a contrast to two visits", "proceeding to official talks" are prepositions); not the purpose of a going,
 * a welcome or a being somewhere told as done ("flew to Avalon to attend the summit", "welcomed Birch to Nordvik to
 * continue our discussions", "is in Avalon to follow the talks"), nor a first or only occasion ("the first chance in
 * years for Alder and Birch to convene a summit"), nor a noun inside a clause of its own ("to discuss where those talks are").
 */
export function infinitiveOfNoun(text: string, from: number, at: number): { start: number; end: number } | null {
  const before = text.slice(from, at);
  const m = INFINITIVE_OBJECT.exec(before);
  if (!m) return null;
  if (DONE_BEFORE_TO.test(before.slice(0, m.index))) return null;
  const to = from + m.index;
  const tokens = tagSentence(text);
  const k = tokens.findIndex((t) => t.start === to);
  if (k < 0 || tokens[k].pos !== 'PART' || tokens[k + 1]?.pos !== 'VERB') return null;
  return { start: to, end: tokens[k + 1].end };
}

/**
 * "to <verb> [in|into|on|at|over|with|for] [the|a …] [two modifiers] $" — a lower-case word right after "to". Not "to be";
 * not "to attend / join" (the purpose of a trip to the happening itself, read by the trip's own status) nor "to hold / have"
 * (a trigger of their own: "to hold talks" is read by the clause modality).
 */
const INFINITIVE_OBJECT =
  /\bto\s+(?!(?:be|have|attend|join|hold)\b)[a-z]+\s+(?:(?:in|into|on|at|over|with|for)\s+)?(?:(?:the|a|an|their|his|her|its|our|these|those|any|such|new|fresh|further|more)\s+)?(?:(?!(?:where|what|how|whether|which|that|who|when|why|if|to|from|of|by|about|than|as)\b)[\w’'-]+\s+){0,2}$/;
/** the purpose of a going, sending, welcome or stay told as done; a first or only time; a choice or ability done */
const DONE_BEFORE_TO =
  /\b(?:travell?ed|flew|arrived|came|went|headed|returned|gathered|met|joined|sent|dispatched|welcomed|hosted|received|greeted|used|managed|chose|able|(?:is|are|was|were)\s+(?:now\s+|already\s+)?(?:in|at)|first|second|third|last|only)\b[^,;]{0,60}$/i;
