import type { Metadata, Viewport } from 'next';
import { OG_IMAGES, siteOrigin } from '@/lib/pages/seo';
import { THEME_SCRIPT } from '@/lib/ui/theme-script';
import './globals.css';
import DevStatusBanner from '@/components/dev/DevStatusBanner';

const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

export const metadata: Metadata = {
  metadataBase: new URL(`${siteOrigin()}${base}/`),
  title: 'Parley — who talked to whom',
  description: 'An evidence-backed timeline and network of diplomatic calls, meetings and statements, compiled from news documents.',
  // a PNG, not an SVG: Chrome fetches the icon again after a history entry (a tap's selection), and an SVG is decoded as a
  // document on the page's main thread (~27 ms on a phone at CPU ×4, traced between a tap's quote file and its render)
  icons: { icon: { url: `${base}/favicon.png`, type: 'image/png', sizes: '64x64' } },
  openGraph: {
    siteName: 'Parley',
    type: 'website',
    images: OG_IMAGES,
  },
  twitter: { card: 'summary_large_image' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f8fafc' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1120' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* the theme before paint: no flash of the wrong one */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="bg-white text-slate-900 antialiased">
        {children}
        {process.env.NODE_ENV === 'development' ? <DevStatusBanner /> : null}
      </body>
    </html>
  );
}
