/** After `npm run build` (postbuild): writes out/.parley-build-key for the browser tests' staleness check. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKey, KEY_FILE } from '../lib/editor/build-key';

const root = process.cwd();
writeFileSync(join(root, 'out', KEY_FILE), buildKey(root, process.env.BASE_PATH) + '\n');
