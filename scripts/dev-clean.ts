/** Before a build: remove what only the dev loop writes (public/data/status.json), so it is never published. */
import { join } from 'node:path';
import { removeStatus } from '../lib/editor/status';

removeStatus(join(process.cwd(), 'public', 'data'));
