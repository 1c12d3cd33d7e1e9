/**
 * Document text is untrusted: a dataset whose document and event carry HTML
 * and script must show it as text and run nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { routeDataset } from './helpers';

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const JS_URL = 'javascript:window.__pwned=1';

async function guard(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  return dialogs;
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

test('HTML and script in documents and events are shown as text, never run', async ({ page }) => {
  const dialogs = await guard(page);
  const res = await page.request.get('/data/dataset.json');
  expect(res.ok()).toBe(true);
  const dataset = (await res.json()) as {
    documents: Record<string, unknown>[];
    actors: { id: string }[];
    events: Record<string, unknown>[];
  };
  const text = `Officials said ${SCRIPT} and ${IMG} before the talks. More text follows here.`;
  const quote = text.slice(0, text.indexOf(' More'));
  dataset.documents.push({
    id: 'xss-doc',
    title: `Title ${SCRIPT}`,
    outlet: `Outlet ${IMG}`,
    url: JS_URL,
    published: '2025-02-18',
    kind: 'article',
    text,
    kept: [[0, text.length]],
  });
  dataset.events.push({
    id: 'xss-event',
    type: 'meeting',
    title: `<b onmouseover="window.__pwned=1">Bold</b> ${SCRIPT}`,
    date: '2025-02-18',
    location: `<i>${IMG}</i>`,
    participants: dataset.actors.slice(0, 2).map((a) => a.id),
    evidence: [{ documentId: 'xss-doc', quote, start: 0, end: quote.length }],
    confidence: 1,
    status: 'happened',
    dateInfo: { expression: null, reference: null, precision: 'day' },
    respondsTo: [],
    disagreements: [],
    edited: { notes: [`note ${SCRIPT}`], machine: null },
  });
  await routeDataset(page, dataset);

  await page.goto('/?event=xss-event');
  const panel = page.getByTestId('event-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByText(SCRIPT, { exact: false }).first()).toBeVisible();
  await expect(panel.getByText('<img src=x', { exact: false }).first()).toBeVisible();
  await page.mouse.move(10, 10);
  await page.waitForTimeout(300);
  expect(await pwned(page)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('the report page shows HTML from documents as text', async ({ page }) => {
  const dialogs = await guard(page);
  const res = await page.request.get('/data/report.json');
  expect(res.ok()).toBe(true);
  const report = (await res.json()) as { documents: Record<string, unknown>[]; discovered: Record<string, unknown>[]; problems: Record<string, unknown>[] };
  report.documents.push({ id: 'xss-doc', title: `Title ${SCRIPT}`, outlet: IMG, published: '2025-02-18', url: JS_URL, kind: 'article', events: [{ id: 'xss-event', type: 'meeting', date: null, title: SCRIPT }] });
  report.discovered.push({ id: 'xss-person', name: `Name ${SCRIPT}`, kind: 'person', surfaceForms: [IMG], eventIds: [], sentences: [{ documentId: 'xss-doc', text: `He said ${IMG}` }], yaml: `- id: x\n  name: "${SCRIPT}"\n` });
  report.problems.push({ severity: 'warning', file: 'data/documents/xss-doc.md', line: 1, message: SCRIPT, hint: IMG });
  await page.route('**/data/report.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(report) }));

  await page.goto('/report/');
  await expect(page.getByText(`Title ${SCRIPT}`)).toBeVisible();
  await expect(page.getByText(`Name ${SCRIPT}`)).toBeVisible();
  expect(await pwned(page)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});
