import type { Recipe } from '../recipe.js';
import { trendRecipe } from './trend.js';
import { cleanWorkbookRecipe } from './clean-workbook.js';
import { pdfTableRecipe } from './pdf-table.js';

/** Every recipe the analyst can pick from; the highest `match` wins (ties: the earlier one). */
export const recipes: Recipe[] = [trendRecipe, cleanWorkbookRecipe, pdfTableRecipe];
