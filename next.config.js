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
};
