import type { Metadata } from 'next';
import './globals.css';
import DevStatusBanner from '@/components/dev/DevStatusBanner';

export const metadata: Metadata = {
  title: 'Parley — who talked to whom',
  description: 'An evidence-backed timeline and network of diplomatic calls, meetings and statements, compiled from news documents.',
  // inline icon: no extra request, no 404 for /favicon.ico
  icons: {
    icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='6' fill='%230f172a'/%3E%3Ccircle cx='10' cy='16' r='5' fill='%23f59e0b'/%3E%3Ccircle cx='22' cy='16' r='5' fill='%2360a5fa'/%3E%3C/svg%3E",
  },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="bg-white text-slate-900 antialiased">
        {children}
        {process.env.NODE_ENV === 'development' ? <DevStatusBanner /> : null}
      </body>
    </html>
  );
}
