/**
 * Trigger words for the five event types, as general English (and the
 * word-spinner paraphrases seen in copied articles: "assembly" for meeting,
 * "telephone name" for phone call, "talking" for speaking).
 *
 * Every meeting/call/visit/agreement hit is an "event" hit: when its clause
 * names participants it starts an event, otherwise it is a definite reference
 * ("the talks", "Tuesday's meeting") attached later to an event of the document.
 * "join" hits add people to a happening ("represented the U.S. in the meeting",
 * "will be joined by", "also participated in the conversation").
 */
import type { EventType } from '../../schema';
import { prefilterOfRules } from './required-literals';

export type TriggerRole = 'event' | 'join' | 'statement';

export interface TriggerRule {
  /** stable id, recorded in the compile trace ("trigger met-with") */
  id: string;
  /** a generic instance */
  example: string;
  /** null: refers to a call or a meeting ("the conversation", "the event") */
  type: EventType | null;
  role: TriggerRole;
  re: RegExp;
  /** 0..1 */
  strength: number;
  /** the hit is only a reference to another mention (never starts an event by itself) */
  refOnly?: boolean;
  /** the verb needs a named object ("called Dogwood") */
  needsObject?: boolean;
  /** statement verbs that answer someone ("rejected", "warned") */
  responds?: boolean;
  /** the hit is cancelling what it names ("decided to skip the event") */
  cancels?: boolean;
  /** the verb tells of a meeting only when a place is named ("berated Dogwood in the palace") */
  needsPlace?: boolean;
}

const B = String.raw`\b`;
/** up to n words (no sentence-internal stop punctuation) */
const words = (n: number) => String.raw`(?:[^\s.;:!?]+\s+){0,${n}}?`;

/**
 * A courtesy call in person on an office holder: "Alder called on Prime Minister Birch today", "before calling upon Foreign
 * Minister Cedar", "called on the visiting premier in Avalon to discuss trade" — a meeting. "called on President Birch to
 * release the prisoners" is an appeal (statement-urged): the object is followed in its clause by "to <verb>", unless the verb
 * is one of a visit's own purposes (discuss, hold talks, hand over a letter …).
 */
const OFFICE_OBJECT = String.raw`(?:(?:the|his|her|their)\s+)?(?:[\w.'’-]+\s+){0,3}?(?:president|prime\s+minister|premier|king|queen|crown\s+prince|emir|amir|minister|secretary|chancellor|governor|ambassador|pope|sultan|sheikh|speaker|chairman|chairperson|h\.\s?e)\b`;
const NO_APPEAL = String.raw`(?![^.;:!?]*?\bto\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|discuss|hold|exchange|review|brief|deliver|hand|present|convey|extend|pay|thank|congratulate|bid|apprise|explore)\b)[a-z])`;
const COURTESY_CALL_ON = String.raw`(?:called|calls|calling|call)\s+(?:up)?on\s+(?=${OFFICE_OBJECT})${NO_APPEAL}`;

export const TRIGGER_RULES: TriggerRule[] = [
  // ---------- calls ----------
  { id: 'call-spoke-by-phone', example: 'Alder spoke by phone with Birch', type: 'call', role: 'event', strength: 0.95, re: new RegExp(String.raw`${B}(?:spoke|spoken|speaks|speak|speaking|talked|talking|talks|chatted)\s+${words(8)}(?:over|by|on)\s+(?:the\s+)?(?:tele)?phone${B}`, 'g') },
  { id: 'call-phone-noun', example: 'a phone call between the two leaders', type: 'call', role: 'event', strength: 0.9, re: /\b(?:tele)?phone(?:d)?\s+(?:call|conversation|talks?|discussion|exchange|chat|dialogue|dialog)s?\b/g },
  { id: 'call-phone-spun', example: 'a telephone name with Birch (spun copy)', type: 'call', role: 'event', strength: 0.55, re: /\b(?:tele)?phone\s+(?:name|identify|title|contact)s?\b/g },
  { id: 'call-held-a-call', example: 'they held a call on Monday', type: 'call', role: 'event', strength: 0.85, re: /\b(?:held|had|made|hold|have|holding)\s+(?:a|an|their|another|his|her)\s+(?:\w+\s+){0,2}?call\b/g },
  { id: 'call-call-with', example: 'calls with Birch', type: 'call', role: 'event', strength: 0.85, re: /\bcalls?\s+(?:between|with)\b/g },
  { id: 'call-the-call', example: 'during the call, the two', type: 'call', role: 'event', strength: 0.75, re: /\b(?:the|a|an|their|his|her|this|that|week's|weeks'|day's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's)\s+(?:[a-z]+[-–][a-z]+\s+)?(?:\w+\s+)?call\b(?!\s+(?:for|on|to)\b)/g },
  { id: 'call-phoned', example: 'Alder phoned Birch', type: 'call', role: 'event', strength: 0.8, re: /\b(?:phoned|dialled|dialed|telephoned|rang\s+up)\b/g },
  { id: 'call-called-object', example: 'Alder called Birch on Friday', type: 'call', role: 'event', strength: 0.6, needsObject: true, re: /(?<!so-)\b(?:called|to\s+call)\s+(?!for\b|on\b|off\b|upon\b|out\b|into\b|it\b|so\b|a\b|an\b|the\b|this\b|that\b|them\b|back\b|in\b|to\b|by\b)/g },
  { id: 'call-spoke-to', example: 'Alder spoke to Birch', type: 'call', role: 'event', strength: 0.5, needsObject: true, re: /\b(?:spoke|spoken|talked|speaks)\s+(?:to|with)\b/g },
  // a readout's call: "Alder spoke today with Birch", "spoke separately with", "spoke on Monday with" (a time word between verb and object)
  { id: 'call-spoke-when-with', example: 'Secretary Alder spoke today with President Birch', type: 'call', role: 'event', strength: 0.5, needsObject: true, re: /\b(?:spoke|spoken|talked|speaks)\s+(?:today|yesterday|tonight|again|separately|briefly|twice|(?:earlier|later)\s+today|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?)\s+(?:to|with)\b/g },
  // a readout's call told with no object: "Alder and Birch talked this afternoon ahead of their summit", "the two leaders spoke
  // on Monday regarding …" (a time word right after the verb, then the clause ends or a connective; kept only with two parties)
  { id: 'call-pair-spoke', example: 'Alder and Birch talked this afternoon ahead of their summit', type: 'call', role: 'event', strength: 0.5, re: /\b(?:spoke|talked)(?=\s+(?:this\s+(?:morning|afternoon|evening)|today|tonight|yesterday|(?:earlier|later)\s+today|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?)\s*(?:[,.;]|$|(?:in\s+advance\s+of|ahead\s+of|before|after|regarding|about|on\s+the\s+eve\s+of|and)\s))/g },
  // "The two officers are due to speak again on Monday": the pair of an earlier call (kept only with two parties)
  { id: 'call-speak-again', example: 'the two are due to speak again', type: 'call', role: 'event', strength: 0.5, re: /(?<=\b(?:to|will|would|shall)\s)(?:speak|talk)\s+again\b(?!\s+(?:to|with|at|about|before|in\s+(?:public|parliament))\b)/g },
  // ---------- meetings ----------
  { id: 'meeting-met', example: 'Alder met Birch in Avalon', type: 'meeting', role: 'event', strength: 0.9, re: /\b(?:met|meets|meet|meeting|meetings)\b(?!\s+(?:the\s+)?press\b)/g },
  { id: 'meeting-held-talks', example: 'the sides held talks', type: 'meeting', role: 'event', strength: 0.85, re: /\b(?:held|hold|holding|holds)\s+(?:\w+\s+){0,2}?(?:talks|negotiations|discussions)\b/g },
  { id: 'meeting-talks', example: 'talks between the two delegations', type: 'meeting', role: 'event', strength: 0.8, re: /\btalks?\b(?!\s+(?:about|of)\s+(?:a|the)\s+(?:return|possible))/g },
  { id: 'meeting-summit', example: 'a summit of leaders', type: 'meeting', role: 'event', strength: 0.85, re: /\b(?:summit|summits)\b/g },
  { id: 'meeting-sat-down', example: 'Alder sat down with Birch', type: 'meeting', role: 'event', strength: 0.85, re: /\bsat\s+down\s+with\b/g },
  { id: 'meeting-assembly', example: 'an assembly with Birch (spun copy)', type: 'meeting', role: 'event', strength: 0.55, re: /\bassembl(?:y|ies)\b/g },
  { id: 'meeting-negotiations', example: 'negotiations with the other side', type: 'meeting', role: 'event', strength: 0.6, re: /\bnegotiations?\b/g },
  { id: 'meeting-discussions', example: 'consultations in the capital', type: 'meeting', role: 'event', strength: 0.5, re: /\b(?:discussions|consultations)\b/g },
  { id: 'meeting-face-to-face', example: 'their first face-to-face', type: 'meeting', role: 'event', strength: 0.5, re: /\bface-to-face\b/g },
  // a host meets the guest: "Alder hosted Birch", "will host Birch in Avalon", "welcomed Birch to the palace"
  { id: 'meeting-hosted', example: 'Alder hosted Birch', type: 'meeting', role: 'event', strength: 0.7, needsObject: true, re: /\b(?:hosted|hosting|welcomed|welcomes|welcoming|(?<=\b(?:will|would|to|can|could|may|might|shall|did|also)\s)host|(?<=\b(?:he|she|who|which)\s)hosts)\b(?!\s+(?:by|talks|a\s+summit|the\s+(?:talks|summit|meeting))\b)/g },
  // "Alder received envoy Birch in Avalon": a host receiving a named guest
  { id: 'meeting-received', example: 'Alder received envoy Birch', type: 'meeting', role: 'event', strength: 0.7, needsObject: true, re: /\b(?:received|receives|receiving)\s+(?!(?:a|an|the|his|her|their|its|no|any|some|word|news|calls?|letters?|reports?|assurances?|support|praise|criticism|backing)\b)/g },
  // a host greeting named guests: "Alder greeted Birch, Cedar and Dogwood at the venue" (a summit's arrivals)
  { id: 'meeting-greeted', example: 'Alder greeted Birch and Cedar at the summit venue', type: 'meeting', role: 'event', strength: 0.6, needsObject: true, re: /\b(?:greeted|greets|greeting)\b(?!\s+(?:the\s+)?(?:news|announcement|decision|move|report|results?|crowds?|supporters|reporters|journalists|media|press)\b)(?!\s+(?:[^\s.;:!?]+\s+){1,4}?(?:on|upon)\s+(?:his\s+|her\s+|their\s+)?arrival\b)/g },
  // a face-to-face scene: "berated Birch in the Glass Palace"
  { id: 'meeting-scene', example: 'berated Birch in the palace', type: 'meeting', role: 'event', strength: 0.6, needsObject: true, needsPlace: true, re: /\b(?:berated|berates|scolded|confronted|rebuked|lectured|embraced|hugged)\b/g },
  // joining a named person somewhere is being with them: "Alder joined Birch at a rally in Avalon", "Alder joined President Birch for a dinner"
  { id: 'meeting-joined-person', example: 'Alder joined Prime Minister Birch at a rally in Avalon', type: 'meeting', role: 'event', strength: 0.6, needsObject: true, re: /\b(?:joined|joins|joining)\b(?=\s+(?:[^\s.;:!?]+\s+){1,5}(?:at|in|on|for)\s)(?!\s+(?:the|a|an|his|her|their|its|this|that|these|those|them|him|us|me|other|others|forces|hands|ranks|talks|negotiations|meetings?|summits?|discussions|calls?|efforts?|protests?|in|on|at|for|with|by|as)\b)/g },
  { id: 'meeting-called-on', example: 'Alder called on Prime Minister Birch in Avalon today', type: 'meeting', role: 'event', strength: 0.8, needsObject: true, re: new RegExp(String.raw`${B}${COURTESY_CALL_ON}`, 'g') },
  // the same told as a noun: "paid a short courtesy call on Premier Birch", "Alder's courtesy call on the premier", "welcomed a courtesy call from Birch"
  { id: 'meeting-courtesy-call', example: 'Alder paid a short courtesy call on Premier Birch', type: 'meeting', role: 'event', strength: 0.8, re: /\b(?:(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?)?courtesy\s+calls?\b/g },
  // a ministry summoning an envoy: "Freedonia summoned Eastland's ambassador Birch", "has summoned the envoy, Birch, to the ministry"
  { id: 'meeting-summoned', example: "Freedonia summoned Eastland's ambassador Boris Birch", type: 'meeting', role: 'event', strength: 0.7, needsObject: true, re: /\b(?:summoned|summons|summoning|to\s+summon)\b(?!\s+(?:the\s+)?(?:courage|strength|energy)\b)/g },
  { id: 'ref-conversation', example: 'the conversation', type: null, role: 'event', strength: 0.5, refOnly: true, re: /\bconversation\b/g },
  { id: 'ref-cancelled-event', example: 'decided to skip the event', type: null, role: 'event', strength: 0.6, refOnly: true, cancels: true, re: /\b(?:skip|skipped|skipping|cancel(?:l)?ed|called\s+off|postponed|scrapped|shelved)\s+(?:\w+\s+){0,2}?(?:event|gathering)\b/g },
  // ---------- joining a happening ----------
  { id: 'join-represented', example: 'represented the country in the meeting', type: 'meeting', role: 'join', strength: 0.8, re: /\brepresent(?:ed|s|ing)?\s+(?:by|at|in)\b|\brepresented\s+the\s+[\w.]+(?:\s+[\w.]+)?\s+(?:in|at)\b/g },
  { id: 'join-took-part', example: 'took part in the talks', type: 'meeting', role: 'join', strength: 0.8, re: /\b(?:participated|participate|participates|participating)\s+in\b|\b(?:took|take|takes|taking)\s+part\s+in\b/g },
  { id: 'join-joined', example: 'will be joined by Birch', type: 'meeting', role: 'join', strength: 0.7, re: /\b(?:be|been|was|were|is|are)\s+(?:\w+\s+)?joined\b/g },
  { id: 'join-joining', example: 'joining them was Birch', type: 'meeting', role: 'join', strength: 0.7, re: /\bjoining\s+(?:them|him|her|the\s+(?:talks|meeting|leaders))\b/g },
  // the people who ran a happening take part in it: "the talks were facilitated by Cedar and Dogwood", "mediated by", "chaired by", "hosted by"
  { id: 'join-run-by', example: 'these discussions were facilitated by Carla Cedar and Dana Dogwood', type: 'meeting', role: 'join', strength: 0.6, re: /\b(?:facilitated|mediated|brokered|chaired|co-chaired|moderated|hosted|co-hosted|convened|presided\s+over)\s+by\b/g },
  // the host of a happening takes part in it: "Alder hosted the summit", "Birch chaired the talks"
  { id: 'join-hosted-happening', example: 'Anna Alder hosted the summit in Avalon', type: 'meeting', role: 'join', strength: 0.6, re: /\b(?:hosted|hosts|hosting|co-hosted|chaired|chairs|chairing|co-chaired|convened|convenes)\s+(?:the|a|an|this|that|their|its|his|her)\s+(?:[\w-]+\s+){0,3}?(?:summit|talks|meeting|negotiations|conference|round\s+of\s+talks)\b/g },
  { id: 'join-attended', example: 'attended the meeting', type: 'meeting', role: 'join', strength: 0.6, re: /\b(?:attended|attending|attends|(?:was|were|is|are|be)\s+present\s+at|be\s+on\s+hand|be\s+(?:\w+\s+)?available)\b/g },
  { id: 'join-delegation', example: 'the delegation included Birch', type: 'meeting', role: 'join', strength: 0.6, re: /\b(?:part|members?)\s+of\s+the\s+(?:\w+\s+)?delegation\b|\bdelegations?\s+(?:also\s+|again\s+)?(?:included|includes|was\s+led\s+by|led\s+by)\b|\b(?:team|side)\s+(?:was\s+|were\s+)(?:again\s+|also\s+)?(?:led|headed)\s+by\b/g },
  // ---------- visits ----------
  { id: 'visit-visited', example: 'Alder visited Avalon', type: 'visit', role: 'event', strength: 0.85, re: /\b(?:visited|visits|visiting|visit)\b/g },
  { id: 'visit-arrived', example: 'Alder arrived in Avalon', type: 'visit', role: 'event', strength: 0.85, re: /\b(?:arrived|arrives|arriving|arrive|landed|lands|land)\s+(?:in|within|at)\b/g },
  // "will depart for Egypt on Wednesday", "left for Cairo", "headed to Beijing": a journey to the place named after it
  { id: 'visit-depart-for', example: 'Birch will depart for Avalon on Wednesday', type: 'visit', role: 'event', strength: 0.7, re: /\b(?:depart|departs|departed|departing|left|leaves|leaving|set\s+off|sets\s+off|set\s+out|sets\s+out)\s+for\b|\b(?:head|heads|headed|heading)\s+to\b(?!\s+(?:the\s+)?(?:polls|talks|negotiations|meeting|summit)\b)/g },
  { id: 'visit-travelled-to', example: 'Alder travelled to Avalon', type: 'visit', role: 'event', strength: 0.8, re: /\b(?:trip|trips|travel|travel(?:l)?ed|travels|travel(?:l)?ing|flew|flies|journeyed|journey)\s+(?:\w+\s+){0,2}?to\b/g },
  { id: 'visit-sent-to', example: 'Alder sent his envoy to Avalon', type: 'visit', role: 'event', strength: 0.6, needsObject: true, re: /\b(?:sent|send|sends|sending|dispatched|dispatch)\s+(?:[^\s.;:!?]+\s+){0,4}?to\b/g },
  // "Alder invited Birch to Avalon": a visit Birch is to make (kept only when a place follows)
  { id: 'visit-invited-to', example: 'Alder invited Birch to Avalon', type: 'visit', role: 'event', strength: 0.55, needsObject: true, re: /\b(?:invited|invites|inviting)\s+(?:[^\s.;:!?]+\s+){1,4}?to\b/g },
  // "Birch is in Avalon today": a stay somewhere told as news of the day
  { id: 'visit-is-in-today', example: 'Birch is in Avalon today', type: 'visit', role: 'event', strength: 0.55, re: /\b(?:is|are)\s+(?:now\s+)?in\s+(?=[\w' -]{2,30}?\s+(?:today|tonight|this\s+(?:morning|afternoon|evening|week))\b)/g },
  // "upon his arrival in Avalon", "after Birch's arrival at the palace": an arrival told as a noun, its visitor the possessor
  { id: 'visit-arrival-noun', example: 'Crowds cheered Boris Birch upon the envoy’s arrival in Avalon', type: 'visit', role: 'event', strength: 0.7, re: /(?<=\b(?:upon|on|after|following|since|before)\s+(?:the\s+)?(?:his|her|their|[\w.-]+['’]s)\s+(?:[\w-]+\s+)?)arrival\s+(?:in|at)\b/g },
  // "… welcomed Birch soon after touching down in Avalon", "the plane touched down at Avalon airport": an arrival by air
  { id: 'visit-touched-down', example: 'Alder welcomed Birch soon after touching down in Avalon', type: 'visit', role: 'event', strength: 0.75, re: /\btouch(?:ed|es|ing)?\s+down\s+(?:in|at)\b/g },
  // "greeted Birch at the airport on arrival": Birch's arrival (the place is where the story is)
  { id: 'visit-greeted-on-arrival', example: 'greeted Birch at the airport on arrival', type: 'visit', role: 'event', strength: 0.8, re: /\b(?:greeted|welcomed|met)\s+(?:[^\s.;:!?]+\s+){1,4}?(?:at\s+the\s+airport\s+)?(?:on|upon)\s+(?:his\s+|her\s+|their\s+)?arrival\b/g },
  // ---------- agreements ----------
  { id: 'agreement-agreed', example: 'the two sides agreed to a ceasefire', type: 'agreement', role: 'event', strength: 0.85, re: /\b(?:agreed|agree|agrees)\s+(?:(?:over|by|on)\s+(?:the\s+|their\s+|a\s+)?(?:tele)?(?:phone|hotline)\s+|\w+\s+)?(?:to|on|upon|that|at|in)\b(?!\s+(?:meet|talk|speak|discuss|negotiate)\b)(?!\s+(?:continue|resume|hold|have|start|begin|open|pursue)\s+(?:the\s+|more\s+|further\s+|new\s+|direct\s+)?(?:talks|negotiations|discussions|dialogue)\b)(?!\s+(?:principle\s+to\s+)?(?:hold|have|arrange|organi[sz]e|set\s+up)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|talks|call|visit)\b)/g },
  // a new deal as the direct object of "agreed" (British usage): "the pair agreed a new framework" ("agreed the treaty" names one told before)
  { id: 'agreement-agreed-object', example: 'Alder and Birch agreed a new framework on migration', type: 'agreement', role: 'event', strength: 0.8, re: /(?<!\b(?:the|an?|their|its|his|her|mutually|jointly|previously|already|newly)\s)\bagreed\s+(?=(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:deal|agreement|accord|framework|plan|package|pact|ceasefire|cease-fire|truce|declaration|roadmap|treaty)s?\b)/g },
  // not a book, autographs or shirts ("signed the visitors’ book", "T-shirts signed by the teams"), nor an order, a law or a memorandum that is
  // no memorandum of understanding
  { id: 'agreement-signed', example: 'Alder and Birch signed the accord', type: 'agreement', role: 'event', strength: 0.75, re: /(?<!\b(?:shirts?|t-shirts?|jerseys?|balls?|books?|photos?|photographs?|posters?|caps?|copies|autographs?)\s)\b(?:signed|signs|sign|inked|inks|initialled|initialed|initials)\b(?!\s+off\b)(?!\s+of\b)(?!\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+)?(?:order|decree|law|bill|memo|memorandum(?!\s+(?:of\s+(?:understanding|cooperation|agreement|intent)|on)\b))\b)(?!\s+(?:(?:an?|the|his|her|their)\s+)?(?:[\w’'-]+\s+){0,2}?(?:book|guestbook|autographs?|jersey|copies)\b)/g },
  { id: 'agreement-signing', example: 'the signing ceremony', type: 'agreement', role: 'event', strength: 0.7, re: /\bsigning\s+(?:of|ceremony)\b/g },
  // "leaders adopted a declaration committing allies to …": a joint text agreed by a body's members
  { id: 'agreement-adopted', example: 'leaders adopted a declaration', type: 'agreement', role: 'event', strength: 0.75, re: /\b(?:adopted|adopt|adopts|endorsed)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?(?:declaration|communiqu[eé]|joint\s+statement|resolution)\b/g },
  // a text the sides put out together: "the three countries issued a joint statement", "released a joint declaration"
  { id: 'agreement-joint-text', example: 'Freedonia and Eastland issued a joint statement', type: 'agreement', role: 'event', strength: 0.7, re: /\b(?:issued|issue|issues|released|release|releases|unveiled|published)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?(?:joint|trilateral|bilateral)\s+(?:[\w-]+\s+)?(?:statement|declaration|communiqu[eé])\b/g },
  { id: 'agreement-reached', example: 'the sides reached a deal', type: 'agreement', role: 'event', strength: 0.9, re: /\b(?:reached|reach|struck|strike|clinched|sealed|concluded)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:deal|agreement|accord|treaty|truce|ceasefire|cease-fire)\b/g },
  // a deal made known by its sides: "Alder and Birch announced a breakthrough", "the two governments announced an agreement to end the war"
  { id: 'agreement-announced', example: 'Alder and Birch announced a breakthrough in Avalon', type: 'agreement', role: 'event', strength: 0.7, re: /\b(?:announced|announce|announces|announcing|unveiled|unveil|unveils)\s+(?:a|an|the|their)\s+[“"‘']?(?:[\w-]+[”"’']?\s+){0,2}?[“"‘']?(?:deal|agreement|accord|truce|ceasefire|cease-fire|breakthrough|peace\s+(?:deal|plan|framework))\b/g },
  // "a ceasefire between A and B", "the truce between the two countries": the agreement of the two named after "between"
  { id: 'agreement-ceasefire-between', example: 'a ceasefire between Freedonia and Eastland took effect', type: 'agreement', role: 'event', strength: 0.75, re: /\b(?:ceasefire|cease-fire|truce|armistice|peace\s+(?:deal|agreement|accord|treaty))\s+between\b/g },
  // "the agreement, reached on Monday, …", "the declaration was signed on Tuesday": a definite reference to the agreement told of, with its day
  { id: 'ref-the-agreement', example: 'the agreement, reached on Monday, takes effect today', type: 'agreement', role: 'event', strength: 0.5, refOnly: true, re: /\b(?:the|this|that|their|its)\s+(?:[\w-]+\s+)?(?:agreement|deal|accord|declaration|truce|ceasefire|cease-fire|treaty)\b(?=\s*,|\s+(?:was|were|is|had\s+been|has\s+been)\s+(?:reached|signed|agreed|concluded|struck|sealed|adopted)\b)/g },
  // a deal told in the first person by someone speaking: "we have a deal", "we’ve got an agreement" (its parties: first-person-deal)
  { id: 'agreement-we-have', example: 'Quist told reporters: “We have a deal.”', type: 'agreement', role: 'event', strength: 0.7, re: /(?<=\bwe(?:\s+now|\s+finally)?\s+|\bwe['’]ve\s+)(?:have|got|have\s+got)\s+(?=(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord)\b)/g },
  // ---------- statements ----------
  // a speech to a body: "addressed the parliament", "in a speech to lawmakers", "delivered an address to the nation"
  { id: 'statement-addressed-body', example: 'Alder addressed the parliament in Avalon', type: 'statement', role: 'statement', strength: 0.75, re: /\baddress(?:ed|es|ing)\s+(?:the|a|an|his|her|their|both)\s+(?:[\w-]+\s+){0,2}?(?:parliament|nation|assembly|congress|lawmakers|legislators|legislature|senate|chamber|session|council|conference|summit|delegates|rally)\b/g },
  { id: 'statement-speech', example: 'Alder delivered a speech to lawmakers', type: 'statement', role: 'statement', strength: 0.7, re: /\b(?:gave|delivered|made|giving|delivering|making)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:speech|address)\b(?=\s+(?:to|before|at|in|on)\b)/g },
  // a remark told as a light verb and a noun of speaking: "Quist made remarks about Avalon", "Vell came out with some comments",
  // "the palace made an announcement", "Quist held a press conference in Alder", "presided over the weekly news briefing".
  // Not "made the announcement/remarks" (a back-reference to a remark told before: its day, day-told-in-next-sentence)
  { id: 'statement-made-remarks', example: 'Mara Quist made remarks about Avalon', type: 'statement', role: 'statement', strength: 0.6, re: /\b(?:made|makes|making|gave|gives|giving|delivered|delivers|came\s+out\s+with|comes\s+out\s+with|held|holds|presided\s+over|presides\s+over)\s+(?:(?:a|an|his|her|their|its|some)\s+(?:[\w-]+\s+){0,2}?(?:remarks|comments|announcement|(?:press|news)\s+(?:conference|briefing))|the\s+(?:[\w-]+\s+){0,2}?(?:press|news)\s+(?:conference|briefing))\b|\bmade\s+remarks\b/g },
  { id: 'statement-said', example: 'Alder said …', type: 'statement', role: 'statement', strength: 0.85, re: /\b(?:said|says|say|stated|states|told(?!\s+(?:me|us)\b)|tells|declared|announced|announces|insisted|insists|added|adds|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|noted|argued|claimed|explained|asserted|remarked|suggested|acknowledged|confirmed|conceded)\b/g },
  { id: 'statement-warned', example: 'Alder warned Birch', type: 'statement', role: 'statement', strength: 0.85, responds: true, re: /\b(?:warned|warns|rejected|rejects|dismissed|dismisses|criticised|criticized|criticises|criticizes|accused|accuses|condemned|condemns|denounced|cautioned|cautions|responded|responds|replied|retorted|slammed|blasted|hit\s+back)\b/g },
  { id: 'statement-according-to', example: 'according to Alder', type: 'statement', role: 'statement', strength: 0.8, re: /\baccording\s+to\b/g },
  { id: 'statement-denied', example: 'Alder denied that …', type: 'statement', role: 'statement', strength: 0.7, re: /\b(?:denied|denies)\b(?=\s+(?:on\s+\w+\s+)?that\b|\s+(?:a|the|any|reports?|claims?)\b)/g },
  // a verdict on a happening: "described the conversation as …", "described them as …"
  { id: 'statement-described-as', example: 'described the talks as productive', type: 'statement', role: 'statement', strength: 0.7, re: /\bdescribed\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?as\b/g },
  // written remarks: "wrote on social media that …", "posted that …"
  { id: 'statement-wrote', example: 'wrote on social media that …', type: 'statement', role: 'statement', strength: 0.75, re: /\b(?:wrote|writes|writing|posted|tweeted)\b(?!\s+(?:a\s+)?(?:letter|book|article)\s+to\b)/g },
  // a verdict: "called the exchange “a dressing-down”", "called the conversation positive"
  { id: 'statement-called-it', example: 'called the exchange a dressing-down', type: 'statement', role: 'statement', strength: 0.6, re: /\bcalled\s+(?=(?:the|it|this|that|them)\s)(?!the\s+(?:[\w-]+\s+)?(?:president|prime|premier|chancellor|king|queen|leader|minister|secretary|envoy|head|crown|pope|emir|sultan|white\s+house|kremlin)\b)/g },
  // ("spoke on Monday with B" is call-spoke-when-with's conversation, not a remark of A's)
  { id: 'statement-spoke-about', example: 'spoke after the talks', type: 'statement', role: 'statement', strength: 0.6, re: /\b(?:spoke|speaking|spoken)\s+(?=(?:after|at|about|of|out)\b|on\s+(?!(?:the\s+)?(?:tele)?phone|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+\w+)(?:\s+(?:morning|afternoon|evening|night))?\s+(?:with|to)\s))/g },
  { id: 'statement-questioned', example: 'Alder questioned Birch’s motives', type: 'statement', role: 'statement', strength: 0.7, responds: true, re: /\b(?:questioned|compared|attacked|mocked|ridiculed)\b/g },
  { id: 'statement-expressed', example: 'expressed hope that …', type: 'statement', role: 'statement', strength: 0.5, re: /\b(?:advised|voicing|voiced|expressed|expressing|made\s+the\s+remarks?)\b(?!\s+(?:me|us)\b)/g },
  { id: 'statement-saying', example: '…, saying the talks went well', type: 'statement', role: 'statement', strength: 0.6, re: /\b(?:saying|adding|revised\s+(?:his|her|their)\s+(?:stance|position))\b/g },
  { id: 'statement-in-response', example: 'in response to Birch', type: 'statement', role: 'statement', strength: 0.8, responds: true, re: /\bin\s+(?:response|reply)\s+to\b/g },
  { id: 'statement-urged', example: 'Alder urged Birch to …', type: 'statement', role: 'statement', strength: 0.6, re: new RegExp(String.raw`${B}(?:urged|urges|appealed\s+to|called\s+on${B}(?!\s+(?=${OFFICE_OBJECT})${NO_APPEAL}))${B}`, 'g') },
];

export interface TriggerHit {
  rule: TriggerRule;
  type: EventType | null;
  role: TriggerRole;
  /** offsets relative to the sentence */
  start: number;
  end: number;
  text: string;
  strength: number;
}

/** Every trigger in a (lower-cased, normalised) sentence, overlaps resolved: longest first within events / statements. */
export function findTriggers(sentence: string): TriggerHit[] {
  // a rule whose regex needs a literal the sentence lacks (read off the regex: required-literals.ts) finds nothing
  const pf = prefilterOfRules(TRIGGER_RULES);
  pf.scan(sentence.toLowerCase());
  return scanTriggers(sentence, (r) => pf.mayMatchRule(r));
}

/** findTriggers' scan: the rules `tried` lets through (by index in TRIGGER_RULES) run on the sentence, overlaps resolved */
export function scanTriggers(sentence: string, tried: (rule: number) => boolean): TriggerHit[] {
  const lower = sentence.toLowerCase();
  const raw: TriggerHit[] = [];
  for (let r = 0; r < TRIGGER_RULES.length; r++) {
    const rule = TRIGGER_RULES[r];
    if (!tried(r)) continue;
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(lower))) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const text = m[0].trimEnd();
      // "United States", "Meet The Press": a capitalised word inside a sentence is a name, not a verb
      if (rule.role === 'statement' && /^[A-Z]/.test(sentence.slice(m.index, m.index + 1)) && m.index > 0 && !/[“"‘'(:]\s*$/.test(sentence.slice(0, m.index))) continue;
      raw.push({ rule, type: rule.type, role: rule.role, start: m.index, end: m.index + text.length, text: sentence.slice(m.index, m.index + text.length), strength: rule.strength });
    }
  }
  const fam = (h: TriggerHit) => (h.role === 'statement' ? 's' : 'e');
  raw.sort((a, b) => b.end - b.start - (a.end - a.start) || b.strength - a.strength || a.start - b.start);
  const kept: TriggerHit[] = [];
  for (const h of raw) if (!kept.some((k) => fam(k) === fam(h) && k.start < h.end && h.start < k.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The event type a noun phrase refers to ("the talks" → meeting, "the call" → call), or null. */
export function typeOfReference(words: string): EventType | null {
  const w = words.toLowerCase();
  if (/\b(?:call|phone|telephone)\b/.test(w)) return 'call';
  if (/\b(?:talks?|meeting|meetings|summit|negotiations?|assembly|discussions?|conference)\b/.test(w)) return 'meeting';
  if (/\b(?:visit|trip|arrival)\b/.test(w)) return 'visit';
  if (/\b(?:deal|agreement|accord|signing)\b/.test(w)) return 'agreement';
  return null;
}
