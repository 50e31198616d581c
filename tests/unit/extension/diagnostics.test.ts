import { describe, expect, it } from 'vitest';
import {
  MAX_ENTRIES,
  RAW_MESSAGE,
  RawFailure,
  appendFailure,
  browserName,
  describeFailure,
  diagnosticsReport,
  parseLog,
  reportOf,
  scrub,
  type LogEntry,
} from '../../../src/extension/shared/diagnostics.ts';

const at = new Date('2026-12-07T08:00:00.000Z');

describe('the diagnostics log', () => {
  it('keeps the error name and a message without quoted text, addresses or e-mails', () => {
    const error = new SyntaxError(
      `Unexpected token "Officials said the strike was imminent" at https://news.example/story?token=abc, ask jane@news.example`,
    );
    const failure = describeFailure('content:live', error);
    expect(failure).toEqual({
      where: 'content:live',
      name: 'SyntaxError',
      message: 'Unexpected token <text> at <url> ask <email>',
    });
    const text = JSON.stringify(failure);
    for (const secret of ['Officials', 'news.example', 'token=abc', 'jane']) expect(text).not.toContain(secret);
  });

  it('drops an unclosed quotation to the end of the message, and cuts long messages short', () => {
    expect(scrub(`Invalid selector 'div > p:has(“a secret quote`)).toBe('Invalid selector <text>');
    expect(scrub('x'.repeat(500)).length).toBe(160);
  });

  it('names a Dexie error by its inner DOMException too', () => {
    const error = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError' },
    });
    expect(describeFailure('library:save', error).name).toBe('AbortError/QuotaExceededError');
    expect(describeFailure('library:save', 'plain string').name).toBe('string');
  });

  it('refuses a code path that is not one of ours (it could carry page text)', () => {
    expect(describeFailure('Officials said so', new Error('x')).where).toBe('unknown');
  });

  it('counts a repeat instead of storing it again, and keeps only the last entries', () => {
    const failure = describeFailure('background:review-notes', new Error('Database closed'));
    let log: LogEntry[] = [];
    for (let i = 0; i < 3; i++) log = appendFailure(log, failure, 'background', at);
    expect(log).toHaveLength(1);
    expect(log[0]!.count).toBe(3);
    for (let i = 0; i < MAX_ENTRIES + 50; i++) {
      log = appendFailure(log, describeFailure(`content:step-${i}`, new Error('boom')), 'content', at);
    }
    expect(log).toHaveLength(MAX_ENTRIES);
    expect(log[0]!.where).toBe('content:step-50');
    expect(log.at(-1)!.where).toBe(`content:step-${MAX_ENTRIES + 49}`);
  });

  it('scrubs again what another part sent, and reads a damaged stored log as empty', () => {
    const log = appendFailure(
      [],
      { where: 'content:save', name: 'Error', message: 'failed on "secret note"' },
      'content',
      at,
    );
    expect(log[0]!.message).toBe('failed on <text>');
    expect(parseLog('not a log')).toEqual([]);
    expect(parseLog(log)).toEqual(log);
  });

  it('stores a raw report from the content script scrubbed: no page or note text, no address', () => {
    const error = new TypeError(
      `Cannot read "the minister resigned" of https://news.example/story?token=abc, ask jane@news.example`,
    );
    const report = reportOf('content:save', error);
    expect(report).toEqual({ where: 'content:save', name: 'TypeError', message: error.message });
    expect(RawFailure.safeParse(report).success).toBe(true);
    const [entry] = appendFailure([], report, 'content', at);
    expect(entry).toMatchObject({
      where: 'content:save',
      name: 'TypeError',
      message: 'Cannot read <text> of <url> ask <email>',
    });
    for (const secret of ['minister', 'news.example', 'token=abc', 'jane'])
      expect(JSON.stringify(entry)).not.toContain(secret);
    // A name that is not an error's name is kept to word characters.
    expect(appendFailure([], { ...report, name: 'Bad <b>name</b>' }, 'content', at)[0]!.name).toBe('Badbname/b');
  });

  it('cuts a long raw message short without keeping a piece of the word it was cut in', () => {
    const message = `${'x '.repeat(RAW_MESSAGE / 2 - 5)}see https://news.example/${'a'.repeat(100)}`;
    const report = reportOf('content:live', new Error(message));
    expect(report.message.length).toBeLessThanOrEqual(RAW_MESSAGE);
    expect(report.message).not.toContain('https');
    expect(RawFailure.safeParse(report).success).toBe(true);
  });

  it('writes a report with the version, browser and every entry', () => {
    const log = appendFailure([], describeFailure('library:import', new TypeError('x is undefined')), 'library', at);
    const report = diagnosticsReport(log, { version: '0.1.0', browser: 'Firefox 153 on Linux' });
    expect(report).toBe(
      'Sourcelight 0.1.0\nBrowser: Firefox 153 on Linux\nProblems recorded: 1\n\n' +
        '2026-12-07T08:00:00.000Z library library:import TypeError: x is undefined\n',
    );
    expect(browserName('Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0')).toBe(
      'Firefox 153 on Linux',
    );
    expect(
      browserName(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
      ),
    ).toBe('Chrome 156 on Linux');
  });
});
