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

trainAttribution({
  bits: option('bits', 20),
  epochs: option('epochs', 8),
  seed: option('seed', 1),
  write: !args.includes('--no-write'),
});
