/** A spreadsheet column's name from its zero-based position: A … Z, AA … AZ, BA … */
export function columnName(position: number): string {
  let name = '';
  for (let rest = position + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}
