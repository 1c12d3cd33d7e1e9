/**
 * English words of the "who" stage's references to people by office, as rule rows
 * `{ id, pattern, effect, example }` (same shape as lang/en.ts). No names here:
 * the person comes from the document or the data files.
 */
import type { LangRule } from './en';

const row = (id: string, pattern: RegExp, effect: string, example: string): LangRule => ({ id, pattern, effect, example });

/** offices a reference may name, singular or plural (group 1 of the rows below) */
const OFFICE = String.raw`(?:prime\s+minister|president|foreign\s+minister|defen[cs]e\s+minister|chancellor|premier|king|emir|crown\s+prince|foreign\s+secretary|secretary\s+of\s+state)`;
const OFFICES = String.raw`(${OFFICE}s?)`;
/** a country word: one or two capitalised words (checked against the nations afterwards) */
const NATION = String.raw`((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)`;

export const EN_WHO = {
  officeOfNations: row(
    'office-of-nations',
    new RegExp(String.raw`\b[Tt]he\s+${OFFICES}\s+of\s+${NATION}((?:\s*,\s*(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)*\s*,?\s+and\s+(?:of\s+)?(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?`, 'gu'),
    'each country named gets the one person holding that office there (named in the document, else in the data files or discovered elsewhere)',
    'I just spoke with the prime ministers of Freedonia and Sylvania',
  ),
  nationsOffice: row(
    'nations-office',
    new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)['’]s\s+(?:new\s+|current\s+)?${OFFICES}(?![\p{L}])`, 'gu'),
    'the one person holding that office in that country',
    'Freedonia’s foreign minister arrived later',
  ),
  roleReference: row(
    'the-role-reference',
    /\b(?:the|The)\s+(vice president|president|prime minister|foreign minister|defen[cs]e minister|defen[cs]e secretary|secretary of state|secretary|minister|special envoy|envoy|spokesman|spokeswoman|spokesperson|chancellor|ambassador|national security adviser|premier|taoiseach|Taoiseach|king|emir|crown prince)\b/g,
    'the one person named earlier in the document whose role has that title (group 1)',
    'Taoiseach Ana Kovac met the envoys … the Taoiseach said the talks were useful',
  ),
  /** the-role-reference widened (who/office-subject.ts): the office word capitalised, or after one describing adjective */
  officeSubject: row(
    'office-as-subject',
    /\b(?:the|The)\s+(?:(?!former\b|late\b|then\b|ex\b|previous\b|next\b|future\b|new\b|incoming\b|acting\b|deputy\b|vice\b|assistant\b|interim\b|elected\b|first\b|last\b|other\b|two\b|three\b)(\p{Ll}{3,})\s+)?(President|Prime Minister|Chancellor|Premier|Taoiseach|King|Queen|Emir|Crown Prince|Pope|Secretary of State|Foreign Minister|president|prime minister|chancellor|premier|king|queen|emir|crown prince|pope)\b/gu,
    'the one person the document titled so before (the office word right before a mention of them: "Chancellor Mara Quist"), or whose role has it; group 1 an adjective, group 2 the office',
    'Chancellor Mara Quist opened the session in Nordvik. Later the Chancellor said the budget would pass; the centrist chancellor added that …',
  ),
  topDiplomat: row(
    'top-nation-diplomat',
    /\b[Tt]he\s+(?:(?:country['’]s\s+|nation['’]s\s+)?(?:top|chief)\s+|head\s+of\s+)(\p{Lu}[\p{L}.]*)\s+diploma(?:t|cy)\b|\b(\p{Lu}[\p{L}.]*)['’]s\s+(?:top|chief)\s+diplomat\b/gu,
    'the foreign minister (secretary of state) of that nation (group 1 or 2: the nation word)',
    'the top Freedonian diplomat said in a post after hosting the talks; the head of Freedonian diplomacy said he was angry',
  ),
};

/**
 * Whom a remark answers, when the remark's own verb is no answering verb ("gave a press conference in which he
 * disputed Birch's account"): an answering verb, then the one whose words are answered, then what was said.
 */
export const EN_RESPOND = {
  disputedWordsOf: row(
    'disputed-words-of',
    /\b(?:disputed|disputes|disputing|rejected|rejects|rejecting|dismissed|dismisses|dismissing|denied|denies|denying|refuted|refutes|refuting|contradicted|contradicts|contradicting|countered|counters|challenged|challenges|pushed\s+back\s+(?:on|against))\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u,
    'the remark answers the one named right after the answering verb, when their words follow (with wordsAnswered): respondsTo them',
    'The minister gave a press conference in which he disputed Birch’s account of the talks.',
  ),
  countrySpeaker: row(
    'country-as-speaker',
    /^\s+(?:(?:has|have|had|also|on\s+\p{Lu}\p{Ll}+day|swiftly|quickly|strongly|firmly|flatly|promptly|immediately|later|then)\s+)*$/u,
    'a country right before an answering verb (rejected, condemned, warned …), opening its clause and outside a quote, is the speaker (its government)',
    'Nordvik has rejected the allegations as absurd.',
  ),
  displeasureOver: row(
    'displeasure-over',
    /^\s+["“]?(?:(?:deep|strong|grave|serious|great|profound)\s+)?(?:disappointment|regret|concern|protest|anger|outrage|displeasure|dissatisfaction)["”]?\s+(?:over|at|about|with)\s+(?:the\s+)?$/u,
    'a remark expressing displeasure over what another did answers them (the first actor after it); a country may be its speaker',
    ' expressed “deep disappointment” over Nordvik’s decision',
  ),
  othersOfSpeaker: row(
    'others-of-the-named',
    /^['’]s?\s+(?:own\s+)?(?:party|family|lawyers?|attorneys?|supporters|allies|relatives|son|daughter|wife|husband|brother|sister|opponents|critics|rivals|detractors|followers)\s+(?:[\p{Ll}]+\s+){0,2}$/u,
    'the words are of others close to the named one ("Birch\'s party saying", "Birch\'s lawyers said"): no statement of the named one',
    '’s party saying ',
  ),
  welcomedMoveOf: row(
    'welcomed-move-of',
    /\b(?:welcomed|welcomes|welcoming|welcome|hailed|hails|hailing|praised|praises|applauded|applauds|lauded|lauds|commended|commends|criticised|criticized|criticises|criticizes|condemned|condemns|denounced|denounces|deplored|deplores|regretted|regrets)\s+(?:(?:the|a|an)\s+)?(?:(?:[\p{L}-]+\s+){0,2}(?:decision|move|visit|announcement|proposal|offer|invitation|initiative|pledge|commitment|step|gesture|call|remarks|comments|statement|plan|efforts?|stopover|trip)\s+(?:by|of|from)\s+(?:(?:his|her|their|its|the)\s+)?(?:[\p{L}’'-]+\s+){0,4}?)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u,
    'a remark that welcomes, hails, praises or condemns someone\'s move ("welcomed Birch’s visit", "welcomes the decision by his counterpart Birch to …") answers that person: respondsTo them (with moveOfNamed after the name, or "by/of" before it)',
    'Alder said on Monday that he welcomes the decision by his counterpart ',
  ),
  moveOfNamed: row(
    'move-of-named',
    /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:decision|move|visit|announcement|proposal|offer|invitation|initiative|pledge|commitment|step|gesture|call|remarks|comments|statement|plan|efforts?|stopover|trip)\b/u,
    'the move of the one named: "’s surprise visit", "’s decision"',
    '’s surprise visit',
  ),
  wordsAnswered: row(
    'words-answered',
    /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:account|accounts|claims?|allegations?|accusations?|remarks?|comments?|statements?|assertions?|version|characteri[sz]ation|description|charges?|criticism|demands?|proposals?|offer|ultimatum|threats?)\b/u,
    'what the answered one said: "’s account", "’s allegations", "’s latest claims"',
    '’s account of the talks',
  ),
};

/** Office words a definite reference may use as a clause's subject ("the minister said", "the head of Freedonian diplomacy said"). */
const OFFICE_REF = String.raw`(?:head\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.]*\s+diplomacy|(?:top|chief)\s+(?:\p{Lu}[\p{L}.]*\s+)?diplomat|(?:\p{Lu}[\p{L}.]*\s+)?(?:prime\s+minister|foreign\s+minister|defen[cs]e\s+minister|minister|vice\s+president|president|secretary\s+of\s+state|secretary|chancellor|premier|[Tt]aoiseach|special\s+envoy|envoy|ambassador|spokes(?:man|woman|person)|king|emir|crown\s+prince))`;

/**
 * Who speaks: structure around a statement verb (participle after a comma, an unnamed source as the subject, an office
 * named as the subject before a pronoun). Used by events/statements.ts.
 */
export const EN_SPEAKER = {
  participleSubject: row(
    'participle-main-subject',
    /^(?:saying|adding)$/i,
    'a participle after a comma (", saying …") shares the main clause\'s subject: the first person named in the sentence (not after a preposition, not a possessor), not an object named closer to the verb',
    'Taoiseach Ana Kovac hailed a positive meeting with Prime Minister Cedar Birch on Thursday, saying a deal is possible.',
  ),
  objectLead: row(
    'object-lead',
    /(?:\b(?:with|to|by|from|for|on|at|against|after|before|about|between|than|like|as|and|or|nor|told|urged|asked|called|met|thanked))\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}.'’-]+\s+){0,4}$|\b(?:he|she|they|it|we|i)\b/iu,
    'the words before a name that make it no main-clause subject: a preposition or a verb whose object it is, or a pronoun subject before it',
    'On Monday, he met with President Birch, saying …',
  ),
  passiveParticiple: row(
    'passive-participle',
    /^[\p{L}]+ed$/u,
    'a statement verb in the passive ("could be called", "was described", "were criticized") has no speaker of its own (with passiveLead)',
    'called',
  ),
  passiveLead: row(
    'passive-lead',
    /\b(?:is|was|were|are|been|be|being)\s+(?:not\s+|never\s+)?(?:\w+ly\s+|also\s+)?$/i,
    'the auxiliary right before a passive participle',
    'a new agreement could be ',
  ),
  reportedSubject: row(
    'reported-subject',
    /^\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})?$/u,
    'between a plain "said" and a name: nothing but "the" and its title words (with reportedVerb)',
    ' Nordvik President ',
  ),
  reportedVerb: row(
    'reported-verb',
    /^\s+(?:had|has|have|was|were|is|are|will|would|could|should|might|may|can|did|does|do|(?!(?:on|in|at|to|for|with|from|during|after|before|while|as|when|of|and|who|whose|yesterday|today|tonight|earlier|later|recently|late|early|afterwards)\b)\p{Ll}+(?:ed|s))\b/u,
    'the name after "said" has a verb of its own ("said Birch guided the talks"): the remark tells of Birch; its speaker is someone else',
    ' guided the talks from the start',
  ),
  anonymousSource: row(
    'anonymous-source',
    /(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)(?:(?:the|a|an|one|two|three|four|several|some|other|senior|unnamed|anonymous)\s+|(?=\p{Lu}))(?:[\p{L}.'’-]+\s+){0,3}?(?:sources?|officials?|diplomats?|insiders?|aides?|people\s+(?:familiar|close)\s+with[^,;:"“”]{0,60}?)(?:\s+(?:close\s+to|familiar\s+with|with\s+knowledge\s+of|briefed\s+on)\s+[^,;:"“”]{1,60}?)?\s+(?:\w+ly\s+)?(?:said|says|say|told|tell|tells|added)\s*$/iu,
    'an unnamed source as the subject right before the verb ("…, the sources said", "a source close to the prime minister said", "Palace sources said"): no named person is the speaker',
    'Alder dropped the meeting with Birch, the sources said.',
  ),
  possessorAfterVerb: row(
    'possessor-after-verb',
    /^['’]s?(?![\p{L}])/u,
    'a name right after the statement verb that owns what follows ("declared Birch’s visit a goodwill one") is what the remark is about, never its speaker (the speaker inverted after the verb stands alone: "said Birch")',
    '’s brief visit',
  ),
  sourceOfReport: row(
    'source-of-report',
    /^according\s+to$/i,
    'an "according to X" after a statement verb of the same sentence names where the remark was reported, not a second remark (the verb\'s own speaker keeps it)',
    'according to',
  ),
  possessorBeforeVerb: row(
    'possessor-before-verb',
    /^['’]s?\s+(?:(?:top|chief|senior|press|foreign|deputy|new|own)\s+)*(?:administration|office|government|cabinet|team|campaign|spokesman|spokeswoman|spokesperson|spokespeople|aides?|advisers?|advisors?|secretary|ministry|staff|camp|lawyers?|party|family|widow|widower|wife|husband|sons?|daughters?|brothers?|sisters?|mother|father|relatives|envoy|officials?|allies|people|side|delegation)\s+(?:(?:also|later|then|has|had|have|first)\s+)?$/u,
    'a person named as the possessor of the subject right before the verb ("Alder’s administration said", "Alder’s widow says") is not the one speaking: the administration, office, aide or relative is',
    '’s administration ',
  ),
  objectOfPreposition: row(
    'object-of-preposition-before-verb',
    /\b(?:with|of|for|to|from|about|against|between|among|toward|towards|over)\s+(?:(?:the|a|an|his|her|their|its)\s+)?$/iu,
    'a person named right before the verb but as the object of a preposition ("a spokeswoman for Alder said", "a readout of the call with Alder said", "the widow of Alder is speaking out") is not the one speaking: the head noun before the preposition is',
    'A spokeswoman for ',
  ),
  speakerInQuote: row(
    'speaker-in-quote',
    /[”"]\s*,?\s*$/u,
    'a name inside the quoted words is part of the remark, not its speaker: "“… led by the envoy Alder,” said the ministry" has no named speaker (the quote closes before the verb)',
    '“The accord builds on months of talks led by the envoy Alder,” ',
  ),
  otherSubjectBetween: row(
    'other-subject-between',
    /\b(?:as|while|when|whereas|because|since|although|though|until|once|where)\s+(?:(?:the|both|all|two|three|a|an|its|their|his|her|other)\s+)?(?!(?:he|she|who|which)\b)[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+(?:(?:also|then|later|\w+ly|have|has|had)\s+)*$/iu,
    'a subordinate clause with a subject of its own between the named person and the verb ("met Birch in Avalon as both sides expressed …"): the verb is that subject\'s, not the person\'s',
    ' in Avalon as both sides ',
  ),
  reportedInThatClause: row(
    'reported-in-that-clause',
    /\b\p{Ll}+(?:ed|s)\s+that\s+(?:the\s+)?$/u,
    'a speaker that is the subject of a that-clause of another person\'s verb ("Alder reconfirmed that Nordvik condemns …") speaks only inside that person\'s words: no statement of its own',
    'Secretary General Alder also reconfirmed that ',
  ),
  pronounAfterQuote: row(
    'pronoun-named-in-quote',
    /[”"]\s*,?\s*(?:he|she)\s+(?:(?:also|then|later|added|\w+ly)\s+)?$/u,
    'a "he said" right after a closing quote is the quote\'s speaker, never a person named inside the quotation (with namedLastInQuote: no speaker then)',
    '“… President Birch and the premier decided to meet,” he ',
  ),
  parentheticalSubject: row(
    'parenthetical-subject',
    /^\s*,\s*(?:while|when|after|before|as|upon|on|in|speaking|talking|addressing|briefing|responding|reacting|writing|answering)\b[^,;:"“”()]{2,80},\s*(?:(?:also|then|later|\w+ly)\s+)*$/iu,
    'a person named as the subject, then a phrase set off by commas, then the verb ("Alder, while talking to reporters in Avalon, said"): the person is the speaker',
    ', while talking to reporters in Avalon, ',
  ),
  bodyInTitle: row(
    'body-in-title',
    /^\s*(?:['’]s\s+)?(?:press\s+|chief\s+|top\s+|senior\s+|deputy\s+|official\s+)?(?:spokes(?:man|woman|person)|secretary[\s-]+general|minister|official|officer|chief|head|director|chair(?:man|woman)?|envoy|ambassador|adviser|advisor|commander|leader|secretary|negotiator|delegation|delegate|representative|member|state|countr(?:y|ies)|nation|government)s?\b/iu,
    'an organisation named right before an office or role word ("the Nordvik Front spokesman", "the Council’s secretary-general") is part of a person\'s title, before "states/members" it only qualifies its members: the organisation is not the speaker',
    ' Spokesperson, Ana Alder said',
  ),
  bodySpokesperson: row(
    'body-spokesperson',
    /^\s*(?:['’]s\s+)?(?:press\s+|chief\s+|official\s+)?spokes(?:man|woman|person)\s*,?\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?/iu,
    'a document that names a body\'s spokesperson ("the Nordvik Front spokesman Ana Alder said") gives that body\'s later remarks ("the Front said") to that person: one remark, one speaker',
    ' spokesman Ana Alder',
  ),
  readoutOfLeader: row(
    'readout-of-own-leader',
    /^[\s“"'‘]*(?:that\s+)?(?:(?:last|this|on|early|late|earlier|later)\s+\p{L}+\s+)?(?:the\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){0,4}$/u,
    'an institution telling what a person of its own nation said or did ("“President Alder conveyed his support …,” the Palace said", "the Palace said that Alder had invited Birch") reports that person\'s remark: the person is the speaker',
    '“President ',
  ),
  coordinatedSubject: row(
    'coordinated-subject',
    /^\s+and\s+(?:the\s+)?$/u,
    'a speaker coordinated with another party right before the verb ("the Freedonian government and the Nordvik Front announced …", "Alder and Birch said") is one of two parties speaking together: no statement of one of them (the joint act is the events stage\'s)',
    ' and the ',
  ),
  coordinatedTitledParty: row(
    'coordinated-titled-party',
    /^\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/u,
    'a speaker coordinated with a party named with a title or honorific first ("Mr Alder and Ms Birch announced …", "Alder and the Grand Mufti declared …") speaks together with it: no statement of one of them (as coordinated-subject)',
    ' and the Grand Mufti ',
  ),
  participleOfUnnamedSubject: row(
    'participle-of-unnamed-subject',
    /,\s*(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:said|says|stated|announced|added|told\s+\p{Ll}+)\s*,\s*$/u,
    'a participle after "…, the palace said," shares the subject of that verb, an unnamed one ("the palace", "a spokesman"): no statement of a person named earlier in the sentence',
    'Alder will arrive on Monday, the palace said, ',
  ),
  unnamedSubjectBeforeVerb: row(
    'unnamed-subject-before-verb',
    /,\s*the\s+(?:\p{Ll}[\p{Ll}'’-]*\s+){1,3}$/u,
    'a subject named by a common noun right before the verb after a comma ("…, the palace said", "…, the spokesman added"): it speaks, not a person named earlier in the sentence (a statement, readout or text as subject carries another\'s words and is left alone)',
    'Alder will arrive on Monday, the palace ',
  ),
  jointSubjectOfCoordinatedVerb: row(
    'joint-subject-of-coordinated-verb',
    /^\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u,
    'the subject a coordinated verb shares ("Alder and President Birch signed the accord and stressed …") is two parties coordinated: the remark is theirs together, no statement of the first of them (the joint act is the events stage\'s)',
    ' and President ',
  ),
  anonymousSourceAfter: row(
    'anonymous-source-after-according-to',
    /^\s+(?:(?:a|an|one|two|three|several|some|senior|unnamed|anonymous)\s+)(?:[\p{L}-]+\s+){0,2}?(?:sources?|officials?|diplomats?|insiders?|aides?|people|persons?)\s+(?:close\s+to|familiar\s+with|with\s+knowledge\s+of|briefed\s+on)\s/iu,
    'an unnamed source after "according to" ("According to an aide close to Birch, …"): the source speaks, no named person it is close to',
    ' an aide close to ',
  ),
  seatOfCountry: row(
    'seat-of-country-speaker',
    /^(?:['’]s\s+(?:press\s+(?:service|office)|spokes(?:man|woman|person)|office))?\s+(?:(?:has|have|had|also|later|then|on\s+\p{Lu}\p{Ll}+day)\s+)*$/u,
    'a country named by its seat of government (a venue of data/places.yaml that the data file gives the country as a name: "the Palace said", "the Palace\'s press service said") as the subject right before a statement verb speaks as that government',
    '’s press service ',
  ),
  bodyInQuote: row(
    'body-in-quote',
    /[”"]/u,
    'an organisation or country named inside the quoted words while the verb is outside them ("“… the Council has invited …,” the agency said") is part of the remark, not its speaker',
    '“The Council will meet in Avalon,” the agency said',
  ),
  officeReferenceSubject: row(
    'pronoun-of-office-reference',
    new RegExp(String.raw`(?:^|[,;:]\s*|\b(?:[Aa]nd|[Bb]ut|[Aa]fter|[Ww]hen|[Ww]hile)\s+)[Tt]he\s+${OFFICE_REF}\s+(?:(?:has|had|also|then|later|quickly|swiftly)\s+)*(?:said|says|told|added|stressed|insisted|explained|described|declared|warned|replied|responded|wrote|blamed|accused|critici[sz]ed|urged|rejected|welcomed|praised|condemned|thanked|noted|hailed|called|indicated|argued|reiterated|repeated|\p{Ll}{2,}ed)\b`, 'gu'),
    'an office named as the subject earlier in the sentence ("the head of Freedonian diplomacy said he was angry … he said") is whom a later "he" refers to: that office\'s holder if the document resolved it, else no speaker (never a person named in an earlier sentence)',
    'Right after the news, the head of Freedonian diplomacy said he was angry: “Not between allies,” he said.',
  ),
  notSpeech: row(
    'said-goodbye',
    /^\s+(?:goodbye|good-bye|farewell|hello|grace|a\s+prayer|mass|nothing)\b/i,
    'a statement verb taking a greeting, a rite or "nothing" as its object ("said goodbye to", "said a prayer", "saying nothing") tells a gesture or a silence, not a remark: no statement',
    'Alder and his wife said goodbye to their hosts at the harbour before flying home.',
  ),
  earlierOccasionClause: row(
    'remark-on-earlier-occasion',
    /(?:\bhad\s+(?:already\s+|previously\s+|earlier\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|wn|de|id)\b[^.;]{0,160}?|\b(?:last\s+(?:week|month|year|spring|summer|autumn|fall|winter|\p{Lu}\p{Ll}+)|earlier\s+this\s+(?:week|month|year)|(?:a\s+few|two|three|several|\d+)\s+(?:days|weeks|months|years)\s+ago|in\s+the\s+past)\s*,?\s+)(?:when|where)\s+(?:he|she|they)\s+(?:also\s+|first\s+)?$/iu,
    'a remark told in a "when/where" clause of an earlier happening (a pluperfect, or a time before the story: "visited Nordvik last month, where he said …", "had already been announced by Alder when he said …") is background of that happening, not a statement of the story',
    'The visit comes after Alder visited Nordvik last month, where he ',
  ),
  earlierOccasionLead: row(
    'remark-in-earlier-when-clause',
    /^\s*When\s+[^,;]{0,100}\b(?:last\s+(?:week|month|year|\p{Lu}\p{Ll}+)|earlier\s+this\s+(?:week|month|year)|(?:a\s+few|two|three|several|\d+)\s+(?:days|weeks|months|years)\s+ago|in\s+(?:19|20)\d\d)\s*,\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.'’-]*\s+){1,4}$/u,
    'a remark whose sentence opens with a "When …" clause set at an earlier time ("When Birch visited Nordvik last November, Alder told him …") is an anecdote of that earlier occasion, not a statement of the story',
    'When Birch visited Nordvik last November, Alder ',
  ),
  remarkToCome: row(
    'remark-to-come',
    /\b(?:let['’]s|let\s+us|we['’]ll|we\s+will|wait(?:ing)?\s+to)\s+(?:see|hear|find\s+out)\s+(?:what|how|whether|if)\s+(?:he|she|they|(?:the\s+)?\p{Lu}[\p{L}'’-]*)\s+$/iu,
    'a remark someone waits to hear ("we will hear what he says on …") has not been made: no statement',
    'Next, we will hear what he ',
  ),
  nameInRelativeClause: row(
    'name-in-relative-clause',
    /,\s*(?:where|whose|with\s+whom|for\s+whom|under\s+whom)\s+(?:[\p{L}'’.-]+\s+){0,3}$/iu,
    'a name inside a relative clause set off by commas ("The editor of the weekly, where Birch trained, called it a disgrace") belongs to that clause: the verb after the closing comma is the head noun\'s, not the named person\'s',
    'The editor of the weekly, where ',
  ),
  readoutOfTalks: row(
    'readout-of-talks',
    /^\s*(?:["“]\s*)?(?:The|Both)\s+(?:two(?:\s+(?:leaders|sides|presidents|ministers|men|women|delegations))?|leaders|sides|presidents|ministers|men|delegations)\s+(?:also\s+)?(?:discussed|talked\s+about|exchanged\s+views|spoke\s+(?:by|on\s+the)\s+(?:tele)?phone|talked\s+(?:by|on\s+the)\s+(?:tele)?phone|held\s+(?:talks|a\s+(?:phone\s+|telephone\s+)?call))\b/u,
    'a sentence telling what the parties of talks discussed, or that they spoke by phone, attributed afterwards ("The leaders discussed the visit …, the Palace said in a statement"; "The two ministers talked by telephone and settled …, said the spokesman"), is the readout of the call or meeting (its evidence), not a remark of its own',
    'The leaders discussed grain exports and the river border, the Palace said in a statement.',
  ),
};

/** Role texts a "top diplomat" reference accepts. */
export const TOP_DIPLOMAT_OFFICES = ['foreign minister', 'secretary of state', 'foreign secretary', 'minister of foreign affairs', 'foreign affairs minister'];


/**
 * The occasion a remark was made on, read from the words around the statement verb (who/occasion.ts): one speaker's
 * remarks on one occasion told by several documents are one statement; remarks on different occasions are not
 * (merge/score.ts). Each row's group: what kind of occasion, not the words used.
 */
export const EN_OCCASION = {
  press: row(
    'occasion-press',
    /\b(?:(?:news|press|media)\s+(?:conference|briefing|availability|event|talk)s?|briefing|briefed\s+(?:the\s+)?(?:media|reporters|journalists|newsmen|the\s+press)|(?:told|telling|talking\s+to|speaking\s+to|spoke\s+to|addressing)\s+(?:the\s+)?(?:reporters|journalists|newsmen|newspersons|correspondents|media|press))\b/i,
    'a remark at a news conference or briefing, or to reporters: the press occasion',
    'Briefing the media after the talks, Foreign Secretary Alder said the visit was not planned.',
  ),
  written: row(
    'occasion-written',
    /\b(?:(?:in|issued|released|through|via|according\s+to)\s+(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|readout|communiqu[eé]|press\s+release|declaration|letter)|readout)\b/i,
    'a remark in a written statement, readout, communiqué, press release or letter: the written occasion',
    'Alder said in a statement issued late on Wednesday that the accord was monumental.',
  ),
  post: row(
    'occasion-post',
    /\b(?:tweet(?:s|ed)?|retweet(?:s|ed)?|(?:posted|posting|wrote|writing|said)\s+on\s+(?:X|Twitter|Truth\s+Social|Facebook|Instagram|Telegram|Weibo|social\s+media|(?:his|her|its|their)\s+(?:[\w-]+\s+)?(?:account|page|channel))|(?:a|his|her|its|their)\s+(?:[\w-]+\s+)?post\s+on|on\s+social\s+media)\b/,
    'a remark posted on social media (a tweet, a post on X, Truth Social, Facebook, Telegram): the post occasion',
    'Alder thanked the mediators in a post on X.',
  ),
  interview: row(
    'occasion-interview',
    /\b(?:interview(?:s|ed)?|in\s+(?:an|his|her)\s+(?:[\w-]+\s+)?(?:exchange|conversation)\s+with\s+(?:the\s+)?\p{Lu})\b/u,
    'a remark in an interview: the interview occasion',
    'Alder, interviewed by a broadcaster late on Friday, said he had done nothing wrong.',
  ),
  remarks: row(
    'occasion-remarks',
    /\b(?:(?:opening|closing|welcoming|introductory|brief|joint)\s+remarks|remarks\s+(?:at|before|after|during|following|to\s+open)\s+(?:the|a|an|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit|signing|ceremony|session|dinner|banquet|event))\b/i,
    'a remark in opening or closing remarks at a meeting, summit or ceremony: the remarks occasion',
    'Alder said in his opening remarks before the meeting that nothing could separate the two sides.',
  ),
  speech: row(
    'occasion-speech',
    /\b(?:speech|address(?:ed|ing)?\s+(?:the\s+)?(?:nation|parliament|assembly|congress|country|house|general\s+assembly|summit|conference|rally|crowd|lawmakers|troops)|(?:televised|video|nightly|national|radio)\s+address|in\s+(?:an?|his|her)\s+address)\b/i,
    'a remark in a speech or an address: the speech occasion',
    'In his nightly video address on Tuesday, Alder said the country was ready for peace.',
  ),
};

/**
 * Organisations in no data file, found by the shape of their names (who/organisations.ts): a capitalised name ending in
 * a head noun of a body ("… Armed Forces", "… Liberation Front", "… Cooperation Council", "Ministry of … Affairs"),
 * an acronym defined in brackets, a nation's ministry, an institution named by its seat as a speaker. The head nouns
 * are data: which kind of actor each makes.
 */
export const ORG_HEADS: Record<string, 'group' | 'organization'> = {
  forces: 'group', army: 'group', front: 'group', movement: 'group', militia: 'group', militias: 'group', brigades: 'group',
  brigade: 'group', rebels: 'group', guard: 'group', guards: 'group', corps: 'group',
  ministry: 'organization', council: 'organization', party: 'organization', service: 'organization', union: 'organization',
  organization: 'organization', organisation: 'organization', authority: 'organization', commission: 'organization',
  committee: 'organization', league: 'organization', alliance: 'organization', agency: 'organization',
  department: 'organization', office: 'organization', secretariat: 'organization', assembly: 'organization', parliament: 'organization',
};
/** Words that qualify a body only as one nation's portfolio ("Foreign Ministry", "Armed Forces", "State Department"): with no nation in or before the name it is nobody's in particular. */
export const ORG_GENERIC_QUALIFIERS = new Set(
  'foreign defence defense interior finance justice external affairs armed security state press national presidential prime minister ministers president presidents federal information health trade economy economic'.split(' '),
);
/** Lower-case connectors inside an organisation's name ("Ministry of Foreign Affairs", "Authority on Development"). */
export const ORG_CONNECTORS = new Set(['of', 'for', 'on', 'and', 'the']);
/** Portfolios of a nation's ministry written in lower case ("the Freedonian foreign ministry"). */
export const MINISTRY_PORTFOLIOS = ['foreign', 'defence', 'defense', 'interior', 'external affairs', 'foreign affairs'];

export const EN_ORG = {
  headNoun: row(
    'org-head-noun',
    /^(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|for|on|and|the)\s+)*)+\p{Lu}[\p{L}’'-]*$/u,
    'a capitalised name whose last word (or the word before "of/on/for") is a head noun of a body (ORG_HEADS) is an organisation actor (kind group or organization), when the documents name it in two sentences or define its acronym',
    'the Nordvik Liberation Front said it would join the talks',
  ),
  acronym: row(
    'org-acronym-in-brackets',
    /^\s*\(\s*(\p{Lu}[\p{Lu}&-]{1,9})\s*\)/u,
    'an acronym in brackets right after an organisation\'s name whose letters are the name\'s initials is another name of it',
    'the Avalon Support Forces (ASF) and the army',
  ),
  nationMinistry: row(
    'org-nation-ministry',
    /(?<![\p{L}])(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(['’]s)?\s+((?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ee]xternal\s+[Aa]ffairs)\s+[Mm]inistry|[Mm]inistry\s+of\s+(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ee]xternal)(?:\s+[Aa]ffairs)?)(?![\p{L}])/gu,
    'a nation word before a ministry ("Freedonian foreign ministry", "Freedonia’s Ministry of Foreign Affairs") names that nation\'s ministry: one actor "<Demonym> <Portfolio> Ministry"',
    'the Freedonian foreign ministry said on Friday',
  ),
  seatSpeaker: row(
    'institution-seat-speaker',
    /^\s+(?:(?:has|have|had|also|later|then|on\s+\p{Lu}\p{Ll}+)\s+)*(?:said|says|announced|announces|confirmed|confirms|stated|states|added|denied|denies|noted|declared|welcomed|welcomes|condemned|rejected|issued|released)\b/u,
    'a seat of government named as the subject of a statement verb ("the Palace said") speaks as the institution it houses: an organisation actor named like the seat (a venue of data/places.yaml)',
    'the Palace said on Monday that the visit would go ahead',
  ),
};

export const EN_WHO_RULES: LangRule[] = [...Object.values(EN_WHO), ...Object.values(EN_RESPOND), ...Object.values(EN_SPEAKER), ...Object.values(EN_OCCASION), ...Object.values(EN_ORG)];
