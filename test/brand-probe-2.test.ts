// A second probe of wrong-account and risky-topic on a bank's account (en-GB), written after the
// rules. First look caught 1 of 6 and 1 of 5; the data added after it is dated in the YAML files.
import { describe, expect, test } from 'vitest';
import { draft, run } from './helpers.js';

const config = { accounts: [{ handle: 'brand', kind: 'brand', voice: 'we', name: 'Tidewater Bank', lang: 'en-GB', platforms: ['x'] }] };
const fires = async (rule: string, body: string) => (await run(rule, draft({ account: 'brand', platform: 'x', lang: 'en-GB' }, body), { config })).length > 0;

describe('wrong-account, second probe', () => {
  test.each([
    'Three coffees in and still cannot face my inbox. Why do I do this job 😩',
    'Off to Ibiza tomorrow with the girls!!! See you losers in a week 🍹',
    'My flatmate ate my leftovers AGAIN. I am going to lose it.',
    'Anyone else think the new Prime Minister looks like a potato? Just me? 😂',
    'Finally passed my driving test!!! Fourth time lucky 🚗🎉',
    'Feeling rough today, too many pints at the match last night 🍺',
  ])('bad: %s', async (body) => expect(await fires('wrong-account', body)).toBe(true));

  test.each([
    'Our branch on King Street opens late on Thursdays until 7pm.',
    'Meet Aisha from our Leeds branch: she has helped 300 first-time buyers this year.',
    '"I finally bought my first home thanks to the team at Tidewater" — Marcus, Bristol',
    'Fancy a pint? Not with our credit card fees, which are the lowest on the high street.',
    'Flying to Vegas for the fintech expo next week: come and say hi at stand 14!',
  ])('fine: %s', async (body) => expect(await fires('wrong-account', body)).toBe(false));
});

describe('risky-topic, second probe', () => {
  test.each([
    'Our rates are so low, the Chancellor should be arrested 😂',
    'Vote Reform and keep more of your money!',
    'Our new card is sexier than your ex 😏',
    'Interest rates going up faster than a crack addict at payday 😂',
  ])('bad: %s', async (body) => expect(await fires('risky-topic', body)).toBe(true));

  test.each([
    'The Budget is on Wednesday: here is what the changes to ISA allowances mean for you.',
    'Our branches are polling stations on Thursday; normal service resumes on Friday.',
    'Killer rate alert: 5.1% on our 1-year fixed saver.',
    'We want to reform how overdraft fees work: no more surprise charges.',
    'Sexy new heels for the party season, from £49.',
    // Judgement call: "the X gods" is a secular idiom ("pray to the wifi gods"), not a religion joke.
    'Savings so good they are basically a religion. Pray to the ISA gods 🙏😂',
  ])('fine: %s', async (body) => expect(await fires('risky-topic', body)).toBe(false));
});
