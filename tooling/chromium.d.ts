/** Debian's Chromium, launched the way this machine's closed network needs (no background connections). */
export declare const chromiumPath: string;
export declare const chromiumArgs: string[];
