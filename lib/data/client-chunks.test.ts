import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * lib/data/client.ts's quote files: fetched ahead (prefetchChunk) or asked for (loadChunk). A file asked for while
 * files fetched ahead are still on their way drops them (aborted), and fetches them again once it is here.
 */
async function load() {
  vi.resetModules();
  const asked: string[] = [];
  const aborted: string[] = [];
  /** answers the fetch of a path (its body: the chunk { "<path>": {} }) */
  const answer = new Map<string, () => void>();
  vi.stubGlobal('window', { location: { search: '' } });
  vi.stubGlobal('location', { href: 'http://localhost/' });
  // (the idle callbacks run at once)
  vi.stubGlobal('self', { requestIdleCallback: (f: () => void) => setTimeout(f, 0) });
  vi.stubGlobal('fetch', (url: string, init?: { signal?: AbortSignal }) => {
    const path = url.replace(/^.*\/data\//, '');
    asked.push(path);
    return new Promise((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => {
        aborted.push(path);
        reject(new DOMException('aborted', 'AbortError'));
      });
      answer.set(path, () => {
        const body = new TextEncoder().encode(JSON.stringify({ [path]: {} })).buffer;
        resolve({ ok: true, status: 200, arrayBuffer: async () => body });
      });
    });
  });
  const client = await import('./client');
  return { client, asked, aborted, answer };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('quote files fetched ahead', () => {
  it('a file asked for drops the files fetched ahead still on their way, and fetches them again once it is here', async () => {
    const { client, asked, aborted, answer } = await load();
    client.prefetchChunk(1);
    client.prefetchChunk(2);
    client.prefetchChunk(3);
    await tick();
    expect(asked).toEqual(['events/1.json', 'events/2.json', 'events/3.json']);
    const two = client.loadChunk(2);
    await tick();
    expect(aborted.sort()).toEqual(['events/1.json', 'events/3.json']);
    // nothing fetched again before it is here
    expect(asked).toHaveLength(3);
    answer.get('events/2.json')!();
    expect(Object.keys(await two)).toEqual(['events/2.json']);
    await tick();
    expect(asked.slice(3).sort()).toEqual(['events/1.json', 'events/3.json']);
    // and once they are here they are parsed (idle): loadChunk then drops nothing and fetches nothing
    answer.get('events/1.json')!();
    answer.get('events/3.json')!();
    await tick();
    expect(Object.keys(await client.loadChunk(1))).toEqual(['events/1.json']);
    expect(asked).toHaveLength(5);
    expect(aborted).toHaveLength(2);
  });

  it('a file fetched ahead that is asked for is not fetched twice, and one already here drops nothing', async () => {
    const { client, asked, aborted, answer } = await load();
    client.prefetchChunk(1);
    client.prefetchChunk(2);
    answer.get('events/1.json')!();
    await tick();
    // 1 is here (parsed when idle): asking for it leaves 2 on its way
    expect(Object.keys(await client.loadChunk(1))).toEqual(['events/1.json']);
    await tick();
    expect(aborted).toEqual([]);
    const two = client.loadChunk(2);
    answer.get('events/2.json')!();
    expect(Object.keys(await two)).toEqual(['events/2.json']);
    expect(asked).toEqual(['events/1.json', 'events/2.json']);
    expect(aborted).toEqual([]);
  });
});
