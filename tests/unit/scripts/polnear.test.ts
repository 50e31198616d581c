import { describe, expect, it } from 'vitest';
import { parseAnn } from '../../../scripts/lib/polnear.ts';

describe('reading brat standoff', () => {
  it("sorts a discontinuous span's fragments so that start..end covers them all", () => {
    const { spans } = parseAnn('T1\tContent 133 144;56 114\tlater part earlier part\n');
    expect(spans.get('T1')?.span).toMatchObject({
      start: 56,
      end: 144,
      fragments: [
        [56, 114],
        [133, 144],
      ],
    });
  });

  it('refuses a fragment that ends before it starts', () => {
    expect(() => parseAnn('T1\tCue 20 10\tsaid\n')).toThrow(/a fragment ends before it starts/);
  });
});
