import { expect, type Page } from '@playwright/test';
import { splitFiles } from '../lib/data/split';

export interface E2eEvent {
  id: string;
  type: string;
  title: string;
  date: string | null;
  location: string | null;
  participants: string[];
  evidence: { documentId: string; quote: string }[];
}
export interface E2eDataset {
  documents: { id: string; title: string }[];
  actors: { id: string; name: string; eventCount: number }[];
  events: E2eEvent[];
  edges: unknown[];
}

export async function loadDataset(page: Page): Promise<E2eDataset> {
  const res = await page.request.get('/data/dataset.json');
  expect(res.ok()).toBe(true);
  return (await res.json()) as E2eDataset;
}

/** Collects console errors and uncaught page errors for the whole test. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

export async function waitForCharts(page: Page) {
  await expect(page.getByTestId('charts-view')).toBeVisible();
  await expect(page.locator('.parley-timeline .vis-timeline')).toBeVisible();
  await expect(page.getByTestId('network-canvas')).toBeVisible();
}

/** The Riyadh meeting of the sample documents, else the best-evidenced dated meeting. */
export function mainMeeting(d: E2eDataset): E2eEvent | undefined {
  const meetings = d.events.filter((e) => e.type === 'meeting');
  const byEvidence = (a: E2eEvent, b: E2eEvent) => b.evidence.length - a.evidence.length || a.id.localeCompare(b.id);
  const riyadh = meetings
    .filter((e) => /riyadh|diriyah/i.test(`${e.location ?? ''} ${e.title}`))
    .sort(byEvidence)[0];
  return riyadh ?? meetings.filter((e) => e.date).sort(byEvidence)[0] ?? [...d.events].sort(byEvidence)[0];
}

/** A dated, day-precision event (so it is a timeline box). */
export function datedEvent(d: E2eDataset): E2eEvent | undefined {
  const m = mainMeeting(d);
  if (m?.date && m.date.length === 10) return m;
  return d.events.find((e) => e.date && e.date.length === 10) ?? d.events.find((e) => e.date);
}

/** The actor with the most events. */
export function busiestActor(d: E2eDataset) {
  return [...d.actors].filter((a) => a.eventCount > 0).sort((a, b) => b.eventCount - a.eventCount || a.id.localeCompare(b.id))[0];
}

/** Class of an event's timeline item (see lib/adapters/timeline.ts itemClass). */
export const itemClass = (id: string) => `ev-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** Timeline items proper (a box item also draws a dot and a line with the same classes). */
export const ITEMS = '.parley-timeline .vis-item:is(.vis-box, .vis-range, .vis-point)';
export const item = (page: Page, id: string) => page.locator(`.parley-timeline .vis-item:is(.vis-box, .vis-range, .vis-point).${itemClass(id)}`);

/**
 * Serves a whole dataset to the explorer instead of the compiled one: the
 * explorer reads data/index.json (the index's head), data/index/<month>.json (its
 * pages), data/events/<n>.json and data/docs/<id>.json (lib/data/split.ts), so each
 * is answered from `dataset`. `holdIndex`: the pages the first view does not need
 * (the rest of the index; `passPages` also let through) are held back until it resolves.
 */
export async function routeDataset(page: Page, dataset: unknown, opts: { holdIndex?: Promise<void>; passPages?: string[] } = {}) {
  const d = dataset as Parameters<typeof splitFiles>[0];
  // positions: a circle (the compile-time layout needs d3-force, an ES module Playwright's loader does not take)
  const positions = Object.fromEntries(
    d.actors.map((a, i): [string, [number, number]] => [a.id, [Math.round(300 * Math.cos((2 * Math.PI * i) / d.actors.length)), Math.round(300 * Math.sin((2 * Math.PI * i) / d.actors.length))]]),
  );
  const files = splitFiles(d, positions);
  const head = JSON.parse(files.get('index.json')!) as { first?: { pages: string[] } | null };
  const firstPages = new Set([...(head.first?.pages ?? []), ...(opts.passPages ?? [])].map((k) => `index/${encodeURIComponent(k)}.json`));
  await page.route(/\/data\/(index\.json|(index|events|docs)\/[^/]+\.json)(\?.*)?$/, async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*\/data\//, '');
    // the rest of the index held back until the test lets it through (the first view shows meanwhile)
    if (path.startsWith('index/') && !firstPages.has(path) && opts.holdIndex) await opts.holdIndex;
    const body = files.get(decodeURIComponent(path).replace(/^docs\/(.*)$/, (_, id: string) => `docs/${encodeURIComponent(id)}`));
    return body === undefined ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ status: 200, contentType: 'application/json', body });
  });
}

/** Where the network drew an actor (its rendered position in the canvas), once it has. */
export async function nodePosition(page: Page, actorId: string): Promise<[number, number]> {
  const net = page.getByTestId('network-canvas');
  await expect.poll(async () => JSON.parse((await net.getAttribute('data-node-positions')) ?? '{}')[actorId]).toBeTruthy();
  return JSON.parse((await net.getAttribute('data-node-positions'))!)[actorId] as [number, number];
}
