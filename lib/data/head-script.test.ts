import { describe, expect, it } from 'vitest';
import { FIRST_GLOBAL, HEAD_GLOBAL, headScript, type InlineFirst } from './head-script';
import { PAGED_FORMAT, pagePath } from './page-path';

/** Runs the inline script with a stub fetch serving `files` (path → JSON), at `search`. */
function run(search: string, files: Record<string, unknown>) {
  const asked: string[] = [];
  const win: Record<string, unknown> = {};
  const fetchStub = async (url: string) => {
    asked.push(url);
    const path = url.replace(/^\/base\/data\//, '');
    const body = path in files ? new TextEncoder().encode(JSON.stringify(files[path])).buffer : null;
    return { ok: !!body, status: body ? 200 : 404, arrayBuffer: async () => body! };
  };
  new Function('window', 'location', 'fetch', headScript('/base'))(win, { search }, fetchStub);
  return { asked, win };
}

const head = { format: PAGED_FORMAT, first: { window: { start: '2024-01-01', end: '2024-02-01' }, pages: ['2024-01', '2024-02'] }, pages: [] };

describe('the inline head script', () => {
  it('fetches the head, then the default view’s first pages, and leaves them parsed and by key', async () => {
    const files = { 'index.json': head, [pagePath('2024-01')]: { a: 1 }, [pagePath('2024-02')]: { b: 2 } };
    const { asked, win } = run('', files);
    const bytes = await (win[HEAD_GLOBAL] as Promise<ArrayBuffer>);
    expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual(head);
    const first = await (win[FIRST_GLOBAL] as Promise<InlineFirst>);
    expect(first.json).toEqual(head);
    expect(Object.keys(first.pages)).toEqual(['2024-01', '2024-02']);
    expect(JSON.parse(new TextDecoder().decode(await first.pages['2024-02']))).toEqual({ b: 2 });
    expect(asked).toEqual(['/base/data/index.json', '/base/data/index/2024-01.json', '/base/data/index/2024-02.json']);
  });

  it('with a query string: the head only (the view may need other pages, or the whole index)', async () => {
    const { asked, win } = run('?event=x', { 'index.json': head });
    await (win[HEAD_GLOBAL] as Promise<ArrayBuffer>);
    expect(win[FIRST_GLOBAL]).toBeUndefined();
    expect(asked).toEqual(['/base/data/index.json']);
  });

  it('a missing head: the promise says what to run', async () => {
    const { win } = run('', {});
    await expect(win[HEAD_GLOBAL] as Promise<ArrayBuffer>).rejects.toThrow(/could not load \/base\/data\/index\.json \(HTTP 404\); run “npm run compile”/);
    await expect(win[FIRST_GLOBAL] as Promise<InlineFirst>).rejects.toThrow(/HTTP 404/);
  });
});
