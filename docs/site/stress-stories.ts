/**
 * Stories a docs page links rather than runs inline: they load the browser on purpose (10,000 lines, 2 million
 * rows, hostile or runaway HTML) or fail a request on purpose (which the browser logs as an error). Each is still
 * run and checked as a story.
 */
export const stressStoryIds: ReadonlySet<string> = new Set([
  'code-codeview--ten-thousand-lines-streaming',
  'execution-executioncard--ten-thousand-lines',
  'outputs-tableview--huge',
  'outputs-tableview--two-million-rows',
  'outputs-tableview--wide-500-columns',
  'outputs-htmlview--hostile',
  'outputs-htmlview--infinite-loop',
  'outputs-htmlview--huge-dom',
  'outputs-htmlview--png-export-times-out',
  'outputs-htmlview--load-error',
]);
