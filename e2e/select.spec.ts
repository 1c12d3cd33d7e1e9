import { expect, test, type Locator } from '@playwright/test';
import { collectErrors, datedEvent, item as itemOf, loadDataset, mainMeeting, waitForCharts } from './helpers';

test('clicking a timeline event shows its quotes and puts it in the URL', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await waitForCharts(page);
  const d = await loadDataset(page);
  const ev = datedEvent(d);
  test.skip(!ev, 'the dataset has no dated event');
  const item = itemOf(page, ev!.id);
  await expect(item).toBeVisible();
  await item.click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${encodeURIComponent(ev!.id)}`));
  const panel = page.getByTestId('event-panel');
  await expect(panel).toHaveAttribute('data-event-id', ev!.id);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(ev!.title);
  await expandAllEvidence(panel);
  await expect(panel.getByTestId('evidence')).toHaveCount(distinctQuotes(ev!));
  await expect(panel.locator('blockquote', { hasText: ev!.evidence[0].quote.slice(0, 40) }).first()).toBeVisible();
  await expect(item).toHaveClass(/vis-selected/);
  expect(errors).toEqual([]);
});

test('a URL with a selection reopens it, and back/forward works', async ({ page }) => {
  await page.goto('/');
  const d = await loadDataset(page);
  const meeting = mainMeeting(d);
  test.skip(!meeting, 'the dataset has no events');
  await page.goto(`/?event=${encodeURIComponent(meeting!.id)}`);
  await waitForCharts(page);
  const panel = page.getByTestId('event-panel');
  await expect(panel).toHaveAttribute('data-event-id', meeting!.id);
  await expect(panel.getByTestId('evidence').first()).toBeVisible();
  if (meeting!.date) await expect(itemOf(page, meeting!.id)).toHaveClass(/vis-selected/);

  // select a participant, then go back to the event
  const first = meeting!.participants[0];
  test.skip(!first, 'the meeting has no participants');
  await panel.locator(`button[data-actor="${first}"]`).click();
  await expect(page.getByTestId('actor-panel')).toHaveAttribute('data-actor-id', first);
  await expect(page).toHaveURL(new RegExp(`actor=${first}`));
  await page.goBack();
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', meeting!.id);
  await page.goForward();
  await expect(page.getByTestId('actor-panel')).toHaveAttribute('data-actor-id', first);
});

test('evidence links open safely in a new tab', async ({ page }) => {
  await page.goto('/');
  const d = await loadDataset(page);
  const meeting = mainMeeting(d);
  test.skip(!meeting, 'the dataset has no events');
  await page.goto(`/?event=${encodeURIComponent(meeting!.id)}`);
  // the page opens on the event's month; its documents' titles, outlets and links come with the whole index
  await expect(page.getByTestId('event-panel').getByTestId('evidence').first()).toBeVisible();
  await expect(page.getByTestId('event-panel').getByTestId('source-loading')).toHaveCount(0);
  const links = page.getByTestId('event-panel').locator('figcaption a');
  const n = await links.count();
  for (let i = 0; i < n; i++) {
    await expect(links.nth(i)).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(links.nth(i)).toHaveAttribute('target', '_blank');
    expect(await links.nth(i).getAttribute('href')).toMatch(/^https?:\/\//);
  }
  // every quote of the event is shown, one group per document
  const panel = page.getByTestId('event-panel');
  await expect(panel.getByTestId('evidence-group')).toHaveCount(new Set(meeting!.evidence.map((e) => e.documentId)).size);
  await expandAllEvidence(panel);
  await expect(panel.getByTestId('evidence')).toHaveCount(distinctQuotes(meeting!));
});

test('Escape closes the selected event', async ({ page }) => {
  await page.goto('/');
  const d = await loadDataset(page);
  const meeting = mainMeeting(d);
  test.skip(!meeting, 'the dataset has no events');
  await page.goto(`/?event=${encodeURIComponent(meeting!.id)}`);
  await expect(page.getByTestId('event-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('detail-empty')).toBeVisible();
  await expect(page).not.toHaveURL(/event=/);
});

test('a quote opens its document with the evidence highlighted', async ({ page }) => {
  await page.goto('/');
  const d = await loadDataset(page);
  const meeting = mainMeeting(d);
  test.skip(!meeting, 'the dataset has no events');
  await page.goto(`/?event=${encodeURIComponent(meeting!.id)}`);
  const docId = (await page.getByTestId('evidence-group').first().getAttribute('data-document-id'))!;
  await page.getByTestId('open-document').first().click();
  const panel = page.getByTestId('document-panel');
  await expect(panel).toHaveAttribute('data-document-id', docId);
  await expect(page).toHaveURL(/doc=/);
  await expect(panel.locator('mark').first()).toBeVisible();
  const firstQuote = meeting!.evidence.find((e) => e.documentId === docId)!.quote;
  await expect(panel.getByTestId('document-text')).toContainText(firstQuote.slice(0, 30));
  await panel.getByRole('button', { name: /Back to the event/ }).click();
  await expect(page.getByTestId('event-panel')).toBeVisible();
});

/** Unfolds every document's evidence group. */
async function expandAllEvidence(panel: Locator) {
  for (const more of await panel.getByTestId('more-evidence').all()) await more.click();
}

/** Quotes the panel shows: the same sentence of a document only once. */
function distinctQuotes(e: { evidence: { documentId: string; quote: string }[] }): number {
  return new Set(e.evidence.map((x) => `${x.documentId}:${(x as { start?: number }).start}`)).size;
}
