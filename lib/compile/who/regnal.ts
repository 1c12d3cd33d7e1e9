/**
 * A regnal number after a monarch's or pope's name ("King Haakar III", "Queen Ilsa II"): capitals that are part of the
 * name, not an acronym that makes the run an organisation's. Rules as rows.
 */
export const REGNAL_NUMBER = {
  id: 'regnal-number',
  pattern: /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/,
  effect: 'a Roman numeral (II to XVI) closing a name run after a title or honorific is part of the name ("Haakar III"), not an acronym',
  example: 'Nordvik’s King Haakar III received the envoy at the palace.',
};

/** True when the word is a regnal number (REGNAL_NUMBER). */
export function isRegnalNumber(word: string): boolean {
  return REGNAL_NUMBER.pattern.test(word);
}
