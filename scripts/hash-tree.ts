/** Every file under a folder with its sha256 (bench-write's proof that the written bytes did not change). */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** relative path → sha256, sorted by path */
export function hashTree(root: string): [string, string][] {
  const out: [string, string][] = [];
  for (const f of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const path = join(f.parentPath, f.name);
    out.push([path.slice(root.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex')]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** One digest for a tree: sha256 of its "sha256  path" lines (16 hex). */
export function treeDigest(files: [string, string][]): string {
  return createHash('sha256').update(files.map(([p, h]) => `${h}  ${p}\n`).join('')).digest('hex').slice(0, 16);
}
