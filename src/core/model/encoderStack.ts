// What a family reader of an encoder (ALBERT, DeBERTa, Nomic BERT) gives back: its parameter count
// and the shape readEncoder.ts turns into an architecture.
export interface EncoderStack {
  params: number;
  hidden: number;
  layers: number;
  heads: number;
  inner: number;
  vocab: number;
  context: number;
}
