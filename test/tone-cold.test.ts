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

// Second probe, written after the first round of data: sarcastic brush-offs and cold comparisons.
describe('tone: sarcasm and brush-offs it had not seen', () => {
  test.each([
    'Maybe check your spam folder before tweeting at us?',
    'Interesting that nobody else had this problem today.',
    'We gave you a discount last time. How much more do you want?',
    "It's a budget airline. What did you expect, champagne?",
    'Sounds like a you problem tbh.',
    'Cool story. Anything else?',
    'The screenshot you posted is edited. Nice try.',
    'You must be new here.',
    'Feel free to shop elsewhere.',
    "We'll pass that on to someone who cares.",
  ])('bad: %s', async (body) => {
    expect(await fires(body)).toBe(true);
  });

  test.each([
    'Sorry to hear that, Sam. Could you DM us your order number so we can look into it?',
    "Thanks for the feedback! We've passed it to the store manager.",
    "That doesn't sound right. Can you send us a photo of the receipt by DM?",
    'We hear you. The delay was caused by a supplier issue; your refund went out this morning.',
    'Nobody else should have to wait that long either: we are adding two more staff on Saturdays.',
  ])('fine: %s', async (body) => {
    expect(await fires(body)).toBe(false);
  });
});
