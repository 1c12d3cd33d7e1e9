import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { clean } from '../clean';
import { parseDocumentFile } from '../load';
import { findMentions } from '../mentions';
import { splitSentences } from '../sentences';
import { HEADLINE_BLOCK_RULE, headlineBlockSpans } from './headline-block';

const lexicon: Lexicon = { outlets: [], notPeople: [] };
const docOf = (body: string, kind = 'article') =>
  splitSentences(clean(parseDocumentFile(`---\ntitle: "Talks in Avalon"\noutlet: "Birchwire"\npublished: 2024-05-02\nkind: ${kind}\n---\n${body}`, 'a.md', 'a', [])!));
const names = (body: string) => findMentions([docOf(body)], [], [], lexicon).actors.filter((a) => a.discovered).map((a) => a.name);

describe(HEADLINE_BLOCK_RULE.id, () => {
  const story = 'Foreign Minister Ilsa Cedar met her Nordvik counterpart in Alder on Monday, officials said.\n';
  it("nobody named in a block of other articles' headlines is an actor (its example)", () => {
    const body = `${story}${HEADLINE_BLOCK_RULE.example}The talks will go on in June, Ilsa Cedar said.\n`;
    const found = names(body);
    expect(found).toContain('Ilsa Cedar');
    expect(found).not.toContain('Mara Quist');
    expect(headlineBlockSpans(docOf(body))).toHaveLength(3);
  });
  it("the story's own highlights (its people named again below), captions and blocks outside the prose stay", () => {
    const highlights = 'Ilsa Cedar thanked Tomas Vell for the talks in Alder\nTomas Vell gave Ilsa Cedar a tour of the old town\nIlsa Cedar left for home on the next morning flight\n';
    expect(headlineBlockSpans(docOf(`${story}${highlights}Tomas Vell and Ilsa Cedar spoke later.\n`))).toEqual([]);
    const captions = 'Tomas Vell (left) and Mara Quist in Alder on Monday\nBirch and Alder shake hands at the summit in Nordvik\nDelegates of the three states at the table in Alder\n';
    expect(headlineBlockSpans(docOf(`${story}${captions}The talks ended.\n`))).toEqual([]);
    expect(headlineBlockSpans(docOf(`${HEADLINE_BLOCK_RULE.example.split('\n').slice(1).join('\n')}`))).toEqual([]);
  });
  it('two such lines are no block, and a transcript is never read', () => {
    const two = HEADLINE_BLOCK_RULE.example.split('\n').filter((_, i) => i !== 2).join('\n');
    expect(headlineBlockSpans(docOf(two))).toEqual([]);
    expect(headlineBlockSpans(docOf(HEADLINE_BLOCK_RULE.example, 'transcript'))).toEqual([]);
  });
});
