/**
 * A kinship word right before a name ("his wife Ana Birch", "Both wives, Ana Birch and Ilse Cedar"): the name is a
 * person's, like one after a title. Rules as rows.
 */
export const KIN_BEFORE = {
  id: 'kin-before-name',
  // a possessive (or "both") and a kinship noun, then the name; or the plural noun, a list of names and "and"
  pattern:
    /(?:\b(?:his|her|their|whose)\s+(?:wife|husband|spouse|widow|widower|son|daughter|brother|sister|mother|father|partner),?\s+|\b(?:wives|husbands|spouses),?\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:and\s+)?)$/u,
  effect: 'a name of two words or more right after a possessive and a kinship noun ("his wife", "Both wives,") is a person (discovery cue)',
  example: 'President Tomas Alder and his wife Ilsa Birchwood arrived at the airport.',
};

/** True when the text before a name ends with a kinship cue (KIN_BEFORE). */
export function kinBefore(before: string): boolean {
  return KIN_BEFORE.pattern.test(before);
}
