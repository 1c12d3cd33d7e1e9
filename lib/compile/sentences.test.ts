import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { clean } from './clean';
import { load } from './load';
import { splitSentences } from './sentences';
import { makeDoc } from './text/test-doc';

const split = (body: string, kind: 'article' | 'transcript' = 'article') => splitSentences(clean(makeDoc(body, { kind }))).sentences;
/** every non-empty line kept: tests the splitter without the cleaner's verdicts */
const splitKept = (body: string) => {
  const doc = makeDoc(body);
  const kept = [...body.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return splitSentences({ ...doc, kept, removed: [] }).sentences.map((s) => s.text);
};
const texts = (body: string, kind: 'article' | 'transcript' = 'article') => split(body, kind).map((s) => s.text);

describe('splitSentences: abbreviations and numbers', () => {
  it.each([
    ['The talks were held on Feb. 17 in the capital. They lasted hours.', 2],
    ['He arrived in Jan. 2024 and left. Then he returned.', 2],
    ['Talks opened in Sept. 3 and ended on Oct. 1. Both sides agreed.', 2],
    ['The U.S. and Russia met. The U.K. was not there.', 2],
    ['Officials at the U.N. said nothing. Others did.', 2],
    ['Mr. Smith met Mrs. Jones and Dr. Brown. They talked.', 2],
    ['Gen. Smith, Sen. Jones, Rep. Brown and Gov. White met Pres. Black. Lt. Col. Green came too.', 2],
    ['The envoy lives on St. Mark Street with Martin Jones Jr. and his son. They met.', 2],
    ['The call began at 9 a.m. and ended at 11 p.m. on Monday. Nobody spoke later.', 2],
    ['Some allies, e.g. the British, agreed, i.e. they signed. Others did not.', 2],
    ['He cited resolution No. 5 at the meeting. Then he left.', 2],
    ['Vice President J. D. Smith spoke. He was brief.', 2],
    ['The talks were held on Tue. Feb. 18 in the capital. He sat. Then he left.', 3],
    ['The package was worth $6.5bn and 2.5 per cent of output. It passed.', 2],
  ])('%j → %i sentences', (body, n) => {
    expect(texts(body)).toHaveLength(n);
  });

  it('ends a sentence after U.S. when a new sentence starts', () => {
    expect(texts('The envoy flew to the U.S. The talks begin today.')).toEqual(['The envoy flew to the U.S.', 'The talks begin today.']);
  });

  it('does not end after U.S. before a name', () => {
    expect(texts('The U.S. Senate voted on it.')).toEqual(['The U.S. Senate voted on it.']);
  });
});

describe('splitSentences: quotes', () => {
  it('keeps a quoted sentence with its attribution', () => {
    expect(texts('\u201cWe have done our best,\u201d Rubio told the outlet. \u201cThis is not our war.\u201d')).toEqual([
      '\u201cWe have done our best,\u201d Rubio told the outlet.',
      '\u201cThis is not our war.\u201d',
    ]);
  });

  it('keeps a question inside a quote with "he asked"', () => {
    expect(texts('\u201cWhy now?\u201d he asked. Nobody answered.')).toEqual(['\u201cWhy now?\u201d he asked.', 'Nobody answered.']);
  });

  it('ends a sentence inside a closing quote', () => {
    expect(texts('He said: "No-one is being sidelined here." Then he left.')).toEqual(['He said: "No-one is being sidelined here."', 'Then he left.']);
  });

  it('splits words glued after a full stop', () => {
    expect(texts('Thousands marched ahead of the anniversary of the invasion.According to officials, it was calm.')).toHaveLength(2);
  });
});

describe('splitSentences: paragraphs and lines', () => {
  it('a blank line always ends a sentence in an article', () => {
    expect(splitKept('The talks began\n\nnobody came')).toEqual(['The talks began', 'nobody came']);
    expect(splitKept('The talks began\nnobody came')).toEqual(['The talks began\nnobody came']);
  });

  it('a line is a paragraph in an article unless the next starts lower-case', () => {
    expect(texts('A standfirst without a full stop but long enough to be prose for sure\nThe article begins here.')).toHaveLength(2);
    const s = split('Senior diplomats met on Tuesday and\nagreed to restore the embassies.');
    expect(s).toHaveLength(1);
    expect(s[0].text).toBe('Senior diplomats met on Tuesday and\nagreed to restore the embassies.');
    expect(s[0].norm).toBe('Senior diplomats met on Tuesday and agreed to restore the embassies.');
  });
});

describe('splitSentences: transcripts', () => {
  it('joins "the US.\\nand Russia" across a wrapped line', () => {
    const t = texts("Let's take a look at what the meeting between the US.\nand Russia is likely to accomplish in the capital. The stakes are high.", 'transcript');
    expect(t).toEqual(["Let's take a look at what the meeting between the US.\nand Russia is likely to accomplish in the capital.", 'The stakes are high.']);
  });

  it('lets a sentence run across a line that ends without punctuation', () => {
    const t = texts('Yes and the minister said that the talks\nWill continue tomorrow. Thanks.', 'transcript');
    expect(t[0]).toBe('Yes and the minister said that the talks\nWill continue tomorrow.');
  });

  it('splits at doubled question marks and full stops', () => {
    expect(texts('Is it about the conflict in Ukraine?? Is it more about power?? Yeah, I think so.', 'transcript')).toEqual([
      'Is it about the conflict in Ukraine??',
      'Is it more about power??',
      'Yeah, I think so.',
    ]);
    expect(texts('Essentially,, it is about money and normalizing relations.. Yeah,, I think so.', 'transcript')).toHaveLength(2);
  });

  it('ends a sentence at doubled punctuation before a lower-case word in a transcript', () => {
    expect(texts('the kremlin said.. whitcoff arrived in the capital on thursday.. we will be back', 'transcript')).toEqual([
      'the kremlin said..',
      'whitcoff arrived in the capital on thursday..',
      'we will be back',
    ]);
  });

  it('ends a sentence at ". is" (missing capital) in a transcript but not in an article', () => {
    expect(texts('Talks are aimed at a peace plan for the region. is the first high-level meeting.', 'transcript')).toHaveLength(2);
    expect(texts('Talks are aimed at a peace plan for the region. is the first high-level meeting.')).toHaveLength(1);
  });

  it('cuts a run-on unpunctuated caption transcript at line breaks', () => {
    const line = 'and the minister said that the talks would go on for some time';
    const s = split(Array.from({ length: 12 }, () => line).join('\n'), 'transcript');
    expect(s.length).toBeGreaterThan(3);
    for (const x of s) expect(x.text.split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  it('joins the lines of a hard-wrapped article into sentences', () => {
    const body = [
      'Senior diplomats from Russia and the United States met on',
      'Tuesday in the capital and agreed to initial steps toward',
      'ending the war. The Secretary of State met with',
      'Foreign Minister Ivan Petrov at the palace for four hours.',
      '',
      'Officials from the other side said they would not accept',
      'a deal agreed upon between the two powers without their',
      'input, and their allies were said to agree with them.',
    ].join('\n');
    expect(split(body).map((x) => x.norm)).toEqual([
      'Senior diplomats from Russia and the United States met on Tuesday in the capital and agreed to initial steps toward ending the war.',
      'The Secretary of State met with Foreign Minister Ivan Petrov at the palace for four hours.',
      'Officials from the other side said they would not accept a deal agreed upon between the two powers without their input, and their allies were said to agree with them.',
    ]);
  });

  it('norm has the same length as text and blanks doubled punctuation and curly quotes', () => {
    const [s] = split('Essentially,, it\u2019s about money?? Yes.', 'transcript');
    expect(s.text).toBe('Essentially,, it\u2019s about money??');
    expect(s.norm).toBe("Essentially,  it's about money? ");
    expect(s.norm.length).toBe(s.text.length);
  });

  it('never crosses a removed ticker headline', () => {
    const body =
      'They should take part in any peace agreement and that is something that the allies have said again and again in the last days\nRussia and US agree at talks without Ukraine\ntalks and the Prime Minister has said troops could be sent as part of a force to guarantee a ceasefire.';
    const s = split(body, 'transcript');
    for (const x of s) expect(x.text).not.toContain('agree at talks');
    expect(s).toHaveLength(2);
  });
});

describe('splitSentences: sample documents', () => {
  const inputs = load(fileURLToPath(new URL('../../data', import.meta.url)), fileURLToPath(new URL('../..', import.meta.url)));
  const docs = inputs.documents.map((d) => splitSentences(clean(d)));

  it('every sentence is verbatim, inside a kept run, with a same-length norm, indexed in order', () => {
    for (const d of docs) {
      expect(d.sentences.length).toBeGreaterThan(5);
      d.sentences.forEach((s, i) => {
        expect(s.index).toBe(i);
        expect(s.text).toBe(d.body.slice(s.start, s.end));
        expect(s.norm.length).toBe(s.text.length);
        expect(s.text).toBe(s.text.trim());
        expect(d.kept.some((k) => k.start <= s.start && s.start < k.end)).toBe(true);
        if (i > 0) expect(s.start).toBeGreaterThanOrEqual(d.sentences[i - 1].end);
      });
    }
  });

  it('keeps the BBC quote and the Feb. abbreviation of the Epoch Times inside sentences', () => {
    const bbc = docs.find((d) => d.id === 'bbc-negotiators')!;
    expect(bbc.sentences.map((s) => s.norm)).toContain('Steve Witkoff is more of an unknown quantity.');
    const et = docs.find((d) => d.id === 'epoch-times-riyadh-paraphrase')!;
    expect(et.sentences.some((s) => s.norm.startsWith('Rubio arrived within the Saudi capital earlier on Feb. 17 and will likely'))).toBe(true);
  });
});

describe('splitSentences: texts without capitals (speech recognition)', () => {
  const filler = 'the talks in the capital went on for most of the day and officials from both delegations said they would meet again soon,, ';
  it('ends a sentence at a period before a lower-case word and at a line break after a period', () => {
    const body = `${filler}${filler}the envoy opened the session and urged both sides to agree.\nthe two sides exchanged papers.. he said they agreed. kovac also said mr. petrov had left for the u.s. capital on monday.`;
    const t = texts(body, 'transcript');
    expect(t.slice(-4)).toEqual([
      `${filler}${filler}the envoy opened the session and urged both sides to agree.`.trim(),
      'the two sides exchanged papers..',
      'he said they agreed.',
      'kovac also said mr. petrov had left for the u.s. capital on monday.',
    ]);
  });

  it('keeps the usual rule in capitalised text', () => {
    expect(texts('The envoy said the talks went well. kovac also said so.\nThe end came later.')).toEqual(['The envoy said the talks went well. kovac also said so.', 'The end came later.']);
  });
});
