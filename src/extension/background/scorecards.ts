import browser from '../shared/browser.ts';
import { MAX_SCORECARDS, SCORECARDS_KEY, parseScorecards } from '../shared/scorecards.ts';
import type { Scorecard } from '../../core/model/analysis.ts';

export async function rememberScorecard(url: string, summary: Scorecard): Promise<void> {
  const stored = parseScorecards((await browser.storage.local.get(SCORECARDS_KEY))[SCORECARDS_KEY]);
  stored[url] = { summary, seen: Date.now() };
  const urls = Object.keys(stored);
  if (urls.length > MAX_SCORECARDS) {
    urls.sort((a, b) => stored[a]!.seen - stored[b]!.seen);
    for (const old of urls.slice(0, urls.length - MAX_SCORECARDS)) delete stored[old];
  }
  await browser.storage.local.set({ [SCORECARDS_KEY]: stored });
}
