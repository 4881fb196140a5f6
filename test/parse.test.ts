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

describe('decoding', () => {
  test('binary and invalid UTF-8 are refused with the line', () => {
    expect(() => decodeSource(Buffer.from('a\nb\0'), '/x', 'x')).toThrow(InputError);
    try {
      decodeSource(Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0xff]), '/x', 'x');
    } catch (e) {
      expect((e as InputError).line).toBe(3);
      expect((e as Error).message).toMatch(/not valid UTF-8/);
    }
  });
});
