/**
 * `npm run train`: reproduces the committed model weights from the corpora beside the checkout
 * (../shared/polnear for attributions, with their calibration; ../shared/conll for entities),
 * deterministically. `--no-write` trains and reports without writing; `--only attribution|entities`
 * trains one; `--epochs N`, `--bits N`, `--prune X` try other settings (for the model named by
 * --only); `--ablations` (entities) also retrains without each feature group and scores it on eng.testa.
 */
import { trainAttribution } from './train/attribution.ts';
import { ENTITY_DEFAULTS, trainEntities } from './train/entities.ts';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
if (only !== undefined && only !== 'attribution' && only !== 'entities') throw new Error(`--only: no model "${only}"`);
/** A setting from the command line, for the model named by --only (both use their defaults otherwise). */
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && only ? Number(args[at + 1]) : fallback;
};
const write = !args.includes('--no-write');
const t0 = Date.now();

if (!only || only === 'attribution') {
  trainAttribution({
    bits: option('bits', 16),
    epochs: option('epochs', 6),
    seed: option('seed', 1),
    prune: option('prune', 0.02),
    write,
  });

  // Loaded only now, so that the engine it runs reads the weights just written.
  const { scoredAttributions, fitLogistic, reliabilityTable, writeCalibration } = await import(
    './train/calibration.ts'
  );
  const { loadPolnear } = await import('./lib/polnear.ts');
  const scored = scoredAttributions(loadPolnear('dev'));
  const calibration = fitLogistic(scored);
  console.log(
    `calibration on PolNeAR dev (${scored.length} found attributions): slope ${calibration.slope}, intercept ${calibration.intercept}`,
  );
  console.log(reliabilityTable(scored, calibration));
  if (write) writeCalibration(calibration);
}
if (!only || only === 'entities') {
  trainEntities({
    bits: option('bits', ENTITY_DEFAULTS.bits),
    epochs: option('epochs', ENTITY_DEFAULTS.epochs),
    seed: option('seed', ENTITY_DEFAULTS.seed),
    prune: option('prune', ENTITY_DEFAULTS.prune),
    ablations: args.includes('--ablations'),
    write,
  });
}
console.log(`trained in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
