/**
 * A page's hover card glued into the running text: a person's name written a second time with no
 * space before it ("Tomas VellTomas Vell"), then a strip of linked headlines closed by "MORE".
 * Nobody named in the card takes part in the sentence around it (context.ts makeDocCtx occupies it).
 */
export const NAME_CARD_RULE = {
  id: 'glued-name-card',
  pattern:
    'a capitalised word glued to a name of two to four capitalised words ending in that same word ("VellTomas Vell"), then text up to a closing upper-case "MORE" within one paragraph',
  effect: 'from the end of the glued copy of the name to "MORE": page chrome — no actor, place or name is read there (the copy is the name)',
  example: 'Foreign Minister Tomas VellTomas VellAvalon signs trade pact Birch storms MORE arrived in Cedar on Monday',
};

/** the surname glued to a second copy of the name that ends with it (group 1, the surname; group 2, the copy) */
const GLUED_COPY = /(\p{Lu}[\p{Ll}'’-]+)((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\1)(?!\p{Ll})/gu;
const CLOSING = /\sMORE(?![\p{L}])/gu;
/** how far a card's strip of headlines may run */
const MAX_CARD = 700;

/** Body spans [start, end) of glued name cards (NAME_CARD_RULE). */
export function nameCards(body: string): { start: number; end: number }[] {
  if (!body.includes(' MORE')) return [];
  const out: { start: number; end: number }[] = [];
  GLUED_COPY.lastIndex = 0;
  for (let m = GLUED_COPY.exec(body); m; m = GLUED_COPY.exec(body)) {
    const start = m.index + m[0].length;
    if (out.length && start < out[out.length - 1].end) continue;
    CLOSING.lastIndex = start;
    const close = CLOSING.exec(body);
    if (!close || close.index - start > MAX_CARD || body.slice(start, close.index).includes('\n\n')) continue;
    out.push({ start, end: close.index + close[0].length });
    GLUED_COPY.lastIndex = close.index + close[0].length;
  }
  return out;
}
