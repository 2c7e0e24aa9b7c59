'use client';
import { createContext, useContext } from 'react';

export interface TabsContextValue {
  value: string;
  select(value: string): void;
  /** Prefix of the tab and panel ids, so each tab can name its panel and back. */
  baseId: string;
}

export const TabsContext = createContext<TabsContextValue | null>(null);

export function useTabsContext(part: string): TabsContextValue {
  const context = useContext(TabsContext);
  if (!context) throw new Error(`<ExecutionCard.${part}> must be inside <ExecutionCard.Tabs>.`);
  return context;
}

export function tabId(baseId: string, value: string): string {
  return `${baseId}-tab-${value}`;
}

export function panelId(baseId: string, value: string): string {
  return `${baseId}-panel-${value}`;
}
