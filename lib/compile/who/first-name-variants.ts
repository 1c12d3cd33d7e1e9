/**
 * Short forms of English given names, as name keys: "Tom" and "Thomas" are one given name written two ways. A
 * language's word list (like the lists of lang/en*.ts), not a list of people: each row is a full given name and its
 * usual short forms. Used only with the same surname and no other person of that surname (who/join-people.ts).
 */
export const FIRST_NAME_FORMS: readonly string[] = [
  'abigail abby',
  'alexander alex sandy',
  'alexandra alex sandra',
  'andrew andy drew',
  'anthony antony tony',
  'benjamin ben benny',
  'catherine kate cathy',
  'katherine kate kathy katie',
  'charles charlie chuck',
  'christopher chris',
  'christine chris',
  'daniel dan danny',
  'david dave davey',
  'deborah debbie deb',
  'donald don donnie',
  'douglas doug',
  'edward ed eddie ted',
  'elizabeth liz beth betty',
  'frederick fred freddie',
  'gerald gerry jerry',
  'gregory greg',
  'james jim jimmy jamie',
  'jeffrey jeff',
  'jennifer jen jenny',
  'john jack johnny',
  'jonathan jon',
  'joseph joe joey',
  'kenneth ken kenny',
  'lawrence larry',
  'margaret maggie meg peggy',
  'matthew matt',
  'michael mike mick mickey',
  'nicholas nick nicky',
  'patricia pat patty',
  'patrick pat paddy',
  'peter pete',
  'rebecca becky',
  'richard rick rich dick',
  'robert rob bob bobby',
  'ronald ron ronnie',
  'samuel sam sammy',
  'stephen steve',
  'steven steve',
  'susan sue susie',
  'thomas tom tommy',
  'timothy tim timmy',
  'victoria vicky',
  'william will bill billy',
  'zachary zach',
];

export const FIRST_NAME_FORM_RULE = {
  id: 'first-name-short-form',
  pattern: 'two given names (folded) that are one row\'s full name and one of its short forms, or two of its forms',
  effect: 'one given name (a surname match still decides)',
  example: 'Tom / Thomas, Bill / William agree; Tom / Tim do not',
};

const GROUPS = new Map<string, Set<number>>();
FIRST_NAME_FORMS.forEach((row, i) => {
  for (const w of row.split(' ')) {
    let s = GROUPS.get(w);
    if (!s) GROUPS.set(w, (s = new Set()));
    s.add(i);
  }
});

/** Whether two folded given names are one name and its short form (or two short forms of one name). */
export function sameFirstName(a: string, b: string): boolean {
  if (a === b) return true;
  const x = GROUPS.get(a);
  const y = GROUPS.get(b);
  if (!x || !y) return false;
  for (const i of x) if (y.has(i)) return true;
  return false;
}
