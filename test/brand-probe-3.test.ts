// A third probe, on a coffee chain's account: promotion phrased as app orders, loyalty points and
// launches next to a tragedy, and #PrayFor a town no dictionary knows. First look caught 3 of 6
// (tragedy-promo) and 3 of 4 (hashtag-hijack); the data added after it is dated in the YAML files.
import { describe, expect, test } from 'vitest';
import { draft, run } from './helpers.js';

const config = { accounts: [{ handle: 'brand', kind: 'brand', voice: 'we', name: 'Gullfoss Coffee', industry: 'coffee chain', lang: 'en', platforms: ['x'] }] };
const fires = async (rule: string, body: string) => (await run(rule, draft({ account: 'brand', platform: 'x' }, body), { config })).length > 0;

describe('tragedy-promo, third probe', () => {
  test.each([
    'Remembering the victims of the Marlow train crash one year on. Today only: free muffin with every coffee.',
    "Stay strong, Eastbrook. After this week's tornado, you deserve a treat: half-price lattes all weekend.",
    'Heartbroken by the news of the stadium stampede. Our new pumpkin spice latte is out now.',
    'As the wildfires rage on, keep cool with our iced range. Order on the app!',
    'Rest in peace to the legendary singer we lost today. Play her songs loud and grab a 2-for-1 cappuccino.',
    "Our thoughts are with the victims of yesterday's attack. Don't forget: loyalty points double this week.",
  ])('bad: %s', async (body) => expect(await fires('tragedy-promo', body)).toBe(true));

  test.each([
    'Remembering the victims of the Marlow train crash one year on. Our cafés will fall silent at 9:14am.',
    "After this week's tornado, our Eastbrook café is a warm place to charge phones and get free hot drinks for anyone who needs them.",
    'Our new pumpkin spice latte is out now. Autumn has officially started 🍂',
    'Our coffee disaster of the week: someone ordered an oat latte with extra cheese. We made it anyway.',
    'Half-price lattes all weekend to celebrate our 10th birthday!',
    'Stampede of customers for our new croissant this morning 😅',
    'Double loyalty points all week: thanks for ten years, Northgate!',
  ])('fine: %s', async (body) => expect(await fires('tragedy-promo', body)).toBe(false));
});

describe('hashtag-hijack, third probe', () => {
  test.each([
    'Coffee so strong it could end the war. #StandWithUkraine ☕',
    'Lattes for everyone! #TimesUp on boring coffee',
    'Free refill Friday ☕ #PrayForEastbrook',
    'Black coffee matters too 😂 #BLM',
  ])('bad: %s', async (body) => expect(await fires('hashtag-hijack', body)).toBe(true));

  test.each([
    'Thank you, baristas! #NationalCoffeeDay',
    'Our autumn menu is here #PSL #FallVibes',
    'Fingers crossed for a white Christmas #PrayForSnow',
    'Donating all tips this week to the Eastbrook tornado appeal. Please give directly too if you can.',
  ])('fine: %s', async (body) => expect(await fires('hashtag-hijack', body)).toBe(false));
});
