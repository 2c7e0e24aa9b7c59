'use client';
import type { GeneratedFile } from '@execards/core';
import { createContext, useContext } from 'react';

export const FilesContext = createContext<Readonly<Record<string, GeneratedFile>>>({});

export function useFiles(): Readonly<Record<string, GeneratedFile>> {
  return useContext(FilesContext);
}
