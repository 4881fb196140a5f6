// Norwegian (nb) posts the brand rules had not seen: one bad and one fine per rule and shape.
import { describe, expect, test } from 'vitest';
import { draft, run } from './helpers.js';

const config = { accounts: [{ handle: 'butikk', kind: 'brand', voice: 'vi', name: 'Fjordhandel', lang: 'nb', platforms: ['facebook', 'x'] }] };
const fired = async (rule: string, body: string, extra: Record<string, unknown> = {}) =>
  (await run(rule, draft({ account: 'butikk', platform: 'facebook', lang: 'nb', ...extra }, body), { config })).length > 0;
const reply = { reply_to: { author: '@kari', text: 'Pakken kom aldri.' } };

describe('nb: brand rules on posts they had not seen', () => {
  test.each([
    ['tragedy-promo', 'Tankene våre går til alle som er rammet av flommen i Vestdalen. Bruk koden FLOM20 for 20 % på regntøy.', {}],
    ['risky-topic', 'Så billig at du skal tro vi har ranet en bank 🔫😂', {}],
    ['wrong-account', 'Helt ferdig etter julebordet i går, fyllesyk og angrer på alt 🤢', {}],
    ['tone', 'Du burde ha lest vilkårene før du bestilte. Det er ditt eget ansvar.', reply],
  ])('bad %s: %s', async (rule, body, extra) => {
    expect(await fired(rule as string, body as string, extra as Record<string, unknown>)).toBe(true);
  });

  test.each([
    ['tragedy-promo', 'Tankene våre går til alle som er rammet av flommen i Vestdalen. Butikken i sentrum holder stengt i dag.', {}],
    ['risky-topic', 'Sommersalget er her: 30 % på alle jakker denne uka!', {}],
    ['wrong-account', 'Vi har julebord i kveld, så butikken stenger klokka 16. God helg!', {}],
    ['tone', 'Beklager at pakken ikke har kommet! Send oss ordrenummeret på melding, så sjekker vi det med Posten i dag.', reply],
  ])('fine %s: %s', async (rule, body, extra) => {
    expect(await fired(rule as string, body as string, extra as Record<string, unknown>)).toBe(false);
  });
});
