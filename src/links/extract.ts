// Where a post's links are: URLs in the published text (body and alt texts, with or without a
// scheme, the way platforms linkify them; Markdown link targets too) and in front matter
// (`link`, `links`, and media given as http(s) URLs).
import { entitiesSync, loadTwitterText } from '../text/entities.js';
import type { Post, TextPart } from '../types.js';
import { checkKey } from './checker.js';

export interface Occurrence {
  /** The URL to check (scheme added when the text has none). */
  url: string;
  /** Cache/dedupe key: normalised, no fragment. */
  key: string;
  /** As written. */
  text: string;
  hasScheme: boolean;
  at: { part: TextPart; start: number; end: number } | { field: string };
}

const TRAILING = /[.,;:!?…'"»”’]+$/;

export async function postLinks(post: Post): Promise<Occurrence[]> {
  await loadTwitterText();
  const out: Occurrence[] = [];
  for (const part of post.parts) {
    for (const e of entitiesSync(part)) {
      if (e.type !== 'url') continue;
      // Sentence punctuation after a URL is not part of it ("… at http://1.2.3.4/x.").
      const trim = TRAILING.exec(e.text)?.[0].length ?? 0;
      const text = e.text.slice(0, e.text.length - trim);
      const url = e.hasScheme ? text : `https://${text}`;
      const key = checkKey(url);
      if (!key || !/^https?:/i.test(url)) continue;
      out.push({ url, key, text, hasScheme: !!e.hasScheme, at: { part, start: e.start, end: e.end - trim } });
    }
  }
  const field = (path: string, v: unknown) => {
    if (typeof v !== 'string') return;
    const text = v.trim();
    if (!/^https?:\/\/\S+$/i.test(text)) return;
    const key = checkKey(text);
    if (key) out.push({ url: text, key, text, hasScheme: true, at: { field: path } });
  };
  const d = post.data;
  field('link', d.link);
  if (Array.isArray(d.links)) d.links.forEach((v, i) => field(`links.${i}`, v));
  else field('links', d.links);
  if (Array.isArray(d.media))
    d.media.forEach((m, i) => {
      if (typeof m === 'string') return field(`media.${i}`, m);
      if (m && typeof m === 'object') for (const k of ['url', 'path', 'src']) field(`media.${i}.${k}`, (m as Record<string, unknown>)[k]);
    });
  return out;
}
