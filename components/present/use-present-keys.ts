'use client';
/** The presentation keys on window, with the typed step number shown while it is typed. */
import { useEffect, useRef, useState } from 'react';
import { keyAction } from './keys';

export function usePresentKeys(step: number, total: number, go: (n: number) => void, exit: () => void, extra?: (e: KeyboardEvent) => boolean): string {
  const [buffer, setBuffer] = useState('');
  const latest = useRef({ step, total, go, exit, extra, buffer });
  useEffect(() => {
    latest.current = { step, total, go, exit, extra, buffer };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      const l = latest.current;
      // Space and Enter on a focused button press it; the presentation keys win everywhere else
      if ((e.key === ' ' || e.key === 'Enter') && t?.tagName === 'BUTTON' && !l.buffer) return;
      if (l.extra?.(e)) return;
      const a = keyAction(e, l.step, l.total, l.buffer);
      if (a.kind === 'none') return;
      e.preventDefault();
      if (a.kind === 'digits') setBuffer(a.buffer);
      else if (a.kind === 'exit') l.exit();
      else {
        setBuffer('');
        if (a.step !== l.step) l.go(a.step);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return buffer;
}
