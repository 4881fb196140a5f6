// Sensitive hashtags joined by a brand, written after the rule to check it on posts it had not
// seen; and tags that only look sensitive.
import { describe, expect, test } from 'vitest';
import { draft, run } from './helpers.js';

const config = {
  accounts: [
    { handle: 'brand', kind: 'brand', voice: 'we', name: 'Juniper Sneakers', industry: 'shoe retailer', lang: 'en', platforms: ['x', 'instagram'] },
    { handle: 'shelter', kind: 'brand', voice: 'we', name: 'Eastside Women\'s Shelter', industry: 'charity (domestic violence shelter)', lang: 'en', platforms: ['x'] },
  ],
  sensitive_events: [{ name: 'Port Alder factory explosion', place: 'Port Alder', date: '2027-05-02', hashtags: ['#PortAlderStrong'] }],
};
const fires = async (body: string, account = 'brand') => (await run('hashtag-hijack', draft({ account, platform: 'x', publish_at: '2027-05-06T10:00:00Z' }, body), { config })).length > 0;

describe('hashtag-hijack on posts it had not seen', () => {
  test.each([
    'Walk a mile in our new runners 👟 #MeToo',
    'Running for a cause? Our marathon shoes are 20% off #BlackLivesMatter',
    'Strong soles for strong towns. #PortAlderStrong — new boots in store now',
    'Never forget to lace up properly 😉 #NeverForget',
    'Our trainers are fire 🔥 #PrayForPortAlder',
    'Stop scrolling and shop the sale #StopAsianHate',
  ])('bad: %s', async (body) => {
    expect(await fires(body)).toBe(true);
  });

  test.each([
    ['Motivation Monday: lace up and get out there! #MondayMotivation #RunningCommunity', 'brand'],
    ['Core workout tips from our staff trainer #CoreStrong', 'brand'],
    ['Our counsellors are here 24/7. If you are not safe at home, call us. #WhyIStayed', 'shelter'],
    ['Throwback to our first store opening in 2009 #TBT', 'brand'],
    ['New colourway drops Friday #SneakerHead #OOTD', 'brand'],
  ])('fine: %s', async (body, account) => {
    expect(await fires(body, account)).toBe(false);
  });
});
