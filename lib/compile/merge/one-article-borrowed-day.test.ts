import { describe, expect, it } from 'vitest';
import { ONE_ARTICLE_BORROWED_DAY, oneArticleBorrowedDay, type OneArticleItem } from './one-article-borrowed-day';

const item = (over: Partial<OneArticleItem['e']> = {}, occasions: string[] = [], kind: OneArticleItem['kind'] = 'article'): OneArticleItem => ({
  e: { docId: 'doc-1', date: '2031-04-01', dateSource: 'anchored', rules: [], ...over },
  kind,
  occasions,
});
const lead = [{ stage: 'date', rule: 'document-lead-day' }];
const narrative = [{ stage: 'date', rule: 'day-of-the-narrative' }];
const clause = [{ stage: 'date', rule: 'clause-day' }];
const never = () => false;

describe('one-article-borrowed-day', () => {
  it("joins a remark with no occasion nor day of its own to one article's remark naming its occasion, that day", () => {
    const press = item({ rules: narrative }, ['occasion-press']);
    expect(oneArticleBorrowedDay(item({ rules: lead }), press, never)).toBe(true);
    expect(oneArticleBorrowedDay(press, item({ rules: narrative }), never)).toBe(true);
  });

  it('leaves apart a day of its own, two occasions or none, other documents, days, broadcasts and other moments', () => {
    const press = item({ rules: narrative }, ['occasion-press']);
    expect(oneArticleBorrowedDay(item({ rules: clause, dateSource: 'explicit' }), press, never)).toBe(false);
    expect(oneArticleBorrowedDay(item({ rules: lead }), item({ rules: lead }), never)).toBe(false);
    expect(oneArticleBorrowedDay(item({ rules: lead }, ['occasion-post']), press, never)).toBe(false);
    expect(oneArticleBorrowedDay(item({ rules: lead, docId: 'doc-2' }), press, never)).toBe(false);
    expect(oneArticleBorrowedDay(item({ rules: lead, date: '2031-04-02' }), press, never)).toBe(false);
    expect(oneArticleBorrowedDay(item({ rules: lead }, [], 'transcript'), press, never)).toBe(false);
    expect(oneArticleBorrowedDay(item({ rules: lead }), press, () => true)).toBe(false);
  });

  it('is a rule row with an invented example', () => {
    expect(ONE_ARTICLE_BORROWED_DAY.id).toBe('one-article-borrowed-day-remark');
    expect(ONE_ARTICLE_BORROWED_DAY.example).toMatch(/Alder/);
  });
});
