// Param Lens: Set GPU — picks a GPU or Mac from the Hub's hardware list (or a size), and how
// many, and stores their memory in paramLens.gpuMemoryGB for this machine.
import * as vscode from 'vscode';
import { hardwareList, PRESET_GPU_GIB } from '../core/fit/hardware';
import { SECTION } from '../settings';
import { gpuChoiceText } from '../shared/gpuChoiceText';

export const SET_GPU = 'paramLens.setGpu';

export async function setGpu(): Promise<number[] | undefined> {
  const items = [
    ...PRESET_GPU_GIB.map(g => ({
      label: `${g} GB`,
      description: vscode.l10n.t('any card of this size'),
      memory: g,
      name: undefined,
    })),
    ...hardwareList().map(h => ({
      label: h.name,
      description: `${h.memoryGiB} GB${h.kind === 'unified' ? ` ${vscode.l10n.t('unified memory')}` : ''}`,
      memory: h.memoryGiB,
      name: h.name,
    })),
  ];
  const chosen = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Your GPU (or Mac)'),
    matchOnDescription: true,
  });
  if (!chosen) return undefined;
  const counts = ['1', '2', '4', '8'].map(n => ({ label: n, count: Number(n) }));
  const count = await vscode.window.showQuickPick(counts, { title: vscode.l10n.t('How many of them?') });
  if (!count) return undefined;
  const value = Array.from({ length: count.count }, () => chosen.memory);
  await vscode.workspace.getConfiguration(SECTION).update('gpuMemoryGB', value, vscode.ConfigurationTarget.Global);
  // Say what was stored, in the GB the picker listed it in.
  void vscode.window.showInformationMessage(
    vscode.l10n.t(
      'Param Lens: estimates now check against {0}.',
      gpuChoiceText(chosen.name, chosen.memory, count.count),
    ),
  );
  return value;
}

export function registerSetGpu(): vscode.Disposable {
  return vscode.commands.registerCommand(SET_GPU, setGpu);
}
