export { StatusBadge, type StatusBadgeProps } from './StatusBadge.js';
export { defaultLabels, type Labels } from './labels.js';
