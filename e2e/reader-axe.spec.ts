import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { busiestActor, loadDataset, mainMeeting, waitForCharts } from './helpers';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test(`no serious or critical violation on the explorer and every kind of page (${scheme})`, async ({ page }) => {
      test.setTimeout(180_000);
      const d = await loadDataset(page);
      const event = mainMeeting(d)!;
      const pages = [`/?event=${event.id}`, '/?view=table&type=meeting', `/events/${event.id}/`, `/actors/${busiestActor(d).id}/`, `/documents/${event.evidence[0].documentId}/`];
      for (const path of pages) {
        await page.goto(path);
        if (path.startsWith('/?') && !path.includes('table')) await waitForCharts(page);
        await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark).*$/);
        const result = await new AxeBuilder({ page }).analyze();
        const bad = result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${path}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        expect(bad, bad.join('\n')).toEqual([]);
      }
    });
  });
}

test('the theme toggle switches and remembers the choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/actors/' + busiestActor(await loadDataset(page)).id + '/');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  const bg = await page.evaluate(() => getComputedStyle(document.querySelector('main')!.parentElement!).backgroundColor);
  expect(bg).not.toBe('rgb(255, 255, 255)');
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});
