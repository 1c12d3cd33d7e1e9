import { describe, expect, it } from 'vitest';
import { ancestors, launchers } from './launcher';

describe('launchers of the dev loop', () => {
  it('watches every process up to the npm that ran the script', () => {
    const chain = [
      { pid: 40, cmd: 'node /p/node_modules/.bin/tsx scripts/dev.ts -p 3000' },
      { pid: 30, cmd: 'sh -c tsx scripts/dev.ts -p 3000' },
      { pid: 20, cmd: 'npm run dev' },
      { pid: 10, cmd: '-bash' },
    ];
    expect(launchers(chain).map((p) => p.pid)).toEqual([40, 30, 20]);
    expect(launchers([{ pid: 5, cmd: 'node /usr/lib/node_modules/npm/bin/npm-cli.js run dev' }, { pid: 4, cmd: 'bash' }]).map((p) => p.pid)).toEqual([5]);
  });

  it('watches only the parent when not run by npm', () => {
    expect(launchers([{ pid: 40, cmd: 'node tsx scripts/dev.ts' }, { pid: 10, cmd: 'bash' }]).map((p) => p.pid)).toEqual([40]);
  });

  it('finds the real ancestors of this process', () => {
    const chain = ancestors();
    expect(chain[0]?.pid).toBe(process.ppid);
  });
});
