// Param Lens: Set GPU's confirmation of the choice: the GPU's name (when one was picked rather than
// a bare size), how many, and the memory of each in GB, the unit the picker listed it in. No
// vscode import: unit-tested.
import { gpuCardsText } from '../core/render/gpuCards';

export function gpuChoiceText(name: string | undefined, memoryGB: number, count: number): string {
  const cards = gpuCardsText(Array.from({ length: count }, () => memoryGB));
  if (!name) return count > 1 ? `${cards} GPUs` : `one ${cards} GPU`;
  const each = gpuCardsText([memoryGB]);
  const sized = name.includes(each) ? name : `${name} (${each}${count > 1 ? ' each' : ''})`;
  return count > 1 ? `${count} × ${sized}` : sized;
}
