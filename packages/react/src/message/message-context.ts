'use client';
import type { ExecutionCard, GeneratedFile } from '@execards/core';
import { createContext, useContext } from 'react';

export const FilesContext = createContext<Readonly<Record<string, GeneratedFile>>>({});

export function useFiles(): Readonly<Record<string, GeneratedFile>> {
  return useContext(FilesContext);
}

/** Replays the call that produced `file` in a fresh sandbox; see `AssistantMessageProps.onRerun`. */
export type RerunFile = (file: GeneratedFile, call: ExecutionCard) => Promise<void>;

export const RerunContext = createContext<RerunFile | undefined>(undefined);

export function useRerun(): RerunFile | undefined {
  return useContext(RerunContext);
}
