import { fileLinks } from '../../model/answer-text.js';
import type { AnalystRequest, InspectedColumn } from '../recipe.js';
import type { TableChoice } from '../tabular.js';

/** What the recipes that look at one table without time share: the code's imports, file links, numeric columns, a follow-up's earlier options. */

export const header = ['import json', 'import numpy as np', 'import pandas as pd', 'import matplotlib.pyplot as plt', ''].join('\n');

export function links(files: readonly string[]): string {
  return fileLinks(files.map((file) => ({ path: file })));
}

export function numbersOf(choice: TableChoice): InspectedColumn[] {
  return choice.table.columns.filter((column) => column.dtype === 'number');
}

export function previousOf<T>(request: AnalystRequest, id: string): Partial<T> {
  return request.previous?.recipe === id ? (request.previous.options as Partial<T>) : {};
}
