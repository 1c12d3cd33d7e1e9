/**
 * lib/vendor/xss-lite.ts, what vis-timeline sanitises its innerHTML strings with (next.config.js
 * aliases the `xss` package to it), run in the browser it is made for: our own markup passes,
 * handlers, styles and links are stripped, any other element is shown as text, nothing runs.
 * Then the timeline drawn with it shows an event title full of markup as text.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ts from 'typescript';

const source = ts.transpileModule(readFileSync('lib/vendor/xss-lite.ts', 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020 },
}).outputText;

test('the sanitiser keeps our markup, strips handlers and shows any other element as text', async ({ page }) => {
  await page.goto('about:blank');
  await page.addScriptTag({ type: 'module', content: `${source}\nwindow.__xssLite = { sanitize, FilterXSS, xss };` });
  await page.waitForFunction(() => '__xssLite' in window);
  const cases: [string, string][] = [
    ['<span class="ev-glyph" aria-hidden="true">●</span> Talks &amp; more', '<span class="ev-glyph" aria-hidden="true">●</span> Talks &amp; more'],
    ['<b onmouseover="window.__pwned=1">Bold</b>', '<b>Bold</b>'],
    ['<span style="background:url(javascript:alert(1))" onclick="window.__pwned=1" title="t">x</span>', '<span title="t">x</span>'],
    ['<img src=x onerror="window.__pwned=1">', '&lt;img src="x" onerror="window.__pwned=1"&gt;'],
    ['<script>window.__pwned=1</script>', '&lt;script&gt;window.__pwned=1&lt;/script&gt;'],
    ['<a href="javascript:window.__pwned=1">link</a>', '&lt;a href="javascript:window.__pwned=1"&gt;link&lt;/a&gt;'],
    ['<i>it<!-- a comment --></i>', '<i>it</i>'],
    ['&lt;b&gt;escaped&lt;/b&gt;', '&lt;b&gt;escaped&lt;/b&gt;'],
    ['<svg><circle onload="window.__pwned=1"></circle></svg>', '&lt;svg&gt;&lt;circle onload="window.__pwned=1"&gt;&lt;/circle&gt;&lt;/svg&gt;'],
  ];
  for (const [input, want] of cases) {
    const got = await page.evaluate((html) => (window as unknown as { __xssLite: { sanitize: (s: string) => string } }).__xssLite.sanitize(html), input);
    expect(got, input).toBe(want);
  }
  // vis-timeline's use: new FilterXSS(options).process(html), and the default export's FilterXSS
  const viaClass = await page.evaluate(() => {
    const x = (window as unknown as { __xssLite: { xss: { FilterXSS: new (o?: unknown) => { process: (s: string) => string } } } }).__xssLite;
    return new x.xss.FilterXSS({ whiteList: {} }).process('<b onclick="1">b</b><img src=x onerror=1>');
  });
  expect(viaClass).toBe('<b>b</b>&lt;img src="x" onerror="1"&gt;');
  // written into the page, nothing runs
  await page.evaluate((inputs) => {
    const x = (window as unknown as { __xssLite: { sanitize: (s: string) => string } }).__xssLite;
    const box = document.createElement('div');
    box.innerHTML = inputs.map((i) => x.sanitize(i)).join('');
    document.body.append(box);
  }, cases.map((c) => c[0]));
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('img, script:not([type="module"]), a')).toHaveCount(0);
});
