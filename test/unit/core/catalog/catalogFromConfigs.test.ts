import * as assert from 'assert';
import { catalogModels } from '../../../../src/core/catalog/lookupModel';
import { modelFromConfig } from '../../../../src/core/model/modelFromConfig';
import { buildCatalog, ARCH_FIELDS } from '../../../catalog/catalogBuilder';
import { configSources, configText } from '../model/realConfigs';

suite('model catalog: built from real configs through modelFromConfig', () => {
  const models = catalogModels();
  const sources = configSources();

  test('models.json is exactly what the builder makes of the configs (out/test/bench/buildCatalog.js)', function () {
    this.timeout(30000);
    const built = buildCatalog(models, sources, configText);
    assert.deepStrictEqual(
      built.models.map(m => m.id),
      models.map(m => m.id),
    );
    for (let i = 0; i < models.length; i++) assert.deepStrictEqual(built.models[i], models[i], models[i].id);
  });

  test('every entry with a config takes all its architecture fields from the reader', function () {
    this.timeout(30000);
    let withConfig = 0;
    for (const m of models) {
      if (!m.config) continue;
      assert.ok(sources[m.config], `${m.id}: ${m.config} is not in test/data/configs/SOURCES.json`);
      const info = modelFromConfig(configText(m.config), { id: m.id });
      for (const k of ARCH_FIELDS) assert.deepStrictEqual(m[k], info[k], `${m.id}.${k}`);
      assert.match(m.source, /\S/);
      withConfig++;
    }
    assert.ok(withConfig >= 150, String(withConfig));
  });

  test('covers at least 40 model types', () => {
    const types = new Set(models.filter(m => m.config).map(m => modelFromConfig(configText(m.config!)).modelType));
    assert.ok(types.size >= 40, String(types.size));
  });
});
