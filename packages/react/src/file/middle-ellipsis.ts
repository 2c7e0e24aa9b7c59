/**
 * Splits a file name so CSS can ellipsize the start and always keep the end (the tail of the stem
 * and the extension) visible: "quarterly_sales_report_final.xlsx" → ["quarterly_sales_rep", "ort_final.xlsx"].
 */
export function splitForMiddleEllipsis(name: string, keepEnd = 10): [string, string] {
  const dot = name.lastIndexOf('.');
  const extensionLength = dot > 0 ? name.length - dot : 0;
  const tail = Math.min(name.length, Math.max(keepEnd, extensionLength + 4));
  return [name.slice(0, name.length - tail), name.slice(name.length - tail)];
}
