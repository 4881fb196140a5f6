// Media that the platform will take: the file exists, is a type the platform accepts, within its
// size and count limits, and carries real alt text. Image facts come from image-size (the file's
// own header), never from its name. Media URLs are not downloaded (broken-links checks them).
import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { defineRule, type PostContext } from '../src/engine/rule.js';
import { mediaSettings, platformId, platformName, type MediaFacts, type MediaKind } from '../src/platform/facts.js';
import type { MediaItem, Post, Report } from '../src/types.js';

interface Inspected {
  item: MediaItem;
  remote: boolean;
  /** File type by content for local images, else by extension: jpg, png, gif, webp, heic, mp4, ... */
  type?: string;
  kind?: MediaKind;
  bytes?: number;
  width?: number;
  height?: number;
  animated?: boolean;
  missing?: boolean;
  /** The file's content cannot be read: `type` is the image type its extension promises, if any. */
  unreadable?: { type?: string };
}

const EXT: Record<string, { type: string; kind: MediaKind }> = {
  jpg: { type: 'jpg', kind: 'image' },
  jpeg: { type: 'jpg', kind: 'image' },
  png: { type: 'png', kind: 'image' },
  gif: { type: 'gif', kind: 'gif' },
  webp: { type: 'webp', kind: 'image' },
  heic: { type: 'heic', kind: 'image' },
  heif: { type: 'heif', kind: 'image' },
  avif: { type: 'avif', kind: 'image' },
  bmp: { type: 'bmp', kind: 'image' },
  tif: { type: 'tiff', kind: 'image' },
  tiff: { type: 'tiff', kind: 'image' },
  svg: { type: 'svg', kind: 'image' },
  mp4: { type: 'mp4', kind: 'video' },
  m4v: { type: 'mp4', kind: 'video' },
  mov: { type: 'mov', kind: 'video' },
  webm: { type: 'webm', kind: 'video' },
  avi: { type: 'avi', kind: 'video' },
  mp3: { type: 'mp3', kind: 'audio' },
  m4a: { type: 'm4a', kind: 'audio' },
  wav: { type: 'wav', kind: 'audio' },
  ogg: { type: 'ogg', kind: 'audio' },
};
const HEIF_BRANDS: Record<string, string> = { avif: 'avif', heic: 'heic', heix: 'heic', hevc: 'heic', hevx: 'heic', mif1: 'heif', msf1: 'heif', heif: 'heif' };
const TYPE_NAME: Record<string, string> = { jpg: 'JPEG', png: 'PNG', gif: 'GIF', webp: 'WebP', heic: 'HEIC', heif: 'HEIF', avif: 'AVIF', bmp: 'BMP', tiff: 'TIFF', svg: 'SVG', mp4: 'MP4', mov: 'MOV', webm: 'WebM', avi: 'AVI' };
const typeName = (t: string) => TYPE_NAME[t] ?? t.toUpperCase();

// Alt text that says nothing: generic words and camera file names. (Lorem ipsum, TODO and other
// placeholders are the placeholder rule's; spelling is the spelling rule's.)
const GENERIC = /^(?:an?\s+)?(?:image|img|photo|photograph|picture|pic|graphic|screenshot|screen shot|alt|alt text|alt-text|untitled|media|video|gif|bilde|foto)\s*\d*[.!]?$/i;
const CAMERA = /^(?:IMG|DSC|DSCN|DSCF|DSC_|PXL|MVIMG|VID|GOPR|GH01|P\d{3}|Screenshot|Screen Shot|Photo)[ _-]?[\d_ -]{3,}/i;
const FILENAME = /^[\w ().,-]+\.(?:jpe?g|png|gif|webp|heic|heif|avif|bmp|tiff?|mp4|mov|webm)$/i;

const READ_LIMIT = 4 * 1024 * 1024; // enough for any image header (JPEG EXIF can push the frame far in)

export default defineRule({
  id: 'media',
  meta: {
    description: 'Media files exist, are a type the platform accepts, within its size and count limits, with real alt text.',
    docs: {
      why: 'A missing or oversized file fails the scheduled post; a fifth image on X or a HEIC on Bluesky is refused; and an image without a real description shuts out everyone who uses a screen reader, which also reads as careless from a brand.',
      incidents: ['A carousel of 12 product photos failed to publish on Instagram at launch time: the API takes 10.', 'A post went out with the alt text "IMG_4032.jpg".'],
      bad: '---\naccount: mapleandmain\nplatform: x\nmedia:\n  - path: media/linen.heic\n    alt: "IMG_4032"\n---\nNew linen is in.',
      good: '---\naccount: mapleandmain\nplatform: x\nmedia:\n  - path: media/linen.jpg\n    alt: "A made bed with sage green linen sheets."\n---\nNew linen is in.',
      notes: [
        'Paths are relative to the post file. Media URLs (http/https) are not downloaded: broken-links checks them; their count and alt text are still checked here.',
        'Type, width and height come from the file itself (image-size); a file whose content does not match its extension is reported.',
        'Limits per platform are data in rules/data/platforms.yaml, each with its source and date (see docs/platforms.md); override them in the config, e.g. media: { mastodon: { image: { max_bytes: 10485760 } } }.',
        'Alt text must exist, not be empty, not be the file name, and not be a generic word or a camera file name ("image", "photo", "IMG_1234"). Typos and lorem ipsum in alt text belong to spelling and placeholder.',
        'Aspect ratios are checked only where a platform documents a limit (Instagram feed 4:5 to 1.91:1, Threads 10:1), as warnings. Small images are not reported: platforms scale them up rather than refuse them.',
      ],
    },
    defaultSeverity: 'error',
    fixable: false,
    network: false,
    messages: {
      notFound: 'media file not found: {{path}}',
      notReadableImage: '{{path}} is not a readable {{type}} image (image-size cannot read its header)',
      notMedia: '{{path}} is not an image or video postlint recognises',
      wrongExtension: '{{path}} is a {{type}} file named .{{extension}}',
      noAlt: 'media item {{item}} ({{path}}) has no alt text',
      emptyAlt: 'media item {{item}} ({{path}}) has empty alt text',
      altIsFileName: 'the alt text of media item {{item}} is a file name ("{{alt}}"), not a description',
      altSaysNothing: 'the alt text of media item {{item}} ("{{alt}}") says nothing about the image',
      tooManyItems: '{{count}} media items; {{platform}} takes at most {{max}} in a post',
      // {{what}}: "an animated GIF", "a video", ...
      mustBeAlone: '{{platform}} takes {{what}} only on its own, but this post has {{count}} media items',
      kindNotTaken: '{{platform}} does not take {{kind}} files ({{path}})',
      typeNotTaken: '{{platform}} does not take {{type}} files ({{path}}); it takes {{types}}',
      tooBig: '{{path}} is {{size}}; {{platform}} takes {{kinds}} up to {{limit}}',
      aspectRatio: '{{path}} is {{width}}×{{height}} (aspect ratio {{ratio}}:1); {{platform}} takes {{range}}',
      altTooLong: 'the alt text of media item {{item}} is {{length}} characters; {{platform}} takes at most {{max}}',
    },
  },
  async check(post, ctx) {
    const media = post.meta.media;
    if (!media.length) return;
    const { imageSize } = await import('image-size');
    const items = media.map((m) => inspect(m, dirname(post.source.path), imageSize));

    for (const it of items) {
      const at = fieldOf(post, it.item.index, 'path');
      if (it.missing) {
        ctx.report({
          messageId: 'notFound',
          data: { path: it.item.path },
          why: 'The scheduler cannot attach a file that is not there: the post fails or goes out without its image.',
          hint: 'Paths are relative to the post file.',
          at,
        });
        continue;
      }
      if (it.unreadable) {
        const type = it.unreadable.type;
        ctx.report({ ...(type ? { messageId: 'notReadableImage', data: { path: it.item.path, type: typeName(type) } } : { messageId: 'notMedia', data: { path: it.item.path } }), why: 'A file the platform cannot decode is refused at upload.', at });
        continue;
      }
      const ext = EXT[extname(it.item.path).slice(1).toLowerCase()];
      if (!it.remote && ext && it.type && ext.type !== it.type && !(ext.kind === 'image' && ['heic', 'heif', 'avif'].includes(ext.type) && ['heic', 'heif', 'avif'].includes(it.type)))
        ctx.report({
          messageId: 'wrongExtension',
          data: { path: it.item.path, type: typeName(it.type), extension: extname(it.item.path).slice(1) },
          why: 'Upload tools and platforms that go by the extension reject or mangle a file whose name does not match its content.',
          hint: `Rename it to .${it.type === 'jpg' ? 'jpg' : it.type}, or export it again in the format its name says.`,
          severity: 'warn',
          at,
        });
    }
    checkAlt(post, ctx, items);

    for (const platform of new Set(post.meta.platforms.map(platformId))) {
      const facts = mediaSettings(platform, ctx.config.settings);
      if (facts) checkPlatform(post, ctx, platform, facts, items);
    }
  },
});

type ImageSize = (input: Uint8Array) => { width?: number; height?: number; type?: string; orientation?: number };

function inspect(item: MediaItem, dir: string, imageSize: ImageSize): Inspected {
  const remote = /^[a-z][a-z0-9+.-]*:\/\//i.test(item.path);
  const ext = EXT[extname(item.path.replace(/[?#].*$/, '')).slice(1).toLowerCase()];
  const out: Inspected = { item, remote, type: ext?.type, kind: ext?.kind };
  if (remote) return out;
  const file = resolve(dir, item.path);
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) return { ...out, missing: true };
    size = st.size;
  } catch {
    return { ...out, missing: true };
  }
  out.bytes = size;
  if (ext && ext.kind !== 'image' && ext.kind !== 'gif') return out; // video and audio: extension only
  const buf = readHead(file, Math.min(size, READ_LIMIT));
  try {
    const r = imageSize(buf);
    let type = r.type === 'jpg' ? 'jpg' : r.type ?? ext?.type;
    if (type && HEIF_BRANDS[type]) type = HEIF_BRANDS[type];
    out.type = type;
    out.kind = type === 'gif' ? 'gif' : 'image';
    const swap = r.orientation !== undefined && r.orientation >= 5 && r.orientation <= 8;
    out.width = swap ? r.height : r.width;
    out.height = swap ? r.width : r.height;
    if (type === 'gif') out.animated = frames(buf) > 1;
  } catch {
    out.unreadable = { type: ext?.type };
  }
  return out;
}

function readHead(file: string, n: number): Uint8Array {
  const buf = Buffer.alloc(n);
  const fd = openSync(file, 'r');
  try {
    let got = 0;
    while (got < n) {
      const r = readSync(fd, buf, got, n - got, got);
      if (!r) break;
      got += r;
    }
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** Image descriptors in a GIF (0x2C after a block boundary), approximated by graphic control extensions. */
function frames(buf: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 3 < buf.length; i++) if (buf[i] === 0x21 && buf[i + 1] === 0xf9 && buf[i + 2] === 0x04) n++;
  return n;
}

function fieldOf(post: Post, index: number, key: 'path' | 'alt'): Report['at'] {
  if (post.fields[`media.${index}.${key}`]) return { field: `media.${index}.${key}` };
  if (post.fields[`media.${index}`]) return { field: `media.${index}` };
  return { field: 'media', on: 'key' };
}

function checkAlt(post: Post, ctx: PostContext, items: Inspected[]): void {
  const why = 'Alt text is what screen-reader users get instead of the image, and what shows when it fails to load; a missing or meaningless one shuts them out.';
  const hint = 'Describe what the image shows and why it is in the post, in a sentence.';
  for (const it of items) {
    const alt = it.item.alt;
    const n = it.item.index + 1;
    if (alt === undefined) {
      ctx.report({ messageId: 'noAlt', data: { item: n, path: it.item.path }, why, hint, at: fieldOf(post, it.item.index, 'path') });
      continue;
    }
    const a = alt.trim();
    const at = fieldOf(post, it.item.index, 'alt');
    if (!a) {
      ctx.report({ messageId: 'emptyAlt', data: { item: n, path: it.item.path }, why, hint, at });
      continue;
    }
    const file = basename(it.item.path.replace(/[?#].*$/, ''));
    const stem = file.replace(/\.[^.]+$/, '');
    const lower = a.toLowerCase();
    if (lower === file.toLowerCase() || lower === stem.toLowerCase() || FILENAME.test(a)) {
      ctx.report({ messageId: 'altIsFileName', data: { item: n, alt: a }, why, hint, at });
      continue;
    }
    if (GENERIC.test(a) || CAMERA.test(a))
      ctx.report({ messageId: 'altSaysNothing', data: { item: n, alt: a }, why, hint, at });
  }
}

function checkPlatform(post: Post, ctx: PostContext, platform: string, facts: MediaFacts, items: Inspected[]): void {
  const name = platformName(platform);
  const source = facts.source ? ` (${name}'s limits: ${facts.source})` : '';
  const count = items.length;
  if (facts.max_items && count > facts.max_items)
    ctx.report({
      messageId: 'tooManyItems',
      data: { count, platform: name, max: facts.max_items },
      why: `${name} refuses the extra items or the whole post.${source}`,
      hint: 'Remove some, or split them over several posts.',
      at: { field: 'media', on: 'key' },
    });
  if (facts.alone?.length && count > 1) {
    const lone = items.find((it) => it.kind && facts.alone!.includes(it.kind) && !(it.kind === 'gif' && it.animated === false));
    if (lone)
      ctx.report({
        messageId: 'mustBeAlone',
        data: { platform: name, what: lone.kind === 'gif' ? 'an animated GIF' : `a ${lone.kind}`, count },
        why: `${name} cannot mix ${lone.kind === 'gif' ? 'a GIF' : `a ${lone.kind}`} with other media in one post.${source}`,
        hint: 'Post it separately, or drop the other items.',
        at: fieldOf(post, lone.item.index, 'path'),
      });
  }
  for (const it of items) {
    if (it.missing || it.unreadable || !it.type) continue;
    const at = fieldOf(post, it.item.index, 'path');
    const kind = it.kind === 'gif' && it.animated === false ? 'image' : it.kind ?? 'image';
    const kindFacts = (kind === 'gif' ? { ...facts.image, ...facts.gif, types: facts.gif?.types ?? facts.image?.types } : facts[kind]) ?? undefined;
    if (!kindFacts) {
      ctx.report({ messageId: 'kindNotTaken', data: { platform: name, kind, path: it.item.path }, why: `The upload is refused.${source}`, at });
      continue;
    }
    const types = kind === 'gif' ? (kindFacts.types ?? []).concat(facts.image?.types ?? []) : kindFacts.types;
    if (types && !types.includes(it.type)) {
      ctx.report({
        messageId: 'typeNotTaken',
        data: { platform: name, type: typeName(it.type), path: it.item.path, types: types.filter((t, i) => types.indexOf(t) === i).map(typeName).join(', ') },
        why: `The upload is refused or the scheduler fails at publish time.${source}`,
        hint: `Export it as ${typeName(types[0])}.`,
        at,
      });
      continue;
    }
    if (it.bytes !== undefined && kindFacts.max_bytes && it.bytes > kindFacts.max_bytes)
      ctx.report({
        messageId: 'tooBig',
        data: { path: it.item.path, size: size(it.bytes, kindFacts.max_bytes), platform: name, kinds: kind === 'gif' ? 'GIFs' : `${kind}s`, limit: limit(kindFacts.max_bytes) },
        why: `${name} refuses the file at upload.${source}`,
        hint: 'Compress or resize it.',
        at,
      });
    if (it.width && it.height && facts.aspect && (kind === 'image' || kind === 'gif')) {
      const r = it.width / it.height;
      const { min, max } = facts.aspect;
      if ((min !== undefined && r < min - 0.005) || (max !== undefined && r > max + 0.005))
        ctx.report({
          messageId: 'aspectRatio',
          data: { path: it.item.path, width: it.width, height: it.height, ratio: r.toFixed(2), platform: name, range: range(min, max) },
          why: `${name} crops an image outside that range in the feed, and its publishing API refuses it.${source}`,
          hint: 'Crop it yourself so the important part stays in the picture.',
          severity: 'warn',
          at,
        });
    }
  }
  if (facts.alt_max_chars)
    for (const it of items) {
      const n = it.item.alt ? [...it.item.alt].length : 0;
      if (n > facts.alt_max_chars)
        ctx.report({
          messageId: 'altTooLong',
          data: { item: it.item.index + 1, length: n, platform: name, max: facts.alt_max_chars },
          why: `${name} refuses or cuts a longer description.${source}`,
          hint: 'Shorten the description; put longer context in the post text.',
          at: fieldOf(post, it.item.index, 'alt'),
        });
    }
}

/** A limit as the platform states it: "5 MB" for binary megabytes, exact bytes otherwise (Bluesky's 1,000,000). */
function limit(n: number): string {
  const MB = 1024 * 1024;
  if (n % MB === 0) return n >= 1024 * MB && n % (1024 * MB) === 0 ? `${n / (1024 * MB)} GB` : `${n / MB} MB`;
  return `${n.toLocaleString('en-US')} bytes`;
}

/** A file size in the same style as the limit it is compared with. */
function size(n: number, lim: number): string {
  if (lim % (1024 * 1024) !== 0) return `${n.toLocaleString('en-US')} bytes`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  const v = n / (1024 * 1024);
  return `${v >= 100 ? Math.round(v) : Number(v.toFixed(1))} MB`;
}

function range(min?: number, max?: number): string {
  const r = (x: number) => (x === 0.8 ? '4:5' : `${Number(x.toFixed(2))}:1`);
  if (min !== undefined && max !== undefined) return `aspect ratios from ${r(min)} to ${r(max)}`;
  if (max !== undefined) return `aspect ratios up to ${r(max)}`;
  return `aspect ratios from ${r(min!)}`;
}
