import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { trim, STUB } = require('./next-trim.js') as { trim: (s: string) => { source: string; cut: boolean }; STUB: string };
const file = join(process.cwd(), 'node_modules/next/dist/client/components/router-reducer/reducers/server-action-reducer.js');

describe('next-trim (the first load without the server-action reducer a static export never runs)', () => {
  it('applies to the installed Next (else the size budget shows the first load growing back)', () => {
    const r = trim(readFileSync(file, 'utf8'));
    expect(r.cut).toBe(true);
    expect(r.source).toBe(STUB);
  });

  it('leaves any other file whole', () => {
    expect(trim('exports.x = 1;\n')).toEqual({ source: 'exports.x = 1;\n', cut: false });
  });

  it('keeps the export the router reducer imports, which throws if ever called', () => {
    const mod = { exports: {} as { serverActionReducer?: (...a: unknown[]) => unknown; __esModule?: boolean } };
    new Function('exports', 'module', STUB)(mod.exports, mod);
    expect(mod.exports.__esModule).toBe(true);
    expect(typeof mod.exports.serverActionReducer).toBe('function');
    expect(() => mod.exports.serverActionReducer!({}, {})).toThrow(/static site/);
  });

  it('the router reducer still imports it by that name', () => {
    const reducer = readFileSync(join(process.cwd(), 'node_modules/next/dist/client/components/router-reducer/router-reducer.js'), 'utf8');
    expect(reducer).toContain('require("./reducers/server-action-reducer")');
    expect(reducer).toContain('_serveractionreducer.serverActionReducer');
  });
});
