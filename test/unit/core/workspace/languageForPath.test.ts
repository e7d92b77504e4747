import * as assert from 'assert';
import { languageForPath } from '../../../../src/core/workspace/languageForPath';

suite('workspace/languageForPath', () => {
  test('code, configs, notebooks, Markdown and run files by name', () => {
    const cases: Array<[string, string | undefined]> = [
      ['serve.py', 'python'],
      ['a/b/train.ipynb', 'jupyter'],
      ['run/docker-compose.yaml', 'yaml'],
      ['x.YML', 'yaml'],
      ['model-config.json', 'json'],
      ['pyproject.toml', 'toml'],
      ['NOTES.md', 'markdown'],
      ['notes.txt', 'plaintext'],
      ['run/serve.sh', 'shellscript'],
      ['Dockerfile', 'dockerfile'],
      ['docker/Dockerfile.cuda', 'dockerfile'],
      ['run/Modelfile', 'modelfile'],
      ['Modelfile-8b', 'modelfile'],
      ['.env', 'dotenv'],
      ['.env.local', 'dotenv'],
      ['styles.css', undefined],
      ['model.gguf', undefined],
      ['README', undefined],
      ['package-lock.lock', undefined],
    ];
    for (const [path, want] of cases) assert.strictEqual(languageForPath(path), want, path);
  });
});
