/** What the scripted model decided to do in one turn, before any code has run. */
export type TurnStep =
  | { kind: 'reasoning' }
  /** `code` may be computed from the results of the calls before it (the analyst reads what it found). */
  | { kind: 'call'; code: string | ((results: readonly CallSummary[]) => string) }
  | { kind: 'message'; compose: (results: readonly CallSummary[]) => string }
  /** Decided only when reached: the steps that follow depend on what the earlier calls printed. */
  | { kind: 'decide'; next: (results: readonly CallSummary[]) => TurnStep[] };

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
  /** What this turn analysed, read once the turn has finished, so a follow-up can build on it. */
  remember?: () => unknown;
}

/** The files the calls so far wrote, in order. */
export function filesOf(results: readonly CallSummary[]): readonly { path: string }[] {
  return results.flatMap((result) => result.files);
}

export function messageStep(compose: (results: readonly CallSummary[]) => string): TurnStep {
  return { kind: 'message', compose };
}

export function callStep(code: string): TurnStep {
  return { kind: 'call', code };
}
