/** Generated CSV of about `targetBytes` (ASCII, so bytes = characters): 10 columns of ids, text, numbers and dates. */
export function generateCsv(targetBytes: number): { text: string; rows: number } {
  const header = 'id,name,city,amount,ratio,date,category,score,flag,note';
  const cities = ['Berlin', 'Lisbon', 'Osaka', 'Lagos', 'Quito', 'Perth'];
  const parts: string[] = [header];
  let bytes = header.length;
  let rows = 0;
  while (bytes < targetBytes) {
    const line = `${rows + 1},name ${rows % 997},${cities[rows % 6]},${(rows * 7919) % 100_000},${((rows % 1000) / 1000).toFixed(3)},2026-0${(rows % 9) + 1}-1${rows % 10},cat_${rows % 13},${rows % 101},${rows % 2 === 0 ? 'yes' : 'no'},"note, ${rows % 50}"`;
    parts.push(line);
    bytes += line.length + 1;
    rows += 1;
  }
  return { text: parts.join('\n'), rows };
}

/** Exactly `rows` data rows, for the render comparison. */
export function generateRows(rows: number): { text: string; rows: number } {
  const lines = ['id,name,city,amount,ratio,date,category,score,flag,note'];
  for (let index = 0; index < rows; index += 1) lines.push(`${index + 1},name ${index % 997},city ${index % 6},${index % 100_000},0.${index % 1000},2026-01-01,cat_${index % 13},${index % 101},yes,note ${index % 50}`);
  return { text: lines.join('\n'), rows };
}
