'use client';
/**
 * Light/dark: follows the system until the reader picks one; the choice is
 * kept in localStorage. The class on <html> is set before paint by the
 * inline script in app/layout.tsx (THEME_SCRIPT), so there is no flash.
 */
import { useEffect, useState } from 'react';
import { THEME_KEY } from '@/lib/ui/theme-script';

function systemDark(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function ThemeToggle() {
  const [dark, setDark] = useState<boolean | null>(null);
  useEffect(() => {
    setDark(document.documentElement.classList.contains('dark'));
    const mq = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => {
      if (localStorage.getItem(THEME_KEY)) return;
      document.documentElement.classList.toggle('dark', mq.matches);
      setDark(mq.matches);
    };
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  const toggle = () => {
    const next = !document.documentElement.classList.contains('dark');
    document.documentElement.classList.toggle('dark', next);
    document.documentElement.style.colorScheme = next ? 'dark' : 'light';
    if (next === systemDark()) localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, next ? 'dark' : 'light');
    setDark(next);
  };
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark ?? false}
      data-testid="theme-toggle"
      className="inline-flex items-center gap-1 rounded border border-slate-500 bg-white px-2 py-1 text-sm text-slate-900 hover:bg-slate-100"
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span> Dark theme
    </button>
  );
}
