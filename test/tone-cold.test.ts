// Replies that are cold (no apology, thanks or offer) with one pointed phrase: the combination is
// what a complaint's readers see. Written after the rule, to check it on replies it had not seen.
import { describe, expect, test } from 'vitest';
import { draft, run } from './helpers.js';

const config = { accounts: [{ handle: 'brand', kind: 'brand', voice: 'we', lang: 'en', platforms: ['x'] }] };
const reply = (body: string) => draft({ account: 'brand', platform: 'x', reply_to: { author: '@sam', text: 'Not happy with this.' } }, `@sam ${body}`);
const fires = async (body: string) => (await run('tone', reply(body), { config })).length > 0;

// Known miss, left as a judgement the rule cannot make from words: "Our opening hours are on the
// door, the website and every receipt." (blame by implication, no phrase to hold on to).
describe('tone: cold replies with one pointed phrase', () => {
  test.each([
    'The delivery window was clearly stated at checkout.',
    'You agreed to the terms when you signed up.',
    'Everyone else managed to find the entrance just fine.',
    'The instructions are in the box. Read them.',
    "That's not how our loyalty scheme works, obviously.",
    'If you had checked the app you would have seen the delay.',
    "We've already answered this three times.",
  ])('bad: %s', async (body) => {
    expect(await fires(body)).toBe(true);
  });

  test.each([
    'Thanks for flagging this. The delivery window was stated at checkout, but we can move yours to tomorrow morning if that helps.',
    'Sorry about that! Our opening hours changed on Monday; the new times are on our website.',
    'Hi Sam, the terms say refunds take 5 working days; yours was sent on Tuesday, so it should land by Monday.',
    'Good catch, the sign is wrong. We are fixing it today.',
    'The entrance is round the side on Mill Lane. We will put a sign up this week.',
    'Your order left our warehouse this morning and should be with you tomorrow.',
  ])('fine: %s', async (body) => {
    expect(await fires(body)).toBe(false);
  });
});
