export { executionStatuses, isExecutionStatus, isSettledStatus, type ExecutionStatus } from './execution-status.js';
