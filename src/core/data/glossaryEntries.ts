import type { GlossaryEntry } from '../types';

// The glossary shown in hovers and in the Param Lens side panel, in display order:
// foundations first, then number formats and quantization, fine-tuning, mixture of
// experts, KV cache and context, cost, and the wider vocabulary.
// All text is the project's own writing. Figures come from the sources named in
// shared ESTIMATION.md and in the "Source:" lines of some entries.
// Conventions: `summary` is one plain sentence (the hover shows it); `body` is Markdown
// that links other entries as (#id); a line `{{weights-table:7e9,70e9}}` is replaced at
// run time by a weights-memory table computed by the estimator for those parameter counts.
export const GLOSSARY_ENTRIES: readonly GlossaryEntry[] = [
  {
    id: 'parameters',
    term: 'Parameters',
    aliases: ['params', 'model parameters'],
    summary:
      'Parameters are the values a neural network adjusts while it is being trained, and taken together they are the model itself.',
    body: `A language model is, at bottom, a very long list of numbers. Each one is a **parameter**, and the list as a whole is the thing you download, keep on disk and load into memory to run the model. In everyday talk the list is called "the weights" (see [weights](#weights)).

Picture a mixing desk with billions of sliders. Nobody positions them by hand; [training](#training) does. At the start every slider is set at random. Training shows the model some text, lets it guess what comes next, scores how wrong the guess was, then shifts every slider a tiny amount in whichever direction would have made that guess better. After billions of rounds the sliders settle into a useful arrangement.

When training ends, the sliders are locked. Running the model ([inference](#inference)) reads them but never moves them, which is why one file behaves the same on every machine.

The training text is not kept inside the parameters word for word. What remains is a compressed, statistical impression of it: grammar, facts that came up often, habits of reasoning.

How many sliders there are is the [parameter count](#parameter-count), the "70B" in a model's name.`,
    related: ['weights', 'training', 'parameter-count', 'inference', 'hyperparameters'],
  },
  {
    id: 'weights',
    term: 'Weights',
    aliases: ['weight matrices', 'model weights', 'checkpoint'],
    summary:
      "Weights are the large numeric matrices that hold most of a model's parameters, and the word is commonly used for all of them.",
    body: `Strictly speaking, a **weight** is a parameter that multiplies something. Inside a transformer nearly every parameter lives in a weight matrix: a vector of activations goes in, is multiplied by the matrix, and a new vector comes out. One matrix in an 8B model can measure 4,096 × 14,336, close to 59 million numbers by itself.

Since weights make up the overwhelming majority of [parameters](#parameters), the two words get used interchangeably. "Download the weights", "open weights" and "weights file" all refer to the complete set of learned numbers, [biases](#biases) and [embeddings](#embedding) included.

A weights file's size comes down to two things: how many weights there are and how many bits each is stored in (see [precision](#precision)). Common containers are safetensors (Hugging Face), [GGUF](#gguf) (llama.cpp, Ollama) and [EXL2](#exl2) folders. Each holds the numbers plus a small header naming every tensor and its shape; the code that actually runs the model is shipped separately.`,
    related: ['parameters', 'biases', 'precision', 'open-weight', 'gguf'],
  },
  {
    id: 'biases',
    term: 'Biases',
    aliases: ['bias terms', 'bias'],
    summary:
      "Biases are small learned offsets added after a matrix multiplication, and they make up a tiny share of a modern model's parameters.",
    body: `A layer typically computes \`output = input × W + b\`. The matrix \`W\` holds the [weights](#weights); the vector \`b\` holds the **biases**, one extra number per output value. If a weight is the gain knob on a microphone channel, the bias is a fixed trim applied afterwards: it shifts the result up or down regardless of the input.

Biases are cheap. A 4,096 × 4,096 matrix contains nearly 16.8 million weights but only 4,096 biases, so even a model that has them everywhere gains well under 0.1 % from them. Many recent designs, Llama among them, drop them from almost every layer; Qwen2, by contrast, keeps them only on the query, key and value projections of [attention](#attention).

Quantized files normally leave biases (and the similar one-dimensional normalisation scales) at 16- or 32-bit precision, because squeezing so few numbers would save next to nothing. GGUF, for example, stores every one-dimensional tensor as F32.`,
    related: ['weights', 'parameters', 'attention', 'feed-forward'],
  },
  {
    id: 'embedding',
    term: 'Embedding',
    aliases: [
      'embeddings',
      'token embedding',
      'embedding table',
      'embed_tokens',
      'token_embd',
      'lm_head',
    ],
    summary:
      "The embedding table converts each token id into a vector of numbers, and its entries count toward a model's parameters.",
    body: `A model cannot do arithmetic on the word "cat"; it works on vectors. The **embedding table** is a lookup: if the tokenizer gives a word the id 9,603, then row 9,603 holds the list of numbers that stands for that [token](#tokens). The rows are learned in training, so tokens with related meanings drift close together, a bit like a map on which similar towns end up in the same region.

There is one row per vocabulary entry and one column per unit of model width, and every cell is a parameter. Worked example, Llama 3.1 8B: 128,256 tokens × 4,096 width ≈ 525 million parameters. The model also has an output matrix (\`lm_head\`) of the same shape that turns the final vector back into a score for each vocabulary entry, so roughly 1.05B of its 8B parameters are vocabulary tables. Some models tie the two together and share one table, which saves the second copy.

For small models with big vocabularies that share is large, and it shows in file sizes: quantizers often keep the embedding and output matrices at higher precision than everything else, so a small "4-bit" model weighs noticeably more than half a byte per parameter (see [bits per weight](#bits-per-weight)).`,
    related: ['tokens', 'parameters', 'parameter-count', 'bits-per-weight'],
  },
  {
    id: 'attention',
    term: 'Attention',
    aliases: ['self-attention', 'attention layer', 'q_proj', 'k_proj', 'v_proj', 'o_proj'],
    summary:
      'Attention is the part of each transformer block that lets a token pull in information from earlier tokens, using learned query, key, value and output matrices.',
    body: `Every transformer block opens with **attention**. For each token, the block multiplies its vector by three learned matrices to get a *query* (what am I looking for?), a *key* (what can I offer?) and a *value* (what do I hand over if picked). Each query is scored against the keys of all earlier tokens, and the best matches decide how much of each value gets blended in. A fourth matrix, the *output projection*, folds the blend back to the model's width. Imagine a crowded room where everyone asks a question and listens hardest to the people whose name badges fit it best.

Those four matrices are the attention parameters. In Llama 3.1 8B (width 4,096, 32 query heads, 8 key/value heads of size 128) they add up to about 42 million per block, roughly 1.34B across 32 blocks: about a sixth of the model.

Attention also brings a memory cost beyond the weights. Keys and values for past tokens are stored so they need not be computed again; that store is the [KV cache](#kv-cache). Letting several query heads share one key/value head ([grouped-query attention](#grouped-query-attention)) keeps it small.`,
    related: ['feed-forward', 'kv-cache', 'grouped-query-attention', 'context-length'],
  },
  {
    id: 'feed-forward',
    term: 'Feed-forward network',
    aliases: [
      'FFN',
      'MLP',
      'feed-forward layer',
      'gate_proj',
      'up_proj',
      'down_proj',
      'ffn_down',
    ],
    summary:
      "The feed-forward network is the wide set of dense layers inside every transformer block, and it usually holds most of a model's parameters.",
    body: `Once [attention](#attention) has moved information between tokens, each token passes on its own through the block's **feed-forward network** (FFN, often called the MLP). It stretches the vector to several times the model's width, applies a non-linear function, and shrinks it back. If attention is the meeting where everyone compares notes, the FFN is each participant returning to their own desk to think it through; researchers believe a large part of a model's stored knowledge sits here.

Current models use a gated variant (SwiGLU) built from three matrices: gate, up and down. Worked example, Llama 3.1 8B: a width of 4,096 and an inner size of 14,336 give 3 × 4,096 × 14,336 ≈ 176 million parameters per block, about 5.6B over 32 blocks. That is around 70 % of the whole model; attention and the [embedding](#embedding) tables account for the remainder.

Because the FFN is the biggest piece, it is the part a [mixture of experts](#mixture-of-experts) multiplies: each block gets many FFNs instead of one, and a router chooses a few of them for each token.`,
    related: ['attention', 'parameters', 'mixture-of-experts', 'weights'],
  },
  {
    id: 'hyperparameters',
    term: 'Hyperparameters',
    aliases: ['hyperparameter', 'hparams'],
    summary:
      'Hyperparameters are settings people choose before training, such as learning rate, batch size, depth and width, rather than values the model learns.',
    body: `If [parameters](#parameters) are the sliders training moves, **hyperparameters** are choices about the desk itself and about how the sliders get pushed. The team building the model picks them, usually after small trial runs, and they stay fixed for the length of a training run.

They come in two groups:

- **Architecture**: number of layers, model width (\`hidden_size\`), number of attention heads and key/value heads, inner size of the [feed-forward](#feed-forward) layers, vocabulary size, maximum [context length](#context-length). Together these decide how many parameters exist. You can read them in a Hugging Face \`config.json\` or a GGUF header.
- **Training**: the [learning rate](#gradient-descent) and its schedule, batch size, number of tokens to train on, weight decay, choice of optimizer.

A quick test: a value that came out of training is a parameter; a value somebody had to type in beforehand is a hyperparameter. Knobs you adjust while chatting, like temperature or top-p, are sometimes called "sampling parameters", but they are neither: they only steer how text is drawn from the model's output and leave the model itself unchanged.`,
    related: ['parameters', 'training', 'gradient-descent', 'parameter-count'],
  },
  {
    id: 'parameter-count',
    term: 'Parameter count',
    aliases: ['model size', 'size label', 'billion parameters', '7B', '70B'],
    summary:
      'The parameter count, written like 7B or 70B, says how many learned numbers a model has and roughly indicates its capacity and running cost.',
    body: `Labels such as **8B**, **70B** or **405B** count [parameters](#parameters): M stands for million, B for billion, T for trillion. The figure is rounded; Llama 3.1 8B really has about 8.03 billion.

Read it as a guide to *capacity* and *cost*, not as a quality score. How clean the training data was, the design of the network and the post-training steps ([fine-tuning](#fine-tuning), alignment) count just as much: a carefully trained 8B model can outdo a sloppily trained 70B, and a 7B tuned for one narrow job can beat a general 70B at that job. What size reliably brings is expense: more memory, slower replies and, past some point, no way to run on consumer hardware.

| Parameters | Usual home | Suited to |
|---|---|---|
| 1B–3B | phones and small devices | quick, focused tasks |
| 7B–13B | a good laptop | a reliable day-to-day assistant |
| 30B–70B | a capable GPU or cloud server | tougher reasoning |
| 100B+ | a data centre | frontier models |

Weights alone, by number format:

{{weights-table:3e9,8e9,70e9,405e9}}

Landmarks: GPT-3 has 175B (published); Llama 3 ships in 8B and 70B, and the 3.1 release added 405B; Stable Diffusion's image generators sit around one to a few billion. GPT-4's size was never disclosed, so claims of over a trillion are outside estimates. For MoE models see [active parameters](#active-parameters).`,
    related: ['parameters', 'precision', 'active-parameters', 'slm', 'inference-cost'],
  },
  {
    id: 'training',
    term: 'Training',
    aliases: ['pretraining', 'pre-training', 'post-training'],
    summary:
      "Training is the long, costly process that sets a model's parameters by predicting text over and over, scoring the mistakes and adjusting.",
    body: `**Training** turns random numbers into a working model. For a language model the core exercise is simple: given some text, predict the next [token](#tokens). Each step pushes a batch of text through the model, compares its predictions with what really came next, works out how much each parameter contributed to the error, and adjusts all of them slightly ([gradient descent](#gradient-descent)). Billions of steps later the [parameters](#parameters) capture a great deal about language and the world.

It normally runs in stages:

- **Pretraining** on an enormous, broad body of [text](#training-data); by far the most expensive part.
- **Post-training**: [fine-tuning](#fine-tuning) on curated instructions and dialogues, then alignment to human or AI preferences, which turns a raw text predictor into a helpful assistant.

A handy estimate from the scaling literature: training takes about 6 × parameters × training tokens floating-point operations. An 8B model trained on 15 trillion tokens needs about 7 × 10²³ of them, which is why pretraining occupies thousands of GPUs for weeks and why most people only ever fine-tune.

Training also needs far more memory than running a model, because gradients and optimizer state sit next to the weights.`,
    related: [
      'gradient-descent',
      'training-data',
      'parameters',
      'fine-tuning',
      'hyperparameters',
    ],
  },
  {
    id: 'gradient-descent',
    term: 'Gradient descent',
    aliases: ['backpropagation', 'backprop', 'optimizer', 'Adam', 'AdamW', 'learning rate'],
    summary:
      'Gradient descent is how training improves a model: measure the error, work out which way each parameter should move, and take a small step.',
    body: `Imagine standing on a hillside in thick fog, trying to reach the valley. You cannot see the bottom, but you can feel which way the ground tilts under your boots, so you take a short step downhill and feel again. **Gradient descent** does exactly that in a landscape with billions of dimensions, one for each [parameter](#parameters).

The altitude is the *loss*, a single number saying how badly the model predicted its current batch. **Backpropagation** calculates the gradient, the slope of the loss with respect to every parameter at once. The optimizer then moves each parameter a little against its slope. The size of that move is governed by the **learning rate**, a [hyperparameter](#hyperparameters): set it too high and training overshoots and blows up, too low and progress crawls.

Most LLMs are trained with **AdamW**, which tracks two running averages for each parameter (of the gradient and of its square) to tune every step individually. That bookkeeping is why training is so memory-hungry: in mixed precision the weights, gradients, an FP32 master copy and the two averages add up to about 16 bytes per parameter (see [fine-tuning](#fine-tuning)).`,
    related: ['training', 'parameters', 'hyperparameters', 'fine-tuning'],
  },
  {
    id: 'training-data',
    term: 'Training data',
    aliases: ['corpus', 'dataset', 'pretraining data'],
    summary:
      'Training data is the text, and sometimes code or images, that a model learns from, counted in tokens and often running to trillions of them.',
    body: `A model's [parameters](#parameters) are shaped entirely by what it saw during [training](#training). For pretraining that means web pages, books, code, papers and more, filtered and deduplicated; Meta reports training Llama 3 on over 15 trillion [tokens](#tokens).

The data does not live inside the model. An 8B model at 16-bit is about 16 GB, while its training text amounts to tens of terabytes, so the weights can only carry a compressed, statistical digest: which words tend to follow which, facts that recur, common shapes of argument. Think of someone who has read an entire library and can talk about it fluently, yet could not recite most of its pages. Passages repeated many times can still be memorised closely, one reason careful curation matters.

Quantity and quality both count. The Chinchilla study found about 20 training tokens per parameter to be compute-efficient; recent small models are trained well beyond that on purpose, because extra data is cheaper than extra parameters once a model serves millions of requests. That is part of why a well-trained 8B model can beat an older, larger one.

Source: Hoffmann et al., arXiv:2203.15556 (Chinchilla).`,
    related: ['training', 'parameters', 'tokens', 'emergent-abilities'],
  },
  {
    id: 'inference',
    term: 'Inference',
    aliases: ['running a model', 'generation', 'prefill', 'decode'],
    summary:
      'Inference means using a trained model to produce output, reading its parameters without ever changing them.',
    body: `**Inference** is what happens each time you send a prompt. The model's [parameters](#parameters) sit in memory, fixed; your text flows through them and a prediction comes out. Nothing is learned along the way, so a single copy of the weights can serve any number of users.

A request has two phases:

1. **Prefill**: the whole prompt is processed in parallel. Its speed is mostly limited by raw compute.
2. **Decode**: the answer is produced one [token](#tokens) at a time, and each new token needs a complete pass through the weights. This phase is usually limited by memory bandwidth, since every weight must be fetched for every step.

Memory at inference time has three parts: the weights (parameters × bytes per weight, see [precision](#precision)); the [KV cache](#kv-cache), which grows with context and with the number of requests in flight; and [runtime overhead](#runtime-overhead) for buffers and the GPU driver. A calculator that reports only the weights will therefore undersell what you need, by several gigabytes at long context.

Inference needs much less memory than [training](#training): there are no gradients and no optimizer state to keep.`,
    related: ['parameters', 'tokens', 'kv-cache', 'runtime-overhead', 'inference-cost'],
  },
  {
    id: 'tokens',
    term: 'Tokens',
    aliases: ['token', 'tokenizer', 'vocabulary', 'vocab'],
    summary:
      'Tokens are the chunks of text, often pieces of words, that a model reads and writes, and they are a different thing from parameters.',
    body: `Models see neither letters nor whole words. A tokenizer chops text into **tokens**, pieces drawn from a fixed vocabulary (128,256 entries for Llama 3), and each piece becomes an id that is looked up in the [embedding](#embedding) table. In English a token averages about three-quarters of a word, so 1,000 words come to roughly 1,300 tokens; source code and many other languages need more.

Tokens and [parameters](#parameters) are easy to confuse, but they measure different things. Parameters are the fixed machinery; tokens are the material fed through it. Compare a factory: parameters are the size of the plant, tokens are the number of parts it handles. A bigger plant costs more per part, and more parts cost more overall.

In numbers:

- A dense model spends roughly 2 × parameters floating-point operations per token, so an 8B model does about 16 billion per token.
- The [KV cache](#kv-cache) grows with every token held in the [context](#context-length).
- API prices and [inference cost](#inference-cost) are quoted per million tokens.
- Training runs are measured in tokens seen, often trillions ([training data](#training-data)).`,
    related: ['embedding', 'context-length', 'kv-cache', 'inference-cost', 'training-data'],
  },
  {
    id: 'precision',
    term: 'Precision',
    aliases: ['number format', 'dtype', 'data type', 'torch_dtype'],
    summary:
      'Precision is the number format each parameter is stored in, and it fixes how many bytes the weights take: 4, 2, 1 or about half a byte apiece.',
    body: `Every [parameter](#parameters) is saved as a number in some format, and the format decides its size. The arithmetic is short: **weight memory ≈ parameter count × bytes per parameter**.

| Format | Bytes per parameter |
|---|---|
| [FP32](#fp32) | 4 |
| [FP16](#fp16) / [BF16](#bf16) | 2 |
| [FP8](#fp8) / [INT8](#int8) | 1, plus small scales |
| [INT4](#int4) and other 4-bit formats | about 0.5, plus block scales |

So a 70B model needs about 280 GB at FP32, 140 GB at FP16, 70 GB at 8 bits and somewhere around 35–40 GB at 4 bits. Think of saving photos as RAW, as high-quality JPEG or as thumbnails: each step down saves space and gives up some detail.

{{weights-table:7e9,70e9}}

Going below 16 bits is the job of [quantization](#quantization). Real low-bit formats carry per-block scales, so check the exact [bits per weight](#bits-per-weight). And weights are only part of the bill when running: the [KV cache](#kv-cache) and runtime buffers come on top.`,
    related: ['fp32', 'fp16', 'bf16', 'quantization', 'bits-per-weight'],
  },
  {
    id: 'bits-per-weight',
    term: 'Bits per weight',
    aliases: ['bpw', 'bits/weight', 'effective bpw'],
    summary:
      'Bits per weight is the average storage cost of one parameter in a format, scale factors included, and it turns a parameter count into a file size.',
    body: `Quantized formats seldom cost a round number of bits. They store weights in small blocks, and each block carries its own scale (sometimes a minimum too), which adds overhead. **Bits per weight** (bpw) folds that in: bpw = 8 × bytes per block ÷ weights per block.

Examples: [Q8_0](#q8-0) packs 32 weights into 34 bytes, hence 8.5 bpw; [Q4_K](#k-quants) packs 256 weights into 144 bytes, 4.5 bpw; [MXFP4](#mxfp4) comes to 4.25; [GPTQ](#gptq) and [AWQ](#awq) at group size 128 work out near 4.16.

From bpw to size: bytes ≈ parameters × bpw ÷ 8. An 8B model at 4.5 bpw is about 4.5 GB.

Two cautions. First, a file is rarely one type from end to end: norms stay at 32 bits, embeddings and the output layer often get extra bits, and named mixes such as [Q4_K_M](#q4-k-m) upgrade certain tensors. The average over the whole file is therefore higher than the base type's figure, most of all for small models with large vocabularies. Second, the GB here means 10⁹ bytes; see [GB vs GiB](#gb-vs-gib).`,
    related: ['precision', 'quantization', 'k-quants', 'exl2', 'gb-vs-gib'],
  },
  {
    id: 'gb-vs-gib',
    term: 'GB vs GiB',
    aliases: ['GiB', 'GB', 'gibibyte', 'gigabyte', 'MiB'],
    summary:
      'A GB is 1,000,000,000 bytes while a GiB is 1,073,741,824 bytes, a gap of about 7 % that often explains why a model does not quite fit.',
    body: `Two units share almost the same name. A **gigabyte (GB)** is 10⁹ bytes, the decimal unit used by disk makers and by Hugging Face file listings. A **gibibyte (GiB)** is 2³⁰ bytes, about 7.4 % more, and is what operating systems, \`nvidia-smi\` (which reports MiB) and most memory allocators actually count, even when they print "GB".

Why it matters: a 70B model at [FP16](#fp16) is 140 GB, which is only about 130 GiB. GPU memory comes in binary sizes, so a card sold as "24 GB" normally holds 24 GiB, roughly 25.8 GB. Mixing the units can make a model look as if it fits when it does not, or the other way round, by several gigabytes on big models.

Param Lens labels every figure: GB means 10⁹ bytes and GiB means 2³⁰. When you compare a download size with your GPU's capacity, put both in the same unit first. The [bits per weight](#bits-per-weight) arithmetic produces decimal bytes, while the [KV cache](#kv-cache) examples in this glossary come out naturally in KiB and GiB.`,
    related: ['bits-per-weight', 'precision', 'parameter-count', 'runtime-overhead'],
  },
  {
    id: 'fp32',
    term: 'FP32',
    aliases: ['F32', 'float32', 'single precision', 'full precision'],
    summary:
      'FP32 is the 32-bit floating-point format, 4 bytes per parameter, used for training bookkeeping but rarely for running large models.',
    body: `**FP32** (single precision, \`float32\`, GGUF \`F32\`) spends 32 bits on each number: 1 sign bit, 8 exponent bits and 23 mantissa bits. That covers an enormous range with about seven significant decimal digits.

At 4 bytes per [parameter](#parameters) it is the priciest common format: a 7B model comes to 28 GB and a 70B model to 280 GB. Running an LLM does not need anywhere near that much precision, so checkpoints are almost always published in [BF16](#bf16) or [FP16](#fp16); a file that is in FP32 can usually be converted to BF16 with no meaningful loss, halving it.

Where FP32 still earns its keep:

- **Training**: mixed-precision training keeps an FP32 master copy of the weights plus FP32 optimizer state, because very small updates would be rounded away in 16 bits (see [gradient descent](#gradient-descent)).
- **Tiny tensors**: normalisation scales and [biases](#biases) often stay FP32 inside otherwise quantized files, at negligible cost.
- **Accumulation**: GPUs usually add up the products inside a matrix multiply in FP32 even when the inputs are 16-bit, to avoid drift.`,
    related: ['precision', 'fp16', 'bf16', 'gradient-descent'],
  },
  {
    id: 'fp16',
    term: 'FP16',
    aliases: ['F16', 'float16', 'half precision', 'half'],
    summary:
      'FP16 is the 16-bit half-precision floating-point format, 2 bytes per parameter, and a common baseline for unquantized model weights.',
    body: `**FP16** (half precision, \`float16\`, GGUF \`F16\`) uses 16 bits: 1 sign, 5 exponent and 10 mantissa bits. That gives around three significant decimal digits and a largest value of 65,504.

At 2 bytes per [parameter](#parameters), FP16 is the usual reference point for "unquantized": a 7B model is about 14 GB, a 70B model about 140 GB. Quality comparisons for [quantization](#quantization) are often made against FP16 output.

Its weak spot is range. With only five exponent bits, very large activations overflow to infinity and very small gradients underflow to zero, which made FP16 training fiddly and called for tricks such as loss scaling. That is why [BF16](#bf16) took over for training and for most new checkpoints. Casting BF16 weights to FP16 for inference is usually harmless, though it can occasionally clip an outlier.

For memory planning treat FP16 and BF16 as identical: llama.cpp conversions often start from either, and both cost exactly 16 bits per weight.`,
    related: ['precision', 'bf16', 'fp32', 'quantization'],
  },
  {
    id: 'bf16',
    term: 'BF16',
    aliases: ['bfloat16', 'brain float', 'brain floating point'],
    summary:
      "BF16 (bfloat16) is a 16-bit format with FP32's range but less precision, 2 bytes per parameter, and the default for training and releasing LLMs.",
    body: `**BF16** ("brain floating point", from Google Brain) divides its 16 bits differently from [FP16](#fp16): 1 sign, **8** exponent and just **7** mantissa bits. It is essentially [FP32](#fp32) with the lower 16 bits cut off. The range equals FP32's, so overflow is rarely a worry, while precision falls to two or three significant digits.

For neural networks that is a good bargain: training cares more about not losing very large or very small values than about the fourth decimal place. Most LLMs today are trained in mixed precision with BF16 and released in it; a Hugging Face \`config.json\` typically says \`"torch_dtype": "bfloat16"\`.

Memory is the same as FP16, 2 bytes per [parameter](#parameters), so an 8B model needs about 16 GB. Hardware support arrived with NVIDIA's Ampere generation (A100, RTX 30-series) and continues in newer GPUs, recent CPUs and recent Apple chips. Older GPUs such as the T4 or V100 lack fast BF16, and FP16 is the usual fallback there.`,
    related: ['fp16', 'fp32', 'precision', 'training'],
  },
  {
    id: 'fp8',
    term: 'FP8',
    aliases: ['float8', 'E4M3', 'E5M2', 'fp8_e4m3', 'W8A8-FP8'],
    summary:
      'FP8 is an 8-bit floating-point format, 1 byte per parameter plus scale factors, supported natively by recent data-centre GPUs.',
    body: `**FP8** fits a floating-point number into a single byte. It comes in two flavours: **E4M3** (4 exponent bits, 3 mantissa bits, largest value 448) leans towards precision and is the usual pick for weights and activations; **E5M2** (5 and 2, largest value 57,344) leans towards range and sometimes carries gradients.

Eight bits cover very little range, so FP8 weights travel with scale factors. A checkpoint may use one scale per tensor (negligible overhead) or one per block: DeepSeek-V3 and Qwen3 "-FP8" releases use 128 × 128 blocks, about one FP32 number for every 16,384 weights. Either way, plan on roughly **1 byte per parameter**: a 70B model in FP8 is about 70 GB, half its BF16 size.

Unlike integer formats, FP8 can be fed straight into the tensor cores of NVIDIA Hopper (H100), Ada (RTX 40-series) and later GPUs, so it speeds up the arithmetic as well as saving memory. Engines such as vLLM can also hold the [KV cache](#kv-cache) in FP8, halving it. Compare [INT8](#int8), which spends the same byte on evenly spaced integer steps.`,
    related: ['precision', 'int8', 'quantization', 'kv-cache'],
  },
  {
    id: 'int8',
    term: 'INT8',
    aliases: ['8bit', '8-bit', 'W8A16', 'W8A8', 'LLM.int8', 'load_in_8bit', 'GPTQ-Int8'],
    summary:
      'INT8 stores each weight as an 8-bit integer with a shared scale, about one byte per parameter and usually very close to 16-bit quality.',
    body: `An **INT8** weight is a whole number between −128 and 127. To get the real value back, it is multiplied by a scale shared across a row, a group or a block of weights. Picture a ruler with 256 evenly spaced marks whose overall length is chosen separately for each part of the model.

Going from 16 bits to 8 is the gentlest [quantization](#quantization) step; the quality loss is usually hard to detect. Memory is about **1 byte per parameter** plus scales, roughly 8.1–8.5 bits per weight in practice, so a 70B model needs around 70–75 GB.

Labels you will run into:

- \`load_in_8bit\` / **LLM.int8()** (bitsandbytes): 8-bit weights with a scale per row, while the rare outlier features are computed in 16-bit at run time, which can make it slower than plain FP16.
- **W8A16** and **W8A8**: 8-bit weights with 16-bit activations, or both in 8 bits (the second also speeds up the maths).
- **GPTQ-Int8**: [GPTQ](#gptq) at 8 bits, about 8.16 bits per weight.
- **[Q8_0](#q8-0)**: llama.cpp's 8-bit type at 8.5 bits per weight.`,
    related: ['precision', 'fp8', 'q8-0', 'quantization', 'int4'],
  },
  {
    id: 'int4',
    term: 'INT4',
    aliases: ['4bit', '4-bit', 'W4A16', 'int4_awq'],
    summary:
      'INT4 means storing weights as 4-bit integers with shared scales, about half a byte per parameter, the favourite size-quality trade-off for local use.',
    body: `A 4-bit weight can take only 16 distinct values. Alone that would be far too coarse, so 4-bit formats cut each weight matrix into small groups (commonly 32, 64 or 128 weights) and give every group its own scale and often an offset. It is like a road atlas drawn at a different scale on every page: each neighbourhood keeps its useful detail.

Memory is about **half a byte per parameter** plus the group scales: a 70B model lands around 35–40 GB, an 8B model around 4.5–5 GB. The quality loss shows up on careful benchmarks but is modest in everyday use, which is why 4 bits is the default for running models at home; Ollama's untagged downloads, for instance, are a [Q4_K_M](#q4-k-m)-class file.

"INT4" and "4bit" are generic labels; the actual format sets the exact cost:

| Format | Bits per weight (quantized layers) |
|---|---|
| [GPTQ](#gptq) / [AWQ](#awq), group 128 | ≈ 4.16 |
| [NF4](#nf4) with double quantization | ≈ 4.13 |
| [MXFP4](#mxfp4) | 4.25 |
| Q4_0 / [Q4_K](#k-quants) | 4.5 |

Embeddings and the output layer are often kept at higher precision, so complete files end up above these figures.`,
    related: ['quantization', 'gptq', 'awq', 'nf4', 'q4-k-m'],
  },
  {
    id: 'quantization',
    term: 'Quantization',
    aliases: ['quantisation', 'quantized', 'quant', 'quants', 'PTQ'],
    summary:
      "Quantization stores a model's parameters in fewer bits than it was trained with, cutting memory and often speeding inference at some cost in quality.",
    body: `**Quantization** rounds each weight onto a coarser grid so it needs fewer bits: 16-bit weights become 8, 6, 4 or even 2 bits. It resembles cutting a photo down from millions of colours to a carefully chosen palette: pick a good palette for each region and most viewers never notice, push too far and banding appears.

The gain: file and memory size shrink roughly in step with the bits (a 70B model drops from about 140 GB at [FP16](#fp16) to roughly 40 GB at 4 bits), and because generating text is limited by how fast weights stream from memory, smaller weights also mean faster tokens. The price: some accuracy, usually slight at 8 bits, modest at 4–5 bits and increasingly severe below 3 bits, especially for small models.

Most quantization happens *after* training: a finished model is converted, sometimes using a little calibration text to learn which weights matter most ([GPTQ](#gptq), [AWQ](#awq), [i-quants](#i-quants)). Formats in circulation include [FP8](#fp8), [INT8](#int8), [INT4](#int4), [NF4](#nf4), [MXFP4](#mxfp4), [EXL2](#exl2) and the [GGUF](#gguf) types from Q2_K to Q8_0, such as [Q4_K_M](#q4-k-m). Each has an exact [bits-per-weight](#bits-per-weight) cost.`,
    related: ['precision', 'int4', 'gguf', 'bits-per-weight', 'qlora'],
  },
  {
    id: 'gguf',
    term: 'GGUF',
    aliases: ['.gguf', 'GGML', 'ggml'],
    summary:
      'GGUF is the single-file model format of llama.cpp and Ollama, holding weights in one of many quantized types along with the metadata needed to run them.',
    body: `**GGUF** is the file format of the ggml / llama.cpp world, also used by Ollama, LM Studio and others. One \`.gguf\` file carries everything: the architecture's [hyperparameters](#hyperparameters), the tokenizer, a chat template, and every tensor with its name, shape and storage type. It replaced the older GGML file format in 2023.

The file name usually announces the quantization, as in \`Llama-3.1-8B-Instruct-Q4_K_M.gguf\`. The types fall into families:

- Plain: \`F32\`, \`F16\`, \`BF16\`.
- Legacy blocks of 32 weights with one scale: \`Q4_0\`, \`Q4_1\`, \`Q5_0\`, \`Q5_1\`, [Q8_0](#q8-0).
- [K-quants](#k-quants): \`Q2_K\` to \`Q6_K\` in 256-weight super-blocks, plus named mixes like [Q4_K_M](#q4-k-m).
- [I-quants](#i-quants): \`IQ1_S\` to \`IQ4_XS\`, aimed at very low bit rates.

Each tensor can use its own type, so a file's size is the sum over its tensors, not one bit rate times the parameter count. Big models are split into shards named like \`-00001-of-00003.gguf\`, and every part must be downloaded. Because the header lists every tensor, the exact weight size can be read from it without loading the model.`,
    related: ['k-quants', 'i-quants', 'q4-k-m', 'q8-0', 'quantization'],
  },
  {
    id: 'k-quants',
    term: 'K-quants',
    aliases: [
      'K-quant',
      'Q2_K',
      'Q3_K',
      'Q4_K',
      'Q5_K',
      'Q6_K',
      'Q4_K_S',
      'Q5_K_M',
      'Q5_K_S',
      'Q3_K_M',
      'Q3_K_L',
    ],
    summary:
      "K-quants are llama.cpp's block-quantization types, Q2_K to Q6_K, which pack 256 weights into a super-block whose sub-block scales are quantized too.",
    body: `The **K-quants** (the \`_K\` types in [GGUF](#gguf)) store weights in super-blocks of 256. Each super-block is split into smaller sub-blocks, each sub-block gets its own scale (and for some types a minimum), and those small scales are themselves stored in 4 to 8 bits under a 16-bit scale for the whole super-block. Nesting scales this way buys fine-grained accuracy for little overhead, much as a price list can quote each item as a small offset from a shop-wide base price.

Exact costs from the block layouts:

| Type | Bytes per 256 weights | Bits per weight |
|---|---|---|
| Q2_K | 84 | 2.625 |
| Q3_K | 110 | 3.4375 |
| Q4_K | 144 | 4.5 |
| Q5_K | 176 | 5.5 |
| Q6_K | 210 | 6.5625 |

A letter after the type names a **mix**, not a type: \`_S\`, \`_M\` and \`_L\` tell the quantizer how many sensitive tensors to promote to a higher type. [Q4_K_M](#q4-k-m) is mostly Q4_K with some tensors in Q6_K, so its file-wide average sits above 4.5. As a file name, bare \`Q4_K\` is shorthand for \`Q4_K_M\`. Tensors whose rows are not a multiple of 256 long fall back to a type with 32-weight blocks.

Source: llama.cpp, \`ggml/src/ggml-common.h\` and \`src/llama-quant.cpp\`.`,
    related: ['gguf', 'q4-k-m', 'i-quants', 'bits-per-weight'],
  },
  {
    id: 'q4-k-m',
    term: 'Q4_K_M',
    aliases: ['q4_K_M', 'q4_k_m'],
    summary:
      'Q4_K_M is the popular medium 4-bit GGUF mix: mostly Q4_K weights at 4.5 bits with key tensors raised to Q6_K, averaging roughly 4.8 to 5 bits per weight.',
    body: `**Q4_K_M** is probably the most downloaded [GGUF](#gguf) quantization, and Ollama's untagged model downloads are a Q4_K_M-class file. It is a recipe rather than a single type:

- Most weight matrices use **Q4_K** ([K-quants](#k-quants), 4.5 bits per weight).
- The attention value matrix (\`attn_v\`) and the feed-forward down-projection (\`ffn_down\`) get **Q6_K** (6.5625 bits) in roughly half the layers: the first eighth, the last eighth and every third layer in between, where rounding errors hurt most.
- The output matrix gets Q6_K as well; norms stay in F32.

The "M" means medium. \`Q4_K_S\` promotes fewer tensors and comes out a little smaller, while uploader variants such as \`Q4_K_L\` or \`UD-Q4_K_XL\` apply their own upgrades that the name alone cannot pin down.

Worked example: Llama 3.1 8B as Q4_K_M is a file of about 4.9 GB, so close to 4.9 bits per weight across the whole file, not 4.5. Bigger models, where the vocabulary tables are a smaller share, average a little lower, near 4.8. For everyday use quality stays close to the 16-bit original, which is why this mix became the common default.`,
    related: ['k-quants', 'gguf', 'int4', 'q8-0', 'bits-per-weight'],
  },
  {
    id: 'q8-0',
    term: 'Q8_0',
    aliases: ['q8_0', 'Q8'],
    summary:
      "Q8_0 is llama.cpp's simple 8-bit type: blocks of 32 signed bytes sharing one 16-bit scale, costing 8.5 bits per weight with near-lossless quality.",
    body: `**Q8_0** is the plainest quantized [GGUF](#gguf) type. Weights are grouped in blocks of 32, and each block stores one 16-bit scale followed by 32 signed 8-bit integers: 2 + 32 = 34 bytes for 32 weights, or **8.5 bits per weight**. To recover a weight, multiply its integer by the block's scale. The "_0" marks the symmetric legacy family with no stored offset; "_1" types such as Q4_1 add a minimum per block.

In practice Q8_0 is hard to tell apart from [FP16](#fp16) while being about 47 % smaller. An 8B model comes to roughly 8.5 GB and a 70B model roughly 74 GB. It is a sensible pick whenever memory allows, and it is one of the types the quantizer falls back to when a tensor's rows do not split into the 256-weight blocks of the [K-quants](#k-quants).

Q8_0 turns up in two more places: llama.cpp can store the [KV cache](#kv-cache) as \`q8_0\`, nearly halving it compared with F16 at little cost, and \`MXFP4_MOE\` files keep all their non-expert tensors in Q8_0.`,
    related: ['gguf', 'int8', 'k-quants', 'q4-k-m', 'kv-cache'],
  },
  {
    id: 'i-quants',
    term: 'I-quants',
    aliases: [
      'IQ',
      'imatrix',
      'importance matrix',
      'IQ1_S',
      'IQ1_M',
      'IQ2_XXS',
      'IQ2_XS',
      'IQ2_S',
      'IQ2_M',
      'IQ3_XXS',
      'IQ3_XS',
      'IQ3_S',
      'IQ3_M',
      'IQ4_XS',
      'IQ4_NL',
    ],
    summary:
      "I-quants, IQ1_S to IQ4_XS, are llama.cpp's low-bit types that encode groups of weights through lookup tables, usually guided by an importance matrix.",
    body: `The **I-quants** are the \`IQ\` types in [GGUF](#gguf), built to keep models usable at 1–4 bits per weight, where the [K-quants](#k-quants) start to fall apart. Instead of rounding each weight separately, most of them encode a small group of weights as an index into a fixed table of well-chosen patterns (a codebook), rather like naming a paint-chart swatch instead of spelling out the exact mix.

They are nearly always made with an **importance matrix** (imatrix): statistics collected by running calibration text through the model, so that rounding effort goes where it matters. The imatrix changes quality, not size.

Exact costs per type (256-weight blocks unless noted):

| Type | Bits per weight |
|---|---|
| IQ1_S | 1.5625 |
| IQ2_XXS | 2.0625 |
| IQ2_XS | 2.3125 |
| IQ3_XXS | 3.0625 |
| IQ4_XS | 4.25 |
| IQ4_NL (32-weight blocks) | 4.5 |

Beware the naming trap: file names refer to mixes. An \`IQ2_M\` file is built on the \`IQ2_S\` type, and \`IQ3_M\` on \`IQ3_S\`. Embeddings and the output layer also get extra bits, so small models land well above these figures. On some CPUs I-quants run slower than K-quants.`,
    related: ['k-quants', 'gguf', 'quantization', 'bits-per-weight'],
  },
  {
    id: 'gptq',
    term: 'GPTQ',
    aliases: ['GPTQ-Int4', 'act-order', 'desc_act', 'quantize_config.json'],
    summary:
      'GPTQ is a post-training method that quantizes a model layer by layer, using calibration data to offset rounding errors, usually to 4 bits in groups of 128.',
    body: `**GPTQ** (2022) converts a trained model to low-bit weights one layer at a time. It runs a small calibration set through the layer and, as it rounds each column of weights, nudges the columns not yet rounded to make up for the error just introduced, guided by second-order (curvature) information. A tailor who takes in one seam and then adjusts the neighbouring seams so the jacket still fits is doing something similar.

The typical checkpoint is **4-bit, group size 128**: every 128 input weights share an FP16 scale and a packed 4-bit zero point. That costs about 4 + 16/128 + 4/128 ≈ **4.16 bits per weight** for the quantized linear layers. Embeddings and usually the output layer stay in FP16, so complete checkpoints come out larger, most visibly for small models. Smaller groups (32 or 64) buy accuracy with extra overhead; 8-bit GPTQ is about 8.16 bits.

Settings live in \`quantize_config.json\`: \`bits\`, \`group_size\`, \`desc_act\` ("act-order", which handles columns in order of importance) and \`sym\`. GPTQ models run on GPUs in vLLM, Hugging Face transformers and the ExLlama kernels. Its closest alternative is [AWQ](#awq).

Source: Frantar et al., arXiv:2210.17323.`,
    related: ['awq', 'int4', 'quantization', 'bits-per-weight'],
  },
  {
    id: 'awq',
    term: 'AWQ',
    aliases: ['activation-aware weight quantization', 'AWQ-INT4', 'AutoAWQ'],
    summary:
      'AWQ (activation-aware weight quantization) is a 4-bit method that shields the weights tied to the largest activations, usually in groups of 128.',
    body: `**AWQ** starts from an observation: a small share of weight channels, around 1 %, matter far more than the rest, and you can spot them by watching which input channels carry large activations on calibration text. Rather than keeping those channels at high precision, which would complicate fast kernels, AWQ scales them up before quantizing and scales the matching activations down, so the important weights lose less to rounding while every weight still ends up in 4 bits. Think of turning up the lead singer's microphone before recording onto cheap tape.

Storage matches [GPTQ](#gptq): 4-bit weights in groups of 128, each group with an FP16 scale and a 4-bit zero point, about **4.16 bits per weight** for the quantized linear layers, with embeddings usually left in FP16. For Llama 3.1 70B that means roughly 35 GB of linear layers plus about 4 GB of FP16 embedding and output tables.

AWQ needs no backpropagation and little calibration data, and vLLM and Hugging Face transformers both support it well. Repositories tagged \`-AWQ\` almost always hold this 4-bit, group-128 setup.

Source: Lin et al., arXiv:2306.00978.`,
    related: ['gptq', 'int4', 'quantization', 'bits-per-weight'],
  },
  {
    id: 'nf4',
    term: 'NF4',
    aliases: [
      'NormalFloat4',
      '4-bit NormalFloat',
      'bnb-4bit',
      'bitsandbytes 4-bit',
      'load_in_4bit',
    ],
    summary:
      'NF4 (4-bit NormalFloat) is the bitsandbytes 4-bit format whose 16 levels follow a bell curve, used mainly for QLoRA and for quantizing at load time.',
    body: `Trained weights are roughly bell-shaped: most lie near zero and few are large. **NF4** takes advantage of that. Rather than 16 evenly spaced levels, it places its 16 values at quantiles of a normal distribution, so each level gets used about equally often. A shoe shop does the same when it stocks sizes in proportion to how common each foot size is.

Layout in bitsandbytes: weights are quantized in blocks of 64, each with an FP32 absolute-maximum scale. That scale alone costs 0.5 bit per weight, giving 4.5 bits. **Double quantization** then stores those scales in 8 bits, with a second-level FP32 scale for every 256 of them, trimming the overhead to about 0.127 bit for **≈ 4.13 bits per weight**. Only linear layers are converted; embeddings and norms stay in 16-bit.

You get NF4 by loading a model with \`load_in_4bit=True\` and \`bnb_4bit_quant_type="nf4"\` in transformers, or from repositories tagged \`bnb-4bit\`. Quantization happens at load time without calibration data, and NF4 is the base format of [QLoRA](#qlora).

Source: Dettmers et al., arXiv:2305.14314.`,
    related: ['qlora', 'int4', 'quantization', 'bits-per-weight'],
  },
  {
    id: 'mxfp4',
    term: 'MXFP4',
    aliases: ['MX FP4', 'microscaling FP4', 'MXFP4_MOE', 'E2M1'],
    summary:
      "MXFP4 is the Open Compute Project's microscaling 4-bit float format: blocks of 32 tiny floats sharing one 8-bit power-of-two scale, 4.25 bits per weight.",
    body: `**MXFP4** comes from the Open Compute Project's Microscaling (MX) specification, which several chip makers back. Each weight is a 4-bit float (E2M1: a sign, 2 exponent bits and 1 mantissa bit, giving magnitudes 0, 0.5, 1, 1.5, 2, 3, 4 and 6). Every block of **32** weights shares a single **8-bit exponent** (E8M0), a pure power of two that sets the block's scale. Cost: 16 bytes of values plus 1 byte of scale, 17 bytes per 32 weights, which is **4.25 bits per weight**.

A power-of-two scale is crude, but applying it in hardware is almost free, and newer accelerators such as NVIDIA's Blackwell GPUs compute on MX formats natively.

The best-known user is OpenAI's gpt-oss. Its [mixture-of-experts](#mixture-of-experts) expert weights ship in MXFP4 while every other tensor stays in BF16, which lets gpt-oss-120b fit on one 80 GB GPU. Because of that BF16 remainder, the whole model averages well above 4.25 bits per weight. In llama.cpp the matching file type is \`MXFP4_MOE\`, which keeps the non-expert tensors in [Q8_0](#q8-0).`,
    related: ['quantization', 'mixture-of-experts', 'int4', 'bits-per-weight'],
  },
  {
    id: 'exl2',
    term: 'EXL2',
    aliases: ['ExLlamaV2', 'exllamav2', '4.65bpw', 'h6', 'h8'],
    summary:
      'EXL2 is the ExLlamaV2 quantization format, labelled with a target average bits per weight such as 4.65bpw that it reaches by mixing 2- to 8-bit settings.',
    body: `**EXL2** is the format of ExLlamaV2, a fast GPU-only inference library. Rather than one fixed bit width, its quantizer measures on calibration data how much error each layer suffers at various settings, then chooses a mix of 2- to 8-bit precisions across layers and columns that meets a **target average**. The label states that target: \`3.0bpw\`, \`4.65bpw\`, \`6.0bpw\` and so on. It works like fixing a total holiday budget and letting the planner spend more on the nights that matter most.

For sizing:

- The figure is the average over the quantized linear layers with scales already included, so bytes ≈ linear parameters × bpw ÷ 8. Embeddings come on top at 16 bits.
- A suffix such as \`h6\` or \`h8\` usually gives the bits used for the output head.
- Any value from about 2 to 8 is possible, so a model can be sized to fill a given GPU: a 70B model at 4.0 bpw needs about 34 GB for its linear layers (see [bits per weight](#bits-per-weight)).

ExLlamaV2, and servers built on it such as TabbyAPI, also offer a quantized [KV cache](#kv-cache) in Q4, Q6 or Q8 modes. ExLlama can load [GPTQ](#gptq) models too.`,
    related: ['quantization', 'gptq', 'bits-per-weight', 'kv-cache'],
  },
  {
    id: 'fine-tuning',
    term: 'Fine-tuning',
    aliases: ['finetuning', 'full fine-tuning', 'SFT', 'supervised fine-tuning'],
    summary:
      'Fine-tuning continues training an existing model on new data to specialise it, and updating every parameter costs about 16 bytes of memory per parameter.',
    body: `**Fine-tuning** takes an existing model and trains it further on a smaller, targeted dataset: support tickets, legal clauses, the style of your codebase, or instruction-and-answer pairs (which is how a base model becomes an "Instruct" or "Chat" model). It costs a fraction of [training](#training) from scratch, like hiring an experienced cook and teaching them your menu instead of raising a chef from childhood.

**Full fine-tuning** updates every parameter and is memory-hungry. With AdamW in mixed precision each parameter needs:

| Item | Bytes |
|---|---|
| BF16 weights | 2 |
| BF16 gradients | 2 |
| FP32 master weights | 4 |
| Adam first moment | 4 |
| Adam second moment | 4 |
| **Total** | **16** |

An 8B model therefore needs about 128 GB before activations, which grow with sequence length and batch size. 8-bit optimizers, sharding across GPUs (ZeRO, FSDP) and gradient checkpointing bring this down.

Most people use parameter-efficient methods instead: [LoRA](#lora) trains small add-on matrices over a frozen model, and [QLoRA](#qlora) does the same over a 4-bit base, putting the same job within reach of one consumer GPU.`,
    related: ['lora', 'qlora', 'training', 'gradient-descent'],
  },
  {
    id: 'lora',
    term: 'LoRA',
    aliases: ['low-rank adaptation', 'adapter', 'LoRA adapter', 'PEFT'],
    summary:
      'LoRA fine-tunes a model by freezing its weights and training small low-rank matrices added beside them, often well under 1 % of the parameter count.',
    body: `**LoRA** (low-rank adaptation) leaves the original [weights](#weights) alone and learns a correction for chosen matrices. For a weight matrix \`W\` of size d_out × d_in it adds the product of two thin matrices, \`B\` (d_out × r) and \`A\` (r × d_in), with a small rank \`r\`, often 8 to 64. The model then computes with \`W + B·A\`. Think of sticky notes in a textbook: the printed page never changes, but the notes alter what you take from it.

Worked example: a 4,096 × 4,096 attention matrix has about 16.8 million weights, while a rank-16 adapter for it has 16 × (4,096 + 4,096) = 131,072, under 0.8 %. Applied to every attention and feed-forward matrix of Llama 3.1 8B, rank 16 trains about 42 million parameters, roughly half a percent.

Memory: the frozen base in BF16 (2 bytes per parameter, about 16 GB for 8B), plus around 16 bytes per trainable parameter for adapter weights, gradients and Adam state, plus activations. Also training the embeddings, which is needed when new tokens are added, makes those large tables trainable and costs much more.

The result is a small adapter file, from tens to a few hundred megabytes, that can be swapped at run time or merged into the base. [QLoRA](#qlora) applies the same idea to a 4-bit base.

Source: Hu et al., arXiv:2106.09685.`,
    related: ['fine-tuning', 'qlora', 'parameters', 'weights'],
  },
  {
    id: 'qlora',
    term: 'QLoRA',
    aliases: ['quantized LoRA', 'Q-LoRA'],
    summary:
      'QLoRA is LoRA fine-tuning on top of a base model held in 4-bit NF4, which cuts training memory enough to tune large models on one GPU.',
    body: `**QLoRA** combines two ideas. The frozen base model is loaded in 4-bit [NF4](#nf4) with double quantization (about 4.13 bits per weight for linear layers), and small [LoRA](#lora) adapters are trained on top in 16-bit. In every forward and backward pass the weights that are needed get expanded to BF16 on the fly, used and discarded; gradients flow only into the adapters.

The QLoRA paper also brought in paged optimizers, which move optimizer state out to CPU memory when GPU memory briefly spikes, and used them to fine-tune a 65B model on a single 48 GB GPU.

Rough memory for Llama 3.1 8B:

- linear layers at ≈ 4.13 bits: about 3.6 GB;
- embedding and output tables kept in 16-bit: about 2.1 GB, large because of its big vocabulary;
- adapters with their gradients and Adam state: a few hundred MB;
- activations, which grow with sequence length and batch size and are often the biggest unknown.

A job that needs well over 100 GB as full [fine-tuning](#fine-tuning) can therefore fit on a single 12–16 GB GPU at moderate sequence lengths. The costs are speed, since dequantizing takes time, and a small quality gap; the paper reports matching 16-bit fine-tuning on its benchmarks.

Source: Dettmers et al., arXiv:2305.14314.`,
    related: ['lora', 'nf4', 'fine-tuning', 'quantization'],
  },
  {
    id: 'mixture-of-experts',
    term: 'Mixture of experts (MoE)',
    aliases: [
      'MoE',
      '8x7B',
      '8x22B',
      'A3B',
      '30B-A3B',
      '235B-A22B',
      '17Bx16E',
      'sparse model',
      'experts',
    ],
    summary:
      'A mixture-of-experts model has many alternative feed-forward blocks per layer and sends each token through only a few, so total and active parameters differ.',
    body: `In a **mixture of experts** (MoE), each layer's [feed-forward](#feed-forward) block is replaced by a set of "experts" plus a small router. For each token the router picks a handful (Mixtral picks 2 of 8), and only those run. Think of a clinic full of specialists where each patient sees just the two that triage assigns: the building must house every doctor, but each visit uses only two doctors' time.

Size therefore splits into two numbers: **total** parameters, which must all be in memory, and **[active parameters](#active-parameters)**, which set the compute per token. Labels encode them in different ways:

- \`8x7B\` (Mixtral): 8 experts in a model shaped like a 7B. Attention and embeddings are shared, so the total is **46.7B**, not 56B, and about **12.9B** are active.
- \`30B-A3B\` (Qwen3): 3B of its 30B parameters are active per token; \`235B-A22B\` follows the same pattern.
- \`17Bx16E\` (Llama 4 Scout): 17B active, 16 experts.
- DeepSeek-V3: **671B** total, **37B** active.

Rule of thumb: memory follows the total, speed follows the active count. A 30B-A3B model needs 30B-class memory yet generates text nearly as fast as a dense 3B model, which makes MoE attractive when memory is plentiful but compute is not.`,
    related: ['active-parameters', 'feed-forward', 'parameter-count', 'mxfp4'],
  },
  {
    id: 'active-parameters',
    term: 'Active parameters',
    aliases: ['active params', 'activated parameters'],
    summary:
      'Active parameters are the part of a mixture-of-experts model actually used for each token, which sets its compute cost but not its memory need.',
    body: `In a dense model every parameter takes part in every token, so total and **active parameters** coincide. In a [mixture of experts](#mixture-of-experts) the router skips most experts for any given token, so only a fraction of the weights does any work: the shared parts (attention, embeddings, router) plus the experts chosen.

| Model | Total | Active per token |
|---|---|---|
| Mixtral 8x7B | 46.7B | about 12.9B |
| Qwen3-30B-A3B | 30B | 3B |
| Qwen3-235B-A22B | 235B | 22B |
| DeepSeek-V3 | 671B | 37B |

What each number controls:

- **Memory** follows the *total*: every expert must be loaded, because the next token may want any of them. DeepSeek-V3 at 8 bits still needs around 700 GB.
- **Compute and speed** follow the *active* count: roughly 2 × active parameters operations per [token](#tokens), and only the active weights are read from memory at each step.

An analogy: an orchestra of a hundred players where each piece calls for ten. Everyone has to be in the building and on the payroll, but each piece takes only ten people's effort. The "A" part of names like \`A3B\` states the active count directly.`,
    related: ['mixture-of-experts', 'inference-cost', 'parameter-count', 'tokens'],
  },
  {
    id: 'kv-cache',
    term: 'KV cache',
    aliases: ['KV', 'key-value cache', 'kv_cache_dtype', 'cache-type-k'],
    summary:
      'The KV cache stores the attention keys and values of every token processed so far, so generation need not recompute them, and it grows with context length.',
    body: `To produce each new token, [attention](#attention) compares it with the keys and values of every earlier token. Recomputing those for the whole conversation at every step would be wasteful, so the runtime keeps them; that store is the **KV cache**. It behaves like a library's card index: once a book is catalogued, later searches read the card instead of the book, but the drawer grows with every book added.

Size per token:

**2 × layers × KV heads × head dimension × bytes per value**

(the 2 covers one key and one value). Worked example, Llama 3.1 8B at FP16: 2 × 32 × 8 × 128 × 2 bytes = 131,072 bytes, or **128 KiB per token**. A context of 8,192 tokens therefore takes about **1 GiB**, and the full 131,072-token window 16 GiB, about twice the size of its Q8_0 weights.

Multiply by the number of sequences served at once. Ways to shrink it: [grouped-query attention](#grouped-query-attention) (fewer KV heads); quantizing the cache (llama.cpp \`q8_0\` at 8.5 bits and \`q4_0\` at 4.5 bits per value, vLLM \`fp8\`); sliding-window layers; and DeepSeek's latent attention, which caches one compressed 576-value vector per layer per token. Take \`head_dim\` from the model's config, because it is not always width ÷ heads.`,
    related: [
      'attention',
      'context-length',
      'grouped-query-attention',
      'inference',
      'tokens',
    ],
  },
  {
    id: 'grouped-query-attention',
    term: 'Grouped-query attention',
    aliases: ['GQA', 'MQA', 'multi-query attention', 'num_key_value_heads', 'KV heads'],
    summary:
      'Grouped-query attention lets several query heads share one key/value head, shrinking the KV cache several-fold with little loss in quality.',
    body: `Classic multi-head attention (MHA) gives each query head its own key and value head. **Grouped-query attention** (GQA) lets a group of query heads share a single key/value pair; the extreme case, one pair for all heads, is multi-query attention (MQA). It is like a study group sharing one set of notes instead of every student keeping their own copy.

The parameter saving is modest, but the [KV cache](#kv-cache) saving is large, because the cache stores keys and values per KV head. Llama 3.1 8B has 32 query heads and 8 KV heads (groups of four), so its cache is a quarter of what full multi-head attention would need: 128 KiB instead of 512 KiB per token at FP16.

Look for \`num_key_value_heads\` in a model's \`config.json\`, or \`head_count_kv\` in a GGUF header. If it equals \`num_attention_heads\`, the model uses plain MHA and its cache will be comparatively large at long [context](#context-length). Some low-bit GGUF mixes give the value matrix extra bits when the GQA ratio is 4 or more, since that matrix is then small and cheap to upgrade.`,
    related: ['attention', 'kv-cache', 'context-length', 'hyperparameters'],
  },
  {
    id: 'context-length',
    term: 'Context length',
    aliases: [
      'context window',
      'ctx',
      'num_ctx',
      'max_model_len',
      'n_ctx',
      'ctx-size',
      'max_position_embeddings',
    ],
    summary:
      'Context length is how many tokens a model can consider at once, prompt and reply together, and the amount you allocate drives KV-cache memory.',
    body: `The **context length** (or context window) is the model's working memory, measured in [tokens](#tokens): everything it can see in one go, including the system prompt, the conversation so far, any pasted documents and the reply being written. Anything beyond it must be dropped or summarised.

Two numbers matter:

- **What the model supports**, fixed in training: 8,192 tokens for Llama 3 and 131,072 (128K) for Llama 3.1.
- **What you allocate** when running it: \`num_ctx\` in Ollama, \`-c\` / \`--ctx-size\` in llama.cpp, \`max_model_len\` in vLLM. Runtimes often default to far less than the maximum, and Ollama's default has changed across versions, so a long prompt can be cut short without warning.

The allocation costs memory through the [KV cache](#kv-cache), in proportion to the tokens reserved. Worked example, Llama 3.1 70B (80 layers, 8 KV heads, head dimension 128) at FP16: 320 KiB per token, so 8K tokens take 2.5 GiB and the full 128K takes 40 GiB, on top of the weights. A bigger desk lets you spread out more papers, but you pay for the floor space whether you use it or not.`,
    related: ['kv-cache', 'tokens', 'grouped-query-attention', 'inference'],
  },
  {
    id: 'runtime-overhead',
    term: 'Runtime overhead',
    aliases: ['overhead', 'compute buffer', 'CUDA context', 'gpu_memory_utilization'],
    summary:
      'Runtime overhead is the memory an inference engine uses beyond weights and KV cache, such as the GPU context, scratch buffers and the output logits.',
    body: `Weights plus [KV cache](#kv-cache) is not the final figure. The engine also needs:

- the **GPU driver context**, often several hundred MB before anything is loaded;
- **compute buffers** for intermediate results, which grow with batch size, context and attention heads, and shrink a lot with flash attention;
- an **output buffer** holding a score for every vocabulary entry;
- allocator slack and fragmentation.

How much depends on the engine. Ollama sets aside about 457 MiB per GPU (512 MiB on Apple Metal) on top of its graph estimate. vLLM claims a fixed share of the card, 90 % by default (\`gpu_memory_utilization\`), and fills whatever the model leaves with KV cache, so it looks "full" whatever the model size. Hugging Face transformers can spike during prefill when attention runs without a fused kernel.

No single constant fits every engine, so treat any overhead figure as an allowance with its assumptions stated, not a measurement. A safe habit is to leave 1–2 GB free beyond an estimate, the way you leave slack in a suitcase so the zip still closes. See [GB vs GiB](#gb-vs-gib) before comparing with your card's capacity.`,
    related: ['inference', 'kv-cache', 'gb-vs-gib', 'inference-cost'],
  },
  {
    id: 'inference-cost',
    term: 'Inference cost',
    aliases: ['cost per token', 'tokens per second', 'throughput', 'latency'],
    summary:
      'Inference cost is what running a model takes in hardware, time, energy and money, and it rises with parameter count, precision and tokens processed.',
    body: `Every generated [token](#tokens) costs work, and the work scales with model size:

- **Compute**: about 2 × parameters floating-point operations per token for a dense model (2 × [active parameters](#active-parameters) for MoE). A 70B model spends roughly 140 billion operations per token, ten times what a 7B model spends.
- **Memory bandwidth**: during generation each token requires reading every active weight once, so a rough speed ceiling is bandwidth ÷ weight bytes. Example: an 8B model as Q4_K_M (about 4.9 GB) on a GPU with 1 TB/s cannot exceed roughly 200 tokens per second for a single user; the same model at FP16 (16 GB) tops out near 60.
- **Memory capacity**: the model and its [KV cache](#kv-cache) must fit, or the work spills to slower memory.

That is why [quantization](#quantization) speeds up generation as well as saving memory: fewer bytes to read per token.

Hosted APIs turn all this into a price per million input and output tokens, and bigger models cost more per token. It is like fuel use: a bigger engine burns more per mile, and the distance driven (tokens processed) multiplies it. Batching many users raises total throughput, because one read of the weights then serves every request in the batch.`,
    related: ['inference', 'active-parameters', 'tokens', 'quantization', 'parameter-count'],
  },
  {
    id: 'llm',
    term: 'Large language model (LLM)',
    aliases: ['LLM', 'LLMs', 'language model', 'foundation model'],
    summary:
      'A large language model is a neural network, usually a transformer with billions of parameters, trained on vast amounts of text to predict the next token.',
    body: `An **LLM** reads a sequence of [tokens](#tokens) and predicts which token is likely to come next. Repeated one token at a time, that single skill yields essays, code, translations and chat replies. Nearly all current LLMs are transformers: stacks of blocks, each pairing [attention](#attention) with a [feed-forward network](#feed-forward).

"Large" refers to the [parameter](#parameters) count and the volume of training data. There is no official threshold, but the word usually implies billions of parameters trained on trillions of tokens. GPT-3 (175B, published in 2020) made the term mainstream. Today's open families run from about 1B to several hundred billion parameters; closed frontier models are believed to be larger still, but their sizes are undisclosed and only estimated by outsiders.

A handy mental model: an LLM is an extraordinarily well-read autocomplete. A base model simply continues text; after [fine-tuning](#fine-tuning) on instructions and preferences it becomes a chat assistant. Size buys capacity but also cost, which is why smaller models ([SLMs](#slm)) are popular for local and on-device use.`,
    related: ['parameters', 'slm', 'tokens', 'training', 'open-weight'],
  },
  {
    id: 'slm',
    term: 'Small language model (SLM)',
    aliases: ['SLM', 'small model', 'on-device model', 'E2B', 'E4B'],
    summary:
      'A small language model is a language model sized to run on modest hardware, usually from a few hundred million to around ten billion parameters.',
    body: `**SLM** is an informal label for language models small enough to run on a phone, a laptop or one modest GPU. There is no official boundary; most people mean something between a few hundred million and roughly ten billion [parameters](#parameters), the first two tiers of the [parameter count](#parameter-count) table. Examples: Llama 3.2 1B and 3B, Gemma 2 2B, Phi-3-mini at 3.8B, and Qwen2.5 from 0.5B to 7B.

Small models win on cost and latency: a 3B model at 4 bits is about 2 GB, answers quickly with no network connection and keeps data on the device. They lose on breadth, with less world knowledge and weaker multi-step reasoning. A good SLM is a pocket knife rather than a workshop: fine for everyday jobs, and after [fine-tuning](#fine-tuning) on one narrow task it can match much larger general models at that task.

Watch out for "effective" sizes. Google's Gemma 3n models are named \`E2B\` and \`E4B\` after an effective parameter figure; the raw count stored in the file is higher.`,
    related: ['llm', 'parameter-count', 'quantization', 'inference-cost'],
  },
  {
    id: 'open-weight',
    term: 'Open-weight model',
    aliases: ['open weights', 'open-weights', 'open model', 'open source model'],
    summary:
      'An open-weight model is one whose trained parameters can be downloaded and run on your own hardware, whether or not its training code and data are public.',
    body: `A model is **open-weight** when its [weights](#weights) are published for download: you can run it locally, quantize it, fine-tune it and check its exact size. Llama, Mistral, Qwen, Gemma, DeepSeek and gpt-oss are well-known examples. The opposite is a closed model such as GPT-4 or Claude, reachable only through an API; its architecture and [parameter count](#parameter-count) are not disclosed, so any figure quoted for it is an outside estimate.

"Open-weight" is deliberately narrower than "open source". Releasing weights is like publishing a compiled program: you can run and patch it, but the recipe, meaning the [training data](#training-data) and much of the training code, usually stays private. Licences vary too: some are permissive (Apache 2.0, MIT), others restrict commercial use above a user threshold or add acceptable-use rules, so read the licence before you ship.

Open weights also make exact numbers possible: \`config.json\` gives the architecture, file headers give every tensor's size, and a [GGUF](#gguf) file shows exactly which quantization was applied.`,
    related: ['weights', 'llm', 'training-data', 'gguf', 'parameter-count'],
  },
  {
    id: 'emergent-abilities',
    term: 'Emergent abilities',
    aliases: ['emergence', 'emergent behaviour', 'emergent behavior'],
    summary:
      'Emergent abilities are skills that seem to appear suddenly once models pass a certain scale, a claim that is widely cited and also disputed.',
    body: `Researchers noticed that on some tasks, such as multi-step arithmetic or learning from a few worked examples in the prompt, small models scored near chance and larger ones then jumped sharply. Wei et al. (2022) named these **emergent abilities**: capabilities missing at smaller scale, present at larger scale, and not predictable by extending a smooth trend. Water gives a familiar picture: no hint of boiling until it reaches 100 °C.

The idea is contested. Schaeffer et al. (2023) argued that many of the jumps come from all-or-nothing scoring: grade partial progress instead of exact answers and the improvement often looks gradual and predictable. Both camps agree scale matters; they disagree about whether it produces genuine thresholds.

For reading model sizes: a larger [parameter count](#parameter-count), trained on enough [data](#training-data), tends to cope with harder reasoning, which is what the size tiers reflect. Yet a smaller model trained more recently on better data often has abilities an older, larger one lacked, so treat size as one signal among several.

Source: Wei et al., arXiv:2206.07682; Schaeffer et al., arXiv:2304.15004.`,
    related: ['parameter-count', 'llm', 'training-data', 'training'],
  },
];
