/** The key of the reader's theme choice in localStorage ('light' | 'dark'; absent: follow the system). */
export const THEME_KEY = 'parley-theme';

/** Runs before paint (inline in <head>): puts `dark` on <html> from the choice, else from the system. */
export const THEME_SCRIPT = `(function(){try{var c=localStorage.getItem('${THEME_KEY}');var d=c?c==='dark':window.matchMedia('(prefers-color-scheme: dark)').matches;var r=document.documentElement;r.classList.toggle('dark',d);r.style.colorScheme=d?'dark':'light';}catch(e){}})();`;
