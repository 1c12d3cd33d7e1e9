import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { chunkComponent, chunkStore } from './chunk-component';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('chunkStore', () => {
  it('loads once, tells who waits, and keeps the value', async () => {
    let calls = 0;
    const store = chunkStore(async () => {
      calls++;
      return 'code';
    });
    const told: string[] = [];
    const stop = store.subscribe(() => told.push(String(store.get())));
    expect(store.get()).toBeNull();
    store.start();
    store.start();
    await tick();
    expect([calls, store.get(), told]).toEqual([1, 'code', ['code']]);
    store.start();
    await tick();
    expect(calls).toBe(1);
    stop();
  });
  it('keeps the error a failed load met, and tells who waits', async () => {
    const store = chunkStore<string>(() => Promise.reject(new Error('chunk failed')));
    let told = 0;
    store.subscribe(() => told++);
    store.start();
    await tick();
    expect(store.get()).toBeNull();
    expect((store.failed()?.error as Error).message).toBe('chunk failed');
    expect(told).toBe(1);
  });
  it('no longer tells one who unsubscribed', async () => {
    const store = chunkStore(async () => 1);
    let told = 0;
    store.subscribe(() => told++)();
    store.start();
    await tick();
    expect([told, store.get()]).toEqual([0, 1]);
  });
});

describe('chunkComponent', () => {
  it('renders its fallback on the server, without loading the code', () => {
    let loads = 0;
    const Chart = chunkComponent<{ n: number }>(
      async () => {
        loads++;
        const Drawn = ({ n }: { n: number }) => createElement('b', null, `chart ${n}`);
        return Drawn;
      },
      () => createElement('i', null, 'loading'),
    );
    expect(renderToString(createElement(Chart, { n: 1 }))).toBe('<i>loading</i>');
    expect(loads).toBe(0);
  });
  it('starts loading at once with startNow, in the browser only', async () => {
    let loads = 0;
    const load = async () => {
      loads++;
      return () => null;
    };
    chunkComponent(load, () => null, true);
    expect(loads).toBe(0); // (no window here: the server never loads a chart's code)
    const g = globalThis as { window?: unknown };
    g.window = {};
    try {
      chunkComponent(load, () => null, true);
      chunkComponent(load, () => null);
      await tick();
      expect(loads).toBe(1);
    } finally {
      delete g.window;
    }
  });
});
