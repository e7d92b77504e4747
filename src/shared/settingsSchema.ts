// Every paramLens.* setting, declared once. From this table scripts/gen-settings.js writes
// package.json's contributes.configuration, the setting strings of package.nls.json and the
// README's settings table (a unit test fails when any of them is stale), and parseSettings reads
// and checks the values. Adding a setting: one entry here, then `npm run gen:settings`.
// Choices, limits and defaults come from the core's options.ts. No vscode import.
import {
  DEFAULTS,
  ENGINE_SETTINGS,
  engineSettingDescription,
  KV_CACHE_FORMATS,
  LIMITS,
  MEMORY_UNITS,
} from '../core/options';

interface Common {
  /** The name after "paramLens.". */
  key: string;
  /** The field of ParamLensSettings that holds the checked value. */
  field: string;
  /** Markdown shown in the Settings editor (package.nls.json). */
  description: string;
  /** Markdown for the README's settings table, one line. */
  readme: string;
}
interface BooleanSetting extends Common {
  type: 'boolean';
  default: boolean;
}
interface ChoiceSetting extends Common {
  type: 'string';
  enum: readonly string[];
  /** One line per choice for the Settings editor's drop-down. */
  enumDescriptions?: readonly string[];
  default: string;
}
interface NumberSetting extends Common {
  type: 'integer' | 'number';
  minimum: number;
  maximum: number;
  default: number;
}
interface ListSetting extends Common {
  type: 'array';
  items: { type: 'string' } | { type: 'number'; minimum: number; maximum: number };
  maxItems?: number;
  default: readonly never[];
}
export type SettingDeclaration = BooleanSetting | ChoiceSetting | NumberSetting | ListSetting;

export const SETTINGS_SECTION = 'paramLens';

/** How fit diagnostics are reported (VS Code's diagnostic severities), or not at all. */
export const FIT_SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;

export const SETTINGS = [
  {
    key: 'hover.enabled',
    field: 'hoverEnabled',
    type: 'boolean',
    default: true,
    description:
      'Show a Param Lens hover over model size labels such as `70B`, `Q4_K_M` or ' +
      "`meta-llama/Llama-3.1-8B`. `Param Lens: Toggle Hovers` flips this setting. VS Code's own " +
      '`#editor.hover.enabled#` must be on as well.',
    readme: 'Show the hover. **Param Lens: Toggle Hovers** flips it.',
  },
  {
    key: 'hover.excludedLanguages',
    field: 'excludedLanguages',
    type: 'array',
    items: { type: 'string' },
    default: [],
    description: 'Language ids (for example `css`, `plaintext`) in which Param Lens shows no hover.',
    readme: 'Language ids with no Param Lens hover, e.g. `["css"]`.',
  },
  {
    key: 'units',
    field: 'units',
    type: 'string',
    enum: MEMORY_UNITS,
    default: DEFAULTS.units,
    enumDescriptions: [
      'Binary units: 1 GiB = 2^30 bytes (what llama.cpp and nvidia-smi report).',
      'Decimal units: 1 GB = 10^9 bytes (what Ollama and most download pages show).',
    ],
    description: 'Units for memory figures. Figures are always labelled GiB or GB.',
    readme:
      '`GiB` (2^30 bytes, as llama.cpp and nvidia-smi count) or `GB` (10^9 bytes, as download pages and ' +
      'Ollama count).',
  },
  {
    key: 'contextLength',
    field: 'contextTokens',
    type: 'integer',
    default: DEFAULTS.contextTokens,
    minimum: LIMITS.minContext,
    maximum: LIMITS.maxContext,
    description:
      'Context length (tokens) for the memory the hover shows to run a model: the KV cache grows ' + 'with it.',
    readme: 'Context (tokens) for the hover\'s "to run it" line and the estimate\'s default.',
  },
  {
    key: 'engine',
    field: 'engine',
    type: 'string',
    enum: ENGINE_SETTINGS,
    default: 'auto',
    enumDescriptions: ENGINE_SETTINGS.map(engineSettingDescription),
    description:
      'Inference engine whose memory policy the hover assumes when the file does not name one; `auto`: ' +
      "the one that runs the label's format.",
    readme: 'Whose memory policy to assume: ' + ENGINE_SETTINGS.map(e => `\`${e}\``).join(', ') + '.',
  },
  {
    key: 'gpuMemoryGB',
    field: 'gpusGiB',
    type: 'array',
    default: [],
    maxItems: LIMITS.maxGpus,
    items: { type: 'number', minimum: LIMITS.minGpuGB, maximum: LIMITS.maxGpuGB },
    description:
      'Memory of each of your GPUs in GB as sold (a 24 GB card holds 24 GiB), e.g. `[24]` or ' +
      '`[24, 24]`; for a Mac, its unified memory. The hover and **Estimate Model Memory** check fits against ' +
      'these. **Param Lens: Set GPU** picks from a list.',
    readme: "Your GPUs' memory, one number per GPU (`[24]`, `[24, 24]`); a Mac's unified memory.",
  },
  {
    key: 'kvCacheQuant',
    field: 'kvCacheQuant',
    type: 'string',
    enum: KV_CACHE_FORMATS,
    default: DEFAULTS.kvCacheQuant,
    description:
      'KV cache format assumed in estimates: `F16` (the default in every engine), `BF16`, ' +
      "llama.cpp's `Q8_0`/`Q4_0` (`-ctk/-ctv`), or vLLM's `FP8`.",
    readme:
      'KV cache format: ' +
      KV_CACHE_FORMATS.map(k => `\`${k}\``).join(', ') +
      ' (`Q8_0`, `Q4_0`: ' +
      'llama.cpp; `FP8`: vLLM).',
  },
  {
    key: 'hub.lookup',
    field: 'hubLookup',
    type: 'string',
    enum: ['off', 'onDemand', 'always'],
    default: 'onDemand',
    enumDescriptions: [
      'Never ask the Hugging Face Hub: nothing leaves this machine.',
      'A hover over a model id Param Lens does not know offers "Look up on the Hub"; nothing is sent until you ' +
        'click it.',
      'Look up every unknown model id you hover on the Hub at once.',
    ],
    description:
      'Whether Param Lens may ask the Hugging Face Hub (or the mirror in `HF_ENDPOINT`) about a model id ' +
      'it does not know. What is sent: the model id (and, for a GGUF repository, byte ranges of the file named), ' +
      'plus your token when you signed in with **Param Lens: Sign in to Hugging Face** or set `HF_TOKEN`. ' +
      "Answers are cached in the extension's storage for 7 days.",
    readme: '`off`, `onDemand` (a hover offers **Look up on the Hub**; nothing is sent until clicked) or `always`.',
  },
  {
    key: 'fitDiagnostics.severity',
    field: 'fitSeverity',
    type: 'string',
    enum: FIT_SEVERITIES,
    default: 'information',
    enumDescriptions: [
      'An error in the Problems panel.',
      'A warning.',
      'Information (the default).',
      'A hint: dots under the setting only.',
      'No fit diagnostics.',
    ],
    description:
      'How a run configuration that does not fit your GPUs (`#paramLens.gpuMemoryGB#`, else a GPU the ' +
      'file names) is reported, on the context setting or the model name, with quick fixes. Raised only when the ' +
      'model, its format, the engine and the context are all read from the file; `off` reports nothing.',
    readme:
      "How a run file's configuration that does not fit your GPUs is reported (`error`, `warning`, " +
      '`information`, `hint`, `off`); with quick fixes.',
  },
  {
    key: 'inlayHints.enabled',
    field: 'inlayHints',
    type: 'boolean',
    default: false,
    description:
      'Show the memory each model mention needs as its file configures it, inline after the model ' +
      'name (for example `≈ 42.6 GiB`).',
    readme: 'Show "≈ 42.6 GiB" after each model name, as its file configures the run. Off by default.',
  },
] as const satisfies readonly SettingDeclaration[];

type Declared = (typeof SETTINGS)[number];
type ValueOf<D> = D extends { enum: readonly (infer E)[] }
  ? E
  : D extends { type: 'boolean' }
    ? boolean
    : D extends { type: 'integer' | 'number' }
      ? number
      : D extends { items: { type: 'string' } }
        ? string[]
        : D extends { items: { type: 'number' } }
          ? number[]
          : never;

/** The checked value of every setting, by field name. */
export type SettingValues = { [D in Declared as D['field']]: ValueOf<D> };
export type SettingKey = Declared['key'];
