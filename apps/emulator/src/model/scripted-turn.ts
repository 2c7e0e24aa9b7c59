/** What the scripted model decided to do in one turn, before any code has run. */
export type TurnStep =
  | { kind: 'reasoning' }
  | { kind: 'call'; code: string }
  | { kind: 'message'; compose: (results: readonly CallSummary[]) => string };

export interface CallSummary {
  status: 'completed' | 'failed';
  logs: string;
  error: string | null;
  /** Files written to /mnt/data by this call (not the captured plot images). */
  files: readonly { path: string }[];
  imageCount: number;
}

export interface ScriptedTurn {
  scenario: string;
  steps: TurnStep[];
}
