// Personal posts sent from a brand account, written after the rule to check it on posts it had
// not seen; and brand posts that only look personal.
import { describe, expect, test } from 'vitest';
import { draft, run } from './helpers.js';

const config = { accounts: [{ handle: 'brand', kind: 'brand', voice: 'we', name: 'Fernway Hotels', lang: 'en', platforms: ['x', 'instagram'] }] };
const fires = async (body: string) => (await run('wrong-account', draft({ account: 'brand', platform: 'x' }, body), { config })).length > 0;

describe('wrong-account on posts it had not seen', () => {
  test.each([
    'Worst hangover of my life. Never drinking tequila again 😵',
    'My boyfriend forgot our anniversary AGAIN. Men are useless.',
    "Can't believe my manager made me work a double on my birthday. So done with this job.",
    'Just got home from the gym, legs are dead, pizza incoming 🍕 #cheatday',
    'My cat knocked my coffee all over my laptop this morning. Send help lol',
    'Honestly the new mayor is the dumbest person I have ever seen in office.',
    'Date night with the hubby tonight! Dinner and way too much wine 🍷',
    'Ugh, Mondays. Somebody bring me a coffee before I lose it.',
  ])('bad: %s', async (body) => {
    expect(await fires(body)).toBe(true);
  });

  test.each([
    '"Best stay of my life, the staff remembered my birthday!" — thank you for the lovely review, Priya.',
    'Our new rooftop bar opens Friday: cocktails, small plates and the best sunset in town.',
    'Hi, I am Tom, our head concierge, taking over the account today. Ask me anything about the city! ^TM',
    'Monday motivation: our housekeeping team turned 120 rooms around before noon. Proud of them.',
    'Wine tasting night on Thursday with our sommelier. Six wines, six small plates, $45.',
    'We are sorry your room was not ready on time. Please DM us your booking number.',
  ])('fine: %s', async (body) => {
    expect(await fires(body)).toBe(false);
  });
});
