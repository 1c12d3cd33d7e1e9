import { describe, expect, it } from 'vitest';
import { compiledStatements, person } from './test-kit';
import { insideAttributedQuote, REMARK_INSIDE_ATTRIBUTED_QUOTE } from './quoted-remark';

const cast = [person('mara-quist', 'Mara Quist'), person('tomas-vell', 'Tomas Vell'), person('ana-birch', 'Ana Birch')];

describe('a statement verb inside an attributed quotation', () => {
  it('insideAttributedQuote: inside a quotation and another verb outside', () => {
    const text = REMARK_INSIDE_ATTRIBUTED_QUOTE.example;
    const quote = { start: 0, end: text.indexOf('”') + 1 };
    const inner = text.indexOf('warned');
    const outer = text.indexOf('told');
    expect(insideAttributedQuote(inner, [quote], [inner, outer])).toBe(true);
    // the attribution verb itself is outside: it makes the statement
    expect(insideAttributedQuote(outer, [quote], [inner, outer])).toBe(false);
    // no verb outside the quotation: nothing is decided here
    expect(insideAttributedQuote(inner, [quote], [inner])).toBe(false);
  });
  it('the quote is its speaker’s words: no statement of the person it names', () => {
    const s = compiledStatements('Tomas Vell met Mara Quist in Cedar on Monday.\n\n“Vell warned us twice about the harbour fees before the vote,” Ana Birch told reporters in Cedar on Tuesday.', cast);
    expect(s.some((x) => x.speaker === 'tomas-vell')).toBe(false);
    const birch = s.filter((x) => x.speaker === 'ana-birch');
    expect(birch.length).toBe(1);
    expect(birch[0].rules).toContain(REMARK_INSIDE_ATTRIBUTED_QUOTE.id);
  });
  it('a verb outside the quotation still makes its own statement', () => {
    const s = compiledStatements('Tomas Vell met Mara Quist in Cedar on Monday.\n\nVell said the harbour would open soon.', cast);
    expect(s.map((x) => x.speaker)).toEqual(['tomas-vell']);
    expect(s[0].rules).not.toContain(REMARK_INSIDE_ATTRIBUTED_QUOTE.id);
  });
});
