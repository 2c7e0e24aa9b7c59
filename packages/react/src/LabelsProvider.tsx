'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { defaultLabels, mergeLabels, type LabelOverrides, type Labels } from './labels.js';

const LabelsContext = createContext<Labels>(defaultLabels);

export interface LabelsProviderProps {
  /** Any subset of the strings, or a whole locale such as `de` from '@execards/react/locales/de'; the rest stay English. */
  labels: LabelOverrides;
  children?: ReactNode;
}

/** Translates or rewords every visible string of the components below it. */
export function LabelsProvider({ labels, children }: LabelsProviderProps) {
  const merged = useMemo(() => mergeLabels(labels), [labels]);
  return <LabelsContext.Provider value={merged}>{children}</LabelsContext.Provider>;
}

export function useLabels(): Labels {
  return useContext(LabelsContext);
}
