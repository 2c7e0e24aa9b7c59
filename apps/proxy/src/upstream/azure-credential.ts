import type { TokenCredential } from '@azure/identity';

/**
 * `DefaultAzureCredential` (managed identity, workload identity, environment, `az login`…), created on the first
 * token request so setups that never use Microsoft Entra ID never load `@azure/identity`.
 */
export function defaultAzureCredential(): TokenCredential {
  let credential: Promise<TokenCredential> | undefined;
  return {
    async getToken(scopes, options) {
      credential ??= import('@azure/identity').then((identity) => new identity.DefaultAzureCredential());
      return (await credential).getToken(scopes, options);
    },
  };
}
