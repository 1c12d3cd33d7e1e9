/**
 * Watches data/ with chokidar (directory events, atomic saves: `sed -i`,
 * write-a-temporary-file-then-rename, delete-and-create, in-place writes) and
 * reports changed paths relative to data/, temporary files left out.
 * Links are not followed: a link out of the project is reported by load, not watched.
 * chokidar drops a second change of one file within 50 ms of the first; no
 * save is lost by it, as the compile it triggers starts at least the
 * debounce (100 ms) later and reads the file then.
 */
import { watch, type FSWatcher } from 'chokidar';
import { relative } from 'node:path';
import { isTempPath } from './temp-files';

export interface DataWatcher {
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface WatchOptions {
  onChange(path: string, event: string): void;
  onError?(error: Error): void;
  /** poll instead of inotify (network drives, some containers): PARLEY_WATCH_POLL=1 */
  poll?: boolean;
}

export function watchData(dataDir: string, opts: WatchOptions): DataWatcher {
  const rel = (p: string) => (relative(dataDir, p) || '.').split('\\').join('/');
  const watcher: FSWatcher = watch(dataDir, {
    ignoreInitial: true,
    followSymlinks: false,
    atomic: 100,
    usePolling: opts.poll ?? process.env.PARLEY_WATCH_POLL === '1',
    interval: 200,
    ignored: (p: string) => p !== dataDir && isTempPath(rel(p)),
  });
  watcher.on('all', (event, path) => {
    const r = rel(path);
    if (r === '.' && event !== 'unlinkDir') return;
    opts.onChange(r, event);
  });
  watcher.on('error', (e) => opts.onError?.(e instanceof Error ? e : new Error(String(e))));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return { ready, close: () => watcher.close() };
}
