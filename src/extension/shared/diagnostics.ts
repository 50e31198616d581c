/**
 * The diagnostics log: what failed, where, kept in `storage.local` (never sent anywhere) so a reader
 * can paste it into a bug report from the library's Settings. Bounded: the last MAX_ENTRIES
 * entries, each a code-path tag, an error name and a short message, with repeats counted instead of
 * stored again.
 *
 * No page text or note text may enter it. Error messages can carry either (a parser quoting its
 * input, a URL with a token, a DOMException naming a selector), so every message is scrubbed here:
 * quoted text, URLs and e-mail addresses become `<text>`, `<url>` and `<email>`, and what is left
 * is cut short. The content script does not scrub (its size budget): it sends a raw report, its
 * message cut to RAW_MESSAGE, that the background (the log's one writer) scrubs before storing it.
 * Pure: used by the background and the pages; the content script has only failure-report.ts.
 */
import * as z from 'zod/mini';
import { RAW_MESSAGE, errorMessage, errorName } from './failure-report.ts';

export { RAW_MESSAGE, reportOf } from './failure-report.ts';

export const DIAGNOSTICS_KEY = 'diagnostics';
export const MAX_ENTRIES = 200;
const MAX_MESSAGE = 160;

export const PARTS = ['background', 'content', 'popup', 'library'] as const;
export type Part = (typeof PARTS)[number];

/** A code path, e.g. `library:import` or `content:live`: our words, never the page's. */
export const Where = z.string().check(z.regex(/^[a-z][a-z0-9-]*(?::[a-z0-9-]+)*$/), z.maxLength(48));

/** What a part reports: the background adds the time and which part sent it. */
export const Failure = z.object({
  where: Where,
  name: z.string().check(z.maxLength(60)),
  message: z.string().check(z.maxLength(MAX_MESSAGE)),
});
export type Failure = z.infer<typeof Failure>;

/** What the content script reports: an unscrubbed message, for the background to scrub (see appendFailure). */
export const RawFailure = z.object({
  where: Where,
  name: z.string().check(z.maxLength(60)),
  message: z.string().check(z.maxLength(RAW_MESSAGE)),
});
export type RawFailure = z.infer<typeof RawFailure>;

/** Failure's shape spread rather than z.extend: zod's object helpers stay out of the content script. */
export const LogEntry = z.object({
  ...Failure.shape,
  part: z.enum(PARTS),
  /** ISO time of the last occurrence. */
  at: z.string(),
  /** How many times in a row it happened. */
  count: z.int().check(z.minimum(1)),
});
export type LogEntry = z.infer<typeof LogEntry>;

export const DiagnosticsLog = z.array(LogEntry);

/** The stored log, oldest first; an unreadable one reads as empty rather than hiding new entries. */
export function parseLog(value: unknown): LogEntry[] {
  const parsed = DiagnosticsLog.safeParse(value ?? []);
  return parsed.success ? parsed.data.slice(-MAX_ENTRIES) : [];
}

/** A message with anything that may be the reader's or the page's text taken out. */
export function scrub(message: string): string {
  const cleaned = message
    .replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, '<url>')
    .replace(/\bdata:\S+/gi, '<url>')
    .replace(/[^\s@"'“”‘’`]+@[^\s@"'“”‘’`]+\.[a-z]{2,}/gi, '<email>')
    .replace(/"[^"]*"|'[^']*'|“[^”]*”|‘[^’]*’|`[^`]*`|«[^»]*»/g, '<text>')
    // A quote left unclosed (or an apostrophe: better too much out than a word of page text in)
    // runs to the end of the message: drop the rest.
    .replace(/["'“”‘’`«»].*$/s, '<text>')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > MAX_MESSAGE ? `${cleaned.slice(0, MAX_MESSAGE - 1)}…` : cleaned;
}

/** A failure at `where`, ready to log: name and scrubbed message only, never a stack or a value. */
export function describeFailure(where: string, error: unknown): Failure {
  const tag = Where.safeParse(where);
  return { where: tag.success ? tag.data : 'unknown', name: errorName(error), message: scrub(errorMessage(error)) };
}

/**
 * The log with `failure` added (its message scrubbed and cut short, its name kept to word characters,
 * whatever sent it): a repeat of the last entry is counted, the oldest entries drop off.
 */
export function appendFailure(
  log: readonly LogEntry[],
  failure: Failure | RawFailure,
  part: Part,
  at: Date,
): LogEntry[] {
  const name = failure.name.replace(/[^\w/.-]/g, '') || 'Error';
  const clean: Failure = { where: failure.where, name, message: scrub(failure.message) };
  const last = log[log.length - 1];
  if (
    last &&
    last.part === part &&
    last.where === clean.where &&
    last.name === clean.name &&
    last.message === clean.message
  ) {
    return [...log.slice(0, -1), { ...last, at: at.toISOString(), count: last.count + 1 }];
  }
  return [...log, { ...clean, part, at: at.toISOString(), count: 1 }].slice(-MAX_ENTRIES);
}

/** The text a reader pastes into a bug report. */
export function diagnosticsReport(log: readonly LogEntry[], about: { version: string; browser: string }): string {
  const lines = [
    `Sourcelight ${about.version}`,
    `Browser: ${about.browser}`,
    `Problems recorded: ${log.length ? log.reduce((n, e) => n + e.count, 0) : 'none'}`,
    '',
    ...log.map(
      (e) =>
        `${e.at} ${e.part} ${e.where} ${e.name}${e.count > 1 ? ` ×${e.count}` : ''}: ${e.message || '(no message)'}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** "Firefox 153", "Chrome 156", from a user-agent string. */
export function browserName(userAgent: string): string {
  const match = /(Firefox|Chrome)\/(\d+)/.exec(userAgent);
  const os = /Windows|Mac OS X|Android|CrOS|Linux/.exec(userAgent)?.[0]?.replace('Mac OS X', 'macOS');
  return `${match ? `${match[1]} ${match[2]}` : 'unknown browser'}${os ? ` on ${os}` : ''}`;
}
