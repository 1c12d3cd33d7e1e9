import type { Metadata } from 'next';
import ReportView from '@/components/report/ReportView';

export const metadata: Metadata = {
  title: 'Editors’ report — Parley',
  description: 'What the compiler found in each document, the people it discovered, and what to check or correct.',
};

export default function ReportPage() {
  return <ReportView />;
}
