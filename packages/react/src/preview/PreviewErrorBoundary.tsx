'use client';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface PreviewErrorBoundaryProps {
  /** What stands in for a preview that threw (a hostile or broken file, a chunk that failed to load). */
  fallback: ReactNode;
  children: ReactNode;
}

/** Keeps a preview that throws inside its own box: the card, its download and the rest of the chat stay usable. */
export class PreviewErrorBoundary extends Component<PreviewErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn('execards: a file preview failed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
