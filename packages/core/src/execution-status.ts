/** Statuses of a `code_interpreter_call` item, as the Responses API names them. */
export const executionStatuses = ['in_progress', 'interpreting', 'completed', 'incomplete', 'failed'] as const;

export type ExecutionStatus = (typeof executionStatuses)[number];

export function isExecutionStatus(value: unknown): value is ExecutionStatus {
  return typeof value === 'string' && (executionStatuses as readonly string[]).includes(value);
}

/** A call is settled once it can no longer change status. */
export function isSettledStatus(status: ExecutionStatus): boolean {
  return status === 'completed' || status === 'incomplete' || status === 'failed';
}
