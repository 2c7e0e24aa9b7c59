import type { FileKind } from '@execards/core';

const badgeText: Record<FileKind, string | null> = {
  image: null,
  csv: 'CSV',
  html: 'HTML',
  pdf: 'PDF',
  docx: 'DOC',
  xlsx: 'XLS',
  pptx: 'PPT',
  md: 'MD',
  txt: 'TXT',
  json: '{ }',
  code: '</>',
  zip: 'ZIP',
  other: null,
};

/** A page with a folded corner and a colored band naming the type; drawn inline, colored by `--xc-file-*`. */
export function FileIcon({ kind }: { kind: FileKind }) {
  const badge = badgeText[kind];
  return (
    <svg data-slot="file-icon" data-kind={kind} viewBox="0 0 32 40" width="32" height="40" aria-hidden="true" focusable="false">
      <path d="M3 1h18l8 8v28a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V3a2 2 0 0 1 2-2z" fill="var(--xc-file-page)" stroke="var(--xc-file-outline)" strokeWidth="1.5" />
      <path d="M21 1v6a2 2 0 0 0 2 2h6" fill="none" stroke="var(--xc-file-outline)" strokeWidth="1.5" />
      {kind === 'image' && (
        <g>
          <circle cx="10" cy="16" r="3" fill="var(--xc-file-band)" />
          <path d="M5 32l7-9 5 6 4-4 6 7z" fill="var(--xc-file-band)" />
        </g>
      )}
      {kind === 'zip' && <path d="M15 4h2v2h-2zM13 8h2v2h-2zM15 12h2v2h-2zM13 16h2v2h-2z" fill="var(--xc-file-outline)" />}
      {kind === 'other' && <path d="M8 18h16M8 23h16M8 28h10" stroke="var(--xc-file-outline)" strokeWidth="2" strokeLinecap="round" />}
      {badge !== null && (
        <g>
          <rect x="0" y="22" width="26" height="12" rx="2" fill="var(--xc-file-band)" />
          <text x="13" y="31" textAnchor="middle" fontSize={badge.length > 3 ? 6.5 : 8} fontWeight="700" fontFamily="system-ui, sans-serif" fill="var(--xc-file-band-text)">
            {badge}
          </text>
        </g>
      )}
    </svg>
  );
}
