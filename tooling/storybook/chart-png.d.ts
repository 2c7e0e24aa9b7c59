/** A PNG drawn on a canvas (a bar chart on a transparent or white background), as a data URL (browser only: for stories). */
export declare function chartPng(width: number, height: number, options?: { transparent?: boolean }): string;
