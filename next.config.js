// Static export: `npm run build` writes a site any static host can serve to out/.
// Set BASE_PATH (e.g. /parley) to host it in a sub-folder such as GitHub Pages.
const basePath = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}` : '';

/** @type {import('next').NextConfig} */
module.exports = {
  output: 'export',
  basePath,
  trailingSlash: true,
  images: { unoptimized: true },
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  reactStrictMode: true,
  // PARLEY_SOURCEMAPS=1 npm run build: the browser's source maps beside the chunks (for `npm run bench:browser -- --profile`)
  productionBrowserSourceMaps: process.env.PARLEY_SOURCEMAPS === '1',
  // vis-timeline sanitises what it writes with innerHTML through the `xss` package (its whitelists
  // are ~6.7 kB gzipped); a strict whitelist of our own does the same job (lib/vendor/xss-lite.ts)
  turbopack: {
    resolveAlias: { xss: './lib/vendor/xss-lite.ts' },
    // cytoscape's build without the graph algorithms, the WebGL renderer and the layouts the app never uses
    // (positions come from the compile: preset): −31 kB gzipped off the network's chunk (lib/adapters/cytoscape-trim.js)
    rules: {
      '*.mjs': [{ condition: { path: /node_modules[\\/]cytoscape[\\/]dist[\\/]cytoscape\.esm\.mjs$/ }, loaders: [`${__dirname}/lib/adapters/cytoscape-trim.js`] }],
      // Next's server-action reducer (a static export has none) and its prefetch scheduler (links fetch their page
      // when clicked): ~2 + ~3.7 kB gzipped off the first load (lib/adapters/next-trim.js)
      '*.js': [
        {
          condition: { path: /node_modules[\\/]next[\\/]dist[\\/]client[\\/]components[\\/]router-reducer[\\/]reducers[\\/]server-action-reducer\.js$/ },
          loaders: [`${__dirname}/lib/adapters/next-trim.js`],
        },
        {
          condition: { path: /node_modules[\\/]next[\\/]dist[\\/]client[\\/]components[\\/]segment-cache[\\/]scheduler\.js$/ },
          loaders: [`${__dirname}/lib/adapters/next-trim.js`],
        },
      ],
    },
  },
};
