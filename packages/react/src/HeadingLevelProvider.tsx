'use client';
import { createContext, useContext, type ReactNode } from 'react';

/** The level of a card's title heading (`h1`…`h6`). */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const HeadingLevelContext = createContext<HeadingLevel>(3);

export interface HeadingLevelProviderProps {
  /** Level of every card title below this provider, unless a card sets its own `headingLevel`. */
  level: HeadingLevel;
  children?: ReactNode;
}

/**
 * Sets the heading level of the cards below it, so they fit the host page's outline (a page whose
 * `h1` is followed by the conversation wants level-2 cards). Adapters' cards read it too, so one
 * provider around the chat is enough. Without it cards are level 3.
 */
export function HeadingLevelProvider({ level, children }: HeadingLevelProviderProps) {
  return <HeadingLevelContext.Provider value={level}>{children}</HeadingLevelContext.Provider>;
}

/** The heading level for a card: its own `headingLevel` when given, else the nearest provider's (3 without one). */
export function useHeadingLevel(own?: HeadingLevel): HeadingLevel {
  const provided = useContext(HeadingLevelContext);
  return own ?? provided;
}
