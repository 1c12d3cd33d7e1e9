/**
 * Names of the temporary files editors and tools leave next to the files they
 * save: never documents, never a change worth reporting.
 *   sed -i        sedAbC12          vim      .x.swp, x~, 4913
 *   emacs         .#x, #x#          gedit    .goutputstream-AB12CD
 *   write-then-move  x.tmp, x.tmp-123, x.123.tmp   LibreOffice  .~lock.x#
 */
const TEMP_PATTERNS: readonly { id: string; pattern: RegExp; example: string }[] = [
  { id: 'hidden', pattern: /^\./, example: '.x.md.swp' },
  { id: 'sed-inplace', pattern: /^sed[A-Za-z0-9]{5,6}$/, example: 'sedAbC12' },
  { id: 'backup-tilde', pattern: /~$/, example: 'x.md~' },
  { id: 'vim-swap', pattern: /\.sw[a-p]$/i, example: 'x.md.swp' },
  { id: 'vim-probe', pattern: /^4913$/, example: '4913' },
  { id: 'emacs-autosave', pattern: /^#.*#$/, example: '#x.md#' },
  { id: 'tmp-suffix', pattern: /\.(tmp|temp)([-.][\w-]*)?$/i, example: 'x.md.tmp-1234' },
  { id: 'tmp-infix', pattern: /\.tmp[-.]/i, example: 'x.tmp.md' },
  { id: 'kate-swap', pattern: /\.kate-swp$/i, example: 'x.md.kate-swp' },
  { id: 'office-lock', pattern: /^~\$/, example: '~$x.md' },
  { id: 'partial-download', pattern: /\.(crdownload|part|partial)$/i, example: 'x.md.part' },
];

/** True for an editor's or tool's temporary file name (the base name, not a path). */
export function isTempFile(name: string): boolean {
  const base = name.split(/[\\/]/).pop() ?? name;
  return TEMP_PATTERNS.some((p) => p.pattern.test(base));
}

/** True when any segment of a relative path is a temporary or hidden name. */
export function isTempPath(relPath: string): boolean {
  return relPath.split(/[\\/]/).some((seg) => seg !== '' && isTempFile(seg));
}

export { TEMP_PATTERNS };
