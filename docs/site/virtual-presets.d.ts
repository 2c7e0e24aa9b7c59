declare module 'virtual:execards-replayer-presets' {
  import type { ReplayerPreset } from '../../tooling/storybook/replayer-presets.js';
  /** Real recordings read at build time; empty when the shared fixtures folder is absent. */
  export const presets: readonly ReplayerPreset[];
  /** Where the build looked for them. */
  export const presetsFolder: string;
}
