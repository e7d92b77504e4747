// Look-alike families (issue 12): each family's lines stay silent, and the real labels written
// the same way beside them are still read.
import * as assert from 'assert';
import { findLabels } from '../../../../src/core/recognize/findLabels';

const texts = (text: string) => findLabels(text).map(l => l.text);

function silent(family: string, lines: string[]): void {
  test(`${family}: no label`, () => {
    for (const line of lines) assert.deepStrictEqual(texts(line), [], line);
  });
}

function reads(family: string, cases: Array<[string, string]>): void {
  test(`${family}: the label beside them is still read`, () => {
    for (const [line, label] of cases)
      assert.ok(texts(line).includes(label), `${line} → ${JSON.stringify(texts(line))}`);
  });
}

suite('recognizer: look-alike families stay silent', () => {
  silent('nginx zones and buffers', [
    'limit_req_zone $binary_remote_addr zone=api:20m rate=10r/s;',
    'proxy_cache_path /data/nginx/cache keys_zone=cache:10m;',
    'ssl_session_cache shared:SSL:10m;',
    'client_max_body_size 50m;',
    'limit_conn_zone $server_name zone=perserver:10m;  # per server',
  ]);
  silent('Prometheus range selectors and subqueries', [
    'sum(rate(http_requests_total[5m])) by (job)',
    'max_over_time(up[10m:1m]) < 1',
    'predict_linear(kubelet_volume_stats_available_bytes[6h:5m], 4 * 24 * 3600) < 0',
    'llamaswap_load_average{interval="5m"} 1.5',
  ]);
  silent('durations and ages', [
    'KEEP_ALIVE=30m',
    'OLLAMA_KEEP_ALIVE=30m',
    'timeout: 5m',
    'go test -v -timeout 30m ./integration/',
    'for: 15m',
    'query_timeout: 10m',
    'redis-master-xx4uv   1/1   Running   0   18m',
  ]);
  silent('Kubernetes CPU millicores and memory', ['cpu: 250m', 'cpu: "500m"', 'memory: 32M', '#   cpu: 10m']);
  silent('progress bars', [
    'model.safetensors: 1.2G/1.2G [00:14<00:00, 88.1MB/s]',
    'Compressed:  42%|█████████▎            | 148M/352M [00:14<00:19, 10.9MB/s]',
    'adapter_model.bin:   0%|          | 0.00/4.93M [00:00<?, ?B/s]',
    'models/ggml-base.en.bin   100%[==============================>] 141.11M  5.41MB/s    in 22s',
  ]);
  silent('algebra and LaTeX', ['let 3b = a + c', '\\frac{4B}{3}', '100 * sum(x) / (5m * 4)', '(128B = 1 VRF)']);
  silent('numbered headings and list items', [
    '2b. Configure the runner',
    '## 4b) Build',
    '# 3b) Build map from ids',
    '### 7b. ship now',
  ]);
  silent('counts of tokens and context', [
    'pre-trained on 2T tokens',
    'a 1.5B-token mix',
    'Natural tokens : 15.4B',
    'Scout supports up to 10M context.',
  ]);
  silent('data sets', [
    'load_dataset("HuggingFaceFW/fineweb", name="sample-10BT")',
    'dataset = load_dataset("togethercomputer/RedPajama-Data-1T-Sample", split=split)',
    'parser.add_argument("-v", "--version", type=str, default="10B", help="Fineweb data sample size, 10B|100B")',
  ]);
  silent('byte counts', ['feature: { size=68B', '// each block stride = 38B ----', "-e HEAP_NEWSIZE='32m' \\"]);
  silent('colour codes', ['print(f"\\033[90m{reasoning}\\033[0m")', '[2m2026-07-05T08:45:14Z[0m [32m INFO[0m']);
  silent('encoded text', [
    'M9V%N7&0@8B!I;G1E9W)A=&]R<V`@8F5E;B!T<F%I;F5D',
    '"integrity": "sha512-4B/qKCfeE/ODUaAUpSwfzazo5x29WD4r3vXiWsB7"',
  ]);
  silent('hex dumps and format specifications', [
    "000000c0  57 2a d0 27 a6 5a e1 76  a7 3f f0 b7 0a 7b ff 53  |W*.'.Z.v.?...{.S|",
    "print(f'{i} in binary is {i:>03b}')",
  ]);
  silent('constants and Hub pages that are not models', [
    'RUNS_UP_TO_150B="$(printf "%s " "${runs[@]}")"',
    '<iframe src="https://huggingface.co/datasets/argilla/synthetic-data-generation-with-llama3-405B/embed/viewer"',
    '* [Zephyr](https://huggingface.co/collections/HuggingFaceH4/zephyr-7b-6538c6d6d5ddd1cbb1744a66)',
  ]);

  reads('parameter counts written next to these shapes', [
    ['Llama 2 was trained with a batch of 4M tokens; the 70B version uses GQA.', '70B'],
    ['Now the best model size is 400M params and 9.2B tokens', '400M'],
    ['- Activation parameters: **36.7B** (including 0.9B for Embedding)', '36.7B'],
    ['|Llama-2-Chat|70B|**64.14**|0.01|', '70B'],
    ['size: Literal["7b", "40b"],', '7b'],
    ['a 350m model', '350m'],
    ['ollama run smollm:135m', 'smollm:135m'],
    ['nemotron-3-nano:30b fits in 24 GB', 'nemotron-3-nano:30b'],
  ]);
});
