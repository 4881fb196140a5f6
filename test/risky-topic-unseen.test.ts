// Risky topics on a brand account, written after the rule to check it on posts it had not seen;
// and posts whose words only look risky.
import { describe, expect, test } from 'vitest';
import { draft, run } from './helpers.js';

const config = { accounts: [{ handle: 'brand', kind: 'brand', voice: 'we', name: 'Brightside Gym', lang: 'en', platforms: ['x', 'instagram'] }] };
const fires = async (body: string) => (await run('risky-topic', draft({ account: 'brand', platform: 'x' }, body), { config })).length > 0;

describe('risky-topic on posts it had not seen', () => {
  test.each([
    'Leg day so brutal you will want to shoot yourself 😂 See you at 6am!',
    'Our protein shakes are stronger than anything you can score in a nightclub toilet 😉',
    'Vote Conservative on Thursday, because lower taxes mean cheaper memberships!',
    'Jesus had abs of steel, and with our core class so can you 🙏😂',
    'New spin class so hot it should come with a safe word 😏',
    'Train like the country is going to war. Because it might be 💣',
    'Nothing says Ramadan like skipping lunch and still smashing deadlifts 😂',
    'Gun show in studio 2: come and pump up those arms like you are loading a rifle.',
  ])('bad: %s', async (body) => {
    expect(await fires(body)).toBe(true);
  });

  test.each([
    'Our photo shoot for the new kit is this Saturday: come and be in the pictures!',
    'Killer abs workout at 7pm, open to all levels.',
    'Polling day: the sports hall is a polling station until 10pm, so the 6pm class moves to studio 2.',
    'Eid Mubarak to everyone celebrating! Our opening hours are unchanged.',
    'Our members voted: the new chairman of the club committee is Sam Patel.',
    'Our smoothie bar is the bomb. Try the mango one!',
    'A happy ending to the season: the under-12s won the cup!',
    "We're at war with clutter this spring: 20% off all storage boxes.",
    'Skipping lunch again? Grab a protein bar on your way out.',
    'Festival toilets are no place for your new white trainers. Pack wellies!',
  ])('fine: %s', async (body) => {
    expect(await fires(body)).toBe(false);
  });
});
