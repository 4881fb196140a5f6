import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run, slice } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';
import { makeTempDir, tempDir } from '../support/temp.js';

// Small image files made here: a PNG signature + IHDR and a JPEG SOI + APP0 + SOF0 are all
// image-size needs to read type and dimensions.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function png(width: number, height: number, pad = 0): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const type = Buffer.from('IHDR');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(13);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, ihdr])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), len, type, ihdr, crc, Buffer.alloc(pad)]);
}
function jpeg(width: number, height: number): Buffer {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01];
  return Buffer.from([0xff, 0xd8, ...app0, ...sof, 0xff, 0xd9]);
}
function gif(width: number, height: number, frames: number): Buffer {
  const head = Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, width & 0xff, width >> 8, height & 0xff, height >> 8, 0, 0, 0]);
  const frame = Buffer.from([0x21, 0xf9, 0x04, 0, 10, 0, 0, 0, 0x2c, 0, 0, 0, 0, width & 0xff, width >> 8, height & 0xff, height >> 8, 0, 2, 2, 0x44, 0x01, 0]);
  return Buffer.concat([head, ...Array.from({ length: frames }, () => frame), Buffer.from([0x3b])]);
}

let dir: string;
beforeAll(() => {
  dir = makeTempDir('postlint-media-');
  mkdirSync(join(dir, 'media'));
  const files: Record<string, Buffer> = {
    'media/square.png': png(1080, 1080),
    'media/a.png': png(1200, 900),
    'media/b.png': png(1200, 900),
    'media/c.png': png(1200, 900),
    'media/d.png': png(1200, 900),
    'media/e.png': png(1200, 900),
    'media/photo.jpg': jpeg(1080, 1350),
    'media/tall.jpg': jpeg(1080, 1920),
    'media/really-a-jpeg.png': jpeg(800, 800),
    'media/big.png': png(2000, 2000, 6 * 1024 * 1024),
    'media/kb.png': png(1000, 1000, 1_000_001),
    'media/phone.heic': Buffer.from('not really heic'),
    'media/broken.png': Buffer.from('hello, not a png'),
    'media/clip.mp4': Buffer.alloc(2048),
    'media/spin.gif': gif(100, 100, 3),
    'media/still.gif': gif(100, 100, 1),
  };
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Item = { path: string; alt?: string } | string;
function draftWith(platform: string | string[], media: Item[], body = 'New in store.'): string {
  const lines = ['---', Array.isArray(platform) ? `platforms: [${platform.join(', ')}]` : `platform: ${platform}`, 'media:'];
  for (const m of media) {
    if (typeof m === 'string') lines.push(`  - ${m}`);
    else {
      lines.push(`  - path: ${m.path}`);
      if (m.alt !== undefined) lines.push(`    alt: ${JSON.stringify(m.alt)}`);
    }
  }
  return [...lines, '---', body, ''].join('\n');
}
const lint = (text: string, config?: Record<string, unknown>) => run('media', text, { filePath: join(dir, 'post.md'), config });
const ALT = 'A stack of folded linen sheets in sage and oat on a wooden shelf.';

describe('media: files', () => {
  test('an existing PNG with a real description passes on every platform', async () => {
    const platforms = ['x', 'instagram', 'bluesky', 'mastodon', 'threads', 'linkedin', 'facebook'];
    expect(await lint(draftWith(platforms, [{ path: 'media/square.png', alt: ALT }]))).toEqual([]);
  });

  test('a missing file is an error at its path', async () => {
    const t = draftWith('x', [{ path: 'media/nope.png', alt: ALT }]);
    const [m, ...rest] = await lint(t);
    expect(rest).toEqual([]);
    expect(m.message).toBe('media file not found: media/nope.png');
    expect(slice(t, m)).toBe('media/nope.png');
  });

  test('a file image-size cannot read, and a file whose content does not match its name', async () => {
    const [m] = await lint(draftWith('x', [{ path: 'media/broken.png', alt: ALT }]));
    expect(m.message).toBe('media/broken.png is not a readable PNG image (image-size cannot read its header)');
    const [n] = await lint(draftWith('x', [{ path: 'media/really-a-jpeg.png', alt: ALT }]));
    expect(n.message).toBe('media/really-a-jpeg.png is a JPEG file named .png');
    expect(n.severity).toBe(1);
  });

  test('media URLs are not fetched; their alt text is still checked', async () => {
    expect(await lint(draftWith('x', [{ path: 'http://127.0.0.1:9/never.png', alt: ALT }]))).toEqual([]);
    const [m] = await lint(draftWith('x', [{ path: 'http://127.0.0.1:9/never.png', alt: 'image' }]));
    expect(m.message).toBe('the alt text of media item 1 ("image") says nothing about the image');
  });
});

describe('media: types and sizes per platform', () => {
  test('Threads takes JPEG and PNG only; a GIF is refused', async () => {
    const t = draftWith('threads', [{ path: 'media/still.gif', alt: ALT }]);
    const [m] = await lint(t);
    expect(m.message).toBe('Threads does not take GIF files (media/still.gif); it takes JPEG, PNG');
    expect(slice(t, m)).toBe('media/still.gif');
  });

  test('X takes images up to 5 MB', async () => {
    const [m] = await lint(draftWith('x', [{ path: 'media/big.png', alt: ALT }]));
    expect(m.message).toBe('media/big.png is 6 MB; X takes images up to 5 MB');
    expect(await lint(draftWith('instagram', [{ path: 'media/big.png', alt: ALT }]))).toEqual([]);
  });

  test('Bluesky takes images up to 1,000,000 bytes', async () => {
    const [m] = await lint(draftWith('bluesky', [{ path: 'media/kb.png', alt: ALT }]));
    expect(m.message).toBe('media/kb.png is 1,000,034 bytes; Bluesky takes images up to 1,000,000 bytes');
  });

  test('a file that is not an image (by content) is unreadable; a video goes by its extension', async () => {
    const [m] = await lint(draftWith('x', [{ path: 'media/phone.heic', alt: ALT }]));
    expect(m.message).toBe('media/phone.heic is not a readable HEIC image (image-size cannot read its header)');
    expect(await lint(draftWith('x', [{ path: 'media/clip.mp4', alt: 'Our barista pouring latte art in slow motion.' }]))).toEqual([]);
    const [v] = await lint(draftWith('linkedin', [{ path: 'media/clip.mp4', alt: 'Our barista pouring latte art.' }]), { media: { linkedin: { video: { types: ['mov'] } } } });
    expect(v.message).toBe('LinkedIn does not take MP4 files (media/clip.mp4); it takes MOV');
  });

  test('limits are configurable in the media section', async () => {
    const [m] = await lint(draftWith('mastodon', [{ path: 'media/big.png', alt: ALT }]), { media: { mastodon: { image: { max_bytes: 5242880 } } } });
    expect(m.message).toBe('media/big.png is 6 MB; Mastodon takes images up to 5 MB');
  });
});

describe('media: counts', () => {
  const five = ['a', 'b', 'c', 'd', 'e'].map((x, i) => ({ path: `media/${x}.png`, alt: `${ALT} View ${i + 1}.` }));

  test('X: four images fit, five do not', async () => {
    expect(await lint(draftWith('x', five.slice(0, 4)))).toEqual([]);
    const t = draftWith('x', five);
    const [m, ...rest] = await lint(t);
    expect(rest).toEqual([]);
    expect(m.message).toBe('5 media items; X takes at most 4 in a post');
    expect(slice(t, m)).toBe('media');
  });

  test('Bluesky and Mastodon take 4, Instagram 10', async () => {
    expect((await lint(draftWith('bluesky', five)))[0].message).toBe('5 media items; Bluesky takes at most 4 in a post');
    expect((await lint(draftWith('mastodon', five)))[0].message).toBe('5 media items; Mastodon takes at most 4 in a post');
    expect(await lint(draftWith('instagram', five))).toEqual([]);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ path: 'media/a.png', alt: `${ALT} Photo ${i + 1}.` }));
    expect((await lint(draftWith('instagram', eleven)))[0].message).toBe('11 media items; Instagram takes at most 10 in a post');
  });

  test('X: a video or an animated GIF must be alone; a still GIF counts as an image', async () => {
    const t = draftWith('x', [{ path: 'media/a.png', alt: ALT }, { path: 'media/spin.gif', alt: 'A spinning logo.' }]);
    const [m] = await lint(t);
    expect(m.message).toBe('X takes an animated GIF only on its own, but this post has 2 media items');
    expect(slice(t, m)).toBe('media/spin.gif');
    expect(await lint(draftWith('x', [{ path: 'media/a.png', alt: ALT }, { path: 'media/still.gif', alt: 'Our logo.' }]))).toEqual([]);
    const [v] = await lint(draftWith('mastodon', [{ path: 'media/a.png', alt: ALT }, { path: 'media/clip.mp4', alt: 'Latte art.' }]));
    expect(v.message).toBe('Mastodon takes a video only on its own, but this post has 2 media items');
  });
});

describe('media: dimensions', () => {
  test('Instagram feed images outside 4:5 to 1.91:1 draw a warning; 4:5 is fine', async () => {
    expect(await lint(draftWith('instagram', [{ path: 'media/photo.jpg', alt: ALT }]))).toEqual([]);
    const [m] = await lint(draftWith('instagram', [{ path: 'media/tall.jpg', alt: ALT }]));
    expect(m.message).toBe('media/tall.jpg is 1080×1920 (aspect ratio 0.56:1); Instagram takes aspect ratios from 4:5 to 1.91:1');
    expect(m.severity).toBe(1);
    expect(await lint(draftWith('x', [{ path: 'media/tall.jpg', alt: ALT }]))).toEqual([]);
  });
});

describe('media: alt text', () => {
  test('missing, empty, the file name, a generic word, a camera file name', async () => {
    const t = draftWith('instagram', [
      { path: 'media/a.png' },
      { path: 'media/b.png', alt: '  ' },
      { path: 'media/c.png', alt: 'c.png' },
      { path: 'media/d.png', alt: 'Photo' },
      { path: 'media/e.png', alt: 'IMG_1234' },
    ]);
    const ms = await lint(t);
    expect(ms.map((m) => m.message)).toEqual([
      'media item 1 (media/a.png) has no alt text',
      'media item 2 (media/b.png) has empty alt text',
      'the alt text of media item 3 is a file name ("c.png"), not a description',
      'the alt text of media item 4 ("Photo") says nothing about the image',
      'the alt text of media item 5 ("IMG_1234") says nothing about the image',
    ]);
    expect(slice(t, ms[2])).toBe('"c.png"');
  });

  test('hard negatives: real descriptions that contain "photo" or a number', async () => {
    const ok = ['A photo of our first counter in 2014.', 'Image of the team: six volunteers in green aprons.', 'Lorem ipsum dolor sit amet.'];
    for (const alt of ok) expect(await lint(draftWith('x', [{ path: 'media/a.png', alt }]))).toEqual([]);
  });

  test('a string media item (no alt possible) is reported at the item', async () => {
    const t = draftWith('x', ['media/a.png']);
    const [m] = await lint(t);
    expect(m.message).toBe('media item 1 (media/a.png) has no alt text');
    expect(slice(t, m)).toBe('media/a.png');
  });

  test('alt text longer than the platform takes', async () => {
    const [m] = await lint(draftWith('x', [{ path: 'media/a.png', alt: `${ALT} ${'More detail. '.repeat(80)}`.trim() }]));
    expect(m.message).toMatch(/^the alt text of media item 1 is \d+ characters; X takes at most 1000$/);
  });
});

// ---------------------------------------------------------------------------------------------
// The rule table (test/rule-tester.ts; test/rule-tables.test.ts requires it): the exact messages,
// ranges and severities on drafts written for it, hard negatives among the valid. The files are
// made when the table is collected (its cases name them) and removed after this file.
const TABLE_DIR = tempDir(
  {
    'media/square.png': png(1080, 1080),
    'media/photo.jpg': jpeg(1080, 1350),
    'media/tall.jpg': jpeg(1080, 1920),
    'media/really-a-jpeg.png': jpeg(800, 800),
    'media/phone.heic': Buffer.from('not really heic'),
    'media/spin.gif': gif(100, 100, 3),
    'media/still.gif': gif(100, 100, 1),
    ...Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((n) => [`media/${n}.png`, png(1200, 900)])),
  },
  'postlint-media-table-',
);
const item = (path: string, alt = ALT) => ({ path, alt });

ruleTester('media', { filePath: join(TABLE_DIR, 'post.md') }).run({
  valid: [
    { name: 'a PNG with a real description, on every platform', draft: draftWith(['x', 'instagram', 'bluesky', 'mastodon', 'threads', 'linkedin', 'facebook'], [item('media/square.png')]) },
    { name: 'a 4:5 JPEG on Instagram', draft: draftWith('instagram', [item('media/photo.jpg')]) },
    { name: 'four images fit on X', draft: draftWith('x', ['a', 'b', 'c', 'd'].map((n) => item(`media/${n}.png`))) },
    { name: 'a still GIF counts as an image on X', draft: draftWith('x', [item('media/still.gif'), item('media/a.png')]) },
    { name: 'a media URL is not fetched', draft: draftWith('x', [item('http://127.0.0.1:9/never.png')]) },
    { name: 'an alt text that says "photo" and a number, and describes', draft: draftWith('x', [item('media/square.png', 'Photo of our team of 12 at the autumn photo shoot, laughing on a windy beach.')]) },
  ],
  invalid: [
    {
      name: 'a missing file',
      draft: draftWith('x', [item('media/nope.png')]),
      errors: [{ message: 'media file not found: media/nope.png', text: 'media/nope.png', severity: 'error' }],
    },
    {
      name: 'a HEIC file nothing can read',
      draft: draftWith('x', [item('media/phone.heic')]),
      errors: [{ message: 'media/phone.heic is not a readable HEIC image (image-size cannot read its header)', text: 'media/phone.heic', severity: 'error' }],
    },
    {
      name: 'a JPEG named .png',
      draft: draftWith('x', [item('media/really-a-jpeg.png')]),
      errors: [{ message: 'media/really-a-jpeg.png is a JPEG file named .png', text: 'media/really-a-jpeg.png', severity: 'warn' }],
    },
    {
      name: 'a GIF on Threads',
      draft: draftWith('threads', [item('media/still.gif')]),
      errors: [{ message: 'Threads does not take GIF files (media/still.gif); it takes JPEG, PNG', text: 'media/still.gif', severity: 'error' }],
    },
    {
      name: 'five images on X',
      draft: draftWith('x', ['a', 'b', 'c', 'd', 'e'].map((n) => item(`media/${n}.png`))),
      errors: [{ message: '5 media items; X takes at most 4 in a post', text: 'media', line: 3, column: 1, endLine: 3, endColumn: 6, severity: 'error' }],
    },
    {
      name: 'an animated GIF with another image on X',
      draft: draftWith('x', [item('media/spin.gif'), item('media/a.png')]),
      errors: [{ message: 'X takes an animated GIF only on its own, but this post has 2 media items', text: 'media/spin.gif', severity: 'error' }],
    },
    {
      name: 'a 9:16 image on Instagram',
      draft: draftWith('instagram', [item('media/tall.jpg')]),
      errors: [{ message: 'media/tall.jpg is 1080×1920 (aspect ratio 0.56:1); Instagram takes aspect ratios from 4:5 to 1.91:1', text: 'media/tall.jpg', severity: 'warn' }],
    },
    {
      name: 'a camera file name as alt text',
      draft: draftWith('x', [item('media/square.png', 'IMG_4032')]),
      errors: [{ message: 'the alt text of media item 1 ("IMG_4032") says nothing about the image', text: '"IMG_4032"', severity: 'error' }],
    },
    {
      name: 'a media item with no alt text possible',
      draft: draftWith('x', ['media/a.png']),
      errors: [{ message: 'media item 1 (media/a.png) has no alt text', text: 'media/a.png', severity: 'error' }],
    },
  ],
});
