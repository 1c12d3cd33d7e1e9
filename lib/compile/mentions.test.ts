import { describe, expect, it } from 'vitest';
import type { ActorEntry, Lexicon, PlaceEntry } from '../schema';
import { discoveredDiff, discoveredJson, docFacts, findMentions, firstPassData, outletNames, readsTouched, secondPassCompact, secondPassContext, sortByDocument, whoConclude, whoContext, whoLinkData, whoPrepare, type LinkedCompact, type SecondPassReads } from './mentions';
import type { ActorInfo } from './types';
import { makeDoc, person } from './who/test-helpers';
import type { SentencedDoc } from './types';

const actors: ActorEntry[] = [
  person('marco-rubio', 'Marco Rubio', { affiliation: 'US', role: 'US Secretary of State', aliases: ['Rubio'], titles: [{ title: 'US secretary of state', from: '2025-01-21' }] }),
  person('sergei-lavrov', 'Sergei Lavrov', { affiliation: 'RU', role: 'Russian Foreign Minister', aliases: ['Lavrov'], titles: [{ title: 'Russian foreign minister' }] }),
  person('vladimir-putin', 'Vladimir Putin', { affiliation: 'RU', role: 'President of Russia', aliases: ['Putin'], titles: [{ title: 'Russian president' }] }),
  person('volodymyr-zelensky', 'Volodymyr Zelensky', { affiliation: 'UA', role: 'President of Ukraine', aliases: ['Zelensky'], titles: [{ title: "Ukraine's president" }] }),
  person('pete-hegseth', 'Pete Hegseth', { affiliation: 'US', role: 'US Secretary of Defense', aliases: ['Hegseth'], titles: [{ title: 'defense secretary', from: '2025-01-25' }] }),
  person('steve-witkoff', 'Steve Witkoff', { affiliation: 'US', role: 'US Special Envoy', aliases: ['Witkoff'] }),
  person('scott-bessent', 'Scott Bessent', { affiliation: 'US', role: 'US Secretary of the Treasury', aliases: ['Bessent'], titles: [{ title: 'treasury secretary', from: '2025-01-28' }] }),
  person('faisal-bin-farhan', 'Faisal bin Farhan Al Saud', { affiliation: 'SA', aliases: ['Prince Faisal bin Farhan Al Saud'], titles: [{ title: 'Saudi foreign minister' }] }),
  person('dmitry-peskov', 'Dmitry Peskov', { affiliation: 'RU', role: 'Kremlin spokesman', aliases: ['Peskov'], titles: [{ title: "Putin's spokesman" }] }),
  { id: 'russia', name: 'Russia', kind: 'country', affiliation: 'RU', aliases: ['Moscow'], titles: [] },
  { id: 'saudi-arabia', name: 'Saudi Arabia', kind: 'country', affiliation: 'SA', aliases: [], titles: [] },
];
const places: PlaceEntry[] = [
  { name: 'Riyadh', kind: 'city', country: 'SA', aliases: ['the Saudi capital'] },
  { name: 'Diriyah Palace', kind: 'venue', country: 'SA', within: 'Riyadh', aliases: [] },
  { name: 'Moscow', kind: 'city', country: 'RU', aliases: [] },
];
const lexicon: Lexicon = { outlets: ['Reuters', 'The Free Press', 'Meet The Press'], notPeople: ['State Department'] };

const run = (docs: SentencedDoc[], a: ActorEntry[] = actors) => findMentions(docs, a, places, lexicon);
const ids = (r: ReturnType<typeof run>) => r.mentions.map((m) => m.actorId);
const discoveredIds = (r: ReturnType<typeof run>) => r.actors.filter((a) => a.discovered).map((a) => a.id);

describe('exact names, aliases and titles', () => {
  it('takes the longest form and handles possessives, with offsets into the body', () => {
    const doc = makeDoc(['Talks began.', "Vladimir Putin's aide and Lavrov’s deputy spoke."]);
    const r = run([doc]);
    expect(r.mentions.map((m) => [m.actorId, m.surface])).toEqual([
      ['vladimir-putin', 'Vladimir Putin'],
      ['sergei-lavrov', 'Lavrov'],
    ]);
    for (const m of r.mentions) expect(doc.body.slice(m.start, m.end)).toBe(m.surface);
  });

  it('reads a title before a name as one mention of the name', () => {
    const r = run([makeDoc(['US Secretary of State Marco Rubio met Saudi Foreign Minister Prince Faisal bin Farhan Al Saud.'])]);
    expect(ids(r)).toEqual(['marco-rubio', 'faisal-bin-farhan']);
    expect(r.mentions.every((m) => m.via !== 'title')).toBe(true);
  });

  it('resolves a dated title only within its dates', () => {
    const s = ['The treasury secretary arrived in Kyiv.'];
    expect(ids(run([makeDoc(s, { published: '2025-03-01' })]))).toEqual(['scott-bessent']);
    expect(ids(run([makeDoc(s, { published: '2024-03-01' })]))).toEqual([]);
  });

  it('knows nation variants of titles and rejects another nation', () => {
    expect(ids(run([makeDoc(["Russia's president spoke."])]))).toContain('vladimir-putin');
    expect(ids(run([makeDoc(['The Ukrainian defense secretary spoke.'])]))).not.toContain('pete-hegseth');
  });

  it('reads a possessive title as another person ("Putin\'s spokesman")', () => {
    const r = run([makeDoc(["Putin's spokesman said he was ready."])]);
    expect(r.mentions[0].actorId).toBe('dmitry-peskov');
    expect(r.mentions[0].via).toBe('title');
  });

  it('matches a capital as its country (metonym) and as a place', () => {
    const r = run([makeDoc(['Moscow said the talks in the Saudi capital went well.'])]);
    expect(ids(r)).toEqual(['russia']);
    expect(r.places.map((p) => [p.place, p.surface])).toEqual([
      ['Moscow', 'Moscow'],
      ['Riyadh', 'the Saudi capital'],
    ]);
  });

  it('reports a venue and its city separately', () => {
    const r = run([makeDoc(['They met at Diriyah Palace in Riyadh.'])]);
    expect(r.places.map((p) => p.place)).toEqual(['Diriyah Palace', 'Riyadh']);
  });
});

describe('fuzzy and phonetic names, decided with context', () => {
  it('links a misheard surname in a transcript', () => {
    const r = run([makeDoc(['Zelinski said the talks failed.'], { kind: 'transcript' })]);
    expect(r.mentions.map((m) => [m.actorId, m.via])).toEqual([['volodymyr-zelensky', 'fuzzy']]);
  });

  it('links "Marco Ruby" through the first name but never "a ruby ring"', () => {
    expect(ids(run([makeDoc(['Secretary of State Marco Ruby is meeting officials.'], { kind: 'transcript' })]))).toEqual(['marco-rubio']);
    expect(ids(run([makeDoc(['She wore a ruby ring and a Ruby necklace.'])]))).toEqual([]);
    expect(ids(run([makeDoc(['Ruby said hello.'])]))).toEqual([]);
  });

  it('links "Pete Heath" and "Pete hexes" but not heath alone', () => {
    expect(ids(run([makeDoc(['Defense Secretary Pete Heath has said so.'], { kind: 'transcript' })]))).toEqual(['pete-hegseth']);
    expect(ids(run([makeDoc(['statements by Pete hexes the speech'], { kind: 'transcript' })]))).toEqual(['pete-hegseth']);
    expect(ids(run([makeDoc(['They walked across the heath.', 'Heath was there.'], { kind: 'transcript' })]))).toEqual([]);
  });

  it('needs context for a misspelling in an article', () => {
    expect(ids(run([makeDoc(['Whitcoff flew home.'])]))).toEqual([]);
    expect(ids(run([makeDoc(['Steve Witkoff landed.', 'Whitcoff flew home.'])]))).toEqual(['steve-witkoff', 'steve-witkoff']);
  });

  it('joins a surname split in two words by speech recognition, only with the first name or a title next to it', () => {
    const r = run([makeDoc(['Then Steve Wit koff arrived in the city.'], { kind: 'transcript' })]);
    expect(r.mentions.map((m) => [m.actorId, m.surface])).toEqual([['steve-witkoff', 'Steve Wit koff']]);
    // the same two words with no first name or title beside them stay words
    expect(ids(run([makeDoc(['They said the wit koff was there.'], { kind: 'transcript' })]))).toEqual([]);
  });

  it('reads lower-case names in a transcript without capitals', () => {
    const r = run([makeDoc(['good evening.. us envoy steve whitcoff met president putin,, the kremlin said.. zelinski said he was ready..'], { kind: 'transcript' })]);
    expect(r.mentions.filter((m) => m.via !== 'pronoun').map((m) => [m.actorId, m.surface])).toEqual([
      ['steve-witkoff', 'steve whitcoff'],
      ['vladimir-putin', 'putin'],
      ['volodymyr-zelensky', 'zelinski'],
    ]);
  });

  it('a title word right before a misheard surname vouches for it in a transcript without capitals', () => {
    const a = [...actors, person('anton-kovalenko', 'Anton Kovalenko', { affiliation: 'UA', aliases: ['Kovalenko'] })];
    const filler = 'this is the news at nine.. the talks went on for most of the day and officials said they would meet again soon.. ';
    const doc = (s: string) => makeDoc([filler + s], { kind: 'transcript' });
    expect(ids(run([doc('president kovalenk spoke with the leaders by phone on wednesday..')], a))).toContain('anton-kovalenko');
    expect(ids(run([doc('the kovalenk spoke with the leaders by phone on wednesday..')], a))).not.toContain('anton-kovalenko');
  });

  it('reads hyphenated words part by part and short first names', () => {
    const a = [...actors, person('jd-vance', 'JD Vance', { affiliation: 'US', aliases: ['Vance'] })];
    const r = run([makeDoc(["Since last week's Putin-Zelenskky call, jd Vannce spoke."])], a);
    expect(r.mentions.map((m) => [m.actorId, m.surface])).toEqual([
      ['vladimir-putin', 'Putin'],
      ['volodymyr-zelensky', 'Zelenskky'],
      ['jd-vance', 'jd Vannce'],
    ]);
  });

  it('accepts a misspelling when every mention is misspelt but one has context', () => {
    const r = run([makeDoc(['Ukrainian President Volodymir Zelenskky spoke.', 'Later Zelenscy left.'])]);
    expect(r.mentions.map((m) => m.actorId)).toEqual(['volodymyr-zelensky', 'volodymyr-zelensky']);
  });

  it('takes the actor\'s country in the sentence as context, but not another country', () => {
    expect(ids(run([makeDoc(['With that said, Lawrov added, Russia would help.'])]))).toEqual(['sergei-lavrov', 'russia']);
    expect(ids(run([makeDoc(['With that said, Lawrov added, nobody would help.'])]))).toEqual([]);
  });

  it('does not take a feminine surname form for the man', () => {
    expect(ids(run([makeDoc(['Sergei Lavrov spoke.', 'Later Lavrova, a Russian, left.'])]))).toEqual(['sergei-lavrov']);
  });

  it('accepts a garbled surname next to a title of the actor', () => {
    const r = run([makeDoc(["Ukraine's president, Zaleski, has been very clear."], { kind: 'transcript' })]);
    expect(r.mentions.map((m) => [m.actorId, m.surface])).toEqual([['volodymyr-zelensky', 'Zaleski']]);
  });
});

describe('discovery of people in no data file', () => {
  it('discovers a titled name and its later bare surname', () => {
    const r = run([makeDoc(['Foreign Minister Ana Kovač met Rubio on Tuesday.', 'Kovač said the talks were useful.'])]);
    const ana = r.actors.find((a) => a.id === 'ana-kovac');
    expect(ana?.discovered).toBe(true);
    expect(ana?.role).toBe('Foreign Minister');
    expect(r.mentions.filter((m) => m.actorId === 'ana-kovac').map((m) => m.surface)).toEqual(['Ana Kovač', 'Kovač']);
  });

  it('discovers a spokeswoman not in actors.yaml', () => {
    const r = run([makeDoc(['Spokeswoman Maria Zakharova said the talks failed.'])]);
    expect(discoveredIds(r)).toEqual(['maria-zakharova']);
  });

  it('takes affiliation and role from the cue', () => {
    const r = run([makeDoc(['Saudi national security adviser Ahmed Al Ghamdi also attended.'])]);
    const a = r.actors.find((x) => x.discovered);
    expect(a).toMatchObject({ id: 'ahmed-al-ghamdi', affiliation: 'SA', role: 'national security adviser', kind: 'person' });
  });

  it('finds apposition cues after the name', () => {
    const r = run([makeDoc(['We can now speak to G Lan who is a lecturer in foreign policy.'], { kind: 'transcript' })]);
    expect(discoveredIds(r)).toEqual(['g-lan']);
  });

  it('makes one actor of the same person across documents', () => {
    const r = run([
      makeDoc(['Spokeswoman Maria Zakharova said no.'], { id: 'a' }),
      makeDoc(['Maria Zakharova told reporters the same.'], { id: 'b' }),
    ]);
    expect(discoveredIds(r)).toEqual(['maria-zakharova']);
    expect(r.mentions.filter((m) => m.actorId === 'maria-zakharova').map((m) => m.docId)).toEqual(['a', 'b']);
  });

  it('joins "Mr. X" and a variant first name to the full name', () => {
    const r = run([
      makeDoc(['Spokeswoman Maria Zakharova said no.', 'Mr. Petrov disagreed with Anton Petrov.'], { id: 'a' }),
      makeDoc(['Spokeswoman Mariya Zakharova said yes.', 'Ms. Zakharova left.'], { id: 'b' }),
    ]);
    expect(discoveredIds(r)).toEqual(['anton-petrov', 'maria-zakharova']);
    expect(r.actors.find((a) => a.id === 'maria-zakharova')?.surfaceForms).toEqual(['Maria Zakharova', 'Mariya Zakharova', 'Zakharova']);
  });

  it('joins a one-word discovery to the full name found in another document', () => {
    const r = run([makeDoc(['President Horvatić spoke.'], { id: 'a' }), makeDoc(['Croatian President Luka Horvatić arrived.'], { id: 'b' })]);
    expect(discoveredIds(r)).toEqual(['luka-horvatic']);
    expect(r.mentions.map((m) => [m.docId, m.actorId])).toEqual([
      ['a', 'luka-horvatic'],
      ['b', 'luka-horvatic'],
    ]);
  });

  it('never discovers outlets, programmes, places, days or sentence-initial words', () => {
    const r = run([
      makeDoc([
        'Reuters reported that the talks ended.',
        'Zelensky said Sunday on Meet The Press that he would not accept it.',
        'According to The Free Press, officials met at Diriyah Palace.',
        'Although these were the first talks, Officials said Leaders agreed.',
        'Ostensibly, the State Department said so on Tuesday in February.',
        'The Munich Security Conference opened in Germany during World War II memorials.',
        'CLICK HERE TO READ MORE',
      ]),
    ]);
    expect(discoveredIds(r)).toEqual([]);
  });

  it('handles name particles, titles inside the run and counterparts', () => {
    const r = run([
      makeDoc(['The European Commission President Ursula von der Leyen met Saudi Crown Prince Mohammed bin Salman.']),
      makeDoc(['Kallio spoke by telephone with her Turkish counterpart, Selim Aydemir.'], { id: 'b' }),
    ]);
    expect(discoveredIds(r)).toEqual(['mohammed-bin-salman', 'selim-aydemir', 'ursula-von-der-leyen']);
    expect(r.actors.find((a) => a.id === 'selim-aydemir')?.affiliation).toBe('TR');
    expect(r.actors.find((a) => a.id === 'mohammed-bin-salman')).toMatchObject({ affiliation: 'SA', role: 'Crown Prince' });
  });

  it('accepts a common word inside a titled name but not in an untitled phrase', () => {
    const r = run([makeDoc(['Vietnamese Foreign Minister Tran Van Long arrived.', 'Access to Rare Earth Minerals was discussed.'])]);
    expect(discoveredIds(r)).toEqual(['tran-van-long']);
  });

  it('leaves a surname shared by two discovered people alone', () => {
    const r = run([makeDoc(['Foreign Minister Anton Petrov met Defense Minister Ivan Petrov.', 'Petrov said nothing.'])]);
    expect(discoveredIds(r)).toEqual(['anton-petrov', 'ivan-petrov']);
    expect(r.mentions.filter((m) => m.sentence === 1)).toEqual([]);
  });

  it('never discovers bylines', () => {
    expect(discoveredIds(run([makeDoc(['Reporting by Guy Faulconbridge; Editing by Andrew Osborn'])]))).toEqual([]);
  });

  it('takes a common word right after a title as the first name, and joins the later bare surname', () => {
    const r = run([makeDoc(['The envoy held talks with Dutch Prime Minister Dick Vanterpool on Tuesday.', 'Vanterpool said the talks went well.'])]);
    expect(discoveredIds(r)).toEqual(['dick-vanterpool']);
    expect(r.mentions.filter((m) => m.actorId === 'dick-vanterpool').map((m) => m.surface)).toEqual(['Dick Vanterpool', 'Vanterpool']);
  });

  it('discovers a churchman after Cardinal, with a short last name part', () => {
    const r = run([makeDoc(['In his homily, Cardinal Alfonso Maria Ko, the dean of the college, recalled the appeals.'])]);
    expect(discoveredIds(r)).toEqual(['alfonso-maria-ko']);
  });

  it('lower-case transcripts: discovers two unknown words after a title, never ordinary words', () => {
    const long = 'the two sides exchanged memoranda setting out their terms for a settlement and said they would study them closely over the coming weeks before another round.';
    const r = run(
      [
        makeDoc(
          [
            long,
            'the delegation also included deputy foreign minister oleksandr brevko and deputy defence minister tomas vilkaitis.',
            'speaking at a summit hosted by latvian president janis kalnbergs the leader called for sanctions.',
            'the president said the minister would travel to the front next week.',
            'the foreign minister hosted talks while the president spoke.',
          ],
          { kind: 'transcript' },
        ),
      ],
      actors,
    );
    expect(discoveredIds(r)).toEqual(['janis-kalnbergs', 'oleksandr-brevko', 'tomas-vilkaitis']);
    expect(r.actors.find((a) => a.id === 'janis-kalnbergs')?.name).toBe('Janis Kalnbergs');
  });

  it('reads a capitalised two-letter word right after a title as a name part ("Vice Premier He Taolin")', () => {
    const r = run([makeDoc(['The talks were led by Vice Premier Hu Wenjiao.', 'A delegation led by Vice Premier He Taolin arrived.', 'He said the talks went well.', 'Officials first met He in Oslo, and "He was calm," one said.'])]);
    expect(discoveredIds(r)).toEqual(['he-taolin', 'hu-wenjiao']);
    // the family name alone, mid-sentence after a lower-case word, is the person; "He" starting a sentence or quote is not
    expect(r.mentions.filter((m) => m.actorId === 'he-taolin').map((m) => [m.surface, m.sentence])).toEqual([
      ['He Taolin', 1],
      ['He', 3],
    ]);
  });

  it('discovers a name after "Trade Representative" and with a lower-case particle ("al-Ansari")', () => {
    const r = run([
      makeDoc([
        'U.S. Trade Representative Dorian Quellet joined the talks.',
        'Its spokesman, Karim al-Nasiri, told reporters that the strike was unacceptable.',
        'Foreign ministry spokesman Walid bin-Haddad said it.',
      ]),
    ]);
    expect(discoveredIds(r)).toEqual(['dorian-quellet', 'karim-al-nasiri', 'walid-bin-haddad']);
  });

  it('discovers the second of two names under one plural title', () => {
    const r = run([makeDoc(['He spoke with senior officials, including Prime Ministers Ivo Marić and Tarek Almasi, and others.', 'Almasi thanked him.'])]);
    expect(discoveredIds(r)).toContain('tarek-almasi');
    expect(r.mentions.filter((m) => m.actorId === 'tarek-almasi').map((m) => m.surface)).toEqual(['Tarek Almasi', 'Almasi']);
  });

  it('a misspelt name in a lower-case transcript joins the spelling of a capitalised document', () => {
    const long = 'the two sides exchanged memoranda setting out their terms for a settlement and said they would study them closely over the coming weeks before another round.';
    const r = run([
      makeDoc([long, long, 'the leader spoke to latvian president janos kalnbergs on sunday.'], { id: 'a-asr', kind: 'transcript' }),
      makeDoc(['Latvian President Janis Kalnbergs telephoned the emir on Tuesday.'], { id: 'b-news' }),
    ]);
    expect(discoveredIds(r)).toEqual(['janis-kalnbergs']);
    expect(r.mentions.map((m) => [m.docId, m.actorId])).toEqual([
      ['a-asr', 'janis-kalnbergs'],
      ['b-news', 'janis-kalnbergs'],
    ]);
  });

  it('a misheard surname in a lower-case transcript joins the person with the same first name', () => {
    const long = 'the two sides exchanged memoranda setting out their terms for a settlement and said they would study them closely over the coming weeks before another round.';
    const r = run([
      makeDoc([long, long, 'latvian president janis kalnbergz has not yet commented.', 'deputy minister janis kalnin spoke.'], { id: 'a-asr', kind: 'transcript' }),
      makeDoc(['Latvian President Janis Kalnbergs telephoned the emir on Tuesday.'], { id: 'b-news' }),
    ]);
    expect(discoveredIds(r)).toEqual(['janis-kalnbergs', 'janis-kalnin']);
  });

  it('does not use the lower-case rule in ordinary capitalised text', () => {
    const r = run([makeDoc(['The minister said that deputy minister brevko vilkaitis spoke.', 'Officials met in the capital on Monday to discuss the war and the prospects for peace talks in the region.'])]);
    expect(discoveredIds(r)).toEqual([]);
  });

  it('finds an unknown place after "in the city of"', () => {
    const r = run([makeDoc(['They met in the city of Zagreb on Monday.'])]);
    expect(r.places.map((p) => [p.place, p.kind])).toEqual([['Zagreb', 'unknown']]);
  });
});

describe('pronouns, roles and counterparts', () => {
  it('links "He said" to the previous subject, with a lower score', () => {
    const r = run([makeDoc(['Marco Rubio arrived in Riyadh.', 'He said the talks went well.'])]);
    const p = r.mentions.find((m) => m.via === 'pronoun');
    expect(p).toMatchObject({ actorId: 'marco-rubio', surface: 'He' });
    expect(p!.score).toBeLessThan(1);
  });

  it('links a quoted attribution to the previous subject, not to a name in the sentence', () => {
    const r = run([makeDoc(['Peskov spoke to reporters.', 'Lavrov’s meeting with Rubio, he said, would be business-like.'])]);
    expect(r.mentions.find((m) => m.via === 'pronoun')?.actorId).toBe('dmitry-peskov');
  });

  it('links a mid-sentence pronoun to the only person named before it', () => {
    const one = run([makeDoc(['Lavrov arrived in Riyadh on Tuesday, a day after he spoke with Rubio.'])]);
    expect(one.mentions.find((m) => m.via === 'pronoun')?.actorId).toBe('sergei-lavrov');
    const two = run([makeDoc(['Putin warned that Zelensky would lose if he continued.'])]);
    expect(two.mentions.some((m) => m.via === 'pronoun')).toBe(false);
  });

  it('leaves a pronoun with no subject before it alone', () => {
    const r = run([makeDoc(['The talks ended.', 'He said nothing.'])]);
    expect(r.mentions).toEqual([]);
  });

  it('resolves "the president" only when one president was mentioned', () => {
    const one = run([makeDoc(['Putin spoke on Monday.', 'Later the president left.'])]);
    expect(one.mentions.find((m) => m.via === 'role')?.actorId).toBe('vladimir-putin');
    const two = run([makeDoc(['Putin and Zelensky spoke on Monday.', 'Later the president left.'])]);
    expect(two.mentions.some((m) => m.via === 'role')).toBe(false);
  });

  it('resolves "his Russian counterpart" through co-mention with the subject', () => {
    const r = run([
      makeDoc(['Marco Rubio and Sergei Lavrov spoke.', 'Putin stayed home.', 'Rubio is in Riyadh ahead of talks with his Russian counterpart.']),
    ]);
    expect(r.mentions.find((m) => m.via === 'role')).toMatchObject({ actorId: 'sergei-lavrov', surface: 'his Russian counterpart' });
  });
});

describe('actors and problems', () => {
  it('returns data-file actors with their surface forms, sorted by id, deterministic', () => {
    const docs = [makeDoc(['Rubio and Marco Rubio met Spokeswoman Maria Zakharova.'])];
    const a = run(docs);
    const b = run(docs);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.actors.map((x) => x.id)).toEqual([...a.actors.map((x) => x.id)].sort());
    expect(a.actors.find((x) => x.id === 'marco-rubio')?.surfaceForms).toEqual(['Marco Rubio', 'Rubio']);
    expect(a.actors.find((x) => x.id === 'sergei-lavrov')?.discovered).toBe(false);
  });

  it('warns about a title shared by two actors over the same dates', () => {
    const a = [person('a-one', 'Ana One', { titles: [{ title: 'foreign minister', from: '2020-01-01' }] }), person('b-two', 'Bo Two', { titles: [{ title: 'Foreign Minister', to: '2021-01-01' }] })];
    const r = findMentions([makeDoc(['x'])], a, places, lexicon);
    expect(r.problems.map((p) => p.message)).toEqual(['the title "foreign minister" designates both a-one and b-two over the same period']);
  });

  it('scores a capital standing for its country a little lower than the country name', () => {
    const r = run([makeDoc(['Moscow and Russia agreed.'])]);
    expect(r.mentions.map((m) => [m.surface, m.score])).toEqual([
      ['Moscow', 0.8],
      ['Russia', 1],
    ]);
  });

  it('warns about an alias shared by two actors', () => {
    const r = run([makeDoc(['Nothing here.'])], [...actors, person('other-putin', 'Other Putin', { aliases: ['Putin'] })]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ severity: 'warning', file: 'data/actors.yaml' });
  });
});

describe('spelling variants of one discovered person', () => {
  it('are one actor, named by the spelling most mentions use', () => {
    const docs = [
      makeDoc(['Foreign Minister Ana Marbadzeeov met reporters on Monday.'], { id: 'a' }),
      makeDoc(['Foreign Minister Ana Marbadzeov said the talks went well.', 'Ana Marbadzeov said more later.'], { id: 'b' }),
      makeDoc(['Defence Minister Ivo Ko-Zanbov arrived.', 'Mr. Marbadzeov said nothing.'], { id: 'c' }),
      makeDoc(['Defence Minister Ivo Kozanbov left.'], { id: 'd' }),
    ];
    const r = run(docs, []);
    const found = r.actors.filter((a) => a.discovered);
    expect(found.map((a) => a.name).sort()).toEqual(['Ana Marbadzeov', 'Ivo Ko-Zanbov']);
    expect(found.find((a) => a.name === 'Ana Marbadzeov')?.aliases).toContain('Ana Marbadzeeov');
    expect(new Set(r.mentions.filter((m) => /Marbad/.test(m.surface)).map((m) => m.actorId))).toEqual(new Set(['ana-marbadzeov']));
  });

  it('joins a title and a misspelt surname alone to the one full name', () => {
    const docs = [
      makeDoc(['Foreign Minister Ana Marbadzeov met reporters on Monday.'], { id: 'a' }),
      makeDoc(['Minister Marbadzev said the talks went well.'], { id: 'b' }),
    ];
    const r = run(docs, []);
    expect(r.actors.filter((a) => a.discovered).map((a) => a.id)).toEqual(['ana-marbadzeov']);
    expect(r.mentions.find((m) => m.docId === 'b')?.actorId).toBe('ana-marbadzeov');
  });

  it('keeps apart people whose first names differ or whose surnames are a feminine form', () => {
    const docs = [
      makeDoc(['Foreign Minister Ana Marbadzeov met reporters.'], { id: 'a' }),
      makeDoc(['Foreign Minister Ivo Marbadzeov met reporters.'], { id: 'b' }),
      makeDoc(['Foreign Minister Ana Petrov met reporters.', 'Defence Minister Ana Petrova arrived.'], { id: 'c' }),
    ];
    expect(discoveredIds(run(docs, [])).sort()).toEqual(['ana-marbadzeov', 'ana-petrov', 'ana-petrova', 'ivo-marbadzeov']);
  });
});

describe('the who stage in parts (as the worker threads run it)', () => {
  it('documents linked on their first passes as plain data, second-passed from structured clones and concluded give what findMentions gives', () => {
    const docs = [
      makeDoc(['Foreign Minister Ana Marbadzeeov met reporters on Monday.', 'She said the talks went well.'], { id: 'a' }),
      makeDoc(['Foreign Minister Ana Marbadzeov said the talks went well.', 'Marbadzeov later met Lavrov.'], { id: 'b' }),
      makeDoc(['Minister Marbadzev arrived.', 'The Russian foreign minister said so.', 'Ana Marbadzeov spoke after him.'], { id: 'c' }),
      makeDoc(['president putin met ana marbadzeov.. she said little..'], { id: 'd', kind: 'transcript' }),
    ];
    const whole = findMentions(docs, actors, places, lexicon);
    const outlets = outletNames(lexicon, docs);
    const prep = whoPrepare(docs, actors, places, lexicon, (d) => structuredClone(docFacts(d, outlets)));
    expect(prep.ctxs.size).toBe(0);
    const cx = whoContext(prep.setup);
    expect(whole.actors.some((a) => a.id === 'ana-marbadzeov')).toBe(true);
    // linked on the first passes as plain data alone (no tokens on the linking thread), the rest as on a worker
    const compact = new Map<string, LinkedCompact>();
    const linked2 = whoLinkData(prep, (d) => structuredClone(firstPassData(d, cx)), (d, data) => compact.set(d.id, structuredClone(data)));
    const sp2 = secondPassContext(prep.setup.actors, structuredClone(linked2.discovered));
    const mentions2 = prep.order.flatMap((d) => structuredClone(secondPassCompact(d, compact.get(d.id)!, sp2)));
    const lists = prep.order.map((d) => structuredClone(mentions2.filter((m) => m.docId === d.id)));
    expect(JSON.stringify(whoConclude(prep, linked2, mentions2))).toBe(JSON.stringify(whole));
    // concluded from the per-document lists (what it counts of each list kept by the list): the same, twice over the
    // same lists (the second time from the kept counts), and the lists left as they were
    const before = JSON.stringify(lists);
    for (let k = 0; k < 2; k++) {
      const linked3 = whoLinkData(prep, (d) => structuredClone(firstPassData(d, cx)), () => {});
      expect(JSON.stringify(whoConclude(prep, linked3, lists.flat(), {}, lists))).toBe(JSON.stringify(whole));
    }
    expect(JSON.stringify(lists)).toBe(before);
  });
});

describe('sortByDocument: what one stable sort by document, start, end and actor gives', () => {
  it('on seeded random mentions with many equal keys', () => {
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let round = 0; round < 200; round++) {
      const list = Array.from({ length: rnd(300) }, (_, k) => ({ docId: `d${rnd(7)}`, start: rnd(20), end: rnd(25), actorId: `a${rnd(4)}`, k }));
      const tie = (a: { actorId: string }, b: { actorId: string }) => (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0);
      const want = [...list].sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0) || a.start - b.start || a.end - b.end || tie(a, b));
      const copy = [...list];
      expect(sortByDocument(copy, tie).map((x) => x.k)).toEqual(want.map((x) => x.k));
      expect(copy.map((x) => x.k)).toEqual(want.map((x) => x.k));
    }
  });
});

describe('outletNames reads each outlet as written once', () => {
  it('the same names in the same order as reading every document', () => {
    const lexicon = { outlets: ['Daily Planet'], notPeople: [] } as unknown as Lexicon;
    const outlets = ['CNN Newsroom (transcript)', 'BBC News', null, 'CNN Newsroom (transcript)', 'Le Monde', 'BBC News', 'ABC', ''];
    const docs = outlets.map((outlet) => ({ meta: { outlet } }));
    const plain = new Set(lexicon.outlets.map((o) => o.toLowerCase()));
    for (const d of docs) {
      const o = (d.meta.outlet ?? '').replace(/\([^)]*\)/g, '').trim();
      if (!o) continue;
      plain.add(o.toLowerCase());
      const first = o.split(/\s+/)[0];
      if (/^\p{Lu}{2,}$/u.test(first)) plain.add(first.toLowerCase());
    }
    expect([...outletNames(lexicon, docs)]).toEqual([...plain]);
  });
});

describe('discoveredDiff and readsTouched: what a second pass could read differently after the discovered people change', () => {
  const info = (id: string, name: string, more: Partial<ActorInfo> = {}): ActorInfo => ({ id, name, kind: 'person', affiliation: null, aliases: [], role: null, discovered: true, surfaceForms: [], ...more });
  const a = info('ana-kovac', 'Ana Kovac', { affiliation: 'HR', role: 'foreign minister' });
  const b = info('ivo-maric', 'Ivo Maric');
  const c = info('lena-berg', 'Lena Berg');
  const before = discoveredJson(new Map([a, b, c].map((x) => [x.id, x])));
  const none: SecondPassReads = { ids: [], names: [], codes: [] };

  it('nothing changed: nothing touched', () => {
    const d = discoveredDiff(before, new Map([a, b, c].map((x) => [x.id, x])));
    expect([...d.ids]).toEqual([]);
    expect(readsTouched({ ids: ['ana-kovac'], names: ['kovac'], codes: ['HR'] }, d, 'Ana Kovac met Ivo Maric and Lena Berg.')).toBe(false);
  });

  it('a new person: its id, name keys, country and full name; a document holding every word of the name is touched', () => {
    const n = info('tor-vell', 'Tor Vell', { affiliation: 'NO', aliases: ['Tor A. Vell'] });
    const d = discoveredDiff(before, new Map([a, b, c, n].map((x) => [x.id, x])));
    expect([...d.ids]).toEqual(['tor-vell']);
    expect([...d.names].sort()).toEqual(['tor a. vell', 'tor vell', 'vell']);
    expect([...d.codes]).toEqual(['NO']);
    expect(readsTouched(none, d, 'Nobody by that name.')).toBe(false);
    expect(readsTouched(none, d, 'Vell arrived; Tor left.')).toBe(true);
    expect(readsTouched({ ...none, names: ['vell'] }, d, '')).toBe(true);
    expect(readsTouched({ ...none, codes: ['NO'] }, d, '')).toBe(true);
  });

  it('a person changed (an alias added, a role) or removed', () => {
    const d = discoveredDiff(before, new Map([{ ...a, aliases: ['Ana M. Kovac'] }, b].map((x) => [x.id, x])));
    expect([...d.ids].sort()).toEqual(['ana-kovac', 'lena-berg']);
    expect(readsTouched({ ...none, ids: ['lena-berg'] }, d, '')).toBe(true);
    expect(readsTouched({ ...none, ids: ['ivo-maric'] }, d, 'Ivo Maric')).toBe(false);
  });

  it('the discovery order moved: everyone between the first and the last place that differs', () => {
    const d = discoveredDiff(before, new Map([b, a, c].map((x) => [x.id, x])));
    expect([...d.ids].sort()).toEqual(['ana-kovac', 'ivo-maric']);
    const e = discoveredDiff(before, new Map([c, a, b].map((x) => [x.id, x])));
    expect([...e.ids].sort()).toEqual(['ana-kovac', 'ivo-maric', 'lena-berg']);
  });
});
