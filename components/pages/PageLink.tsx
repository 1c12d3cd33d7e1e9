import type { AnchorHTMLAttributes } from 'react';
import { basePath } from '@/lib/pages/seo';

/**
 * A plain link to a page of this site (base path added): what next/link
 * renders, without its client router code (~5 kB gzipped in the explorer).
 * The pages are static, so a full load is all a click needs.
 */
export function PageLink({ href, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return (
    <a href={`${basePath()}${href}`} {...rest}>
      {children}
    </a>
  );
}
