// Promotion next to a tragedy, written after the rule to check it on posts it had not seen; and
// posts that mention a tragedy without selling on it.
import { describe, expect, test } from 'vitest';
import { draft, run } from './helpers.js';

const config = { accounts: [{ handle: 'brand', kind: 'brand', voice: 'we', name: 'Pinecrest Outdoors', lang: 'en', platforms: ['x', 'instagram'] }] };
const fires = async (body: string) => (await run('tragedy-promo', draft({ account: 'brand', platform: 'x' }, body), { config })).length > 0;

describe('tragedy-promo on posts it had not seen', () => {
  test.each([
    'Our hearts go out to everyone affected by the earthquake in Valmora. Stay safe, and remember our tents are 30% off this week.',
    'Thoughts with the families after the ferry sinking. Use code STRONG15 for 15% off all life jackets.',
    'RIP to a legend of the trail. To honour him, all hiking boots are buy one get one half price today.',
    'After the wildfire, we are all shaken. Treat yourself to something cosy: free delivery on all fleeces.',
    'Five years since the mine collapse. Remember the 12 miners with us, and shop our memorial collection now.',
    'Hurricane Ivo is coming. Stock up on camping stoves before it hits, link in bio!',
    'Tragic news from the school shooting in Lakeview. Our summer sale still ends Sunday, don\'t miss it.',
    'The flood has devastated the valley. Grab yours now: waterproof boots from $49.',
  ])('bad: %s', async (body) => {
    expect(await fires(body)).toBe(true);
  });

  test.each([
    'Our hearts go out to everyone affected by the earthquake in Valmora. We have donated 500 tents to the Red Cross; please give to them directly.',
    'Because of the storm, all our stores close at 2pm today. Stay safe and stay home.',
    'Five years since the mine collapse. Our stores will close for a minute\'s silence at 11am.',
    'Spring sale: 20% off all tents and sleeping bags this weekend.',
    'Our Disaster Preparedness Guide is free to download: what to pack in a 72-hour kit.',
    'Customers affected by the flood can return or exchange anything bought in the last 90 days, no receipt needed.',
  ])('fine: %s', async (body) => {
    expect(await fires(body)).toBe(false);
  });
});
