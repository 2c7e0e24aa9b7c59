export declare function frameScriptOf(bundle: string): string;
