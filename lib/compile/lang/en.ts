/**
 * English: the words and phrase shapes the event passes read, as rule rows
 * `{ id, pattern, effect, example }`. The passes refer to a row by its key; a
 * second language is a second file of the same rows (same keys), chosen by the
 * document's language. Trigger verbs and nouns per event type are in
 * what/triggers.ts (TRIGGER_RULES), also rows.
 *
 * Every row is a pattern that recurs across documents; its example is a
 * generic instance, never a sentence of one document.
 */

export interface LangRule {
  /** stable id, shown in the compile trace ("why this event exists") */
  id: string;
  pattern: RegExp;
  /** what the pass does when the pattern matches */
  effect: string;
  /** a generic instance */
  example: string;
}

const row = (id: string, pattern: RegExp, effect: string, example: string): LangRule => ({ id, pattern, effect, example });

export const EN = {
  coupleGlue: row(
    'couple-only',
    /^\s*,?\s*and\s+(?:the\s+)?(?:first\s+lady|first\s+gentleman|(?:his|her)\s+(?:wife|husband|spouse))\s*,?\s*$/i,
    'a person and the spouse coordinated with them ("A and his wife B", "A and first lady B") travel and appear together: a meeting or call whose only people are that couple is no happening between them',
    ' and first lady ',
  ),
  spouseOf: row(
    'spouse-not-party',
    /\b(?:(?:his|her)\s+(?:wife|husband|spouse)|(?:the\s+)?first\s+(?:lady|gentleman))\s*,?\s*$/i,
    'a person the text introduces as someone\'s spouse ("his wife B", "first lady B") travels with a leader and signs nothing: no party of an agreement, not one of "the two leaders", and no visitor of their own when coordinated after the one they accompany',
    'Tomas Vell and his wife, ',
  ),
  spouseAlong: row(
    'spouse-accompanies',
    /\band\s+(?:(?:his|her)\s+(?:wife|husband|spouse)|(?:the\s+)?first\s+(?:lady|gentleman))\s*,?\s*$/i,
    'a spouse coordinated after someone ("the president and his wife B arrived in P") accompanies that person: the visit is theirs, not the spouse\'s own',
    'The visiting leader and his wife ',
  ),
  objectsOnly: row(
    'objects-only',
    /^(?:he|she|i|we|him|her)$/i,
    'the people coordinated after a meeting or call verb ("he might meet A and B", "the president spoke with A, B and C", "he was met by A and B") are each the counterpart of an unnamed subject (a pronoun not resolved, a noun that names no one): not a happening between themselves',
    'He was met at the airport by Governor Boris Birch and Minister Carla Cedar',
  ),
  jointTextOfDeal: row(
    'joint-text-of-deal',
    /\b(?:agree[ds]?|agreements?|deals?|accords?|treaty|treaties|pacts?|sign(?:ed|s|ing)?|normali[sz](?:e|ed|ing|ation)|restor(?:e|ed|ing)|resum(?:e|ed|ing)|ceasefire|truce|peace|reopen(?:ed|ing)?|framework|memorandum)\b/i,
    'a joint statement, declaration or communiqué is an agreement only when its sentence tells of a deal (signed, agreed, to restore ties); a joint text that condemns, supports or calls for something is a statement of its issuers, not an agreement',
    'Avalon and Nordvik released a joint communique on their pact to reopen the border',
  ),
  askedNotTold: row(
    'asked-not-told',
    /^\s*(?:[\p{Pi}\p{Pf}"'“‘]\s*)?(?:when|where|why|how|what|who|whom|whose|which|did|does|do|will|would|could|can|should|shall|is|are|was|were|has|have|had|might|may)\b[^?]*\?\s*(?:[\p{Pi}\p{Pf}"'”’]\s*)?$/iu,
    'a sentence that asks (a question opening with a question word or an auxiliary and ending with "?") tells no happening of its own: the meeting, call, visit or agreement it names is the one the text tells elsewhere',
    'When did Anna Alder visit Nordvik?',
  ),
  separatelyAfter: row(
    'separately-after',
    /^\s+[^,;.]{1,80}?\s+and\s+[^,;.]{1,60}?\s+separately\b/i,
    'a call or meeting with each person named before "separately", not one among them all',
    'Alder had called Birch and Cedar separately',
  ),
  sequelBefore: row(
    'sequel-before',
    /(?:^|[,;.]\s*|\s)(?:(?:straight|immediately|shortly|soon|right)\s+)?(?:afterwards?|and\s+then|then)\b[^,;]{0,60}$/i,
    'the happening is the next one of that day, not the one just told',
    'Straight afterwards he spoke to Birch',
  ),
  liveStamp: row(
    'live-stamp',
    /^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]+[A-Z]{2,5})?[ \t]*$/gm,
    'two or more entry stamps make a live blog: undated happenings are of its day; entries are apart',
    '14:10 CEST',
  ),
  truncated: row('truncated', /[\p{L}\d,]\s?(?:…|\.\.\.)$/u, 'a line cut off by its source is not reported from', 'Leaders meet after talks, Interf…'),
  locativeBefore: row(
    'locative-before',
    /\b(?:in|at|within|inside|into|to|near|outside|on|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?$|\b(?:in|at|within|inside|into|to|near|outside|on|from)\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:capital|city|town|port|resort|village|province|region|state|island|emirate|enclave|county|district)(?:\s+of)?,?\s+$/,
    'a place after a locative preposition is where the happening was — also after a common noun of place that names it ("in the capital Avalon", "in the northern port city of Nordvik")',
    'met Birch in Avalon',
  ),
  welcomedTo: row(
    'welcomed-to-place',
    /^[^.;:!?]{0,60}?\bto\s+(?:the\s+)?$/i,
    "a host welcoming a guest to a place: the guest's visit there as well as their meeting",
    'Alder welcomed Birch to the Glass Palace on Friday',
  ),
  approvalObject: row(
    'approval-not-reception',
    /^\s+(?:the|a|an|this|that|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?!(?:leaders?|heads?|presidents?|premiers?|ministers?|counterparts?|delegations?|envoys?|officials?|chiefs?|kings?|queens?|emirs?|princes?|secretary|secretaries|chancellors?|ambassadors?|representatives?|members?|team)\b)[\w-]+\s+(?:by|of|from|between|reached|made|taken|announced)\b/i,
    'a host verb whose object is a thing named with its author ("welcomed the decision by Birch") tells approval, not a reception of Birch',
    'Alder welcomed the decision by his counterpart Birch to lift the veto',
  ),
  coordinatedName: row(
    'coordinated-with-previous',
    /^\s*(?:and|&)\s+(?:(?!(?:who|which|that|to|was|were|is|are|had|has|have|will|would|said|says|told|with|by|for|on|in|at)\b)[\w.’'-]+\s+){0,4}$/i,
    'a name joined by "and" to the name before it belongs to the same happening as that name, however far the happening word is',
    'the meeting between President Anna Alder and Prime Minister Boris Birch was for the two to agree',
  ),
  bodyOfLeaders: row(
    'body-of-leaders',
    /\b(?:leaders|heads\s+of\s+(?:state|government)|members|member\s+(?:states|countries|nations)|allies)\s+(?:of|from)\s+(?:the\s+)?(?:\d+\s+|[\w-]+\s+)?$/i,
    "a body's leaders meeting as that body: the body (an organisation) is the party of their meeting or summit",
    'The leaders of the Avalon Pact member countries are meeting in Nordvik today',
  ),
  bodyLeadersAfter: row(
    'body-leaders-after',
    /^\s+(?:(?:member\s+(?:states|countries|nations)\s+)?(?:leaders|heads\s+of\s+(?:state|government)|allies)\b|(?:[\w-]+\s+)?(?:summit|meeting)$)/i,
    'a body named right before its leaders or its summit ("Pact leaders met", "the Pact summit")',
    'Pact leaders met in Nordvik on Tuesday',
  ),
  theirPrevious: row(
    'their-previous-pair',
    /^\s*(?:(?:in|at|during|after|before|since|following|from)\s+)?their\s+(?:[\w-]+\s+)?$/i,
    '"their meeting" opening a sentence, with no happening of theirs told just before: the two people named in the sentence before',
    'Alder told Birch on Wednesday that the deal was near. In their meeting at the palace, both praised it',
  ),
  objectPronoun: row(
    'object-pronoun-guest',
    /^\s+(?:him|her)\b/i,
    '"him/her" right after a meeting verb (not a possessive) is the guest: the nearest person told before who is not the subject',
    'As Birch left the plane, Alder greeted him with a hug',
  ),
  possessiveNounOwner: row(
    'possessive-noun-owner',
    /\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$/i,
    '"his/her meeting with B" found with only B: the person the possessive stands for (the nearest person before the noun, else the last subject) is its other party',
    'statement by Alder after her meeting with Birch',
  ),
  tellsOf: row(
    'tells-of',
    /\b(?:agreed|agreement|readout|joint\s+statement|communiqu[eé]|ended|ends?\s+(?:with|without|after|in)|resulted|produced|yielded|lasted|ran\s+for|concluded|broke\s+(?:down|up|off)|collapsed|failed|achieved|resumed?|resumes|breakthrough|constructive|productive|cordial|fruitful|postponed|cancell?ed|called\s+off|scrapped|delayed|first\b[^.;?!]{0,60}\bsince)\b/i,
    'a reference telling the outcome, length or fate of a happening is evidence of it',
    'The talks ended without agreement',
  ),
  remarkVerb: row(
    'remark-verb',
    /\b(?:said|says|told|tells|stated|announced|wrote|posted|added|statement|confirmed|insisted)\b/i,
    'a remark told at or after a happening is evidence of it',
    'X said after the call that …',
  ),
  atReference: row(
    'at-reference',
    /\b(?:after|during|at|following)\s+(?:(?:the|this|that|their|[\w’']+['’]s)\s+)?(?:[\w-]+\s+){0,2}$/i,
    'a reference in a temporal adjunct ("after the talks")',
    'told reporters after the meeting',
  ),
  topicAfter: row(
    'topic-after',
    /^\s+(?:on|about|over|regarding|concerning)\s+(?!(?:the\s+|a\s+)?(?:(?:tele)?phone|sidelines|margins|fringes?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|afternoon|evening|night|day|\d))/i,
    'talks on a topic without their parties are a happening of their own, not the document’s talks',
    'talks on forging a ceasefire',
  ),
  weekday: row('weekday', /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i, 'a bare weekday', 'on Friday'),
  deicticDay: row(
    'deictic-day',
    /^(?:(?:earlier|later)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))$/i,
    'a day told only as the writer\'s own day ("today", "this afternoon"): the document\'s publication day, which may be the next calendar day where it was stamped, not a day the text names of its own',
    'met today in the capital',
  ),
  pastTrigger: row(
    'past-trigger',
    /^(?:spoke|met|held|had|made|talked|phoned|called|visited|arrived|travell?ed|flew|signed|agreed|sat|hosted|welcomed|berated|chatted|rang|dialed|dialled|telephoned|landed|struck|reached|sealed|concluded)\b/i,
    'a past-tense trigger with a bare weekday is the last such day, not the coming one',
    'spoke by phone with Birch on Friday',
  ),
  proposal: row(
    'proposal',
    /\b(?:plan|plans|proposal|proposals|proposed|offer|offered|demand|demands|demanded|idea|suggestion|initiative|ultimatum)\b/i,
    'a rejection answers the author of a recent proposal',
    'Birch rejected the plan',
  ),
  notAnsweredObject: row(
    'answered-not-object',
    /[,:;.!?“”"(]|\b(?:by|with|to|for|from|about|after|before|during|over|as|when|while|saying|said|says|is|was|were|had|has|have|he|she|they|it)\b/i,
    'between an answering verb and a name: punctuation, a preposition that opens another phrase (by, with, to, for, from, about …; not "of", nor the "on Friday that" of a day and a that-clause), a pronoun or a verb of a clause of its own — the name is not the verb’s object ("responded by saying he would talk with Birch", "replied, alluding to Birch", "denounced the war launched by Birch"), so the remark is not taken as answering them',
    'Alder responded by saying she would talk with Birch',
  ),
  judgedNotAnswered: row(
    'judged-not-answered',
    /^(?:criticised|criticized|criticises|criticizes|accused|accuses|condemned|condemns|denounced|slammed|blasted|attacked|mocked|ridiculed|compared)$/i,
    'a verb that judges its object ("criticised Birch for …", "accused Birch of …", "condemned Birch’s invasion") speaks about them but does not by itself answer their words: verbs of answering (rejected, dismissed, questioned, responded to, hit back at …) and of warning back ("warned that Birch risked …") make their object the one answered',
    'Alder criticised Birch for the delay',
  ),
  messageTo: row(
    'message-addressed-to',
    /\b(?:in|with|through|via)\s+(?:a|an|his|her|their|its|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:message|letter|reply|response|note|post|open\s+letter)\s+(?:addressed\s+|sent\s+)?to\s+(?:(?:the|his|her|their)\s+)?(?:[\p{L}.’'-]+\s+){0,3}?$/u,
    'a remark told "in a message to" or "in a letter to" someone (after its verb of saying) is addressed to them: it answers them (respondsTo), when they are of another side',
    '“Respect our people,” said Alder in a message to President Birch.',
  ),
  programmeSubject: row(
    'programme-subject',
    /(?:^|[^\w’'])(?:we|i)\s+(?:(?:have|had|just|also|briefly|earlier)\s+)*$/i,
    'a call told in the first person ("we spoke to …") is the programme talking to a guest, never a call between actors',
    'We spoke by phone with the minister earlier today',
  ),
  programmeObject: row(
    'programme-object',
    /^\s*(?:(?:to|with)\s+)?(?:our|my|the\s+(?:programme|program|show|network)['’]s)\s+(?:[\w-]+\s+){0,2}?(?:correspondent|reporter|host|anchor|presenter|colleague|producer|editor|analyst|team)s?\b/i,
    'an exchange with the programme’s own correspondents or hosts is broadcast talk, never a phone call',
    'she spoke by phone with our correspondent in the capital',
  ),
  statementLead: row(
    'statement-lead',
    /^(?:says|tells|insists|adds|writes|warns)$/i,
    'a present-tense lead sums up what is told after it: one statement',
    'Alder says the talks went well. … she said.',
  ),
  perfectRemark: row(
    'remark-in-perfect',
    /\b(?:has|have|having)\s+(?:(?:also|already|long|repeatedly|previously|publicly|since|\w+ly)\s+)*$/i,
    'a statement verb in the present perfect ("Nordvik has rejected the accusations", "Alder has said the border stays shut", "having long insisted that …") tells a position held over time, background to the story, not a remark made on a day: no statement; a participle (", saying …") whose main verb is in the perfect ("Alder has blocked the bid, saying …") likewise',
    'Nordvik has repeatedly ',
  ),
  sayingPassive: row(
    'saying-in-passive',
    /\b(?:is|was|were|are|been|be|being|it['’]s)\s+(?:not\s+|never\s+)?(?:(?:\w+ly|also|widely|already|often|long|still|now|even|once)\s+)*$/i,
    'a verb of saying in the passive ("Mr Alder is already said to have a warm relationship with Birch", "it is often said that …") names no speaker: hearsay, no statement (adverbs between the auxiliary and the verb allowed)',
    'Mr Alder is already ',
  ),
  coordinatedAfterTime: row(
    'coordinated-verb-after-time',
    /(?:,\s+|\s)and\s+(?:(?:he|she)\s+)?(?:(?:then|later|also|today|tonight|yesterday|afterwards|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)*$/i,
    'a verb of saying coordinated after "and" with only a time or a sequence word between ("Alder praised the progress made since the summit of the bloc, and today announced new funding") shares the subject of the first verb, not the body or person named nearest before it',
    'Mara Quist praised the progress made since the Nordvik summit of the bloc, and today announced new funding.',
  ),
  contentClauseDay: row(
    'day-of-the-content-clause',
    /^\s+(?:[^,;.]{0,60}?\s)?that\s/i,
    'a day told inside the that-clause after a verb of saying ("Alder told reporters that a man deported to Nordvik in March will not be returned") dates what the remark tells, not the remark: the remark takes its day elsewhere (a day before "that" — "said on Monday that" — stays the remark\'s)',
    'Mara Quist told reporters during the meeting that a man deported to Nordvik in March will not be returned.',
  ),
  sayingWordAsNoun: row(
    'saying-word-as-noun',
    /^(?:states|stresses)$/,
    'a word of saying that is also a plural noun ("states", "stresses") is a noun when a preposition, a determiner or a number stands before it, or a verb right after it ("the rights of states", "the two head of states are due to …", "member states agreed"): no statement',
    'a treaty on the rights of states',
  ),
  claimedLives: row(
    'claimed-lives',
    /^\s+(?:[\w,.-]+\s+){0,5}?(?:lives|victims|casualties)\b/i,
    '"claimed" whose object is lives, victims or casualties ("a flood that has claimed hundreds of lives") tells a toll, not a claim: no statement',
    ' hundreds of civilian lives',
  ),
  remarkInRelative: row(
    'remark-in-relative-clause',
    /^\s+(?:would|will|could|should|might|may|was|were|is|are|had|has|have)\b/,
    'a verb of saying right before an auxiliary or modal that has no subject of its own ("a deal the Nordvik leader said would hinge on aid", "what Alder says is rhetoric", "for what Avalon said would be an exchange of views") sits in a relative clause: the remark describes a thing of the sentence, told in passing, not a statement of the story',
    'Tomas Vell will sign the accord, a deal the Nordvik leader said would hinge on further aid.',
  ),
  pronounGenderAgrees: row(
    'speaker-pronoun-gender-agrees',
    /\b(he|she)\b(?![\s\S]*\b(?:he|she)\b)/i,
    'a "he"/"she" before a statement verb that coreference left open, which the statements pass gives to the last speaker or to the subject the story follows (the pattern finds the last pronoun before the verb): only to a person of that gender as the document shows it (who/gender.ts); else the one person of that gender named just before, else no one',
    '“We will not wait,” she added. — not Tomas Vell, named last before it, in a text that calls him "Mr Vell"',
  ),
  unnamedSpeakerBefore: row(
    'pronoun-after-unnamed-speaker',
    /(?:^|[,;:”"]\s*|\b(?:and|but|while|when)\s+)[Tt]he\s+(?:[\p{L}'’-]+\s+){0,4}?\p{Ll}[\p{L}-]*\s+(?:(?:also|then|later|has|had|\p{Ll}+ly)\s+)*$/u,
    'a statement verb whose subject is a description no mention resolves ("…,” the bloc’s foreign policy chief said", "The former rebel commander said …") has a speaker the text does not name; a "he"/"she" of the next sentence that coreference left open refers to that speaker, not to a person named earlier: no speaker',
    '“The devil is in the timing,” the bloc’s foreign policy chief said. “We have a deal,” he said.',
  ),
  nationLeaders: row(
    'nation-leaders',
    /\b([A-Za-z.]+)\s+and\s+([A-Za-z.]+)\s+(?:leaders|governments|authorities|ministers|counterparts)\s+(?:have\s+|had\s+|has\s+)?(?:also\s+|now\s+|finally\s+)?$/i,
    'two nation adjectives before "leaders"/"governments" agreeing are the two countries (when the clause names no two people)',
    'French and Egyptian leaders have agreed to a ceasefire',
  ),
  leadersOfCountries: row(
    'leaders-of-countries',
    /\b(?:leaders|presidents|heads\s+of\s+(?:state|government)|prime\s+ministers)\s+of\s+(?:the\s+)?$/i,
    'two or more countries coordinated after "the leaders of" around a meeting, call or agreement stand for their leaders: each the person of that nation the document names most (a leader\'s role first); the pattern: the words before the first country',
    'Anna Alder gathered the leaders of Avalon and Nordvik to sign the accord',
  ),
  reportedOnDay: row(
    'reported-on-day',
    /\b(?:said|says|announced|announces|confirmed|confirms|stated|declared|told\s+(?:[\w-]+\s+){0,2}?)\s*$/i,
    'an agreement told as reported ("…, the minister announced on Sunday") happened by the day of the report: that day, when the clause gives none',
    'France and Egypt have agreed to a ceasefire and to start talks under the mediation of the Arab League (AL), the minister announced on Sunday',
  ),
  fromBefore: row(
    'from-is-no-place',
    /\bfrom\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?$/,
    'a place after "from" is where someone comes from ("despite opposition from Eastland", "leaders from Nordvik"), never where a meeting or agreement happened (calls and visits keep it)',
    'leaders met at their summit in Avalon despite opposition from Nordvik',
  ),
  countryAsPlace: row(
    'country-as-place',
    /^\s*(?:(?:to|in|for)\s+)?(?:the\s+)?$/,
    'a visit to a country named as an actor ("arrived in Egypt", "travelling to South Korea"): that country is where the visit was',
    'Birch arrived in Egypt on Monday',
  ),
  nationDelegation: row(
    'nation-delegation',
    /\b(?:[Aa]n?|[Tt]he)\s+([A-Z][\w.]+)\s+(?:(?:negotiating|official|high-level|government|security)\s+)?(?:delegation|team|negotiators)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|already\s+)?$/,
    'a visit by "an Israeli delegation": the country of the adjective is the visitor',
    'An Israeli delegation arrived in Cairo on Monday',
  ),
  firstPersonSpeaker: row(
    'first-person-speaker',
    /(?:^|[^\w’'])(?:we|i)\s+(?:(?:have|had|just|also|briefly|earlier)\s+)*$/i,
    'a call told in the first person whose "I" the people stage resolved to a newsmaker (the speaker of remarks) is that speaker’s call, not the programme’s',
    'I just spoke with the prime ministers of Avalon and Nordvik',
  ),
  coordinatedPeople: row(
    'coordinated-people',
    /\s(?:and|&)\s/i,
    'one span the people stage resolved to two people ("the prime ministers of A and B") keeps both',
    'the prime ministers of Avalon and Nordvik',
  ),
  cancelNoun: row(
    'cancel-noun',
    /\b(?:cancell?ations?|postponements?|calling[\s-]+off|scrapping|shelving|cancelling|canceling|postponing)\s+of\s+(?:(?:the|a|an|his|her|their|its|this|that)\s+)?(?:[\w’'-]+\s+){0,3}$/i,
    'a happening named as the thing a noun of calling off governs ("the cancellation of her planned trip", "the postponement of their meeting") is cancelled',
    'a day after the cancellation of the planned visit to Nordvik',
  ),
  planCalledOff: row(
    'plan-called-off',
    /^[^.;!?]{0,140}?,?\s+but\s+(?:the\s+|that\s+|this\s+|those\s+)?(?:plans?|trip|visit|meeting|talks|summit|call|ceremony|signing|it|they)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+|abruptly\s+)?(?:cancell?ed|called\s+off|scrapped|shelved|postponed|put\s+off|dropped)\b/i,
    'a plan told with a later clause that calls it off ("was to visit P in May, but that trip was scrapped") is cancelled, not planned',
    'Anna Alder was to travel to Nordvik in May, but that trip was later scrapped over the storm',
  ),
  cancelVerbBase: row(
    'cancel-verb-base',
    /\b(?:decision|decided|decides|decide|plans?|planning|agreed|wants?|wanted|chose|forced|had|was\s+forced)\s+to\s+(?:postpone|cancel|call\s+off|put\s+off|delay|scrap|shelve)\s+(?:[\w’'-]+\s+){0,3}$|\b(?:postponing|cancell?ing|calling\s+off|putting\s+off|delaying|scrapping|shelving)\s+(?:[\w’'-]+\s+){0,3}$/i,
    'a happening someone decided to postpone or call off (the verb in its base or -ing form) is cancelled',
    'his decision to postpone his visit to Avalon',
  ),
  rescheduled: row(
    'rescheduled',
    /\b(?:reschedul\w*|rearrang\w*|before\s+proceeding\s+with)\s+(?:[\w’'-]+\s+){0,2}$/i,
    'a happening to be rescheduled, or that someone waits for before proceeding with, has not happened yet: planned',
    'paving the way for Birch to reschedule his visit to Avalon',
  ),
  aheadOf: row(
    'ahead-of',
    /\b(?:comes?|is|are|falls?|takes\s+place|will\s+\w+)\s+(?:just\s+|only\s+)?(?:(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|hours?)\s+)?(?:before|ahead\s+of)\s+(?:[\w’'.-]+\s+){0,5}$/i,
    'a happening told as what something now comes before ("comes two days before X’s summit with Y") is still ahead: planned',
    'The meeting comes just two days before Birch’s first summit with Alder',
  ),
  conditionalClause: row(
    'conditional-clause',
    /^\s*(?:["“'‘]\s*)?(?:if|unless|should|provided\s+that|in\s+case)\s[^,;:]*$/i,
    'a happening inside a sentence-opening condition ("If Alder and Birch sit down face-to-face, …") is hypothetical: dropped',
    'If Alder and Birch sit down face-to-face and talk frankly, they could reach a deal',
  ),
  purposeOfDone: row(
    'purpose-of-done',
    /\b(?:joined|gathered|met|convened|assembled|came\s+together|sat\s+down|hosted|welcomed|received|travell?ed|flew|arrived|returned|stopped|went)\b(?![^,;]*\b(?:will|would|shall|'ll|to\s+(?:be|have)|expected|due|set|scheduled|planned|plans?|hopes?|wants?|aims?|intends?|agreed|decided|invited|asked|urged|offers?|proposals?|requests?|calls?|bids?|decisions?|moves?|chances?|opportunit(?:y|ies)|invitations?|permission|approval|promises?|pledges?|commitments?|ideas?|efforts?|attempts?|ways?|time|readiness|willingness)\b)[^,;.:!?]{0,90}?\bto\s+$/i,
    'a happening in the purpose infinitive of a done gathering or journey ("joined Birch in Avalon to sign the accord", "gathered the leaders to sign") took place with it: not planned for the "to" alone',
    'Alder and Cedar joined Birch in Avalon on Monday to sign the accord',
  ),
  futureWhenClause: row(
    'future-when-clause',
    /\b(?:will|shall|'ll|is\s+to|are\s+to)\s+(?:\w+\s+){0,4}?(?:when|once|as\s+soon\s+as)\s+[^,;:.]{0,90}$/i,
    'a happening in a "when/once" clause of a future sentence ("will be met when Birch meets Cedar in Avalon") is still ahead: planned',
    'The first test will be met when Birch meets Cedar in Avalon on Friday',
  ),
  eventOfOthers: row(
    'event-of-others',
    /\b(?:ahead\s+of|before|after|following|prior\s+to|on\s+the\s+eve\s+of)\s+(?:the|a|an|this|that|next|last)\s+(?:[\w-]+\s+){0,2}$/i,
    'a happening named after "ahead of/before/after the …" with its own parties ("between A and B") is not the clause subject’s: the subject does not take part',
    'Alder and Birch held a phone conversation ahead of the summit between Freedonia and Eastland',
  ),
  duringFrame: row(
    'during-frame',
    /\bduring\s+(?:[\w’'-]+\s+){0,3}$/i,
    'a visit or summit named as the frame of another happening ("talks on Saturday during X’s visit") does not take that happening’s day',
    'their talks took place on Saturday during Birch’s first visit to Avalon',
  ),
  joinedRemotely: row(
    'joined-remotely',
    /^[\s,]*(?:who\s+|and\s+|while\s+)?(?:also\s+)?(?:joined|joins|joining|took\s+part|participated)\s+(?:the\s+\w+\s+)?(?:in\s+)?(?:by|via|over)\s+(?:(?:tele)?phone|video(?:\s*(?:link|call|conference))?|videoconference)\b|^[\s,]*(?:who\s+)?(?:joined|joins|joining|took\s+part|participated)\s+(?:the\s+\w+\s+)?(?:remotely|virtually|online)\b/i,
    'a person who joined a meeting by phone or video took part by a call with its people, not in the room',
    'Alder was joined in person by Birch and Cedar, who joined by phone',
  ),
  officialsFromPlaces: row(
    'officials-from-places',
    /\b(?:officials|delegations|delegates|negotiators|envoys|representatives|diplomats|teams|ministers)\s+from\s+(?:the\s+)?$/i,
    'officials "from <capital> and <capital>" holding talks or agreeing stand for the countries those places lie in',
    'Top security officials from Avalon and Nordvik held four days of talks',
  ),
  daysOfTalksFrom: row(
    'days-of-talks-from',
    /\b(two|three|four|five|six|seven|[2-7])\s+days\s+of\s+(?:[\w-]+\s+){0,2}$/i,
    '"four days of talks from Monday": the talks ran to their last day, the day they are reported by (first day + N − 1)',
    'officials held four days of talks from Monday in Avalon',
  ),
  signingWitness: row(
    'signing-witness',
    /\b(?:signing(?:\s+ceremony)?|ceremony|inauguration|funeral|parade|celebrations?)\b/i,
    'attending a ceremony (a signing, an inauguration) is being a witness, not a meeting of the attendees: the join is dropped',
    'The signing ceremony was attended by Birch and Cedar',
  ),
  abbreviationDot: row(
    'abbreviation-dot',
    /\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Sen|Rep|Gov|Prof|Hon|Rev|Sr|Jr|St|Amb)\.|\b[A-Z]\.(?=\s+[A-Z])/g,
    'the full stop of an abbreviation ("U.S. President", "Dr.", an initial) ends no clause: names listed around it stay one list',
    'Anna Alder, U.S. President Boris Birch and Dr. Carla Cedar met',
  ),
  agreedInCall: row(
    'agreed-in-call',
    /^[\w’'-]+\s+(?:[\w’'-]+\s+){0,2}?(?:in|during|over|on)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:(?:tele)?phone\s+)?(?:call|conversation)\b/i,
    'people who "agreed in a phone call" tell the call: the happening is the call, what they agreed is its content (read from the trigger word)',
    'agreed on Monday in a phone call to meet again',
  ),
  backerNoParty: row(
    'backer-no-party',
    /\b(?:[Ss]upport|[Bb]acking|[Pp]ressure|[Oo]pposition|[Oo]bjections?|[Cc]riticism|[Cc]ondemnation|[Pp]rotests?)\s+(?:of|from|by)\s+(?:(?:the|and|[A-Z][\w’'.-]*)[\s,]+)*$/,
    'those named as giving support, pressure or opposition ("with support from A, B and C") back or oppose the happening; they are not its parties',
    'Alder and Birch agreed on a proposal with great support from Nordvik and Avalon',
  ),
  modifierNoParty: row(
    'modifier-no-party',
    /^(?:[-–][\w.’'-]+)*\s+(?:charter|conventions?|resolutions?|alliances?|sanctions|proposals?|constitution|embassy|embassies|borders?|territory|soil|airspace|waters|economy|military|army|forces|market|markets|companies|firms|media)\b/i,
    'a country or body naming the thing after it ("the UN Charter", "the Avalon-Nordvik alliance", "Nordvik sanctions") is no party of the clause',
    'agreed to adhere to the principles of the UN Charter',
  ),
  institutionHead: row(
    'institution-head',
    /^\s*(?:['’]s\s+)?(?:(?:foreign|defen[cs]e|interior|armed|security|negotiating)\s+)?(?:army|military|forces|government|authorities|delegations?|delegates|ministry|negotiators|team|officials|representatives|envoys|leaders|leadership|side)\b/i,
    'a country or body followed by the head noun of its institution ("A\'s army", "A officials", "the A delegation") stands for it as the subject of the verb after',
    "Avalon's army signed the declaration",
  ),
  institutionAnd: row(
    'institution-and',
    /^(?:\s*(?:['’]s\s+)?(?:(?:foreign|defen[cs]e|interior|armed|security|negotiating)\s+)?(?:army|military|forces|government|authorities|delegations?|delegates|ministry|negotiators|team|officials|representatives|envoys|leaders|leadership|side)\b)?\s*(?:\([^()]{1,15}\)\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:(?:the|its|their|rival|warring|opposing|representatives\s+of|delegations?\s+of|officials\s+of)\s+){0,3}$/i,
    'institutions joined by "and" or commas (a possessive head, an abbreviation in brackets, "its rival" between) are one coordinated subject',
    'The Avalon Armed Forces (AAF) and its rival Nordvik Forces (NF) signed a declaration',
  ),
  peopleOfInstitutions: row(
    'people-of-institutions',
    /\b(?:leaders?|presidents?|prime\s+ministers?|(?:foreign\s+|defen[cs]e\s+)?ministers?|heads?\s+of\s+(?:state|government)|chief\s+diplomats?|top\s+diplomats?|diplomats|ambassadors?|kings?|monarchs?|premiers?)\s+(?:of|from)\s+(?:the\s+)?$/i,
    'institutions named after a head noun of people ("the leaders of A and B", "the chief diplomats from A and B") stand for those people: no institution parties (the people rules decide)',
    'the first call between leaders of Avalon and Nordvik since the war',
  ),
  peopleSubject: row(
    'people-subject-no-countries',
    /(?:^|[\s,;])(?:the\s+(?:two|three|four|five)\s+(?:leaders|men|women|presidents|prime\s+ministers|(?:foreign\s+)?ministers|heads\s+of\s+state)|both\s+(?:leaders|men|women|presidents|ministers)|the\s+(?:leaders|presidents|heads\s+of\s+state))\s+(?:(?:had|have|has|also|then|later|jointly|formally|finally|reportedly|once\s+again)\s+)*$/i,
    'a happening whose subject is people ("the two leaders signed", "the leaders also agreed") has no country or body named elsewhere in the clause (a place, a modifier) as its party',
    'in Avalon, Nordvik, where the two leaders signed a joint declaration',
  ),
  pairSubject: row(
    'pair-subject',
    /(?:^|[\s,;:“"(])(?:the\s+pair|both(?:\s+of\s+them)?|the\s+two(?:\s+of\s+them)?|(?:the\s+(?:two|three|four|five)|both)\s+(?:[\w-]+\s+)?(?:leaders|men|women|presidents|prime\s+ministers|premiers|(?:foreign\s+)?ministers|heads\s+of\s+(?:state|government)|sides|countries|nations|governments|neighbou?rs|parties|delegations|states|allies|rivals)|the\s+(?:leaders|sides|parties|delegations))\s+(?:(?:had|have|has|also|then|later|jointly|formally|finally|reportedly|eventually|subsequently|quickly|once\s+again|on\s+\w+day)\s+)*$/i,
    'an agreement whose subject is a plural noun for the parties ("the two leaders signed", "the pair agreed", "after the two nations reached a deal", "which the two countries signed") is the agreement of the two people the text has just told together: the people named before it in its sentence, else the parties of the meeting or call told just before, else the two people of the sentences before — not a person named elsewhere in the clause',
    'Alder met Birch in Avalon, after which the two leaders signed a joint declaration',
  ),
  pairReported: row(
    'pair-reported',
    /\b(?:said|says|say|told|tells|stated|states|announced|announces|added|noted|confirmed|wrote|reported|explained|insisted|stressed|according\s+to)\b/i,
    'people named before a reporting verb that precedes "the two leaders" are the speakers of the report, not the pair it tells of (pair-subject then reads the talks just told)',
    'Alder and Birch said in a joint statement that the two leaders agreed',
  ),
  pairAgent: row(
    'pair-agent',
    /^\s+(?:jointly\s+)?by\s+(?:the\s+pair|both(?:\s+of\s+them)?|the\s+two(?:\s+of\s+them)?|(?:the\s+(?:two|three|four|five)|both)\s+(?:[\w-]+\s+)?(?:leaders|men|women|presidents|prime\s+ministers|premiers|(?:foreign\s+)?ministers|heads\s+of\s+(?:state|government)|sides|countries|nations|governments|parties|delegations))\b/i,
    'a text "signed by the two leaders", "agreed by both sides": the plural agent is the parties, read as a plural subject (pair-subject)',
    'a declaration signed by the two leaders in Avalon',
  ),
  institutionObject: row(
    'institution-object',
    /^\s*(?:with\s+)?(?:(?:the|top|senior|visiting|representatives|delegations?|delegates|officials|leaders|leadership|members|envoys|negotiators|commanders|heads?|a|an|of|from)\s+){0,4}$/i,
    'one person meeting or calling an institution named as the object ("met with representatives of the Nordvik Guard", "held talks with the Avalon Forces"): the institution is the other party',
    'Anna Alder met with representatives of the Nordvik Guard in Avalon',
  ),
  institutionHeadBetween: row(
    'institution-head-between',
    /\b(?:representatives|delegations?|delegates|officials|negotiators|negotiating\s+teams?|teams|armies|militaries|governments|forces|envoys)\s+(?:of|from)\s+(?:the\s+)?$/i,
    'talks "between representatives of A and B" are the institutions\' own even when both are countries (no leaders implied)',
    'talks between representatives of Avalon and representatives of Nordvik',
  ),
  institutionModifier: row(
    'institution-modifier',
    /^\s+(?:[\w’'-]+\s+){0,3}?(?:leader|chief|head|commander|spokes(?:man|woman|person)|(?:foreign\s+|defen[cs]e\s+|prime\s+)?minister|president|envoy|ambassador|general|negotiator|secretary|official|representative)\s+(?:[\w.’'-]+\s+){0,3}$/i,
    'a body or country right before a title and a person ("Nordvik Guard leader Gen. Birch", "Avalon Foreign Minister Cedar") names that person\'s side; the person, not the body, takes part',
    'Alder held a phone call with Nordvik Guard leader Gen. Boris Birch',
  ),
  institutionSubject: row(
    'institution-subject',
    /^\s*(?:[\w’'-]+\s+){0,4}?with\s+(?:the\s+)?$/i,
    'two or more institutions coordinated as the subject right before the trigger verb (only auxiliaries and adverbs between), or one with the institution named after "with" (the pattern: the gap before it), are the parties; the happening is kept without people',
    'Avalon and Nordvik will hold more talks next week',
  ),
  institutionsBetween: row(
    'institutions-between',
    /\b(?:between|among|of)\s+(?:(?:the|warring|rival|representatives|delegations?|officials|negotiators|envoys|of)\s+){0,4}$/i,
    'institutions named on the happening noun ("talks between representatives of A and representatives of B", "the meeting of A and B") are its parties when no person is',
    'the restart of talks between representatives of the Avalon Forces and representatives of the Nordvik Guard',
  ),
  appositionGap: row(
    'apposition-gap',
    /^\s*,\s*(?!\s*(?:who|which|that|whose|whom|and|but|or|as|after|before|while|when|where|if|although|though|because|since|said|says|told|according)\b)[^,;:!?()"“”]{3,110}?,\s*(?:(?:also|then|later|jointly|on\s+\w+|again)\s+)?$/i,
    'a title in commas between a name and its verb ("A, Secretary of the Council of Avalon, held talks") leaves the name the subject, however long the title',
    'Anna Alder, Secretary of the Supreme Security Council of the Republic of Avalon, held talks',
  ),
  superlativeInfinitive: row(
    'superlative-infinitive',
    /\bthe\s+(?:first|second|third|last|only)\s+(?:(?!to\b)[\w.’'-]+\s+){0,6}?to\s+$/,
    'a happening named in "the first <person> to <verb>" is what made the person the first: it took place (no plan), and its party is the person so described, not a country in the description',
    'Anna Alder, the first sitting Avalon president to visit Nordvik, met survivors of the war',
  ),
  superlativeFuture: row(
    'superlative-future',
    /\b(?:will|would|could|may|might|shall|set\s+to|going\s+to|hopes?\s+to|aims?\s+to|expected\s+to|poised\s+to|likely\s+to)\s+(?:\w+\s+){0,2}?(?:be|become)\s+$/i,
    'who "will become the first … to visit" has not visited yet: the superlative-infinitive row does not apply',
    'Birch will become the first Nordvik leader to visit Avalon',
  ),
  possessiveFrame: row(
    'possessive-frame',
    /\b(?:during|on|in|at\s+the\s+(?:end|start|close|beginning|conclusion)\s+of|on\s+the\s+(?:first|second|last|final)\s+day\s+of|after|following|before|ahead\s+of|for)\s+(?:his|her)\s+(?:(?:first|second|third|last|final|recent|latest|current|ongoing|official|state|working|two-day|three-day|four-day|five-day|one-day|\w+-day|surprise|historic|brief|short|landmark|maiden)\s+){0,3}$/i,
    'a visit framed as "his/her visit" inside an adjunct ("during his trip to P", "at the end of her visit to P") is the visit of the clause’s subject (the person whose verb the frame hangs on), not of the person named nearest',
    'Anna Alder raised the issue with officials, including Boris Birch, during her trip to Nordvik last week',
  ),
  onAVisitRelative: row(
    'on-a-visit-relative',
    /^,\s*(?:who|which)\s+(?:is|was|are|were)\s+(?:now\s+|currently\s+|still\s+)?(?:on|in\s+\w+\s+(?:on|for))\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}$/i,
    'a name with a relative clause "…, who is on an official visit to P," is the visitor',
    'Anna Alder, who is on an official visit to Nordvik, met Boris Birch in Avalon City',
  ),
  backgroundHappening: row(
    'background-happening',
    /\b(?:in|since|back\s+in)\s+(?:19|20)\d\d\b/i,
    'a happening whose own day lies more than a year before the document was published ("reached a deal with Avalon in 2015") is background, not news: no event (the pattern shows the usual shape; the decision compares the resolved day with the publication day)',
    'Birch reached a landmark deal with Avalon in 2015',
  ),
  firstPersonDeal: row(
    'first-person-deal',
    /(?:^|[\s,;:“"(—–-])we(?:['’]ve|\s+have|\s+had)?\s+(?:(?:also|now|just|finally|jointly|together|successfully)\s+)*$/i,
    'an agreement said in the first person plural by someone speaking ("We’ve reached a deal", "we concluded a historic accord" in a transcript or a quoted remark) that no clause day dates is the agreement of the talks the document has told: the people of its meeting or call',
    'We’ve reached a deal',
  ),
  otherSideNamed: row(
    'other-side-named',
    /^\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?with\s+(?:the\s+)?[A-Z]/,
    'an agreement whose clause names its other side ("reached a landmark deal with Avalon") takes no other side from a call or meeting told before (agreement-other-side does not apply)',
    'Birch reached a landmark deal with Avalon',
  ),
  coordinatedVerb: row(
    'coordinated-verb',
    /\band\s+(?:then\s+|also\s+|later\s+|jointly\s+|subsequently\s+)?(?:have\s+|has\s+|had\s+)?$/i,
    'a happening verb coordinated with "and" after another, with no subject of its own ("met Birch and agreed to …"), has the parties of the happening before it',
    'Anna Alder met Boris Birch and agreed to restore flights',
  ),
  theirAdjunct: row(
    'their-adjunct',
    /\b(?:after|before|following|during|at|ahead\s+of|on\s+the\s+sidelines\s+of|at\s+the\s+end\s+of)\s+their\s+(?:[\w-]+\s+){0,2}$/i,
    'a happening named "their <summit>" in an adjunct of a sentence that tells another happening of two or more people ("A and B signed a declaration after their summit") is those people’s own happening, not a mention of one told elsewhere',
    'Anna Alder and Boris Birch signed a joint declaration after their summit in Avalon',
  ),
  heldBySomeone: row(
    'held-by-someone',
    /\b(?:held|hold|holds|holding|convened|convene|convenes|convening|opened|opens|attended|attend|attends|attending|gathered\s+(?:for|at)|gather\s+(?:for|at))\s+(?:(?:a|an|the|their|its|his|her|this|that)\s+)?(?:[\w’'-]+\s+){0,3}$/i,
    'a happening no named person takes part in is an event only when the text tells that someone held it ("leaders of the bloc held an emergency summit in Avalon"); a summit or meeting named in passing ("the first summit held in Nordvik", "at the start of their summit") is a mention, not an event',
    'Leaders of the Nordvik Pact held a summit in Avalon on Monday',
  ),
  speakersPronoun: row(
    'speakers-pronoun',
    /\b(?:said|say|says|announced|announce|announces|told\s+(?:reporters|journalists|the\s+press))(?:\s+(?:on\s+)?(?:today|tonight|yesterday|later|jointly|afterwards|\w+day))?(?:\s+(?:that|after|following)\b[^,;]{0,40}?)?\s+(?:that\s+)?(?:they|both)\s+(?:(?:had|have|has|also|jointly|finally|now|already)\s+)*$/i,
    'a happening whose subject is "they" right after a reporting verb ("A and B announced on Friday that both have finally reached …") has the people coordinated before that verb as its parties (all of them, not the one nearest)',
    'Anna Alder and Boris Birch announced on Friday that both have finally reached an agreement',
  ),
  speakersRunGlue: row(
    'speakers-run-glue',
    /^(?:[\s,]*(?:and\s+)?(?:(?:his|her|their|the)\s+)?(?:[\w.’'-]+\s+){0,4}?|,\s*[^,;:.]{1,40}?,\s*(?:and\s+)?(?:(?:his|her|their|the)\s+)?(?:[\w.’'-]+\s+){0,4}?)$/,
    'the text between two people of one coordinated subject, or between the last of them and its verb: commas, "and", titles and a short description ("A, second right, and Foreign Minister B said …"); no clause of its own',
    ', second right, and Foreign Minister ',
  ),
  invitationCarried: row(
    'invitation-carrier',
    /\binvitation\b[^.;]{0,80}?\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:extended|issued|made|delivered|conveyed|passed\s+on)\b[^.;]{0,40}?\b(?:during|in|on|over)\s+(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,2}$/i,
    'a call or meeting told as what carried an invitation ("the invitation was extended on Tuesday during a telephone call") has the inviter and the invitee of the invitation told in that sentence or up to three before as its parties',
    'Anna Alder has invited Boris Birch to the harvest festival. The invitation was extended on Tuesday during a telephone call',
  ),
  futureBeforeIng: row(
    'future-before-ing',
    /\b(?:will|shall|'ll|is\s+to|are\s+to|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to)\s+(?:[\w’'-]+\s+){0,8}?(?:before|after|ahead\s+of)\s+$/i,
    'an -ing clause ("before meeting Birch") hanging on a future main clause ("Alder will need several more weeks before meeting Birch") is as far ahead as that clause: planned',
    'Anna Alder will need several more weeks before ',
  ),
  readoutNotStatement: row(
    'readout-not-statement',
    /^(?:said|says|say|stated|states|added|adds|noted|notes|announced|announces|confirmed|confirms|emphasi[sz]ed|stressed|reported|reports|told|explained|described)\b/i,
    'a body (an office, a ministry, an agency) that reports, with a verb of saying (the pattern), a meeting or call of named others in the same sentence ("the ministry said in a statement that A and B discussed …") gives the readout of that happening, which is kept; the report is no statement of the body of its own. Other verbs are the body\'s own word ("denied that A met B", "according to" a source) and stay',
    'The Nordvik foreign ministry said in a statement that Mara Quist and Tomas Vell discussed the border on Monday',
  ),
  readoutAnnouncement: row(
    'readout-announcement',
    /\b(?:will|would|shall|is\s+to|are\s+to|(?:is|are|was|were)\s+(?:expected|scheduled|set|due|slated)\s+to|to\s+be\s+held|(?:will|to)\s+take\s+place|in\s+the\s+coming\s+(?:days|weeks))\b/i,
    'a body confirming or announcing a happening still to come ("the ministry confirmed a meeting of A and B will take place") makes an announcement of its own, which annotators keep as its statement: no readout',
    'The Nordvik ministry confirmed that a meeting of Mara Quist and Tomas Vell will take place in the coming days',
  ),
  spokeInPerson: row(
    'spoke-in-person',
    /\b(?:during|at|in\s+the\s+course\s+of|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:a|an|the|their|his|her|its|this|that)\s+(?:[\w-]+\s+){0,3}?(?:meeting|meetings|talks|summit|visit|dinner|lunch|luncheon|banquet|breakfast|ceremony|reception|tour|walk|stroll)\b|\b(?:before|after|ahead\s+of|while|when)\s+(?:meeting|visiting|touring|hosting|receiving)\s|\bon\s+the\s+(?:sidelines|margins)\b/i,
    'a verb of talking ("spoke with", "talked to") in a sentence that places the talkers together (during a meeting, a visit or a dinner; before or after meeting someone; on the sidelines) tells a conversation in person, not a phone call: the happening is a meeting (unless the sentence names a phone, a call or a video link)',
    'Mara Quist speaks with Tomas Vell during a meeting at the Alder Palace in Nordvik',
  ),
  spokeByPhone: row(
    'spoke-by-phone',
    /\b(?:phone|telephone|phoned|call|calls|called|video|videoconference|virtual|virtually|remotely|by\s+line)\b/i,
    'words that say the talk went over a line: a verb of talking stays a call even in a sentence that names a meeting',
    'Before meeting Tomas Vell, Mara Quist spoke by phone with Alder',
  ),
  itSpeaksTo: row(
    'it-speaks-to',
    /\b(?:it|this|that|which|these|those|what)\s+(?:[a-z]+ly\s+)?(?:speaks|spoke|spoken|talks|talked)\s+(?:to|with)\s+$/i,
    'a thing that "speaks to" something ("it speaks to the delicate situation") is evidence of it: no one talked, no call',
    'it clearly speaks to the awkward position that Mara Quist and Tomas Vell find themselves in',
  ),
  receptionVisitor: row(
    'reception-visitor',
    /\b(?:received|receives|receive|receiving|hosted|hosts|host|hosting|welcomed|welcomes|welcome|welcoming|greeted|greets)\s+$/i,
    'a visit noun in a clause whose verb receives a guest ("A received B in P, the first such visit there by …", "A will host B on a working visit in P") is the visit of that guest (the first person named after the verb), not of the host or of a country in the noun\'s description; the visit is as far ahead as the verb ("will host" — planned)',
    'Anna Alder will host Boris Birch on a working visit in Avalon in June',
  ),
  passiveReception: row(
    'passive-reception',
    /\b(?:was|were|been|being|be|is|are|get|got)\s+(?:[a-z]+ly\s+)?$/i,
    'a receiving verb in the passive ("B was warmly received by A at P", "were welcomed by A") has the host after "by" and the guest as its subject: the guest is the subject (the person named before the verb), never the host',
    'The envoy Boris Birch was warmly ',
  ),
  nounFutureClause: row(
    'noun-in-future-clause',
    /^(?:(?:state|official|working)\s+)?(?:visit|visits|trip|trips|meeting|meetings|talks|summit|summits|negotiations|discussions|conversation|session)\b/i,
    'a happening told by a noun (visit, trip, meeting, talks, summit …) takes the tense of its clause: when the clause\'s verb group is future and the noun is its subject with a verb of taking place or of planning ("the talks between A and B will take place …", "A\'s meeting with B is expected to address …"), or its adjunct of time, occasion or purpose ("will be signed during A\'s visit to P", "A and B at a meeting in P will discuss …", "will arrive in P on Monday for talks with B"), the happening is still ahead — planned (text/tense.ts futureOfNoun)',
    'The accord will be signed during Mara Quist\'s visit to Nordvik on Friday',
  ),
  nounInfinitiveClause: row(
    'noun-in-infinitive-clause',
    /^(?:(?:state|official|working)\s+)?(?:visit|visits|trip|trips|meeting|meetings|talks|summit|summits|negotiations|discussions|consultations|conversation|session|call|ceasefire|cease-fire|truce|deal|agreement|accord)\b/i,
    'a happening told by a noun that is the object of a to-infinitive ("agreed to resume talks", "threatened to scuttle the trade talks", "too soon to engage in talks with B", "appointed A to lead discussions with B") is an aim, a promise or a threat, not a happening done: planned (text/tense.ts infinitiveOfNoun; "to" must be the particle and its next word a verb by part-of-speech tags; not the purpose of a going, welcome or stay told as done, nor a first or only time)',
    'Mara Quist threatened to scuttle the trade talks with Nordvik',
  ),
  namingCalled: row(
    'naming-called',
    /^\s*(?:(?:[A-Z][\w’'.-]*|him|her|them)\s+){1,4}[“"‘]|^\s*(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+(?!(?:office|team|aides?|staff|spokes\w+|counterpart|wife|husband|son|daughter|envoy|advis[eo]r|chief|secretary|minister|deputy|family|lawyer|campaign|president|prime|foreign|leader)\b)[a-z]/,
    '"called" followed by a name and a quoted word ("called Birch “my friend”"), or by a thing someone owns ("called Birch’s decision “brave”"), names or judges: no phone call (the words after "called", read from the verb on)',
    ' Tomas Vell “my old friend”',
  ),
  namingCalledNoun: row(
    'naming-called-noun',
    /^\s*(?:his|her|their|its|the|our|my)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+,?\s+[“"‘]/i,
    '"called" followed by a common noun phrase and a quoted word ("called his counterpart “my friend”", "called the envoy “a liar”") names or judges the one the noun stands for: no phone call (the words after "called", read from the verb on)',
    ' his counterpart “President Vell”',
  ),
  meetingOfSigning: row(
    'meeting-of-signing',
    /^(?:signed|signing|sign|signs)\b/i,
    'an agreement signed by two or more people, done, on a day told and at a place told or on a day told to the day ("signed in Rome on Monday by A and B", "A and B signed the accord at P in 2019", "A and B signed the accord on Monday") also tells that the signers met: a meeting of the signing people, same day and place (read on the trigger word)',
    'Mara Quist and Tomas Vell signed the accord in Nordvik on Monday',
  ),
} as const satisfies Record<string, LangRule>;

export type EnKey = keyof typeof EN;

/** Every row, for the editors' report and tests. */
export const EN_RULES: LangRule[] = Object.values(EN);
