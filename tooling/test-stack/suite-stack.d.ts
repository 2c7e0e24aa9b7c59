import { type RunningProxy } from '../../apps/proxy/src/server.js';
export interface SuiteStack {
    /** The running proxy; read it inside the tests (it starts in the suite's `beforeAll`). */
    readonly proxy: RunningProxy;
}
/**
 * A real emulator and a real proxy in front of it, both with their default settings on free ports, for the tests of
 * the calling `describe` block: started before the first, closed after the last.
 */
export declare function useRealStack(): SuiteStack;
