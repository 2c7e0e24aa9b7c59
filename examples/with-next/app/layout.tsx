import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '@execards/react/styles.css';
import './app.css';

export const metadata: Metadata = { title: 'execards + Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
