import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { trimCytoscape } = require('./cytoscape-trim.js') as { trimCytoscape: (s: string) => string | null };
const source = readFileSync(join(process.cwd(), 'node_modules/cytoscape/dist/cytoscape.esm.mjs'), 'utf8');
const trimmed = trimCytoscape(source);

describe('cytoscape-trim (the network chunk without the algorithms, WebGL and unused layouts)', () => {
  it('applies to the installed cytoscape and cuts about a quarter of it', () => {
    expect(trimmed).not.toBeNull();
    expect(trimmed!.length).toBeLessThan(source.length * 0.8);
  });

  it('leaves nothing that refers to a cut name (no name undeclared that the whole file declares)', () => {
    // undeclared names: the environment's globals (window, document, …) in both; a cut declaration would add its name
    const undeclared = (code: string) =>
      new Set(
        new Linter()
          .verify(code, { languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: {} }, rules: { 'no-undef': 'error' } })
          .map((m) => (m.fatal ? `parse error: ${m.message}` : m.ruleId === 'no-undef' ? m.message : null))
          .filter((m) => m !== null),
      );
    const whole = undeclared(source);
    expect([...undeclared(trimmed!)].filter((m) => !whole.has(m))).toEqual([]);
  });

  it('another file passes through untouched', () => {
    expect(trimCytoscape(`${source}\n`)).toBeNull();
  });

  it('still builds, styles and lays out a graph as the explorer does (preset positions, haystack links, classes)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cy-trim-')), 'cytoscape.mjs');
    writeFileSync(file, trimmed!);
    const { default: cytoscape } = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: typeof import('cytoscape') };
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      layout: { name: 'preset' },
      style: [
        { selector: 'node', style: { width: 10, 'background-color': '#f00' } },
        { selector: 'edge', style: { 'curve-style': 'haystack', 'line-color': '#00f' } },
        { selector: '.faded', style: { opacity: 0.2 } },
      ],
      elements: [
        { data: { id: 'a' }, position: { x: 0, y: 0 } },
        { data: { id: 'b' }, position: { x: 10, y: 5 } },
        { data: { id: 'ab', source: 'a', target: 'b' } },
      ],
    });
    cy.batch(() => cy.add({ data: { id: 'c' }, position: { x: 3, y: 3 } }));
    cy.layout({ name: 'preset', positions: { c: { x: 7, y: 7 } } } as never).run();
    cy.$id('a').addClass('faded');
    expect(cy.nodes().length).toBe(3);
    expect(cy.$id('c').position()).toEqual({ x: 7, y: 7 });
    expect(cy.$id('a').style('opacity')).toBe('0.2');
    expect(cy.$id('b').style('background-color')).toBe('rgb(255,0,0)');
    expect(cy.$id('a').neighborhood().nodes().map((n) => n.id())).toEqual(['b']);
    expect(cy.elements().boundingBox().w).toBeGreaterThan(0);
    // what was cut is gone: the algorithms and the other layouts
    expect((cy.elements() as unknown as Record<string, unknown>).bfs).toBeUndefined();
    expect(() => cy.layout({ name: 'cose' })).toThrow(/No such layout/);
    cy.destroy();
  });
});
