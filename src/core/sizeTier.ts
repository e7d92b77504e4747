// The rule-of-thumb tiers of model size: where a model of a given size usually runs (the glossary
// entries parameter-count and slm explain them).

export interface SizeTier {
  id: 'device' | 'laptop' | 'gpu' | 'datacentre';
  name: string;
  where: string;
}

export const SIZE_TIERS: readonly (SizeTier & { below: number })[] = [
  { id: 'device', name: 'on-device', where: 'phones and small devices; quick, focused tasks', below: 5e9 },
  { id: 'laptop', name: 'laptop', where: 'a well-equipped laptop; an everyday assistant', below: 20e9 },
  { id: 'gpu', name: 'single GPU', where: 'a capable GPU or a cloud machine; harder reasoning', below: 100e9 },
  { id: 'datacentre', name: 'data centre', where: 'several data-centre GPUs; frontier-scale models', below: Infinity },
];

/** The tier of a model with this many total parameters. */
export function sizeTier(params: number): SizeTier {
  const tier = SIZE_TIERS.find(t => params < t.below) ?? SIZE_TIERS[SIZE_TIERS.length - 1];
  return { id: tier.id, name: tier.name, where: tier.where };
}
