/**
 * The popup and the library as a first-time reader sees them: screenshots in light and dark at the
 * popup's 400×600 and at 1280×800 and 400×600 for the library; text large enough to read (body
 * ≥ 13 px computed, headings above body, chips not above it); the popup within 600 px with one
 * scrolling area and no scroll inside a scroll; notes shown as Markdown; corrections apart from notes.
 */
import { expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forEachBrowser, launch, type BrowserSession, type TestPage } from './harness/index.ts';
import { openPopupFor, tabIdOf, waitForHighlights } from './harness/extension.ts';
import { newAnnotation } from '../../src/core/annotations/create.ts';
import { canonicalUrl } from '../../src/core/annotations/url.ts';
import type { Annotation } from '../../src/core/annotations/schema.ts';
import { exportAs } from '../../src/core/export/files.ts';

const quote = (exact: string) => [{ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }];
const SEED_TITLE = 'China Sending Russia Missile And Drone Parts For Ukraine War, U.S. Reportedly Warns';

/** A reader's library: notes in Markdown and corrections on the seed article, notes on three others. */
function backup(seedUrl: string): string {
  let minute = 0;
  const at = () => ({ now: new Date(Date.UTC(2026, 10, 2, 9, minute++)) });
  const notes: Annotation[] = [
    newAnnotation(
      {
        source: seedUrl,
        selector: quote('Roughly 90% of Russia’s microelectronics came from China last year'),
        page: { title: SEED_TITLE },
        note:
          '**Who** are these officials? Compare with the [Treasury figures](https://home.treasury.gov/).' +
          '\n\n- ask the AP desk\n- check the WSJ story',
        format: 'markdown',
        verdict: 'needs-source',
        tags: ['china', 'sourcing'],
        claim: { kind: 'unnamed-official', cue: 'the anonymous officials told the AP' },
      },
      at(),
    ),
    newAnnotation(
      {
        source: seedUrl,
        selector: quote('Those officials are also urging Chinese firms to cease sales to Russia'),
        page: { title: SEED_TITLE },
        correction: 'not-anonymous',
        claim: { kind: 'unnamed-official', cue: 'Those officials' },
      },
      at(),
    ),
  ];
  const others = [
    ['https://harbour.example/port-deal', 'Port deal stalls over the price of cranes'],
    ['https://daily.example/budget/2026', 'Budget talks resume after a week of silence'],
    ['https://wire.example/world/elections-delayed', 'Elections delayed again, officials say'],
  ] as const;
  others.forEach(([url, title], i) => {
    for (let n = 0; n < 3; n++) {
      notes.push(
        newAnnotation(
          {
            source: url,
            selector: quote(`Two officials familiar with the talks said passage ${n} of story ${i} was settled`),
            page: { title },
            note:
              n === 2 ? '' : `Note ${n + 1} on this story: the *second* source is named later, in paragraph ${n + 4}.`,
            format: 'markdown',
            verdict: n === 0 ? 'disputed' : undefined,
            tags: n === 1 ? ['follow-up'] : [],
          },
          at(),
        ),
      );
    }
  });
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-screens-'));
  const file = join(dir, 'backup.jsonld');
  writeFileSync(file, exportAs('backup', notes));
  return file;
}

interface TypeReport {
  /** The smallest computed size of running text (paragraphs, list items, notes, labels). */
  body: number;
  /** The smallest computed size of a section heading. */
  headings: number;
  /** The largest computed size of a chip or verdict badge. */
  chips: number;
  /** Visible text smaller than 12 px, with what it says. */
  tiny: string[];
}

/** Computed font sizes of what a reader reads on the page. */
function measureType(page: TestPage): Promise<TypeReport> {
  return page.evaluate(() => {
    const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const sizes = (selector: string) => Array.from(document.querySelectorAll(selector)).filter(visible).map(size);
    const ownText = (el: Element) =>
      Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    const tiny = Array.from(document.querySelectorAll('body *'))
      .filter((el) => visible(el) && ownText(el) && size(el) < 12 && !el.closest('.visually-hidden'))
      .map((el) => {
        const says = el.textContent!.trim().slice(0, 40);
        return `${el.tagName.toLowerCase()}.${el.className}: ${size(el)}px "${says}"`;
      });
    const body = sizes('p, li, dd, blockquote, .note, label, button');
    return {
      body: Math.min(...sizes('p, li, dd, blockquote, .note, label')),
      headings: Math.min(...sizes('h2')),
      chips: Math.max(0, ...sizes('.chip, .verdict')),
      tiny: body.length ? tiny : ['no text found'],
    };
  });
}

/** Scroll containers that hold more than they show, and whether any sits inside another. */
function scrollAreas(page: TestPage): Promise<{ documentHeight: number; areas: string[]; nested: string[] }> {
  return page.evaluate(() => {
    const scrolls = (el: Element) => {
      const style = getComputedStyle(el);
      return /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
    };
    const all = Array.from(document.querySelectorAll('body *')).filter(scrolls);
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${el.className}`;
    return {
      documentHeight: document.documentElement.scrollHeight,
      areas: all.map(name),
      nested: all.filter((el) => all.some((other) => other !== el && other.contains(el))).map(name),
    };
  });
}

/** Imports the reader's library through the file picker and opens the seed article; returns its page. */
async function seed(session: BrowserSession, origin: string): Promise<TestPage> {
  const pageUrl = `${origin}/seed-china-russia.html`;
  const library = await session.openExtensionPage('library.html?tab=transfer');
  await library.waitFor(() => document.querySelector('input[type="file"]') !== null, undefined, 'the file picker');
  await library.upload('input[type="file"]', backup(canonicalUrl(pageUrl)));
  const report = () => /11 added/.test(document.querySelector('.report')?.textContent ?? '');
  await library.waitFor(report, undefined, 'the import');
  await library.close();
  const page = await session.newPage();
  await page.goto(pageUrl);
  await waitForHighlights(page);
  return page;
}

/** The popup's content scrolls under its header: one screenshot per screenful. */
type Artifact = (name: string) => Promise<string>;

async function popupScreens(popup: TestPage, artifact: Artifact, scheme: string): Promise<void> {
  for (let screen = 0; screen < 6; screen++) {
    const more = await popup.evaluate((n: number) => {
      const content = document.querySelector('.content')!;
      content.scrollTop = n * (content.clientHeight - 40);
      return content.scrollTop + content.clientHeight < content.scrollHeight || n === 0;
    }, screen);
    await popup.screenshot(await artifact(`screens-popup-${scheme}-${screen + 1}`));
    if (!more) break;
  }
  await popup.evaluate(() => {
    document.querySelector('.content')!.scrollTop = 0;
  });
}

/**
 * A diagnostics log as a reader may have it after a few failures, so Settings shows the panel with
 * entries (the shape is the stored log's, see shared/diagnostics.ts).
 */
function seedDiagnostics(page: TestPage): Promise<void> {
  return page.evaluate(async () => {
    type Local = { set(items: Record<string, unknown>): Promise<void> };
    const api = globalThis as unknown as { chrome: { storage: { local: Local } } };
    const at = new Date(Date.UTC(2026, 10, 2, 9, 30)).toISOString();
    await api.chrome.storage.local.set({
      diagnostics: [
        { part: 'content', where: 'content:live', name: 'TypeError', message: 'node is null', at, count: 3 },
        {
          part: 'library',
          where: 'library:import',
          name: 'QuotaExceededError',
          message: 'The quota has been exceeded.',
          at,
          count: 1,
        },
      ],
    });
  });
}

/** The library's four tabs at one size and scheme, each screenshot and its type measured. */
async function libraryScreens(library: TestPage, artifact: Artifact, size: string, scheme: string): Promise<void> {
  for (const tab of ['notes', 'entities', 'transfer', 'settings']) {
    await library.click(`#tab-${tab}`);
    await library.waitFor((t: string) => document.querySelector(`#panel-${t}`) !== null, tab, `the ${tab} tab`);
    if (tab === 'notes') {
      await library.waitFor(() => document.querySelector('.vlist .row') !== null, undefined, 'the list');
      await library.evaluate(() => document.querySelector<HTMLElement>('.vlist')!.focus());
      await library.press('End');
      await library.waitFor(() => document.querySelector('.detail .note') !== null, undefined, 'the chosen note');
    }
    await new Promise((done) => setTimeout(done, 150));
    await library.screenshot(await artifact(`screens-library-${tab}-${size}-${scheme}`));
    if (tab === 'settings') {
      await library.waitFor(() => document.querySelector('.diagnostics-log li') !== null, undefined, 'the diagnostics');
      await library.evaluate(() => document.querySelector('#diagnostics-heading')!.scrollIntoView());
      await library.screenshot(await artifact(`screens-library-diagnostics-${size}-${scheme}`));
      await library.evaluate(() => scrollTo(0, 0));
    }
    const type = await measureType(library);
    expect(type.tiny, `${tab} at ${size}`).toEqual([]);
    expect(type.body, `${tab} body text`).toBeGreaterThanOrEqual(13);
    if (type.headings < Infinity) expect(type.headings, `${tab} headings`).toBeGreaterThan(type.body);
    expect(type.chips, `${tab} chips`).toBeLessThanOrEqual(type.body);
  }
}

forEachBrowser('screens', (ctx, browserName) => {
  it('the popup explains the scorecard, fits 600 px with one scroll area, and shows notes as Markdown', async () => {
    const { session, server, artifact } = ctx();
    const page = await seed(session, server.origin);
    const popup = await openPopupFor(session, page);
    await popup.waitFor(() => document.querySelector('#notes-heading') !== null, undefined, 'the popup notes');

    for (const scheme of ['light', 'dark'] as const) {
      if (!(await popup.colorScheme(scheme)) && scheme === 'dark') continue;
      await popupScreens(popup, artifact, scheme);
    }

    await popup.evaluate(() =>
      document.querySelector<HTMLButtonElement>('[aria-labelledby="entities-heading"] button.more')?.click(),
    );
    const text = await popup.evaluate(() => document.body.innerText);
    // The share is said in plain words, and the two counts of a person are labelled apart.
    expect(text).toMatch(/\d+ claims rest on an anonymous source or an unconfirmed report/);
    expect(text).toMatch(
      /That is \d+% of the \d+ statements this article credits to a source; the other \d+ name who said them/,
    );
    const counts = await popup.evaluate(() => ({
      statements: Array.from(
        document.querySelectorAll('.sources dd')[0]?.querySelectorAll('li') ?? [],
        (li) => li.textContent,
      ),
      entities: Array.from(document.querySelectorAll('.entities li'), (li) =>
        (li as HTMLElement).innerText.replace(/\s+/g, ' '),
      ),
    }));
    expect(text).toContain('Statements on the record, by who made them');
    expect(counts.statements).toContain('Janet Yellen 1');
    expect(counts.entities.some((e) => /^Janet Yellen Person \d+ mentions$/.test(e))).toBe(true);
    // A note's Markdown is rendered: bold, link, list; no asterisk left.
    const note = await popup.evaluate(() => {
      const el = document.querySelector('.annotation .note');
      return {
        strong: el?.querySelector('strong')?.textContent,
        link: el?.querySelector('a')?.getAttribute('href'),
        items: el?.querySelectorAll('li').length,
        text: el?.textContent,
      };
    });
    expect(note).toMatchObject({ strong: 'Who', link: 'https://home.treasury.gov/', items: 2 });
    expect(note.text).not.toContain('**');
    // Corrections are listed apart from notes, and can be undone.
    expect(await popup.evaluate(() => document.querySelector('#notes-heading')?.textContent)).toBe('Your notes (1)');
    const correctionsHeading = () => document.querySelector('#corrections-heading')?.textContent;
    expect(await popup.evaluate(correctionsHeading)).toBe('Your corrections (1)');
    expect(await popup.evaluate(() => document.querySelector('.corrections')?.textContent)).toContain('Not anonymous');

    const type = await measureType(popup);
    expect(type.tiny).toEqual([]);
    expect(type.body).toBeGreaterThanOrEqual(13);
    expect(type.headings).toBeGreaterThan(type.body);
    expect(type.chips).toBeLessThanOrEqual(type.body);

    const scroll = await scrollAreas(popup);
    expect(scroll.documentHeight).toBeLessThanOrEqual(600);
    expect(scroll.areas.length).toBeLessThanOrEqual(1);
    expect(scroll.nested).toEqual([]);

    // The key to the marks opens under the header; the popup still fits, with one scroll area.
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('button[aria-controls="key"]')!.click());
    await popup.waitFor(() => document.querySelector('#key .legend') !== null, undefined, 'the key to the marks');
    await popup.screenshot(await artifact('screens-popup-key'));
    const withKey = await scrollAreas(popup);
    expect(withKey.documentHeight).toBeLessThanOrEqual(600);
    expect(withKey.nested).toEqual([]);
    expect((await measureType(popup)).body).toBeGreaterThanOrEqual(13);
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('button[aria-controls="key"]')!.click());

    // Undo a correction: it goes, and Undo brings it back.
    await popup.click('.corrections button');
    const noCorrections = () => document.querySelector('#corrections-heading') === null;
    await popup.waitFor(noCorrections, undefined, 'the correction removed');
    await popup.click('.toast button');
    const oneCorrection = () => document.querySelector('#corrections-heading')?.textContent === 'Your corrections (1)';
    await popup.waitFor(oneCorrection, undefined, 'the correction back');
    expect(popup.errors).toEqual([]);
    await popup.close();

    // On a page Sourcelight cannot run on, the popup says so (not "reload the page").
    const blank = await session.newPage();
    await blank.goto('about:blank');
    const tab = await tabIdOf(session, blank);
    const other = await session.openExtensionPage(`popup.html?tab=${tab}`);
    await other.setViewport(400, 600);
    await other.waitFor(() => document.querySelector('.status') !== null, undefined, 'the popup status');
    const status = await other.evaluate(() => document.querySelector('.status')?.textContent ?? '');
    expect(status).toMatch(/does not run on/);
    expect(status).not.toMatch(/[Rr]eload/);
    await other.screenshot(await artifact('screens-popup-browser-page'));
    await other.close();
    await blank.close();
    await page.close();
  });

  it('the library groups notes by article, shows their text, and reads at a comfortable size', async () => {
    const { session, artifact } = ctx();
    const library = await session.openExtensionPage('library.html');
    await seedDiagnostics(library);
    await library.waitFor(() => document.querySelector('.group-title') !== null, undefined, 'the notes by article');
    const groups = await library.evaluate(() =>
      Array.from(document.querySelectorAll('.group-title'), (el) => el.textContent),
    );
    expect(groups).toContain(SEED_TITLE);
    expect(groups).toContain('Port deal stalls over the price of cranes');
    expect(await library.evaluate(() => document.body.innerText)).toContain('the second source is named later');
    // The keyboard walks notes, not headings: End reaches the oldest note, whose Markdown shows whole in the detail.
    await library.evaluate(() => document.querySelector<HTMLElement>('.vlist')!.focus());
    await library.press('End');
    const noteShown = () => document.querySelector('.detail .note strong')?.textContent === 'Who';
    await library.waitFor(noteShown, undefined, 'the note in the detail');
    await library.press('ArrowUp');
    const correctionShown = () => document.querySelector('.detail .chip')?.textContent === 'Not anonymous';
    await library.waitFor(correctionShown, undefined, 'the correction in the detail');
    await library.press('ArrowUp'); // past the seed article's heading, to the last note of the article above
    const rowAbove = () =>
      document.querySelector('.row.active .row-quote')?.textContent?.includes('passage 0 of story 0');
    await library.waitFor(rowAbove, undefined, 'the row above the heading');
    await library.press('End');

    for (const [width, height] of [
      [1280, 800],
      [400, 600],
    ] as const) {
      await library.setViewport(width, height);
      for (const scheme of ['light', 'dark'] as const) {
        if (!(await library.colorScheme(scheme)) && scheme === 'dark') continue;
        await libraryScreens(library, artifact, `${width}x${height}`, scheme);
      }
      await library.colorScheme('light');
    }
    expect(library.errors).toEqual([]);
    await library.close();
  }, 120_000);

  // Firefox over BiDi cannot switch a page to dark: a second Firefox, started dark, shows both screens.
  it.runIf(browserName === 'firefox')(
    'the popup and the library in Firefox’s dark theme',
    async () => {
      const { server, artifact } = ctx();
      const session = await launch('firefox', { colorScheme: 'dark' });
      try {
        const page = await seed(session, server.origin);
        const popup = await openPopupFor(session, page);
        await popup.waitFor(() => document.querySelector('#notes-heading') !== null, undefined, 'the popup notes');
        expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
        await popupScreens(popup, artifact, 'dark');
        expect((await measureType(popup)).body).toBeGreaterThanOrEqual(13);
        const library = await session.openExtensionPage('library.html');
        await seedDiagnostics(library);
        for (const [width, height] of [
          [1280, 800],
          [400, 600],
        ] as const) {
          await library.setViewport(width, height);
          await libraryScreens(library, artifact, `${width}x${height}`, 'dark');
        }
        expect(popup.errors).toEqual([]);
        expect(library.errors).toEqual([]);
      } finally {
        await session.close();
      }
    },
    120_000,
  );
});
