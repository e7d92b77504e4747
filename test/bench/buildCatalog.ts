// Rebuilds src/core/data/models.json from the real configs of test/data/configs:
//   node esbuild.js --tests && node out/test/bench/buildCatalog.js
// (test/catalog/catalogBuilder.ts says what comes from the config and what is kept by hand).
import * as fs from 'fs';
import * as path from 'path';
import { buildCatalog } from '../catalog/catalogBuilder';
import { configSources, configText } from '../unit/core/model/realConfigs';
import type { CatalogModel } from '../../src/core/catalog/catalogModel';
import { modelFromConfig } from '../../src/core/model/modelFromConfig';

const file = path.resolve(__dirname, '../../../src/core/data/models.json');
const current = JSON.parse(fs.readFileSync(file, 'utf8')) as CatalogModel[];
const built = buildCatalog(current, configSources(), configText);
fs.writeFileSync(file, `${JSON.stringify(built.models, null, 2)}\n`);
const types = new Set(built.models.map(m => (m.config ? modelFromConfig(configText(m.config)).modelType : m.family)));
console.log(
  `models.json: ${built.models.length} models (${built.fromConfig} curated entries read from their config, ` +
    `${built.added} added from configs, ${built.handTyped.length} still typed by hand), ${types.size} model types`,
);
if (built.handTyped.length) console.log(`  typed by hand (no real config here yet): ${built.handTyped.join(', ')}`);
