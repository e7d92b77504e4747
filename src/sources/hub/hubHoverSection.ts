// The hover's part for a model id Param Lens does not know, by the consent setting: an offer to
// look it up on the Hub (onDemand), the look-up under way, the model read from the Hub, or why it
// could not be read with a retry (and a sign-in when a token would help). Synchronous: it only
// reads HubModels' memory; "always" starts a look-up whose answer shows in the next hover.
import { renderFileModel, type FileModelOptions } from '../../core/render/fileModelMarkdown';
import { escapeMarkdown } from '../../core/render/markdown';
import { formatBytes } from '../../core/units';
import type { HubModels } from './hubModels';
import type { HubRead } from './hubRead';
import type { HubLookupMode } from './hubService';
import { hubTargetLabel, type HubTarget } from './hubTarget';

export const HUB_LOOKUP = 'paramLens.lookUpOnHub';
export const HUB_SIGN_IN = 'paramLens.signInToHuggingFace';

export function hubLookupLink(target: HubTarget, retry = false): string {
  return `command:${HUB_LOOKUP}?${encodeURIComponent(JSON.stringify(retry ? [target, { retry: true }] : [target]))}`;
}

const code = (s: string) => `\`${s.replace(/[`\r\n]/g, ' ')}\``;

/** The repository's GGUF files with sizes, each a link that reads that file's header. */
function ggufFileList(read: HubRead, target: HubTarget, options: FileModelOptions): string | undefined {
  const files = read.ggufFiles?.filter(f => !/-0000[2-9]-of-|-000[1-9]\d-of-/.test(f.path)) ?? [];
  if (files.length < 2) return undefined;
  const shown = files
    .slice(0, 12)
    .map(
      f =>
        `[${escapeMarkdown(f.path)}]` +
        `(${hubLookupLink({ repo: target.repo, file: f.path })})` +
        ` ${formatBytes(f.size, options.units)}`,
    );
  const more = files.length > 12 ? ` · ${files.length - 12} more` : '';
  return `Files in the repository (click one to read its header): ${shown.join(' · ')}${more}`;
}

export function hubHoverSection(
  models: HubModels,
  target: HubTarget,
  mode: HubLookupMode,
  endpointHost: string,
  options: FileModelOptions,
): string | undefined {
  if (mode === 'off') return undefined;
  let known = models.peek(target);
  const label = hubTargetLabel(target);
  if (known.state === 'unknown' && mode === 'always') {
    void models.lookUp(target);
    known = models.peek(target);
  }
  switch (known.state) {
    case 'unknown':
      return (
        `$(cloud) ${code(label)} is not in Param Lens's catalog or on this machine. ` +
        `[Look up on the Hub](${hubLookupLink(target)}) — sends the id ${code(target.repo)} to ` +
        escapeMarkdown(endpointHost)
      );
    case 'looking':
      return (
        `$(sync~spin) _Looking up ${code(label)} on the Hub: the answer opens in the estimate panel and ` +
        'shows in the next hover._'
      );
    case 'done': {
      const list = ggufFileList(known.read, target, options);
      const markdown = renderFileModel(known.read, options);
      return list ? `${markdown}\n\n${list}` : markdown;
    }
    case 'failed': {
      const signIn =
        known.kind === 'gated' || known.kind === 'unauthorized'
          ? ` · [Sign in to Hugging Face](command:${HUB_SIGN_IN})`
          : '';
      return `$(warning) _${escapeMarkdown(known.reason)}_ — [Retry](${hubLookupLink(target, true)})${signIn}`;
    }
  }
}
