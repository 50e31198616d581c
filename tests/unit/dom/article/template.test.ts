/**
 * Two ways real pages came out wrong (issue 15), on small made-up pages of the same shape: a video
 * player's chrome and transcript taken for the article (which then stopped after two paragraphs),
 * and a short article in a heavy template of links refused as "no article text".
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/dom/article/index.ts';
import { jsdomDocument, linkedomDocument } from './helpers.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Council votes to close the old bridge | Daily</title></head><body>${body}</body></html>`;
const para = (i: number) =>
  `<p>Story ${i}: the council voted seven to two on Tuesday to close the old bridge to cars from March, after engineers found cracks in two of its piers.</p>`;

/** A video.js-style player: title bar, control bar with screen-reader labels, caption settings, transcript. */
const player = `
  <div class="video-embed">
    <div class="video-js vjs-fluid" aria-label="Video Player" role="region">
      <video class="vjs-tech" src="/v.mp4"></video>
      <div class="vjs-title-bar"><div class="vjs-title-bar-title">Watch: the cracks engineers found under the bridge</div></div>
      <div class="vjs-control-bar" dir="ltr">
        <button class="vjs-play-control" type="button"><span class="vjs-control-text">Play</span></button>
        <div class="vjs-current-time vjs-time-control"><span class="vjs-control-text" role="presentation">Current Time&nbsp;</span><span class="vjs-current-time-display" role="presentation">0:00</span></div>
        <div class="vjs-time-control vjs-time-divider"><div><span>/</span></div></div>
        <div class="vjs-duration vjs-time-control"><span class="vjs-control-text">Duration&nbsp;</span><span class="vjs-duration-display">2:41</span></div>
        <div class="vjs-progress-control"><div class="vjs-progress-holder vjs-slider" role="slider" aria-label="Progress Bar">
          <div class="vjs-load-progress"><span class="vjs-control-text"><span>Loaded</span>: <span class="vjs-control-text-loaded-percentage">0%</span></span></div>
        </div></div>
        <div class="vjs-remaining-time vjs-time-control"><span class="vjs-control-text">Remaining Time&nbsp;</span>-2:41</div>
        <div class="vjs-playback-rate"><div class="vjs-playback-rate-value">1x</div><span class="vjs-control-text">Playback Rate</span></div>
        <div class="vjs-subs-caps-button"><span class="vjs-control-text">Captions, subtitles and descriptions settings, opens captions settings dialog</span></div>
      </div>
      <div class="vjs-text-track-settings vjs-modal-dialog" role="dialog"><p class="vjs-modal-dialog-description">Beginning of dialog window. Escape will cancel and close the window.</p>
        <fieldset><legend>Text</legend><label>Color</label><select><option>White</option></select></fieldset></div>
    </div>
    <div class="video-transcript">
      <p>Transcript: I'm standing under the old bridge, where engineers this spring found the first of the cracks that would close it to traffic.</p>
      <p>The crack runs for almost two metres along the second pier, and you can put your fingers into it here at the waterline.</p>
      <p>Engineers say water got into the concrete over decades of winters, and the steel inside began to rust and swell.</p>
      <p>The council's report says repairs would cost more than a new bridge, and would take the crossing out of use for two years.</p>
      <p>For now the bridge stays open to people on foot and on bicycles, and the buses will go round by the ring road.</p>
      <p>Residents we spoke to on the south bank said they would miss it, and some said they had walked it every day for fifty years.</p>
    </div>
  </div>`;

const kept = (body: string) => {
  const texts: string[][] = [];
  for (const parse of [linkedomDocument, jsdomDocument]) {
    texts.push(extractArticle(parse(page(body))).article.blocks.map((b) => b.text));
  }
  expect(texts[0]).toEqual(texts[1]);
  return texts[0]!;
};

describe('video players are not article text', () => {
  it('leaves out a player at the top, with its controls and transcript, and keeps the whole story', () => {
    const body = `<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
      <main><div class="lead-media">${player}${para(1)}${para(2)}</div>
      <div class="story-body">${[3, 4, 5, 6, 7].map(para).join('')}</div></main>`;
    const text = kept(body).join('\n');
    expect(text).not.toMatch(
      /Current Time|Loaded|Remaining Time|Playback Rate|captions settings|Transcript|dialog window/,
    );
    for (const i of [1, 2, 3, 4, 5, 6, 7]) expect(text).toContain(`Story ${i}:`);
  });

  it('reads on past a player embedded in the middle of the body', () => {
    const body = `<article><h1>Council votes to close the old bridge</h1><div class="article-body">
      ${para(1)}${para(2)}${player}${[3, 4, 5, 6].map(para).join('')}</div></article>`;
    const blocks = kept(body);
    expect(blocks.map((b) => b.split(':')[0])).toEqual([
      'Story 1',
      'Story 2',
      'Story 3',
      'Story 4',
      'Story 5',
      'Story 6',
    ]);
  });

  it('leaves out an audio player and a JW Player the same way', () => {
    const jw = `<div class="jwplayer jw-reset" aria-label="Video Player"><div class="jw-controls"><div class="jw-text-elapsed" role="timer">00:00</div><div class="jw-text-duration">02:41</div><div class="jw-settings-menu" role="menu">Playback Rates Quality Subtitles</div></div></div>`;
    const audio = `<div class="audio-player"><audio src="/a.mp3"></audio><span class="audio-player-label">Listen to this article: the council's decision on the old bridge, read aloud</span></div>`;
    const blocks = kept(`<article><h1>Council votes</h1>${audio}${para(1)}${jw}${para(2)}${para(3)}</article>`);
    expect(blocks.map((b) => b.split(':')[0])).toEqual(['Story 1', 'Story 2', 'Story 3']);
  });
});

describe('a short article in a heavy template', () => {
  const links = (n: number, what: string) =>
    `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/${what}/${i}">${what} story number ${i} in the list</a></li>`).join('')}</ul>`;
  const short = `<p>The council voted on Tuesday to close the old bridge to cars from March, after engineers found cracks in two of its piers.</p>
    <p>"We had no safe choice," the council leader, <a href="/people/ana-ruiz">Ana Ruiz</a>, said after the vote.</p>
    <p>The bridge stays open to people on foot and on bicycles.</p>`;

  it('finds three paragraphs among hundreds of links', () => {
    const body = `<div id="page"><header>${links(40, 'menu')}</header>
      <div class="content"><div class="col-left">${links(30, 'latest')}</div>
      <div class="col-main"><h1>Council votes to close the old bridge</h1><div class="text">${short}</div>
      <div class="tags"><a href="/t/1">Bridges</a> <a href="/t/2">Council</a> <a href="/t/3">Transport</a></div></div>
      <div class="col-right">${links(30, 'popular')}</div></div><div class="bottom">${links(60, 'more')}</div></div>`;
    const blocks = kept(body);
    expect(blocks.map((b) => b.slice(0, 24))).toEqual([
      'The council voted on Tue',
      '"We had no safe choice,"',
      'The bridge stays open to',
    ]);
  });

  it('finds a short article beside a rail of teasers that holds more prose than the story', () => {
    const card = (i: number) =>
      `<div class="card"><h3><a href="/s/${i}">Headline number ${i} about something else in the city</a></h3>` +
      `<p>A summary of story ${i}, two lines of teaser text that tell what the story is about and why.</p></div>`;
    const cards = (from: number, n: number) => Array.from({ length: n }, (_, i) => card(from + i)).join('');
    const body = `<header><nav>${links(40, 'menu')}</nav></header><main><div class="col">
      <h1>Council votes to close the old bridge</h1><div class="body">${short}</div></div>
      <div class="rail">${cards(0, 20)}</div></main><footer>${cards(20, 10)}</footer>`;
    expect(kept(body).map((b) => b.slice(0, 24))).toEqual([
      'The council voted on Tue',
      '"We had no safe choice,"',
      'The bridge stays open to',
    ]);
  });

  it('reads an article hidden on small screens only (hidden md:block), and heavily linked paragraphs', () => {
    const linked = `<p><a href="/a">The council voted on Tuesday</a> to close <a href="/b">the old bridge to cars</a>
      from March, after <a href="/c">engineers found cracks in two of its piers</a>.</p>`;
    const body = `<nav>${links(40, 'menu')}</nav><div class="hidden md:block"><h1>Council votes</h1>${linked}
      <p>"We had no safe choice," the council leader, Ana Ruiz, said after the vote on Tuesday.</p>
      <p>The bridge stays open to people on foot and on bicycles.</p></div><div class="md:hidden">${links(20, 'mobile')}</div>`;
    const text = kept(body).join('\n');
    expect(text).toContain('The council voted on Tuesday to close the old bridge to cars');
    expect(text).toContain('The bridge stays open');
    expect(text).not.toContain('mobile story');
  });

  it('finds a short article whose container is mostly links (a link per sentence, a long tag list)', () => {
    const tags = Array.from({ length: 25 }, (_, i) => `<a href="/t/${i}">Topic ${i}</a>`).join(' ');
    const body = `<nav>${links(80, 'menu')}</nav><div class="main"><div class="post">
      <h1>Council votes to close the old bridge</h1>${short}<div class="post-tags">${tags}</div>
      <div class="related">${links(20, 'related')}</div></div></div><footer>${links(50, 'footer')}</footer>`;
    const text = kept(body).join('\n');
    expect(text).toContain('The council voted on Tuesday');
    expect(text).toContain('The bridge stays open');
    expect(text).not.toContain('menu story');
  });
});
