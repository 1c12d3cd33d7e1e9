'use client';
/**
 * Renders its children only once its box has been on screen (or near it), then
 * keeps them: a heavy chart in a pane a phone hides (display: none, one pane at
 * a time) or below the fold loads its library and draws only when the reader
 * gets to it, not during the page's first load. Until then, `fallback`.
 * Where IntersectionObserver is missing the children render at once.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  fallback?: ReactNode;
  className?: string;
  /** how near the viewport counts as shown (a CSS margin) */
  margin?: string;
}

export function WhenShown({ children, fallback = null, className, margin = '200px' }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(() => typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = box.current;
    if (shown || !el) return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown(true);
    }, { rootMargin: margin });
    io.observe(el);
    return () => io.disconnect();
  }, [shown, margin]);
  return (
    <div ref={box} className={className} data-shown={shown ? 'true' : 'false'}>
      {shown ? children : fallback}
    </div>
  );
}
