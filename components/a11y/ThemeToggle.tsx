'use client';
/**
 * Light/dark: follows the system until the reader picks one; the choice is
 * kept in localStorage. The class on <html> is set before paint by the
 * inline script in app/layout.tsx (THEME_SCRIPT), so there is no flash.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { THEME_KEY } from '@/lib/ui/theme-script';

const root = () => document.documentElement;

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(root(), { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

function apply(dark: boolean) {
  root().classList.toggle('dark', dark);
  root().style.colorScheme = dark ? 'dark' : 'light';
}

export function ThemeToggle() {
  const dark = useSyncExternalStore(subscribe, () => root().classList.contains('dark'), () => false);
  // while the reader has not chosen, follow the system as it changes
  useEffect(() => {
    const mq = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => {
      if (!localStorage.getItem(THEME_KEY)) apply(mq.matches);
    };
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  const toggle = () => {
    const next = !root().classList.contains('dark');
    apply(next);
    const system = window.matchMedia('(prefers-color-scheme: dark)').matches;
    if (next === system) localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, next ? 'dark' : 'light');
  };
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark}
      data-testid="theme-toggle"
      className="inline-flex items-center gap-1 rounded border border-slate-500 bg-white px-2 py-1 text-sm text-slate-900 hover:bg-slate-100"
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span> Dark theme
    </button>
  );
}
