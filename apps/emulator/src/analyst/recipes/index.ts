import type { Recipe } from '../recipe.js';
import { cleanWorkbookRecipe } from './clean-workbook.js';
import { exportRecipe } from './export.js';
import { compareRecipe } from './compare.js';
import { correlationRecipe } from './correlation.js';
import { distributionRecipe } from './distribution.js';
import { forecastRecipe } from './forecast.js';
import { outliersRecipe } from './outliers.js';
import { htmlReportRecipe, summaryRecipe } from './overview.js';
import { pdfTableRecipe } from './pdf-table.js';
import { docxSummaryRecipe } from './docx-summary.js';
import { trendRecipe } from './trend.js';

/** Every recipe the analyst can pick from; the highest `match` wins (ties: the earlier one). */
export const recipes: Recipe[] = [trendRecipe, cleanWorkbookRecipe, pdfTableRecipe, forecastRecipe, outliersRecipe, docxSummaryRecipe, compareRecipe, distributionRecipe, correlationRecipe, htmlReportRecipe, exportRecipe, summaryRecipe];
