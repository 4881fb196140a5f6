// The crisis freeze: while a crisis is declared in the config, brand posts scheduled inside the
// window are held, and so are posts with no time at all (they would go out the moment they are sent).
import { defineRule } from '../src/engine/rule.js';
import { inFreeze, readFreeze, type Freeze } from '../src/plan/freeze.js';
import { describeInstant, parseInstant, possibleRange } from '../src/plan/time.js';

export default defineRule({
  id: 'freeze',
  meta: {
    description: 'No brand post is scheduled inside the crisis freeze, and none goes out unscheduled while it is in force.',
    docs: {
      why: 'After a disaster, a tragedy or a scandal, the scheduled queue keeps firing cheerful promotions written weeks earlier. A freeze declared in one line of the config turns every held post red in CI, so nothing goes out by accident until the team lifts it.',
      incidents: [
        'Brands whose pre-scheduled promotional posts went out during national tragedies and were read as indifferent or exploitative.',
        'A "go out now" post sent in the middle of a crisis pause because it had no publish_at, so no schedule check saw it.',
      ],
      bad: '---\naccount: mapleandmain\nplatform: instagram\npublish_at: 2027-06-10T10:00:00-04:00\n---\nPicnic season is here: 25% off enamel tableware.',
      good: '---\naccount: mapleandmain\nplatform: instagram\npublish_at: 2027-06-14T10:00:00-04:00\n---\nPicnic season is here: 25% off enamel tableware.',
      notes: [
        'Bounds are inclusive and compared as instants (UTC): 19:30 at -04:00 on 8 June is 23:30Z, inside a freeze that starts at 00:00+01:00 on 9 June.',
        'Only brand accounts are held unless freeze.applies_to is all; accounts not in the registry count as brand accounts (a freeze fails safe).',
        'freeze.except lists accounts that keep posting (public-safety updates). One post that must go out can be let through with postlint: { disable: { freeze: "reason, who decided" } }.',
        'Without freeze.to the freeze holds until it is lifted. A post without publish_at fails while the freeze is in force (now, or --now, inside the window).',
        'A publish_at without an offset is the front-matter rule\'s to report; freeze also reports it when some time zone would put it inside the window.',
      ],
    },
    defaultSeverity: 'error',
    fixable: false,
    network: false,
    time: true,
    needs: ['freeze'],
    brandOnly: true,
    messages: {
      // {{reason}}: " Reason: ..." when the freeze gives one, else empty.
      unscheduled: 'no publish_at: this post would go out as soon as it is sent, and the crisis freeze is in force ({{window}}).{{reason}}',
      noOffset: "publish_at '{{date}}' has no offset, and in some time zones it falls inside the crisis freeze ({{window}}).{{reason}}",
      scheduledInFreeze: 'scheduled inside the crisis freeze: {{when}} is within {{window}}.{{reason}}',
    },
  },
  check(post, ctx) {
    const freeze = readFreeze(ctx.config);
    if (!freeze) return;
    for (const p of freeze.problems) ctx.notice(`freeze: ${p}`);
    const account = post.meta.account;
    if (account && freeze.except.includes(account)) return;
    if (freeze.appliesTo === 'brand' && ctx.account?.kind === 'personal') return;

    const window = describeWindow(freeze);
    const reason = freeze.reason ? ` Reason: ${freeze.reason}` : '';
    const why = 'During a crisis, posts written before it read as indifferent or worse. The freeze holds every scheduled brand post until the team lifts it.';
    const hint = `Move publish_at after the freeze${freeze.to ? ` (ends ${describeInstant(freeze.to)})` : ''} or take the post out of the queue. If it must go out (public-safety information), add the account to freeze.except, or let this one post through with postlint: { disable: { freeze: "reason, who decided" } }.`;

    const raw = post.data.publish_at;
    if (raw === undefined || raw === null || raw === '') {
      if (inFreeze(freeze, ctx.now.getTime()))
        ctx.report({
          messageId: 'unscheduled',
          data: { window, reason },
          why,
          hint: `Hold it until the freeze is lifted, or give it a publish_at after the freeze${freeze.to ? ` (ends ${describeInstant(freeze.to)})` : ''}.`,
          at: { post: true },
        });
      return;
    }
    const when = parseInstant(raw);
    if (!when) return; // not a date: front-matter reports it
    if (when.offset === null) {
      const [a, b] = possibleRange(when);
      if (b >= freeze.from.ms && (!freeze.to || a <= freeze.to.ms))
        ctx.report({
          messageId: 'noOffset',
          data: { date: when.text, window, reason },
          why,
          hint: `Add the offset you mean; if it is then inside the freeze, ${hint.charAt(0).toLowerCase()}${hint.slice(1)}`,
          at: { field: 'publish_at' },
        });
      return;
    }
    if (!inFreeze(freeze, when.ms)) return;
    ctx.report({
      messageId: 'scheduledInFreeze',
      data: { when: describeInstant(when), window, reason },
      why,
      hint,
      at: { field: 'publish_at' },
    });
  },
});

function describeWindow(f: Freeze): string {
  return f.to ? `${describeInstant(f.from)} to ${describeInstant(f.to)}` : `from ${describeInstant(f.from)} until lifted`;
}
