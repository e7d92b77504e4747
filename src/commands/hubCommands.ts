// Param Lens: Look Up a Model on the Hugging Face Hub [target] · Sign in to Hugging Face · Sign out.
// The look-up runs only on this explicit request (a hover link or the palette) unless the
// consent setting is "always". Its answer opens in the estimate panel; a failure is said in the
// status bar and in the next hover (with a retry), never in an error popup: offline is normal.
// Arguments come from hover links and other extensions: untrusted, checked here.
import * as vscode from 'vscode';
import type { HubService } from '../sources/hub/hubService';
import type { HubState } from '../sources/hub/hubModels';
import { HUB_LOOKUP, HUB_SIGN_IN } from '../sources/hub/hubHoverSection';
import { hubTargetLabel, parseHubTarget } from '../sources/hub/hubTarget';
import { isTokenShaped } from '../sources/hub/hubToken';
import type { EstimatePanel } from '../estimatePanel';
import type { Settings } from '../settings';
import { isEngine } from '../core/options';

export const HUB_SIGN_OUT = 'paramLens.signOutOfHuggingFace';

const REPO = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}\/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;

export function registerHubCommands(hub: HubService, panel: EstimatePanel, settings: Settings): vscode.Disposable {
  const lookUp = vscode.commands.registerCommand(
    HUB_LOOKUP,
    async (arg?: unknown, opts?: unknown): Promise<HubState | undefined> => {
      if (hub.mode === 'off') {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('Hub look-ups are off (setting paramLens.hub.lookup).'),
        );
        return undefined;
      }
      let target = parseHubTarget(arg);
      if (!target) {
        const typed = await vscode.window.showInputBox({
          title: vscode.l10n.t('Look up a model on the Hugging Face Hub'),
          prompt: vscode.l10n.t(
            'A model id such as org/name. Only the id is sent, to {0}.',
            new URL(hub.endpoint).host,
          ),
          validateInput: v => (REPO.test(v.trim()) ? undefined : vscode.l10n.t('An id of the form org/name')),
        });
        target = typed ? parseHubTarget(typed) : undefined;
        if (!target) return undefined;
      }
      const retry = !!opts && typeof opts === 'object' && (opts as { retry?: unknown }).retry === true;
      const chosen = target;
      const state = await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          cancellable: true,
          title: vscode.l10n.t('Looking up {0} on the Hub', hubTargetLabel(chosen)),
        },
        (_progress, cancel) => {
          const sub = cancel.onCancellationRequested(() => hub.models.cancel(chosen));
          return hub.models.lookUp(chosen, retry).finally(() => sub.dispose());
        },
      );
      if (state.state === 'done') {
        const s = settings.current;
        try {
          panel.show({
            model: state.read.info,
            contextTokens: s.contextTokens,
            kvCacheQuant: s.kvCacheQuant,
            ...(state.read.place !== 'hub-gguf' && isEngine(s.engine) ? { engine: s.engine } : {}),
          });
        } catch (e) {
          if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
          vscode.window.setStatusBarMessage(`$(warning) ${e.message}`, 10_000);
        }
      } else if (state.state === 'failed' && state.kind !== 'cancelled') {
        vscode.window.setStatusBarMessage(`$(warning) Param Lens: ${state.reason}`, 10_000);
      }
      return state;
    },
  );
  const signIn = vscode.commands.registerCommand(HUB_SIGN_IN, async (): Promise<boolean> => {
    const token = await vscode.window.showInputBox({
      title: vscode.l10n.t('Sign in to Hugging Face'),
      prompt: vscode.l10n.t(
        "A read token from huggingface.co/settings/tokens. It is kept in VS Code's secret storage " +
          'and sent only to {0}.',
        new URL(hub.endpoint).host,
      ),
      password: true,
      ignoreFocusOut: true,
      validateInput: v => (isTokenShaped(v.trim()) ? undefined : vscode.l10n.t('A Hugging Face token starts with hf_')),
    });
    if (!token) return false;
    await hub.token.store(token.trim());
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Signed in to Hugging Face: gated and private models you ' + 'can see will be looked up with your token.',
      ),
    );
    return true;
  });
  const signOut = vscode.commands.registerCommand(HUB_SIGN_OUT, async (): Promise<void> => {
    await hub.token.clear();
    const left = await hub.token.source();
    void vscode.window.showInformationMessage(
      left === 'HF_TOKEN'
        ? vscode.l10n.t('Signed out. HF_TOKEN is still set in the environment and will be used.')
        : vscode.l10n.t('Signed out of Hugging Face.'),
    );
  });
  return vscode.Disposable.from(lookUp, signIn, signOut);
}
