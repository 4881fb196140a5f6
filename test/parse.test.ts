// Parsing drafts into posts: every offset maps back to the exact place in the original file.
import { describe, expect, test } from 'vitest';
import { partOffset } from '../src/engine/locate.js';
import { parseFile } from '../src/posts/parse.js';
import { decodeSource, InputError, makeSource, position } from '../src/posts/source.js';

const src = (text: string, name = 'a.md') => makeSource(text, `/x/${name}`, name);

/** The source text a part's [s, e) maps to. */
function mapped(text: string, name: string, find: string, partIndex = 0, postIndex = 0) {
  const source = src(text, name);
  const post = parseFile(source).posts[postIndex];
  const part = post.parts[partIndex];
  const i = part.text.indexOf(find);
  expect(i).toBeGreaterThanOrEqual(0);
  const s = partOffset(part, i);
  return { at: position(source, s), slice: text.slice(s, s + find.length) };
}

describe('markdown drafts', () => {
  test('front matter, body as published (layout newlines trimmed)', () => {
    const { posts, problems } = parseFile(src('---\naccount: "@Acme"\nplatforms: [X, bluesky]\nlang: en-GB\n---\n\nHello world\n\n'));
    expect(problems).toEqual([]);
    expect(posts[0].body.text).toBe('Hello world');
    expect(posts[0].meta).toMatchObject({ account: 'acme', platforms: ['x', 'bluesky'], lang: 'en-GB' });
  });

  test('no front matter: the whole file is the post', () => {
    const { posts } = parseFile(src('Just text\n'));
    expect(posts[0].body.text).toBe('Just text');
    expect(posts[0].data).toEqual({});
  });

  test('CRLF and BOM keep offsets exact', () => {
    const bytes = Buffer.from('\ufeff---\r\nplatform: x\r\n---\r\nLine one\r\nSecond TK line\r\n', 'utf8');
    const source = decodeSource(bytes, '/x/a.md', 'a.md');
    expect(source.bom).toBe(true);
    const post = parseFile(source).posts[0];
    const i = post.body.text.indexOf('TK');
    expect(position(source, partOffset(post.body, i))).toEqual({ line: 5, column: 8 });
  });

  test('alt text in a quoted scalar maps to its column', () => {
    expect(mapped('---\nmedia:\n  - path: a.png\n    alt: "A cup of TK coffee"\n---\nHi\n', 'a.md', 'TK', 1)).toEqual({ at: { line: 4, column: 20 }, slice: 'TK' });
  });

  test('fields record key and value ranges', () => {
    const source = src('---\nplatform: x\npublish_at: 2027-01-01T09:00:00Z\n---\nHi\n');
    const post = parseFile(source).posts[0];
    const f = post.fields.publish_at;
    expect(source.text.slice(...f.key)).toBe('publish_at');
    expect(source.text.slice(...f.value)).toBe('2027-01-01T09:00:00Z');
  });

  test('malformed front matter is a problem with its place, and the post is not linted', () => {
    const { posts, problems } = parseFile(src('---\na: [1\n---\nHi\n'));
    expect(posts[0].broken).toBe(true);
    expect(problems[0].message).toMatch(/^malformed YAML in front matter/);
    expect(problems[0].offset).toBeGreaterThanOrEqual(4);
  });

  test('front matter that is not a mapping', () => {
    const { problems } = parseFile(src('---\n- a\n- b\n---\nHi\n'));
    expect(problems[0].message).toMatch(/must be a YAML mapping/);
  });
});

describe('calendars', () => {
  test('block literal text maps line by line', () => {
    const text = '- platform: x\n  text: |\n    First line\n    Second TK line\n- platform: x\n  text: Plain TK\n';
    expect(mapped(text, 'c.yaml', 'TK')).toEqual({ at: { line: 4, column: 12 }, slice: 'TK' });
    expect(mapped(text, 'c.yaml', 'TK', 0, 1)).toEqual({ at: { line: 6, column: 15 }, slice: 'TK' });
  });

  test('double-quoted text with escapes maps past them', () => {
    const text = '- text: "Say \\"hi\\" \\u00e9 then TK"\n';
    expect(mapped(text, 'c.yaml', 'TK')).toEqual({ at: { line: 1, column: 33 }, slice: 'TK' });
  });

  test('folded text', () => {
    const text = 'posts:\n  - text: >\n      Folded first\n      and TK second\n';
    expect(mapped(text, 'c.yaml', 'TK')).toEqual({ at: { line: 4, column: 11 }, slice: 'TK' });
  });

  test('JSON calendars', () => {
    const text = '[{"platform": "x", "text": "A post with TK"}, {"platform": "x", "text": "B"}]';
    const { posts } = parseFile(src(text, 'c.json'));
    expect(posts.map((p) => p.id)).toEqual(['c.json#1', 'c.json#2']);
    expect(mapped(text, 'c.json', 'TK')).toEqual({ at: { line: 1, column: 41 }, slice: 'TK' });
  });

  test('an item without text, or not a mapping, is a problem of that item only', () => {
    const { posts, problems } = parseFile(src('- platform: x\n- just a string\n- platform: x\n  text: ok\n', 'c.yaml'));
    expect(problems.map((p) => [p.post, p.message])).toEqual([
      [0, 'post 1 has no "text": add the text to publish'],
      [1, 'item 2 is not a post (expected a mapping with "text")'],
    ]);
    expect(posts[2].broken).toBeUndefined();
    expect(posts[2].body.text).toBe('ok');
  });
});

describe('hostile YAML', () => {
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)];

  test('an alias bomb in front matter is one problem at the first alias; the post is not linted', () => {
    const { posts, problems } = parseFile(src(`---\nplatform: x\n${bomb.join('\n')}\n---\nHi\n`));
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^front matter cannot be read: its aliases expand too far/);
    expect(problems[0].offset).toBe(`---\nplatform: x\n${bomb[0]}\nb: &b [`.length);
    expect(posts[0].broken).toBe(true);
  });

  test('in a calendar, the bomb is that post\'s problem; the others are read, and ordinary aliases resolve', () => {
    const text = `- text: one\n  platform: &p bluesky\n- text: two\n  extra:\n${bomb.map((l) => `    ${l}`).join('\n')}\n- text: three\n  platform: *p\n`;
    const { posts, problems } = parseFile(src(text, 'c.yaml'));
    expect(problems.map((p) => [p.post, p.message.slice(0, 28)])).toEqual([[1, 'post 2 cannot be read: its a']]);
    expect(posts[1].broken).toBe(true);
    expect(posts[2].meta.platforms).toEqual(['bluesky']);
  });

  test('nesting deeper than 100 levels is one problem, at the level that crosses it; 100 levels are read', () => {
    const deep = (d: number) => `x: ${'['.repeat(d)}${']'.repeat(d)}\n`;
    for (const d of [101, 5000, 300_000]) {
      const { problems } = parseFile(src(`---\n${deep(d)}---\nHi\n`));
      expect(problems).toEqual([{ messageId: 'tooDeep', data: { what: 'front matter', max: 100 }, message: 'front matter nests lists or mappings more than 100 levels deep; postlint reads at most 100', offset: expect.any(Number), end: expect.any(Number) }]);
      expect(problems[0].offset).toBeLessThan(4 + 3 + 110);
    }
    expect(parseFile(src(`---\n${deep(99)}---\nHi\n`)).problems).toEqual([]);
    const block = `x:\n${Array.from({ length: 150 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')} 1\n`;
    expect(parseFile(src(`---\n${block}---\nHi\n`)).problems[0].message).toMatch(/more than 100 levels deep/);
    const cal = parseFile(src(`[{"text": "Hi", "x": ${'['.repeat(1000)}${']'.repeat(1000)}}]`, 'c.json'));
    expect(cal.problems.map((p) => p.message)).toEqual(['JSON nests lists or mappings more than 100 levels deep; postlint reads at most 100']);
  });
});

describe('decoding', () => {
  const refused = (bytes: number[] | Buffer) => {
    try {
      decodeSource(Buffer.from(bytes as number[]), '/x', 'x');
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return e as InputError;
    }
    throw new Error('decoded');
  };

  test('binary is refused at the NUL byte', () => {
    const e = refused(Buffer.from('a\nbc\0'));
    expect([e.line, e.column]).toEqual([2, 3]);
  });

  test('invalid UTF-8 is refused at the line and column of the bad byte, counted in characters', () => {
    const e = refused([0x61, 0x0a, 0x62, 0x0a, 0xff]);
    expect([e.line, e.column]).toEqual([3, 1]);
    expect(e.message).toBe('is not valid UTF-8 (byte 0xFF at byte offset 4); save it as UTF-8');
    // "café " in UTF-8 is 6 bytes but 5 characters: Latin-1 "é" after it is column 6.
    const f = refused([...Buffer.from('---\nx: 1\n---\ncafé '), 0xe9, 0x0a]);
    expect([f.line, f.column]).toEqual([4, 6]);
    // A BOM is not a column.
    expect(refused([0xef, 0xbb, 0xbf, 0x61, 0xc3]).column).toBe(2);
  });

  test('overlong forms, surrogates and code points past U+10FFFF are found where they start', () => {
    expect(refused([0x61, 0xe0, 0x80, 0xaf]).column).toBe(2); // overlong "/"
    expect(refused([0x61, 0x62, 0xed, 0xa0, 0x80]).column).toBe(3); // U+D800
    expect(refused([0xf4, 0x90, 0x80, 0x80]).column).toBe(1); // U+110000
    expect(refused([0x61, 0xc3]).message).toContain('byte 0xC3 at byte offset 1'); // truncated at the end
  });
});
