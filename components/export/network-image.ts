'use client';
/** The network as drawn, through Cytoscape's own exporters; cytoscape-svg is loaded only when asked for. */
import type { Core } from 'cytoscape';

let svgReady: Promise<void> | null = null;

export async function networkSvg(cy: Core): Promise<string> {
  svgReady ??= Promise.all([import('cytoscape'), import('cytoscape-svg')]).then(([c, ext]) => {
    c.default.use(ext.default);
  });
  await svgReady;
  return (cy as Core & { svg(o: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' });
}

export function networkPng(cy: Core): Blob {
  return cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
}
