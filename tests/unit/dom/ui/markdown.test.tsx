// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Markdown, NoteText } from '../../../../src/dom/ui/Markdown.tsx';

let host: HTMLElement;
function show(vnode: preact.VNode): HTMLElement {
  host = document.createElement('div');
  document.body.appendChild(host);
  render(vnode, host);
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('Markdown', () => {
  it('renders emphasis, code, lists and paragraphs as elements', () => {
    const el = show(<Markdown source={'**Bold** and _it_ with `x<y`\n\n- one\n- two\n\n1. first'} />);
    expect(el.querySelector('strong')?.textContent).toBe('Bold');
    expect(el.querySelector('em')?.textContent).toBe('it');
    expect(el.querySelector('code')?.textContent).toBe('x<y');
    expect([...el.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['one', 'two']);
    expect(el.querySelector('ol > li')?.textContent).toBe('first');
    expect(el.querySelectorAll('p').length).toBe(1);
  });

  it('opens safe links in a new tab without opener or referrer', () => {
    const el = show(<Markdown source="[AP](https://apnews.com/a) and mail <mailto:desk@example.org>" />);
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://apnews.com/a', 'mailto:desk@example.org']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('never creates markup from hostile notes', () => {
    const hostile = [
      '<script>window.pwned = 1</script>',
      '<img src=x onerror="window.pwned = 1">',
      '[click](javascript:window.pwned=1)',
      '[x](data:text/html,<script>1</script>)',
      '<a href="javascript:1">a</a>',
      '<iframe src="https://evil.example"></iframe>',
    ].join('\n\n');
    const el = show(<Markdown source={hostile} />);
    expect(el.querySelector('script, img, iframe, [onerror]')).toBeNull();
    // The only link is the bare https address in the iframe's text; no other scheme becomes a link.
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://evil.example']);
    expect(el.textContent).toContain('<img src=x onerror="window.pwned = 1">');
    expect(el.textContent).toContain('click');
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('keeps a plain-text note as typed, Markdown characters included', () => {
    const el = show(<NoteText note={'**not bold**\n<b>x</b>'} format="text" />);
    expect(el.querySelector('strong, b')).toBeNull();
    expect(el.textContent).toBe('**not bold**\n<b>x</b>');
  });
});
