// A post whose parts are separated by a line holding only `---` is a thread: each part is
// published as its own post (a reply to the one before). Parts carry offsets into the body.

export interface ThreadPart {
  /** 0-based position in the thread. */
  index: number;
  text: string;
  /** Offset of `text` in the body. */
  start: number;
}

const SEPARATOR = /^[ \t]*---[ \t]*\r?$/gm;

/** The parts of a body (one part when there is no separator), each trimmed of surrounding blank lines. */
export function threadParts(body: string): ThreadPart[] {
  const cuts: [number, number][] = [];
  for (const m of body.matchAll(SEPARATOR)) cuts.push([m.index, m.index + m[0].length]);
  const raw: [number, number][] = [];
  let from = 0;
  for (const [s, e] of cuts) {
    raw.push([from, s]);
    from = e;
  }
  raw.push([from, body.length]);
  const parts: ThreadPart[] = [];
  for (const [s0, e0] of raw) {
    let s = s0;
    let e = e0;
    while (s < e && /\s/.test(body[s])) s++;
    while (e > s && /\s/.test(body[e - 1])) e--;
    if (s === e && raw.length > 1) continue; // an empty part (separator at the very start or end)
    parts.push({ index: parts.length, text: body.slice(s, e), start: s });
  }
  if (!parts.length) parts.push({ index: 0, text: '', start: 0 });
  return parts;
}

export interface Numbering {
  /** Offsets of the marker in the part's text. */
  start: number;
  end: number;
  n: number;
  of?: number;
}

// "1/4", "(1/4)", "[1/4]", "1/" and "🧵 1/4" at the start of a part, or "1/4" / "(1/4)" at its end.
const AT_START = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?([([]?)(\d{1,2})\s?\/(?:\s?(\d{1,2}))?([)\]]?)(?=\s|$|[.:,—–-])/du;
const AT_END = /(?:^|\s)([([]?)(\d{1,2})\s?\/\s?(\d{1,2})([)\]]?)[.!]?$/du;

/** The "i/n" marker of a part, if it has one. "24/7" and other fractions with i > n are not markers. */
export function numbering(text: string): Numbering | undefined {
  const a = AT_START.exec(text);
  if (a) {
    const n = Number(a[2]);
    const of = a[3] !== undefined ? Number(a[3]) : undefined;
    const closed = !a[1] || !!a[4];
    if (n >= 1 && closed && (of === undefined || (of >= 1 && n <= of))) return { start: a.indices![1][0], end: a.index + a[0].length, n, of };
  }
  const b = AT_END.exec(text);
  if (b) {
    const n = Number(b[2]);
    const of = Number(b[3]);
    if (n >= 1 && of >= 1 && n <= of && (!b[1] || !!b[4])) return { start: b.indices![1][0], end: b.indices![4][1], n, of };
  }
  return undefined;
}
