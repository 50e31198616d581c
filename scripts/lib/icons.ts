/** Renders the one vector icon to the PNG sizes the manifests ask for. */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 128] as const;

export async function renderIcons(svgPath: string, outDir: string): Promise<void> {
  const svg = await readFile(svgPath);
  await mkdir(outDir, { recursive: true });
  await Promise.all(
    ICON_SIZES.map(async (size) => {
      const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
      await writeFile(join(outDir, `${size}.png`), png);
    }),
  );
}
