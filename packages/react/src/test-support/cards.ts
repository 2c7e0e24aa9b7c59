import type { ExecutionCard, GeneratedFile, MessageItem, Turn } from '@execards/core';
import { fileKind, parseSandboxLinks } from '@execards/core';

/** A normalized call as the reducer would produce it; override what the test is about. */
export function makeCard(overrides: Partial<ExecutionCard> = {}): ExecutionCard {
  return {
    kind: 'execution',
    id: 'ci_1',
    status: 'completed',
    code: 'import pandas as pd\ndf = pd.read_csv("/mnt/data/sales.csv")\nprint(df.describe())',
    codeComplete: true,
    logs: '',
    images: [],
    outputs: [],
    containerId: 'cntr_1',
    startedAt: 1_700_000_000_000,
    completedAt: 1_700_000_004_000,
    error: null,
    ...overrides,
  };
}

export function makeFile(path: string, overrides: Partial<GeneratedFile> = {}): GeneratedFile {
  const filename = path.slice(path.lastIndexOf('/') + 1);
  return { path, filename, kind: fileKind(filename), fileId: `cfile_${filename}`, containerId: 'cntr_1', bytes: 2048, url: `/files/${filename}`, autoCaptured: false, turnId: 'turn_1', storage: 'container', sha256: null, availability: 'unknown', availabilityMessage: null, ...overrides };
}

export function makeMessage(text: string, overrides: Partial<MessageItem> = {}): MessageItem {
  return { kind: 'message', id: 'msg_1', status: 'completed', text, refusal: null, annotations: [], links: parseSandboxLinks(text), phase: null, ...overrides };
}

export function makeTurn(items: Turn['items']): Turn {
  return { id: 'turn_1', user: null, response: null, items, lastSequenceNumber: items.length };
}
