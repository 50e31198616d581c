/**
 * `npm run train`: reproduces the committed model weights from the corpora beside the checkout
 * (../shared/polnear), deterministically. `--no-write` trains and reports without writing;
 * `--epochs N`, `--bits N` try other settings.
 */
import { trainAttribution } from './train/attribution.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};

const write = !args.includes('--no-write');
trainAttribution({
  bits: option('bits', 16),
  epochs: option('epochs', 6),
  seed: option('seed', 1),
  prune: option('prune', 0.02),
  write,
});

// Loaded only now, so that the engine it runs reads the weights just written.
const { scoredAttributions, fitLogistic, reliabilityTable, writeCalibration } = await import('./train/calibration.ts');
const { loadPolnear } = await import('./lib/polnear.ts');
const scored = scoredAttributions(loadPolnear('dev'));
const calibration = fitLogistic(scored);
console.log(`calibration on PolNeAR dev (${scored.length} found attributions): slope ${calibration.slope}, intercept ${calibration.intercept}`);
console.log(reliabilityTable(scored, calibration));
if (write) writeCalibration(calibration);
