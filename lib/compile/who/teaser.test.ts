import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { clean } from '../clean';
import { parseDocumentFile } from '../load';
import { findMentions } from '../mentions';
import { splitSentences } from '../sentences';
import { TEASER_RULE, teaserSpans } from './teaser';

const lexicon: Lexicon = { outlets: [], notPeople: [] };
const docOf = (body: string) =>
  splitSentences(clean(parseDocumentFile(`---\ntitle: "Talks in Avalon"\noutlet: "Birchwire"\npublished: 2024-05-02\n---\n${body}`, 'a.md', 'a', [])!));
const names = (body: string) => findMentions([docOf(body)], [], [], lexicon).actors.filter((a) => a.discovered).map((a) => a.name);

describe(TEASER_RULE.id, () => {
  const story = 'Foreign Minister Mara Quist met her Nordvik counterpart in Avalon on Monday, officials said.\n\n';
  it('nobody named in another article\'s headline before "Read more" is an actor (its example)', () => {
    const body = `${story}${TEASER_RULE.example}\nMusic show: Opera singer Ilsa Cedar and Tomas Birch\n\nRead more\n\nThe talks will go on in June, Mara Quist said.\n`;
    const found = names(body);
    expect(found).toContain('Mara Quist');
    expect(found).not.toContain('Tomas Vell');
    expect(found).not.toContain('Ilsa Cedar');
    expect(teaserSpans(docOf(body))).toHaveLength(2);
  });
  it('a sentence of the story before "Read more" stays: inside its paragraph, or a last paragraph ending with a full stop', () => {
    expect(teaserSpans(docOf(`${story}Tomas Vell arrived later. Read more\n`))).toEqual([]);
    expect(teaserSpans(docOf(`${story}Tomas Vell announced a commission of historians.\n\nRead more\n`))).toEqual([]);
  });
});
