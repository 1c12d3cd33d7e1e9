/**
 * The explorer page's inline script (app/page.tsx): starts fetching the index's head (index.json) while
 * the HTML is parsed, before the page's scripts have downloaded and run, and — for the default view (no
 * query string) — once the head is here, the pages its first view needs (the head's `first.pages`, as
 * lib/data/early.ts firstPages gives for that view). lib/data/early.ts takes them (takeInlineHead,
 * takeInlineFirst). The head and its pages are the first view's critical path. Kept tiny; no module code runs in it.
 */
import { PAGED_FORMAT, pagePath } from './page-path';

export const HEAD_GLOBAL = '__parleyHead';
export const FIRST_GLOBAL = '__parleyFirst';

/** What the inline script leaves for the default view: the head parsed, and its first pages' bytes by page key. */
export interface InlineFirst {
  json: unknown;
  pages: Record<string, Promise<ArrayBuffer>>;
}

export function headScript(base: string): string {
  const data = JSON.stringify(`${base}/data/`);
  // pagePath('KEY') with the key spliced in at run time
  const [pre, post] = pagePath('KEY').split('KEY').map((s) => JSON.stringify(s));
  return `(function(){try{var d=${data};var f=function(u){u=d+u;var p=fetch(u,{cache:'no-store'}).then(function(r){if(!r.ok)throw new Error('could not load '+u+' (HTTP '+r.status+'); run \\u201cnpm run compile\\u201d');return r.arrayBuffer()});p.catch(function(){});return p};var h=f('index.json');window.${HEAD_GLOBAL}=h;if(location.search)return;var q=h.then(function(b){var j=JSON.parse(new TextDecoder().decode(b)),s={};if(j&&j.format===${JSON.stringify(PAGED_FORMAT)}&&j.first&&j.first.pages)j.first.pages.forEach(function(k){s[k]=f(${pre}+encodeURIComponent(k)+${post})});return{json:j,pages:s}});q.catch(function(){});window.${FIRST_GLOBAL}=q}catch(e){}})();`;
}
