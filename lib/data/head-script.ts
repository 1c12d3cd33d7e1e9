/**
 * The explorer page's inline script (app/page.tsx): starts fetching the index's head (index.json) while
 * the HTML is parsed, before the page's scripts have downloaded and run (they take the response:
 * lib/data/early.ts takeInlineHead). The head is on the first view's critical path: its pages are known
 * only once it is here. Kept tiny; no module code runs in it.
 */
export const HEAD_GLOBAL = '__parleyHead';

export function headScript(base: string): string {
  const url = JSON.stringify(`${base}/data/index.json`);
  return `(function(){try{var u=${url};var p=fetch(u,{cache:'no-store'}).then(function(r){if(!r.ok)throw new Error('could not load '+u+' (HTTP '+r.status+'); run \\u201cnpm run compile\\u201d');return r.arrayBuffer()});p.catch(function(){});window.${HEAD_GLOBAL}=p}catch(e){}})();`;
}
