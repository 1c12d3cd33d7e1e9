import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../lib/export/csv';
import { inWindow } from '../lib/format';
import { loadDataset, waitForCharts } from './helpers';

const FROM = '2025-02-12';
const TO = '2025-02-18';

async function exportFile(page: Page, id: string): Promise<{ name: string; text: string; bytes: Buffer }> {
  await page.getByTestId('export-menu').locator('summary').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${id}`).click()]);
  const bytes = readFileSync((await dl.path())!);
  return { name: dl.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

/** Parses XML in the browser: null when well-formed, else the parser's complaint. */
async function xmlError(page: Page, text: string, type: string): Promise<string | null> {
  return page.evaluate(([t, m]) => new DOMParser().parseFromString(t, m as DOMParserSupportedType).querySelector('parsererror')?.textContent ?? null, [text, type]);
}

test('each export downloads and parses, with the visible events, actors and links', async ({ page }) => {
  const d = await loadDataset(page);
  const visible = d.events.filter((e) => inWindow(e.date, FROM, TO));
  expect(visible.length).toBeGreaterThan(1);
  expect(visible.length).toBeLessThan(d.events.length);
  await page.goto(`/?from=${FROM}&to=${TO}&follow=1`);
  await waitForCharts(page);
  await expect.poll(async () => Number(await page.getByTestId('network-canvas').getAttribute('data-node-count'))).toBeGreaterThan(0);
  const networkNodes = Object.keys(JSON.parse((await page.getByTestId('network-canvas').getAttribute('data-node-positions'))!)).sort();

  const csv = await exportFile(page, 'events-csv');
  expect(csv.name).toBe(`parley-events-${FROM}_${TO}.csv`);
  const rows = parseCsv(csv.text);
  expect(rows[0][0]).toBe('id');
  expect(rows.length - 1).toBe(visible.length);
  expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(visible.map((e) => e.id).sort());

  const actors = parseCsv((await exportFile(page, 'actors-csv')).text);
  expect(actors.slice(1).map((r) => r[0]).sort()).toEqual(networkNodes);
  const links = parseCsv((await exportFile(page, 'edges-csv')).text);
  expect(links.length - 1).toBe(Number(await page.getByTestId('network-canvas').getAttribute('data-edge-count')));

  const json = JSON.parse((await exportFile(page, 'json')).text);
  expect(json.events).toHaveLength(visible.length);
  expect(json.filter).toEqual({ from: FROM, to: TO });

  const tjs = JSON.parse((await exportFile(page, 'timelinejs')).text);
  expect(tjs.events).toHaveLength(visible.length);
  for (const s of tjs.events) expect(typeof s.start_date.year).toBe('number');
  expect(tjs.events.map((s: { unique_id: string }) => s.unique_id).sort()).toEqual(visible.map((e) => e.id).sort());

  const gexf = await exportFile(page, 'gexf');
  expect(await xmlError(page, gexf.text, 'application/xml')).toBeNull();
  const gexfNodes = await page.evaluate((t) => [...new DOMParser().parseFromString(t, 'application/xml').getElementsByTagName('node')].map((n) => n.getAttribute('id')!).sort(), gexf.text);
  expect(gexfNodes).toEqual(networkNodes);

  const svg = await exportFile(page, 'svg');
  expect(svg.name).toMatch(/\.svg$/);
  expect(await xmlError(page, svg.text, 'image/svg+xml')).toBeNull();
  const labels = await page.evaluate((t) => new DOMParser().parseFromString(t, 'image/svg+xml').documentElement.textContent ?? '', svg.text);
  // every visible node's label is drawn (long names wrap onto several lines)
  for (const id of networkNodes) for (const word of d.actors.find((a) => a.id === id)!.name.split(' ')) expect(labels).toContain(word);

  const png = await exportFile(page, 'png');
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.bytes.length).toBeGreaterThan(1000);

  const sources = (await exportFile(page, 'sources')).text.trim().split('\n');
  const docs = new Set(visible.flatMap((e) => e.evidence.map((v) => v.documentId)));
  expect(sources).toHaveLength(docs.size);
  sources.forEach((line, i) => expect(line.startsWith(`${i + 1}. `)).toBe(true));
});
