import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: 'Parley — who talked to whom',
  description: 'An evidence-backed timeline and network of diplomatic calls, meetings and statements, compiled from news documents.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="bg-white text-slate-900 antialiased">{children}</body>
    </html>
  );
}
