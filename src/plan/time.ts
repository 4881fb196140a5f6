// Instants and local dates for the publishing-plan rules (schedule, freeze).
//
// A `publish_at` is an ISO 8601 date and time with an offset. Two facts matter and must never be
// confused: the *instant* (what the scheduler fires on; compared in UTC) and the *local date* in
// the post's own offset (what the audience's calendar says; compared with sensitive dates).

export interface Instant {
  /** Milliseconds since the epoch (UTC). */
  ms: number;
  /** Offset east of UTC in minutes as written, or null when the text has none. */
  offset: number | null;
  /** The wall-clock date and time as written (in `offset`). */
  local: { date: string; time: string };
  /** As written, trimmed. */
  text: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * Parse an ISO 8601 date-time. Without an offset the instant is computed as if it were UTC and
 * `offset` is null: callers that need a real instant must check `offset` first.
 * A Date (what YAML 1.1 loaders return) is taken as a UTC instant.
 */
export function parseInstant(v: unknown): Instant | undefined {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return undefined;
    return parseInstant(v.toISOString());
  }
  if (typeof v !== 'string') return undefined;
  const text = v.trim();
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h = '00', mi = '00', s = '00', frac = '', off] = m.slice(1);
  const Y = +y;
  const M = +mo;
  const D = +d;
  const H = +h;
  const MI = +mi;
  const S = +s;
  if (M < 1 || M > 12 || D < 1 || D > daysIn(Y, M) || H > 24 || MI > 59 || S > 60) return undefined;
  if (H === 24 && (MI || S || +`0${frac}`)) return undefined;
  let offset: number | null = null;
  if (off) {
    if (/^z$/i.test(off)) offset = 0;
    else {
      const sign = off[0] === '-' ? -1 : 1;
      const oh = +off.slice(1, 3);
      const om = off.length > 3 ? +off.slice(-2) : 0;
      if (oh > 18 || om > 59) return undefined;
      offset = sign * (oh * 60 + om);
    }
  }
  const ms = Date.UTC(Y, M - 1, D, H, MI, Math.min(S, 59), Math.round(+`0.${frac || '0'}` * 1000)) - (offset ?? 0) * 60_000;
  return { ms, offset, local: { date: `${y}-${mo}-${d}`, time: `${h}:${mi}${s !== '00' ? `:${s}` : ''}` }, text };
}

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isLeap(year: number): boolean {
  return daysIn(year, 2) === 29;
}

/** YYYY-MM-DD of an instant seen at `offset` minutes east of UTC. */
export function localDate(ms: number, offset: number): string {
  return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
}

/** "+01:00", "-04:00", "Z". */
export function formatOffset(offset: number): string {
  if (offset === 0) return 'Z';
  const a = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** "2027-06-10 14:00 UTC" (seconds only when not zero). */
export function formatUtc(ms: number): string {
  const iso = new Date(ms).toISOString();
  const sec = iso.slice(17, 19);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${sec !== '00' ? `:${sec}` : ''} UTC`;
}

/** "2027-06-10 10:00 -04:00 (14:00 UTC)": the wall clock as written, then UTC. */
export function describeInstant(i: Instant): string {
  if (i.offset === null) return `${i.local.date} ${i.local.time} (no offset)`;
  if (i.offset === 0) return formatUtc(i.ms);
  const utc = formatUtc(i.ms);
  const sameDay = utc.slice(0, 10) === i.local.date;
  return `${i.local.date} ${i.local.time} ${formatOffset(i.offset)} (${sameDay ? utc.slice(11) : utc})`;
}

/** "45 minutes", "2 hours 5 minutes", "3 days". */
export function formatDuration(ms: number): string {
  const min = Math.round(Math.abs(ms) / 60_000);
  if (min < 60) return `${min} minute${min === 1 ? '' : 's'}`;
  const h = Math.floor(min / 60);
  const m = min % 60;
  if (h < 48) return `${h} hour${h === 1 ? '' : 's'}${m ? ` ${m} minute${m === 1 ? '' : 's'}` : ''}`;
  const d = Math.floor(h / 24);
  return `${d} days`;
}

/** Earliest and latest instants a wall-clock time without offset can mean (UTC-12 to UTC+14). */
export function possibleRange(i: Instant): [number, number] {
  return [i.ms - 14 * 3_600_000, i.ms + 12 * 3_600_000];
}
