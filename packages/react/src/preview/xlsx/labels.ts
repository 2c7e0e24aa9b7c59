/** Strings of the spreadsheet preview (flat keys of `Labels`, prefixed `xlsx`). */
export interface XlsxPreviewLabels {
  /** Accessible name of a workbook's sheet tabs. */
  xlsxSheets: string;
  /** Accessible name of one sheet's grid, e.g. "Sheet Sales". */
  xlsxSheetGrid(sheetName: string): string;
  xlsxReading: string;
  xlsxEmptySheet: string;
  xlsxNoSheets: string;
  /** A sheet longer than the preview shows, e.g. "Showing the first 200,000 rows of 1,048,576 — download to see all." */
  xlsxRowsCapped(shown: number, total: number): string;
  xlsxNotXlsx: string;
  xlsxTooLarge: string;
  xlsxTimedOut: string;
  xlsxUnreadable(reason: string): string;
}

export const xlsxPreviewLabels: XlsxPreviewLabels = {
  xlsxSheets: 'Sheets',
  xlsxSheetGrid: (sheetName) => `Sheet ${sheetName}`,
  xlsxReading: 'Reading the spreadsheet…',
  xlsxEmptySheet: 'This sheet is empty.',
  xlsxNoSheets: 'This workbook has no sheets.',
  xlsxRowsCapped: (shown, total) => `Showing the first ${shown.toLocaleString('en-US')} rows of ${total.toLocaleString('en-US')} — download to see all.`,
  xlsxNotXlsx: 'This file is not an Excel workbook (.xlsx), so it cannot be previewed. Download it to open it.',
  xlsxTooLarge: 'This spreadsheet is too large to preview. Download it to see all of it.',
  xlsxTimedOut: 'Reading this spreadsheet took too long, so the preview stopped. Download it to see it.',
  xlsxUnreadable: (reason) => `This spreadsheet could not be read: ${reason}. Download it to open it.`,
};
