'use client';
import { ExecutionCard as DefaultExecutionCard } from './ExecutionCard.js';
import { Announcer, ErrorMessage, Header, Panel, Root, Status, Tab, TabList, Tabs, Title } from './ExecutionCardParts.js';
import { Provenance } from './Provenance.js';

/**
 * `<ExecutionCard card={…} />` is the ready-made card; its parts (`ExecutionCard.Root`, `.Header`,
 * `.Title`, `.Status`, `.Tabs`, `.TabList`, `.Tab`, `.Panel`, `.Error`, `.Announcer`, `.Provenance`) build custom layouts.
 */
export const ExecutionCard = Object.assign(DefaultExecutionCard, { Root, Header, Title, Status, Tabs, TabList, Tab, Panel, Error: ErrorMessage, Announcer, Provenance });
export type { ExecutionCardProps, ExecutionCardTab } from './ExecutionCard.js';
export type { ErrorMessageProps, HeadingLevel, PanelProps, RootProps, TabProps, TabsProps } from './ExecutionCardParts.js';
export type { ProvenanceProps } from './Provenance.js';
export { shortContainerId } from './Provenance.js';
