// The harness of the brand-rule held-out sets: every case runs all five brand rules and must fire
// exactly its labelled rule(s); HELDOUT_REPORT=1 prints per-rule precision and recall,
// HELDOUT_DEBUG=1 what fired where the label disagrees.
import { afterAll, describe, expect, test } from 'vitest';
import { draft, run } from '../helpers.js';

export const RULES = ['risky-topic', 'hashtag-hijack', 'tragedy-promo', 'wrong-account', 'tone'] as const;
export type Rule = (typeof RULES)[number];

export interface Case {
  id: string;
  account: string;
  body: string;
  /** The one rule that should fire among the five; undefined for a hard negative. */
  expect?: Rule;
  /** A second rule the corpus conventions also expect (documented per case). */
  also?: Rule | Rule[];
  reply?: { author: string; text: string };
  publish_at?: string;
  note?: string;
}

interface SetOptions {
  bad: Case[];
  good: Case[];
  /** Registry and the rest of the config the posts are linted with. */
  config: { accounts: { handle: string; platforms: string[]; lang?: string }[] } & Record<string, unknown>;
  now: Date;
  /** The smallest number of bad and of good cases the set must keep. */
  min: number;
}

const alsoOf = (c: Case): Rule[] => (c.also === undefined ? [] : [c.also].flat());

export function heldoutSet(name: string, { bad, good, config, now, min }: SetOptions): void {
  const cases = [...bad, ...good];
  const fired = new Map<string, Rule[]>();

  async function fire(c: Case): Promise<Rule[]> {
    const a = config.accounts.find((x) => x.handle === c.account)!;
    const front: Record<string, unknown> = { account: c.account, platform: a.platforms[0], lang: a.lang };
    if (c.publish_at) front.publish_at = c.publish_at;
    if (c.reply) front.reply_to = c.reply;
    const text = draft(front, c.body);
    const out: Rule[] = [];
    for (const rule of RULES) {
      const ms = await run(rule, text, { config, now });
      if (ms.length) out.push(rule);
      if (process.env.HELDOUT_DEBUG && ms.length && rule !== c.expect && !alsoOf(c).includes(rule)) for (const m of ms) console.log(`${c.id}: unexpected ${rule}: ${m.message}`);
    }
    return out;
  }

  describe(name, () => {
    test('the set is balanced and labelled with the five rules only', () => {
      expect(bad.length).toBeGreaterThanOrEqual(min);
      expect(good.length).toBeGreaterThanOrEqual(min);
      expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
      for (const c of bad) if (c.expect === 'tone') expect(c.reply).toBeDefined();
    });

    test.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
      const got = await fire(c);
      fired.set(c.id, got);
      expect(got).toEqual(RULES.filter((r) => r === c.expect || alsoOf(c).includes(r)));
    });

    afterAll(() => {
      if (fired.size < cases.length || !process.env.HELDOUT_REPORT) return;
      const rows = RULES.map((r) => {
        let tp = 0;
        let fp = 0;
        let fn = 0;
        for (const c of cases) {
          const f = fired.get(c.id)!.includes(r);
          const want = c.expect === r || alsoOf(c).includes(r);
          if (f && want) tp++;
          else if (f) fp++;
          else if (want) fn++;
        }
        const p = tp + fp ? tp / (tp + fp) : 1;
        const rc = tp + fn ? tp / (tp + fn) : 1;
        return `${r.padEnd(15)} tp ${String(tp).padStart(2)} fp ${String(fp).padStart(2)} fn ${String(fn).padStart(2)}  precision ${p.toFixed(2)}  recall ${rc.toFixed(2)}`;
      });
      console.log(`${name} (${bad.length} bad, ${good.length} good)\n${rows.join('\n')}`);
    });
  });
}
