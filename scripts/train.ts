/**
 * `npm run train`: reproduces the committed model weights from the corpora beside the checkout
 * (../shared/polnear for attributions, ../shared/conll for entities), deterministically.
 * `--no-write` trains and reports without writing; `--only attribution|entities` trains one;
 * `--epochs N`, `--bits N`, `--prune X` try other settings (for the model named by --only);
 * `--ablations` (entities) also retrains without each feature group and scores it on eng.testa.
 */
import { trainAttribution } from './train/attribution.ts';
import { ENTITY_DEFAULTS, trainEntities } from './train/entities.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
if (only !== undefined && only !== 'attribution' && only !== 'entities') throw new Error(`--only: no model "${only}"`);
const write = !args.includes('--no-write');
const t0 = Date.now();

if (!only || only === 'attribution') {
  trainAttribution({
    bits: option('bits', 20),
    epochs: option('epochs', 8),
    seed: option('seed', 1),
    write,
  });
}
if (!only || only === 'entities') {
  const tuned = only === 'entities';
  trainEntities({
    bits: tuned ? option('bits', ENTITY_DEFAULTS.bits) : ENTITY_DEFAULTS.bits,
    epochs: tuned ? option('epochs', ENTITY_DEFAULTS.epochs) : ENTITY_DEFAULTS.epochs,
    seed: tuned ? option('seed', ENTITY_DEFAULTS.seed) : ENTITY_DEFAULTS.seed,
    prune: tuned ? option('prune', ENTITY_DEFAULTS.prune) : ENTITY_DEFAULTS.prune,
    ablations: args.includes('--ablations'),
    write,
  });
}
console.log(`trained in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
