// The GGUF format an Ollama tag most likely downloads in, when the library listing leaves it open:
// the one of Ollama's usual formats whose whole-file bits per weight (src/core/data/quantFormats.ts,
// effectiveBpw) times the parameter count lands nearest the download size, within 8 %, and clearly
// nearer than the next one. A guess from the size, said as such by the caller.
import { parseQuant } from '../quant/parseQuant';

// What Ollama's library ships: Q4_K_M by default, Q4_0 for older models, Q8_0 and F16 for small ones.
const USUAL = ['Q4_0', 'Q4_K_M', 'Q8_0', 'F16'];

export function formatFromDownload(bytes: number, params: number): string | undefined {
  if (!(bytes > 0) || !(params > 0)) return undefined;
  const fits = USUAL.map(name => {
    const bpw = parseQuant(name)?.format.effectiveBpw ?? 0;
    return { name, error: Math.abs((params * bpw) / 8 / bytes - 1) };
  }).sort((a, b) => a.error - b.error);
  const [best, next] = fits;
  return best.error <= 0.08 && next.error - best.error >= 0.03 ? best.name : undefined;
}
