/**
 * Reading the editors' files safely: every file-system fault (a folder named
 * like a document, a file deleted while the folder is read, a dangling or
 * outward symbolic link, a file that cannot be read, a pipe) becomes a
 * problem with a hint instead of an exception.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Problem } from '../schema';

export interface ReadContext {
  /** real path of the folder links may point into (the project) */
  boundary: string;
  problems: Problem[];
}

/** The folder that links may point into: the project root when data/ is inside it, else data/ itself. */
export function boundaryOf(dataDir: string, root: string): string {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const r = real(root);
  const d = real(dataDir);
  return inside(d, r) ? r : d;
}

function inside(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

const codeOf = (e: unknown): string => (e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : 'EUNKNOWN');

/** Entries of a folder, or null with a problem (missing, not a folder, unreadable). */
export function listFolder(dir: string, file: string, ctx: ReadContext): Dirent[] | null {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    const code = codeOf(e);
    if (code === 'ENOENT') ctx.problems.push({ severity: 'error', file, line: null, message: 'the documents folder is missing', hint: 'create it and put one .md file per document in it' });
    else if (code === 'ENOTDIR') ctx.problems.push({ severity: 'error', file, line: null, message: 'should be a folder but is a file', hint: 'rename that file and create a folder of this name for the documents' });
    else ctx.problems.push({ severity: 'error', file, line: null, message: `the folder cannot be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code})`, hint: `make it readable, e.g. chmod a+rx ${file}` });
    return null;
  }
}

export interface ReadOptions {
  /** 'document': a vanished file or a folder is a warning (the rest still compiles); 'data': a missing file is no problem */
  kind: 'document' | 'data';
}

/**
 * The bytes of a file, or null. Problems: a link that leads nowhere or out of
 * the project (never followed: it could publish private files), a folder, a
 * pipe or device, a file that cannot be read. A document deleted between
 * listing the folder and reading it is left out with a warning.
 */
export function readDataFile(path: string, file: string, ctx: ReadContext, opts: ReadOptions): Buffer | null {
  const push = (severity: Problem['severity'], message: string, hint: string | null) => {
    ctx.problems.push({ severity, file, line: null, message, hint });
    return null;
  };
  const vanished = () =>
    opts.kind === 'document' ? push('warning', 'disappeared while the folder was being read (deleted or renamed): it is left out of this compile', 'nothing to do if you deleted it; otherwise save it again') : null;
  let link: string | null = null;
  try {
    const l = lstatSync(path);
    if (l.isSymbolicLink()) link = readlinkSync(path);
  } catch (e) {
    return codeOf(e) === 'ENOENT' ? vanished() : push('error', `cannot be read (${codeOf(e)})`, 'check the file’s permissions');
  }
  if (link !== null) {
    let target: string;
    try {
      target = realpathSync(path);
    } catch (e) {
      const code = codeOf(e);
      if (code === 'ELOOP') return push('error', `is a link that leads back to itself ('${link}')`, 'remove the link and put the file itself here');
      return push('error', `is a link to '${link}', which does not exist`, 'remove the link, or restore the file it points to');
    }
    if (!inside(target, ctx.boundary)) {
      return push(
        'error',
        `is a link to '${link}', outside the project: it is not read (a link out of the project could publish private files)`,
        `copy the file into ${file.split('/').slice(0, -1).join('/') || 'the project'} instead of linking to it, or remove the link`,
      );
    }
  }
  try {
    const s = statSync(path);
    if (s.isDirectory()) {
      if (opts.kind === 'document') {
        const base = file.split('/').pop() ?? file;
        return push('warning', 'is a folder, not a document: it is ignored', `documents are files directly in the documents folder; give the folder a name that does not end in .md (e.g. '${base.replace(/\.md$/i, '')}-folder') and move its documents up`);
      }
      return push('error', 'is a folder, not a file', 'remove or rename the folder and put the file here');
    }
    if (!s.isFile()) return push('error', 'is not a regular file (a pipe, socket or device): it is not read', 'replace it with a plain text file');
  } catch (e) {
    return codeOf(e) === 'ENOENT' ? vanished() : push('error', `cannot be read (${codeOf(e)})`, 'check the file’s permissions');
  }
  try {
    return readFileSync(path);
  } catch (e) {
    const code = codeOf(e);
    if (code === 'ENOENT') return vanished();
    if (code === 'EACCES' || code === 'EPERM') return push('error', 'cannot be read: permission denied', `make it readable, e.g. chmod a+r ${file}`);
    if (code === 'EISDIR') return push(opts.kind === 'document' ? 'warning' : 'error', 'is a folder, not a file: it is ignored', 'rename the folder so that its name does not end in .md');
    return push('error', `cannot be read (${code})`, 'check the file and save it again');
  }
}

/** Whether a path exists at all (a dangling link counts: it is reported, not skipped). */
export function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}


