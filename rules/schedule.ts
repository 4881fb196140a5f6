// The publishing plan: a scheduled post is in the future, does not crowd another post of the same
// account, and does not land on a sensitive date unless someone has said, in writing, that it should.
import { sameName } from '../src/approve.js';
import type { ResolvedConfig, SensitiveEvent } from '../src/config/types.js';
import { defineRule } from '../src/engine/rule.js';
import { describeInstant, formatDuration, formatUtc, isLeap, parseInstant } from '../src/plan/time.js';
import type { Post } from '../src/types.js';

export interface ScheduleOptions {
  /** Minimum minutes between two posts of one account on one platform (0: no check). */
  min_gap_minutes?: number;
  /** report: a publish_at before now is an error; ignore: past posts are published history, not checked. */
  past?: 'report' | 'ignore';
  /** Which accounts must acknowledge a sensitive date: brand (default), all, or off. */
  sensitive_dates?: 'brand' | 'all' | 'off';
  /** Collisions only between posts sharing a platform (default true); false: any platform. */
  per_platform?: boolean;
}

const DEFAULTS: Required<ScheduleOptions> = { min_gap_minutes: 30, past: 'report', sensitive_dates: 'brand', per_platform: true };

const OPTION_SCHEMA = {
  min_gap_minutes: { type: 'number', minimum: 0, description: 'Minimum minutes between two posts of one account on one platform (default 30; 0 turns the check off).' },
  past: { enum: ['report', 'ignore'], description: 'report (default): a publish_at before now is reported; ignore: past posts are treated as published history.' },
  sensitive_dates: { enum: ['brand', 'all', 'off'], description: 'Whose posts must acknowledge a sensitive date (default brand).' },
  per_platform: { type: 'boolean', description: 'Only posts that share a platform collide (default true).' },
};

/** Rule options win over the config's `schedule:` section, which wins over the defaults. */
export function scheduleSettings(options: ScheduleOptions, config: ResolvedConfig): Required<ScheduleOptions> {
  const section = (config.settings.schedule && typeof config.settings.schedule === 'object' ? config.settings.schedule : {}) as ScheduleOptions;
  const pick = <K extends keyof ScheduleOptions>(k: K) => (options[k] ?? section[k] ?? DEFAULTS[k]) as Required<ScheduleOptions>[K];
  return { min_gap_minutes: pick('min_gap_minutes'), past: pick('past'), sensitive_dates: pick('sensitive_dates'), per_platform: pick('per_platform') };
}

interface Dated {
  post: Post;
  ms: number;
  account: string;
  platforms: string[];
  gap: number;
  perPlatform: boolean;
}

interface Collision {
  other: Post;
  minutes: number;
  platforms: string[];
  gap: number;
}

export default defineRule<ScheduleOptions>({
  id: 'schedule',
  meta: {
    description: 'publish_at is in the future, keeps a gap between posts of one account, and avoids sensitive dates unless acknowledged.',
    docs: {
      why: 'A post dated in the past goes out the moment the scheduler sees it (or never), two posts minutes apart bury each other, and a cheerful post on the anniversary of a local tragedy is remembered for the wrong reason. These are calendar mistakes that no one sees in the text.',
      incidents: [
        'A brand\'s scheduled promotional post went out on the anniversary of a deadly event in its own city; nobody had looked at the date, only the words.',
        'A January draft dated with last year\'s year (2026 instead of 2027) was published immediately by the scheduler instead of three weeks later.',
      ],
      bad: '---\naccount: havnoyil\nplatform: facebook\npublish_at: 2027-01-19T10:00:00+01:00\n---\nSesongkortene er 20 % billigere ut uka!',
      good: '---\naccount: havnoykommune\nplatform: facebook\npublish_at: 2027-01-19T12:00:00+01:00\npostlint:\n  acknowledge:\n    "Skarvdalen landslide (raset i Skarvdalen)": "the memorial service notice; agreed with the mayor\'s office"\n---\nI kveld holdes en minnestund i Havnøy kirke ...',
      notes: [
        'Off by default: its findings depend on the calendar (a green commit turns red the day after a post goes out) and postlint cannot tell a published post from a pending one. Turn it on for the drafts a team still has to publish: rules: { schedule: error } (with overrides for an archive folder, or schedule: { past: ignore }). See docs/publishing-plan.md.',
        'A publish_at without an offset, or that is not a date, is reported by front-matter and skipped here: its instant and its local date are unknown.',
        'Collisions are between posts of the same account that share a platform (a launch cross-posted to X and LinkedIn at 09:00 is fine), within min_gap_minutes (default 30). The later post is reported and names the earlier one. Only posts linted in the same run are compared: lint the whole drafts folder in CI.',
        'Sensitive dates come from sensitive_events in the config. A post falls on one when its date in its own offset is the event\'s date, or the same day and month in a later year when the event has anniversary: true (29 February is remembered on 28 February in other years). window_days is for tragedy-promo and is not used here.',
        'Acknowledge with postlint: { acknowledge: { "<event name or YYYY-MM-DD>": "reason" } }. The reason is required.',
        'Posts in the past get one finding (in the past) and no other: rescheduling them is what matters.',
      ],
    },
    defaultSeverity: 'off',
    fixable: false,
    network: false,
    time: true,
    options: { properties: OPTION_SCHEMA, additionalProperties: false },
    messages: {
      past: 'publish_at {{when}} is in the past (now: {{now}})',
      // {{platforms}}: " on x, bluesky" when the posts share platforms, else empty.
      sameTime: 'scheduled at the same time as {{other}} ({{account}}{{platforms}}); keep at least {{gap}} minutes between posts',
      tooClose: 'scheduled {{after}} after {{other}} ({{account}}{{platforms}}); keep at least {{gap}} minutes between posts',
      // {{what}}: "the day of <event>" or "the Nth anniversary of <event>"; {{detail}}: " (place, date)" or empty.
      sensitiveDate: 'publish_at falls on {{date}}, {{what}}{{detail}}: move it, or acknowledge the date with a reason',
      acknowledgeNeedsReason: 'postlint.acknowledge.{{key}} needs a reason: publish_at falls on {{what}}',
    },
  },

  prepare(posts, ctx) {
    const now = ctx.now.getTime();
    const byAccount = new Map<string, Dated[]>();
    for (const post of posts) {
      const { options, config } = ctx.forPost(post);
      const s = scheduleSettings(options, config);
      const when = parseInstant(post.data.publish_at);
      if (!when || when.offset === null) continue;
      const account = post.meta.account ?? '';
      const list = byAccount.get(account) ?? [];
      list.push({ post, ms: when.ms, account, platforms: post.meta.platforms, gap: s.min_gap_minutes, perPlatform: s.per_platform });
      byAccount.set(account, list);
    }
    const collisions = new Map<Post, Collision>();
    for (const list of byAccount.values()) {
      list.sort((a, b) => a.ms - b.ms || (a.post.id < b.post.id ? -1 : a.post.id > b.post.id ? 1 : 0));
      list.forEach((later, i) => {
        if (later.ms < now || later.gap <= 0) return;
        for (let j = i - 1; j >= 0; j--) {
          const earlier = list[j];
          const diff = later.ms - earlier.ms;
          if (diff >= later.gap * 60_000) break;
          const shared = sharedPlatforms(later, earlier);
          if (!shared) continue;
          collisions.set(later.post, { other: earlier.post, minutes: Math.round(diff / 60_000), platforms: shared, gap: later.gap });
          break;
        }
      });
    }
    return { collisions };
  },

  check(post, ctx) {
    const raw = post.data.publish_at;
    if (raw === undefined || raw === null || raw === '') return; // goes out when sent: nothing to plan
    const when = parseInstant(raw);
    if (!when || when.offset === null) return; // front-matter reports dates it cannot read
    const s = scheduleSettings(ctx.options, ctx.config);
    const now = ctx.now.getTime();

    if (when.ms < now) {
      if (s.past === 'ignore') return;
      ctx.report({
        messageId: 'past',
        data: { when: describeInstant(when), now: formatUtc(now) },
        why: 'A scheduler given a past time publishes at once or drops the post: either way not when the plan says. A wrong year in January is the usual cause.',
        hint: 'Give it a future date, or, if it has been published, move it out of the drafts (or set schedule: { past: ignore } for an archive).',
        at: { field: 'publish_at' },
      });
      return;
    }

    const hit = (ctx.state as { collisions: Map<Post, Collision> }).collisions.get(post);
    if (hit) {
      const same = hit.minutes === 0;
      const around = { other: hit.other.id, account: post.meta.account ?? 'same account', platforms: hit.platforms.length ? ` on ${hit.platforms.join(', ')}` : '', gap: hit.gap };
      ctx.report({
        ...(same ? { messageId: 'sameTime', data: { ...around } } : { messageId: 'tooClose', data: { after: formatDuration(hit.minutes * 60_000), ...around } }),
        why: 'Two posts from one account minutes apart compete for the same feed: the second buries the first, and followers read it as spam or as a mistake.',
        hint: `Move one of them, or set schedule: { min_gap_minutes: N } if your team posts more often.`,
        at: { field: 'publish_at' },
      });
    }

    if (s.sensitive_dates === 'off' || (s.sensitive_dates === 'brand' && ctx.account?.kind === 'personal')) return;
    for (const ev of ctx.config.sensitiveEvents) {
      const years = onDate(ev, when.local.date);
      if (years === undefined) continue;
      const keys = Object.keys(post.meta.acknowledge);
      const key = keys.find((k) => sameName(k, ev.name) || k.trim() === ev.date || k.trim() === when.local.date);
      const reason = key !== undefined ? post.meta.acknowledge[key].trim() : '';
      if (key !== undefined && reason) continue;
      const what = years === 0 ? `the day of ${ev.name}` : `the ${ordinal(years)} anniversary of ${ev.name}`;
      const detail = [ev.place, years ? ev.date : undefined].filter(Boolean).join(', ');
      const ackLine = `postlint: { acknowledge: { ${JSON.stringify(ev.name)}: "why this post is right for the day" } }`;
      ctx.report({
        ...(key !== undefined
          ? { messageId: 'acknowledgeNeedsReason', data: { key, what } }
          : { messageId: 'sensitiveDate', data: { date: longDate(when.local.date), what, detail: detail ? ` (${detail})` : '' } }),
        why: `${ev.name} is listed in sensitive_events. On that day any post from a brand is read against it, and a routine one looks indifferent.`,
        hint: `Move the post to another day, or, if it belongs on this day, say why in the front matter: ${ackLine}`,
        at: key !== undefined ? { field: `postlint.acknowledge.${key}` } : { field: 'publish_at' },
      });
    }
  },
});

function sharedPlatforms(a: Dated, b: Dated): string[] | undefined {
  if (!a.perPlatform) return [];
  if (!a.platforms.length || !b.platforms.length) return [...new Set([...a.platforms, ...b.platforms])];
  const shared = a.platforms.filter((p) => b.platforms.includes(p));
  return shared.length ? shared : undefined;
}

/** Years since the event when `date` (YYYY-MM-DD) is its day (0) or an anniversary; else undefined. */
export function onDate(ev: SensitiveEvent, date: string): number | undefined {
  if (ev.date === date) return 0;
  if (!ev.anniversary) return undefined;
  const y = Number(date.slice(0, 4));
  const ey = Number(ev.date.slice(0, 4));
  if (y <= ey) return undefined;
  let md = ev.date.slice(5);
  if (md === '02-29' && !isLeap(y)) md = '02-28';
  return date.slice(5) === md ? y - ey : undefined;
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function longDate(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}
