// The Hub look-ups as the extension uses them: the consent setting, the endpoint (HF_ENDPOINT),
// the token, the disk cache in global storage, and one HubModels shared by hover, commands and
// panel. Requests go through the extension host's global fetch: in the desktop and remote hosts
// VS Code applies its proxy settings (http.proxy, http.proxySupport) to it; in the web build it is
// the browser's fetch, under the browser's proxy and CORS rules.
import * as vscode from 'vscode';
import type { Settings } from '../../settings';
import { hubEndpoint } from './hubEndpoint';
import { HubCache } from './hubCache';
import { HubModels } from './hubModels';
import { HubToken } from './hubToken';
import { storageFolder } from './storageFolder';
import { hostEnvironment } from '../localModels';

export type HubLookupMode = 'off' | 'onDemand' | 'always';

/** One request's time limit; a whole look-up has its own (HubModels). */
const REQUEST_TIMEOUT_MS = 15_000;

export class HubService implements vscode.Disposable {
  readonly models: HubModels;
  readonly token: HubToken;
  private readonly env = hostEnvironment().env;

  constructor(
    context: vscode.ExtensionContext,
    private readonly settings: Settings,
    log: vscode.LogOutputChannel,
  ) {
    this.token = new HubToken(context.secrets, this.env);
    this.models = new HubModels({
      cache: new HubCache(storageFolder(vscode.Uri.joinPath(context.globalStorageUri, 'hub-cache'))),
      options: async () => {
        const token = await this.token.get();
        return { endpoint: this.endpoint, timeoutMs: REQUEST_TIMEOUT_MS, ...(token ? { token } : {}) };
      },
      // Messages name the model and the reason; never a token or a header.
      log: message => log.info(`hub: ${message}`),
    });
  }

  get endpoint(): string {
    return hubEndpoint(this.env);
  }

  get mode(): HubLookupMode {
    return this.settings.current.hubLookup;
  }

  dispose(): void {
    this.models.dispose();
  }
}
