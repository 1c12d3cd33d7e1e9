'use client';
import { PageLink } from './PageLink';
import type { ReactNode } from 'react';

interface Props {
  /** the page of the thing (e.g. /events/<id>/): opens in a new tab, can be copied and cited */
  href: string;
  /** a plain click selects it in the explorer instead */
  onSelect: () => void;
  className?: string;
  children: ReactNode;
  [data: `data-${string}`]: string | undefined;
}

/**
 * A real link to a page that, clicked plainly, selects in the explorer;
 * with Ctrl/⌘/Shift or the middle button it opens the page as any link does.
 */
export function SelectLink({ href, onSelect, className, children, ...rest }: Props) {
  return (
    <PageLink
      href={href}
      className={className}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        onSelect();
      }}
      {...rest}
    >
      {children}
    </PageLink>
  );
}
