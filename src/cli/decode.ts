/**
 * Bytes to text: byte-order marks, UTF-8, the charset an HTML page declares, and windows-1252 for
 * old pages that declare nothing. Binary data is refused rather than decoded into garbage.
 */
import { InputError } from './errors.ts';

/** windows-1252 code points for bytes 0x80–0x9F (Node's TextDecoder treats them as Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const SNIFF_BYTES = 64 * 1024;

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    let out = '';
    for (const b of chunk) out += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    parts.push(out);
  }
  return parts.join('');
}

/** The charset an HTML page declares in its first bytes, lower case, or null. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = decodeWindows1252(bytes.subarray(0, 2048));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

/** Control characters other than tab, new line, form feed and carriage return: a sign of binary data. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) control++;
  }
  return control > sample.length / 100;
}

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const charset = declaredCharset(bytes);
    const legacy = charset && !/^utf-?8$/.test(charset);
    text = legacy ? decodeLegacy(bytes, charset) : decodeUtf8OrWindows1252(bytes);
  }
  if (looksBinary(text)) throw new InputError('binary content, not an HTML page or text');
  return text;
}

function decodeUtf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: old pages that declare no charset are almost always windows-1252.
    return decodeWindows1252(bytes);
  }
}

function decodeLegacy(bytes: Uint8Array, charset: string): string {
  if (/^(?:windows-1252|cp1252|iso-8859-1|latin-?1|us-ascii|ascii)$/.test(charset)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // A charset this Node.js does not know: UTF-8 if it is valid, else the web's usual fallback.
    return decodeUtf8OrWindows1252(bytes);
  }
}
