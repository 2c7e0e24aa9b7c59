import type { EmulatorOptionsInput } from './options.js';

const off = new Set(['0', 'off', 'false', 'no']);

/**
 * The azure flavour's settings from the environment `npm start` passes through:
 * `EMULATOR_FLAVOR=azure`, `EMULATOR_AZURE_DEPLOYMENTS=a,b`, `EMULATOR_CONTAINERS_API=off`, `EMULATOR_CONTAINER_FILE_CONTENT=off`.
 * Values are checked by the options schema, so a misspelt flavour stops the emulator with its name.
 */
export function azureSettingsFromEnv(env: Record<string, string | undefined>): Pick<EmulatorOptionsInput, 'flavor' | 'azure'> {
  const flavor = env.EMULATOR_FLAVOR?.trim();
  if (!flavor) return {};
  const deployments = env.EMULATOR_AZURE_DEPLOYMENTS?.split(',').map((name) => name.trim()).filter((name) => name !== '');
  return {
    flavor: flavor as EmulatorOptionsInput['flavor'],
    azure: {
      ...(deployments && deployments.length > 0 ? { deployments } : {}),
      containersApi: !off.has((env.EMULATOR_CONTAINERS_API ?? '').trim().toLowerCase()),
      containerFileContent: !off.has((env.EMULATOR_CONTAINER_FILE_CONTENT ?? '').trim().toLowerCase()),
    },
  };
}
