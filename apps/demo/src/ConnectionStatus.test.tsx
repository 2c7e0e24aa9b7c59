import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConnectionStatus } from './ConnectionStatus.js';

describe('ConnectionStatus', () => {
  it('names the upstream, and says nothing more when every capability is there', () => {
    render(<ConnectionStatus state={{ phase: 'ready', health: { status: 'ok', upstream: { kind: 'azure', reachable: null }, capabilities: { explicitContainers: true, containerFileContent: null } } }} />);
    expect(screen.getByText('Connected to Azure OpenAI through the proxy.')).toBeInTheDocument();
    expect(document.querySelector('[data-slot="connection-fallback"]')).toBeNull();
  });

  it('says when the proxy falls back to auto containers, and what that means for the user', () => {
    render(<ConnectionStatus state={{ phase: 'ready', health: { status: 'ok', upstream: { kind: 'azure', reachable: null }, capabilities: { explicitContainers: false, containerFileContent: false } } }} />);
    const notes = [...document.querySelectorAll('[data-slot="connection-fallback"]')].map((note) => note.textContent?.trim());
    expect(notes).toEqual([
      'This resource has no containers API, so each message runs in a fresh code session with your files (earlier variables are not kept).',
      'Generated files cannot be downloaded from this resource.',
    ]);
  });
});
