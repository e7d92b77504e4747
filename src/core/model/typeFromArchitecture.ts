// A config that names no model_type (google/umt5-* give only architectures) is read as the type
// its architecture class belongs to, as Transformers' auto classes map them
// (src/transformers/models/auto/modeling_auto.py): the class name without its task suffix.
// Only the encoder and encoder-decoder families the reader knows are listed: a decoder's class
// names its type too loosely to be read this way.
const CLASS_PREFIX_TYPES: Record<string, string> = {
  UMT5: 'umt5',
  MT5: 'mt5',
  T5: 't5',
  LongT5: 'longt5',
  Bart: 'bart',
  MBart: 'mbart',
  PLBart: 'plbart',
  Marian: 'marian',
  MarianMT: 'marian',
  Pegasus: 'pegasus',
  M2M100: 'm2m_100',
  Whisper: 'whisper',
  Bert: 'bert',
  Roberta: 'roberta',
  XLMRoberta: 'xlm-roberta',
  DistilBert: 'distilbert',
  Deberta: 'deberta',
  DebertaV2: 'deberta-v2',
  ModernBert: 'modernbert',
};

const TASKS = [
  'ForConditionalGeneration',
  'ForMaskedLM',
  'ForSequenceClassification',
  'ForTokenClassification',
  'ForQuestionAnswering',
  'ForMultipleChoice',
  'ForPreTraining',
  'EncoderModel',
  'Model',
];
const TASK_SUFFIX = new RegExp(`(?:${TASKS.join('|')})$`);

/** The model_type an architectures list implies, or undefined. */
export function typeFromArchitecture(architectures: unknown): string | undefined {
  if (!Array.isArray(architectures)) return undefined;
  for (const a of architectures) {
    if (typeof a !== 'string' || !TASK_SUFFIX.test(a)) continue;
    const type = CLASS_PREFIX_TYPES[a.replace(TASK_SUFFIX, '')];
    if (type) return type;
  }
  return undefined;
}
