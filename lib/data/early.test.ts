import { afterEach, describe, expect, it, vi } from 'vitest';
import { DOCUMENTS_PATH, PAGED_FORMAT, pagePath } from './page-path';

const head = {
  format: PAGED_FORMAT,
  first: { window: { start: '2024-01-01', end: '2024-02-01' }, pages: ['2024-01'] },
  pages: [
    { key: '2024-01', from: '2024-01-01', to: '2024-01-31' },
    { key: '2024-02', from: '2024-02-01', to: '2024-02-29' },
  ],
};

/** lib/data/early.ts fresh (its state is the page's), with a stub fetch and Worker; `asked` lists the data files fetched. */
async function load(opts: { holdDocuments?: Promise<void> } = {}) {
  vi.resetModules();
  const asked: string[] = [];
  const posted: unknown[] = [];
  const transferred: ArrayBuffer[][] = [];
  vi.stubGlobal('window', { location: { search: '' } });
  vi.stubGlobal('location', { href: 'http://localhost/' });
  vi.stubGlobal('fetch', async (url: string) => {
    const path = url.replace(/^.*\/data\//, '');
    asked.push(path);
    const body = new TextEncoder().encode(JSON.stringify(path === 'index.json' ? head : { path })).buffer;
    if (path === DOCUMENTS_PATH && opts.holdDocuments) await opts.holdDocuments;
    return { ok: true, status: 200, arrayBuffer: async () => body };
  });
  vi.stubGlobal(
    'Worker',
    class {
      postMessage(m: unknown, transfer?: ArrayBuffer[]) {
        posted.push(m);
        transferred.push(transfer ?? []);
      }

    },
  );
  const early = await import('./early');
    return { early, asked, posted, transferred };
}
const settle = () => new Promise((r) => setTimeout(r, 20));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const url = (path: string) => `http://localhost/data/${path}`;
const bytesOf = (m: unknown) => (m as { pages: unknown[] }).pages.map((b) => (b instanceof ArrayBuffer ? JSON.parse(new TextDecoder().decode(b)) : b));

describe('the whole index held back while the first view is drawn', () => {
  it('fetches the head and the first pages at once; the worker fetches the rest once released', async () => {
    const { early, asked, posted } = await load();
    early.startIndex('', true);
    await settle();
    expect(asked).toEqual(['index.json', pagePath('2024-01')]);
    expect(posted).toEqual([]);
    early.releaseWhole();
    await early.wholeGate();
    await settle();
    // the rest fetched by the worker (their URLs sent), not on this thread; the first view's page sent as bytes
    expect(asked).toEqual(['index.json', pagePath('2024-01')]);
    expect(posted).toHaveLength(1);
    expect(bytesOf(posted[0])).toEqual([{ path: pagePath('2024-01') }, url(pagePath('2024-02'))]);
    expect((posted[0] as { documents: unknown }).documents).toBe(url(DOCUMENTS_PATH));
    expect((posted[0] as { hold: boolean }).hold).toBe(true);
    // the worker was there before the release: the explorer takes it, whatever the gate's state
    expect(early.takeEarlyWorker()).not.toBeNull();
  });

  it('sends the whole index’s request at once without holdWhole', async () => {
    const { early, posted } = await load();
    early.startIndex('');
    await settle();
    expect(posted).toHaveLength(1);
  });

  it('releases the rest when the view has no first view (it waits for the whole index)', async () => {
    const { early, asked, posted } = await load();
    early.startIndex('?q=talks', true);
    await early.wholeGate();
    await settle();
    expect(asked).toEqual(['index.json']);
    // the worker fetches every page
    expect(posted).toHaveLength(1);
    expect(bytesOf(posted[0])).toEqual([url(pagePath('2024-01')), url(pagePath('2024-02'))]);
  });

  it('releases it after HOLD_MAX_MS when nothing says the first view is drawn', async () => {
    vi.useFakeTimers();
    const { early } = await load();
    early.startIndex('', true);
    let open = false;
    void early.wholeGate().then(() => (open = true));
    await vi.advanceTimersByTimeAsync(early.HOLD_MAX_MS - 1);
    expect(open).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(open).toBe(true);
  });
});

describe('opensOnFirstView', () => {
  it('opens on part of the index for the default view, a phone’s chart, or one event; not for a window, a filter or the table', async () => {
    const { opensOnFirstView } = await import('./early');
    for (const q of ['', '?pane=network', '?slice=upto', '?follow=1', '?chart=1', '?chart=1&pane=timeline', '?event=call-2025-01-02-a'])
      expect(opensOnFirstView(q)).toBe(true);
    for (const q of ['?from=2025-01-01&to=2025-02-01', '?type=call', '?view=table', '?actor=anna-berg', '?chart=1&from=2025-01-01&to=2025-02-01'])
      expect(opensOnFirstView(q)).toBe(false);
  });
});
