import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown: emphasis, lists, links, tables, headings below the page title', () => {
    const html = renderMarkdown(
      '# Results\n\nThe **pension** reached *80%* of people.\n\n- one\n- two\n\n[Report](https://example.org/r.pdf)\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    );
    expect(html).toContain('<h2>Results</h2>');
    expect(html).toContain('<strong>pension</strong>');
    expect(html).toContain('<em>80%</em>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://example.org/r.pdf" rel="nofollow noopener ugc">Report</a>');
    expect(html).toContain('<td>2</td>');
    expect(html).not.toContain('<h1');
  });

  it('drops scripts and styles with their content', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> and <style>body{display:none}</style>world');
    expect(html).not.toMatch(/script|alert|style|display/i);
    expect(html).toContain('Hello');
    expect(html).toContain('world');
  });

  it('drops iframes, objects, embeds, forms and SVG', () => {
    const html = renderMarkdown(
      '<iframe src="https://evil.example/"></iframe>\n\n<object data="x.swf"></object><embed src="x"><form action="/x"><input name="a"></form><svg onload="alert(1)"><circle/></svg>Text',
    );
    expect(html).not.toMatch(/iframe|object|embed|form|input|svg|onload|evil/i);
    expect(html).toContain('Text');
  });

  it('neutralises javascript:, data: and vbscript: links and images', () => {
    for (const src of [
      '[click](javascript:alert(1))',
      '[click](JaVaScRiPt:alert(1))',
      '<a href="javascript&#58;alert(1)">click</a>',
      '<a href=" javascript:alert(1)">click</a>',
      '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '[click](vbscript:msgbox(1))',
    ]) {
      const html = renderMarkdown(src);
      expect(html, src).not.toMatch(/javascript|data:|vbscript|alert/i);
      expect(html, src).toContain('click');
    }
    const img = renderMarkdown('![x](data:image/png;base64,AAAA) ![y](http://insecure.example/a.png)');
    expect(img).not.toMatch(/data:|http:/);
  });

  it('removes event handler attributes and inline styles from allowed tags', () => {
    const html = renderMarkdown(
      '<p onclick="alert(1)" style="color:red">Hi</p> <a href="https://example.org" onmouseover="alert(2)">x</a> <img src="https://example.org/a.png" onerror="alert(3)" alt="a">',
    );
    expect(html).not.toMatch(/onclick|onmouseover|onerror|style=|alert/i);
    expect(html).toContain('<a href="https://example.org" rel="nofollow noopener ugc">x</a>');
    expect(html).toMatch(
      /<img src="https:\/\/example.org\/a.png" alt="a" loading="lazy" decoding="async" \/>/,
    );
  });

  it('overrides a rel given in the source (no dofollow links from members)', () => {
    expect(renderMarkdown('<a href="https://example.org" rel="follow">x</a>')).toContain(
      'rel="nofollow noopener ugc"',
    );
  });

  it('returns an empty string for nothing', () => {
    expect(renderMarkdown('')).toBe('');
    expect(renderMarkdown(null)).toBe('');
  });
});

describe('markdownToText', () => {
  it('keeps the words, not the markup', () => {
    expect(markdownToText('## Title\n\nSome **bold** & [link](https://x.org) <script>x()</script>')).toBe(
      'Title\n\nSome bold & link',
    );
  });
});
