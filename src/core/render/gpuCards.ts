// The user's GPUs as they picked them: the memory each card is sold with, in GB, as Param Lens:
// Set GPU lists them and as the paramLens.gpuMemoryGB setting stores them ("24 GB", "2 × 24 GB",
// "24 GB + 48 GB"). The estimator counts a "24 GB" card as 24 GiB (core/fit/hardware.ts); a card
// is named by its size, never converted, so what the user picked is what they read back.
export function gpuCardsText(gpus: readonly number[]): string {
  const cards = gpus.filter(g => Number.isFinite(g) && g > 0);
  if (!cards.length) return '';
  const size = (g: number) => `${Number(g.toFixed(2))} GB`;
  if (cards.every(g => g === cards[0]))
    return cards.length > 1 ? `${cards.length} × ${size(cards[0])}` : size(cards[0]);
  return cards.map(size).join(' + ');
}

/** "your GPU (24 GB)", "your 2 GPUs (2 × 24 GB)": the fit line's target. */
export function yourGpusLabel(gpus: readonly number[]): string {
  const cards = gpus.filter(g => Number.isFinite(g) && g > 0);
  return `${cards.length > 1 ? `your ${cards.length} GPUs` : 'your GPU'} (${gpuCardsText(cards)})`;
}
