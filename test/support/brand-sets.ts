// The registries (accounts, sensitive hashtags and events) and draft shape of the brand rules'
// held-out posts: posts written after the five brand rules (risky-topic, hashtag-hijack,
// tragedy-promo, wrong-account, tone) were built, about brands, incidents and phrasings the
// development corpus (../shared/corpus) never uses. Each post lives in the table of the rule it is
// about (test/rules/<id>.test.ts) and is linted with all five rules (`alongside`): the labelled
// rule must say exactly what the table lists, the other four nothing unless `others` says what.
// Labels follow the corpus conventions (corpus/README.md): tone is for replies only; risky-topic
// and wrong-account only on brand accounts; alcohol is not a risky topic; a tragic hashtag alone
// is hashtag-hijack only.
import type { DraftCase, Defaults } from '../rule-tester.js';

export const BRAND_RULES = ['risky-topic', 'hashtag-hijack', 'tragedy-promo', 'wrong-account', 'tone'];

/** Set A (first written as test/brand-heldout.test.ts, rounds 1 and 2): a gym, a bakery chain, a telecom, a museum, a hotel, a bus company, a pet-food brand, a university, a cinema chain, an energy supplier, a brewery, dental clinics and four Norwegian brands. */
const accountsA = [
  { handle: 'ironpeakgym', kind: 'brand', name: 'Ironpeak Gym', industry: 'gym chain (US)', voice: 'we', lang: 'en', platforms: ['instagram', 'x'] },
  { handle: 'hearthloaf', kind: 'brand', name: 'Hearth & Loaf', industry: 'bakery chain (UK)', voice: 'we', lang: 'en-GB', platforms: ['instagram', 'x', 'facebook'] },
  { handle: 'lumenmobile', kind: 'brand', name: 'Lumen Mobile', industry: 'telecom (US)', voice: 'we', lang: 'en', platforms: ['x', 'facebook'] },
  { handle: 'caldermuseum', kind: 'brand', name: 'Calder Museum', industry: 'museum (UK)', voice: 'we', lang: 'en-GB', platforms: ['x', 'instagram'] },
  { handle: 'harborviewhotel', kind: 'brand', name: 'Harborview Hotel', industry: 'hotel (US)', voice: 'we', lang: 'en', platforms: ['instagram', 'x', 'facebook'] },
  { handle: 'tidelinebus', kind: 'brand', name: 'Tideline Buses', industry: 'bus company (UK)', voice: 'we', lang: 'en-GB', platforms: ['x', 'facebook'] },
  { handle: 'pawpantry', kind: 'brand', name: 'Paw Pantry', industry: 'pet food (US)', voice: 'we', lang: 'en', platforms: ['instagram', 'x'] },
  { handle: 'northfielduni', kind: 'brand', name: 'University of Northfield', industry: 'university (UK)', voice: 'we', lang: 'en-GB', platforms: ['x', 'linkedin'] },
  { handle: 'fjordtele', kind: 'brand', name: 'Fjordtele', industry: 'telekom (Norge)', voice: 'vi', lang: 'nb', platforms: ['facebook', 'x'] },
  { handle: 'bergvikhotell', kind: 'brand', name: 'Bergvik Hotell', industry: 'hotell (Norge)', voice: 'vi', lang: 'nb', platforms: ['instagram', 'facebook'] },
  { handle: 'nordlysbuss', kind: 'brand', name: 'Nordlys Buss', industry: 'busselskap (Norge)', voice: 'vi', lang: 'nb', platforms: ['facebook'] },
  { handle: 'reelhouse', kind: 'brand', name: 'Reelhouse Cinemas', industry: 'cinema chain (US)', voice: 'we', lang: 'en', platforms: ['x', 'instagram'] },
  { handle: 'brightwatt', kind: 'brand', name: 'Brightwatt Energy', industry: 'energy supplier (UK)', voice: 'we', lang: 'en-GB', platforms: ['x', 'facebook'] },
  { handle: 'copperkettlebrew', kind: 'brand', name: 'Copper Kettle Brewing', industry: 'craft brewery and taproom (US)', voice: 'we', lang: 'en', platforms: ['instagram', 'x'] },
  { handle: 'smilewell', kind: 'brand', name: 'Smilewell Dental', industry: 'dental clinics (US)', voice: 'we', lang: 'en', platforms: ['facebook', 'x'] },
  { handle: 'kystmat', kind: 'brand', name: 'Kystmat', industry: 'dagligvarekjede (Norge)', voice: 'vi', lang: 'nb', platforms: ['facebook', 'instagram'] },
  { handle: 'sam_okafor', kind: 'personal', owner: 'Sam Okafor', lang: 'en', platforms: ['x'] },
  { handle: 'rhys_evans', kind: 'personal', owner: 'Rhys Evans', lang: 'en-GB', platforms: ['x'] },
  { handle: 'lotteberg', kind: 'personal', owner: 'Lotte Berg', lang: 'nb', platforms: ['instagram'] },
];
const configA = {
  accounts: accountsA,
  sensitive_hashtags: [
    { tag: '#HjemTilHanna', context: 'Leteaksjon og kampanje etter at 16 år gamle Hanna Vik forsvant i Bergvik.', kind: 'activist', added: '2027-03-01', expires: '2028-03-01' },
  ],
  sensitive_events: [
    { name: 'Millbrook tram derailment', place: 'Millbrook', date: '2027-05-22', hashtags: ['#PrayForMillbrook'] },
    { name: 'Storm Freya', date: '2027-05-28' },
    { name: 'Kestrel Mall shooting', place: 'Kestrel', date: '2027-05-25' },
    { name: 'Ashby Tower fire', place: 'Ashby', date: '2019-06-03', anniversary: true },
    { name: 'Solvik-brannen (brannen på Solvik)', place: 'Solvik', date: '2026-06-05', anniversary: true },
  ],
};

/** Set B (first written as test/brand-heldout-3.test.ts, round 3): an insurer, a theme park, a supermarket, a streaming service, a shoe brand, a pharmacy, a football club, a ferry operator, an NGO, a tech startup, a local newspaper and a zoo. */
const accountsB = [
  { handle: 'shieldwise', kind: 'brand', name: 'Shieldwise Insurance', industry: 'insurer (US)', voice: 'we', lang: 'en', platforms: ['x', 'facebook'] },
  { handle: 'thunderbay', kind: 'brand', name: 'Thunder Bay Park', industry: 'theme park (US)', voice: 'we', lang: 'en', platforms: ['instagram', 'x'] },
  { handle: 'freshfield', kind: 'brand', name: 'Freshfield', industry: 'supermarket (UK)', voice: 'we', lang: 'en-GB', platforms: ['x', 'facebook'] },
  { handle: 'loopflix', kind: 'brand', name: 'Loopflix', industry: 'streaming service (US)', voice: 'we', lang: 'en', platforms: ['x', 'instagram'] },
  { handle: 'stridewell', kind: 'brand', name: 'Stridewell', industry: 'shoe brand (US)', voice: 'we', lang: 'en', platforms: ['instagram', 'x'] },
  { handle: 'greenleafpharmacy', kind: 'brand', name: 'Greenleaf Pharmacy', industry: 'pharmacy chain (UK)', voice: 'we', lang: 'en-GB', platforms: ['facebook', 'x'] },
  { handle: 'redhavenrovers', kind: 'brand', name: 'Redhaven Rovers FC', industry: 'football club (UK)', voice: 'we', lang: 'en-GB', platforms: ['x', 'instagram'] },
  { handle: 'westsoundferries', kind: 'brand', name: 'Westsound Ferries', industry: 'ferry operator (UK)', voice: 'we', lang: 'en-GB', platforms: ['x', 'facebook'] },
  { handle: 'openhands', kind: 'brand', name: 'Open Hands', industry: 'NGO / food and shelter charity (US)', voice: 'we', lang: 'en', platforms: ['x', 'facebook'] },
  { handle: 'quillstack', kind: 'brand', name: 'Quillstack', industry: 'tech startup, note-taking app (US)', voice: 'we', lang: 'en', platforms: ['x', 'linkedin'] },
  { handle: 'dunmoregazette', kind: 'brand', name: 'Dunmore Gazette', industry: 'local newspaper (UK)', voice: 'we', lang: 'en-GB', platforms: ['x', 'facebook'] },
  { handle: 'oakridgezoo', kind: 'brand', name: 'Oakridge Zoo', industry: 'zoo (US)', voice: 'we', lang: 'en', platforms: ['instagram', 'x'] },
  { handle: 'jo_park', kind: 'personal', owner: 'Jo Park', lang: 'en', platforms: ['x'] },
  { handle: 'cal_hughes', kind: 'personal', owner: 'Cal Hughes', lang: 'en-GB', platforms: ['x'] },
];
const configB = {
  accounts: accountsB,
  sensitive_hashtags: [
    { tag: '#JusticeForMarlee', context: 'Campaign after 9-year-old Marlee Quinn was killed by a driver outside her school in Portmere.', kind: 'activist', added: '2027-03-01', expires: '2028-03-01' },
  ],
  sensitive_events: [
    { name: 'Harlow Bay ferry sinking', place: 'Harlow Bay', date: '2027-05-20', hashtags: ['#PrayForHarlowBay'] },
    { name: 'Storm Odile', date: '2027-05-30' },
    { name: 'Westgate school shooting', place: 'Westgate', date: '2027-05-26' },
    { name: 'Greyton earthquake', place: 'Greyton', date: '2027-05-18' },
    { name: 'Pennick Mill fire', place: 'Pennick', date: '2007-06-01', anniversary: true },
  ],
};

export interface HeldoutPost {
  /** The post's id in the set (the rules' data files cite some by it). */
  id: string;
  account: string;
  body: string;
  reply?: { author: string; text: string };
  publish_at?: string;
  /** Why the label is what it is, where that is a judgement call. */
  note?: string;
}

interface BrandSet {
  accounts: { handle: string; platforms: string[]; lang?: string }[];
  config: Record<string, unknown>;
}

/** The tester defaults for a set: its registry, the clock of 2027-06-01 noon UTC, the five brand rules alongside. */
export function setDefaults(set: BrandSet): Defaults {
  return { config: set.config, now: '2027-06-01T12:00:00Z', alongside: BRAND_RULES };
}

/** A held-out post as a tester case: front matter as the account posts it (its first platform, its language). */
export function heldout(set: BrandSet): (p: HeldoutPost) => DraftCase {
  return (p) => {
    const a = set.accounts.find((x) => x.handle === p.account);
    if (!a) throw new Error(`${p.id}: account ${p.account} is not in the set's registry`);
    const front: Record<string, unknown> = { account: p.account, platform: a.platforms[0], lang: a.lang };
    if (p.publish_at) front.publish_at = p.publish_at;
    if (p.reply) front.reply_to = p.reply;
    return { name: p.id, front, body: p.body };
  };
}

export const SET_A: BrandSet = { accounts: accountsA, config: configA };
export const SET_B: BrandSet = { accounts: accountsB, config: configB };

/** Probes on one brand account, first written as test/brand-probe-2.test.ts: a bank (en-GB). */
export const BANK: Defaults = {
  config: { accounts: [{ handle: 'brand', kind: 'brand', voice: 'we', name: 'Tidewater Bank', lang: 'en-GB', platforms: ['x'] }] },
  front: { account: 'brand', platform: 'x', lang: 'en-GB' },
};

/** First written as test/brand-probe-3.test.ts: a coffee chain. */
export const COFFEE: Defaults = {
  config: { accounts: [{ handle: 'brand', kind: 'brand', voice: 'we', name: 'Gullfoss Coffee', industry: 'coffee chain', lang: 'en', platforms: ['x'] }] },
  front: { account: 'brand', platform: 'x' },
};

/** First written as test/brand-nb-unseen.test.ts: a Norwegian (nb) shop. */
export const NB_SHOP: Defaults = {
  config: { accounts: [{ handle: 'butikk', kind: 'brand', voice: 'vi', name: 'Fjordhandel', lang: 'nb', platforms: ['facebook', 'x'] }] },
  front: { account: 'butikk', platform: 'facebook', lang: 'nb' },
};
