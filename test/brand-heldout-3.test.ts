// Held-out check, round 3: an independent set for the five brand rules, written without looking
// at the rules' data, about industries neither the development corpus (../shared/corpus) nor
// test/brand-heldout.test.ts uses: an insurer, a theme park, a supermarket, a streaming service,
// a shoe brand, a pharmacy, a football club, a ferry operator, an NGO, a tech startup, a local
// newspaper and a zoo. About half are bad (each labelled with the one rule that should fire among
// the five, or two where the corpus conventions say so), half are hard negatives. Extra weight on
// the weak spots: tragedy-promo (many phrasings of promotion and of tragedy, including events not
// listed in sensitive_events), tone (sarcasm without markers, passive-aggressive policy quoting,
// "calm down"), risky-topic and wrong-account. Labels follow corpus/README.md conventions.
//
// Judgement calls (also in docs/brand-safety.md and docs/voice-and-tone.md):
// - tp03 "stock up before the storm, free delivery": bad. A storm warning used as a reason to buy
//   (compare the corpus's hurricane + free shipping); a plain service update would be fine (g02).
// - tp06 pharmacy first-aid kits discounted after a sinking: bad; it sells off the disaster.
// - g05 newspaper live blog on a shooting: fine. Reporting the news and linking to the paper's
//   own coverage is the paper's service, not a sale, discount or product plug.
// - g09 a ride named "Disaster Canyon" with "book now": fine; no real disaster is referred to.
// - g37/g42 quoting the terms politely with the facts and a way forward: fine; quoting them to
//   shut the customer down (o01, o08) is tone.
// - wa04 a personal jab at a party's voters on a brand account: wrong-account and risky-topic,
//   the same convention as the corpus's bad-wrong-account-05.
import { heldoutSet, type Case } from './support/heldout.js';

const accounts = [
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
const config = {
  accounts,
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
const NOW = new Date('2027-06-01T12:00:00Z');

const BAD: Case[] = [
  // ---------------------------------------------------------------- tragedy-promo
  { id: 'tp01-insurer-wildfire-quote', account: 'shieldwise', expect: 'tragedy-promo', body: 'Wildfires are tearing through Pine County tonight. Is your home covered? Get a quote in five minutes and save 15% when you switch.' },
  { id: 'tp02-park-quake-passes', account: 'thunderbay', expect: 'tragedy-promo', publish_at: '2027-05-21T09:00:00-05:00', body: 'Our thoughts are with everyone affected by the Greyton earthquake. Need a break from the news? Season passes are 30% off until Sunday 🎢' },
  { id: 'tp03-supermarket-storm-delivery', account: 'freshfield', expect: 'tragedy-promo', publish_at: '2027-05-29T08:00:00+01:00', body: 'Storm Odile hits tomorrow and it could be a nasty one, so stock up now! Free delivery on every order over £40 this weekend 🛒' },
  { id: 'tp04-streaming-actor-dies', account: 'loopflix', expect: 'tragedy-promo', body: 'RIP Marco Bellini, the voice of a generation 💔 Every one of his films is streaming now. First month free with code MARCO.' },
  { id: 'tp05-shoes-bombing-anniversary', account: 'stridewell', expect: 'tragedy-promo', body: 'Five years ago today, the Lakeport marathon bombing took three runners from us. Lace up in their honour: our new Tempo 3 is here 👟' },
  { id: 'tp06-pharmacy-sinking-kits', account: 'greenleafpharmacy', expect: 'tragedy-promo', publish_at: '2027-05-22T09:00:00+01:00', body: 'Our hearts go out to everyone caught up in the Harlow Bay ferry sinking. Be prepared: first-aid kits are 20% off in every branch this week.' },
  { id: 'tp07-zoo-school-shooting', account: 'oakridgezoo', expect: 'tragedy-promo', publish_at: '2027-05-27T09:00:00-05:00', body: "Heartbroken by what happened in Westgate. Hug your little ones a bit tighter this weekend, and bring them to see the lions: kids go free Saturday and Sunday 🦁" },
  { id: 'tp08-startup-flooding-trial', account: 'quillstack', expect: 'tragedy-promo', body: "Flooding in Riverton has shut offices across the city. Don't let your team miss a beat: try Quillstack free for 60 days. Limited time only." },
  { id: 'tp09-club-crash-tickets', account: 'redhavenrovers', expect: 'tragedy-promo', body: "Thoughts with everyone affected by last night's coach crash on the M6. Don't miss Saturday's match: tickets from £15, grab yours now." },
  { id: 'tp10-shoes-hurricane-swipe', account: 'stridewell', expect: 'tragedy-promo', body: 'Hurricane Dana is making landfall on the Gulf Coast tonight 🌀 Stay safe out there, and swipe up to shop our waterproof boots before they sell out!' },
  { id: 'tp11-supermarket-mill-fire', account: 'freshfield', expect: 'tragedy-promo', publish_at: '2027-06-01T08:00:00+01:00', body: 'Twenty years on, we remember the nine workers who died in the Pennick Mill fire. Treat yourself to something sweet today: doughnuts are 2 for £1.' },
  { id: 'tp12-streaming-in-memory', account: 'loopflix', expect: 'tragedy-promo', body: "In memory of Tasha Greene, who passed away this morning at 54. Binge all six seasons of Northern Lights tonight, and don't forget: new subscribers get 50% off for three months." },
  { id: 'tp13-ferry-quake-getaway', account: 'westsoundferries', expect: 'tragedy-promo', publish_at: '2027-05-19T09:00:00+01:00', body: 'Devastating scenes from Greyton after the earthquake. Sometimes you need to get away from it all: book now and save 25% on island breaks.' },

  // ---------------------------------------------------------------- tone (replies)
  { id: 'o01-insurer-tcs', account: 'shieldwise', expect: 'tone', reply: { author: '@mkeller', text: 'Six weeks waiting and now my claim is denied?!' }, body: 'As stated in our T&Cs, flood damage is not covered. You chose the policy, so that one is on you.' },
  { id: 'o02-streaming-we-told-you', account: 'loopflix', expect: 'tone', reply: { author: '@binge_queen', text: 'Why did my price go up AGAIN?' }, body: 'We emailed every member about this a month ago. Maybe check your inbox once in a while.' },
  { id: 'o03-supermarket-calm-down', account: 'freshfield', expect: 'tone', reply: { author: '@leah_cooks', text: 'Half my delivery was missing and nobody told me.' }, body: "Calm down, it's not that deep. Substitutions happen." },
  { id: 'o04-shoes-designed-for', account: 'stridewell', expect: 'tone', reply: { author: '@trailtom', text: 'Sole came off after two weeks of hiking.' }, body: "They're road running shoes, not hiking boots. Using them for what they're made for would help." },
  { id: 'o05-club-dont-owe', account: 'redhavenrovers', expect: 'tone', reply: { author: '@rovers_til_i_die', text: '£60 for a league ticket is a joke.' }, body: "We don't owe anyone cheap tickets. Plenty of fans are happy to pay." },
  { id: 'o06-ferry-weather', account: 'westsoundferries', expect: 'tone', reply: { author: '@islandmum', text: 'Sailing cancelled again with no notice!' }, body: "We're not going to apologise for the weather. Check the forecast yourself next time." },
  { id: 'o07-park-sarcasm', account: 'thunderbay', expect: 'tone', reply: { author: '@coaster_carl', text: 'Waited two hours for one ride. Ridiculous.' }, body: 'Wow, queues at a theme park in August. Who could have seen that coming.' },
  { id: 'o08-pharmacy-last-message', account: 'greenleafpharmacy', expect: 'tone', reply: { author: '@dgreen', text: 'Still no sign of my prescription.' }, body: "Per my last message, it will be ready when it's ready. Asking again won't make it faster." },
  { id: 'o09-startup-user-error', account: 'quillstack', expect: 'tone', reply: { author: '@pm_sarah', text: 'Your app deleted a week of my notes.' }, body: 'Works fine on our end. Sounds like user error to us.' },
  { id: 'o10-paper-fuss', account: 'dunmoregazette', expect: 'tone', reply: { author: '@ken_b', text: 'Your reporter spelled my name wrong in the article.' }, body: "Fine, we'll fix it. Not sure it needed this much fuss." },
  { id: 'o11-zoo-performers', account: 'oakridgezoo', expect: 'tone', reply: { author: '@familyday', text: 'Half the animals were hiding, total waste of money.' }, body: "They're wild animals, not circus performers. Sorry they didn't put on a show just for you." },

  // ---------------------------------------------------------------- risky-topic
  { id: 'rk01-club-stabbed', account: 'redhavenrovers', expect: 'risky-topic', body: "Derby day. Someone's getting stabbed tonight and it won't be us 🔪 #COYR" },
  { id: 'rk02-park-praying', account: 'thunderbay', expect: 'risky-topic', body: "Our new drop tower is so scary you'll be praying to Allah, Jesus and Buddha all the way down 😂" },
  { id: 'rk03-supermarket-tories', account: 'freshfield', expect: 'risky-topic', body: "Prices so low even the Tories couldn't mess them up 😂 Big Price Drop on 500 lines from today." },
  { id: 'rk04-insurer-vote-candidate', account: 'shieldwise', expect: 'risky-topic', body: 'On Tuesday, vote Maria Reyes for governor. Lower premiums for Ohio families start with her.' },
  { id: 'rk05-streaming-shoot-somebody', account: 'loopflix', expect: 'risky-topic', body: "The season finale is so infuriating you'll want to grab a gun and shoot somebody 🔫" },
  { id: 'rk06-zoo-innuendo', account: 'oakridgezoo', expect: 'risky-topic', body: 'Our gorillas have been very busy making babies this spring, if you know what we mean 😏🍆' },
  { id: 'rk07-shoes-cocaine', account: 'stridewell', expect: 'risky-topic', body: "New Blizzard colourway: so white it's basically cocaine for your feet ❄️👟" },
  { id: 'rk08-ferry-titanic', account: 'westsoundferries', expect: 'risky-topic', body: "Bit choppy out there today. If you're feeling seasick, remember: at least you're not on the Titanic 😂🧊" },

  // ---------------------------------------------------------------- wrong-account
  { id: 'wa01-insurer-boyfriend', account: 'shieldwise', expect: 'wrong-account', body: 'ugh my boyfriend forgot our anniversary AGAIN 🙄 why are men like this' },
  { id: 'wa02-park-tequila', account: 'thunderbay', expect: 'wrong-account', body: 'Still hungover from the staff party. Whoever brought the tequila, I hate you.' },
  { id: 'wa03-supermarket-colleague', account: 'freshfield', expect: 'wrong-account', body: "Not gonna lie, Gary from the Leeds store is the laziest person I've ever worked with." },
  // Corpus convention (bad-wrong-account-05): a personal political opinion naming a party is
  // wrong-account (personal opinion) and risky-topic (party politics).
  { id: 'wa04-streaming-greens', account: 'loopflix', expect: 'wrong-account', also: 'risky-topic', body: 'Personally I think anyone voting Green is living in a fantasy land.' },
  { id: 'wa05-startup-intern-date', account: 'quillstack', expect: 'wrong-account', body: "Swiped right on a guy last night who turned out to be our new intern 💀 I'm moving to Antarctica" },
  { id: 'wa06-club-missus', account: 'redhavenrovers', expect: 'wrong-account', body: "My missus has banned me from buying another scarf. She just doesn't understand me 😭" },
  { id: 'wa07-ferry-ibiza', account: 'westsoundferries', expect: 'wrong-account', body: "Can't wait for my holiday. Two weeks in Ibiza and I'm not answering a single email 🍹" },
  { id: 'wa08-paper-promotion', account: 'dunmoregazette', expect: 'wrong-account', body: "Just found out I didn't get the promotion. Cool cool cool. Great week I'm having." },

  // ---------------------------------------------------------------- hashtag-hijack
  { id: 'hh01-zoo-harlowbaystrong', account: 'oakridgezoo', expect: 'hashtag-hijack', publish_at: '2027-05-24T09:00:00-05:00', body: 'Summer memberships are two-for-one this week only 🐘 #HarlowBayStrong #ZooLife' },
  { id: 'hh02-streaming-justicefor', account: 'loopflix', expect: 'hashtag-hijack', body: 'Cold Case Diaries season 3 drops Friday. Who did it? 🔍 #JusticeForMarlee #BingeWatch' },
  { id: 'hh03-supermarket-timesup', account: 'freshfield', expect: 'hashtag-hijack', body: 'Tick tock: our summer sale ends Sunday at midnight ⏰ #TimesUp' },
];

const GOOD: Case[] = [
  // ---------------------------------------------------------------- tragedy near a call to action, not promotion
  { id: 'g01-insurer-storm-claims', account: 'shieldwise', publish_at: '2027-05-30T09:00:00-05:00', body: "Storm Odile: if your home has been damaged, you can start a claim online 24/7 and we'll call you back within a day. Please stay safe." },
  { id: 'g02-ferry-storm-cancellations', account: 'westsoundferries', publish_at: '2027-05-30T06:00:00+01:00', body: 'Because of Storm Odile, all sailings from Portmere are cancelled today. You can move your ticket to any sailing this week free of charge.' },
  { id: 'g03-ngo-quake-appeal', account: 'openhands', publish_at: '2027-05-19T09:00:00-05:00', note: "A charity's own relief appeal (corpus good-52).", body: 'Families in Greyton have lost everything in the earthquake. $25 buys a shelter kit for one night. Please donate now: http://127.0.0.1:4873/ok/greyton' },
  { id: 'g04-club-minutes-applause', account: 'redhavenrovers', body: "Before Saturday's game there will be a minute's applause in memory of Tommy Reid, our 1970s captain, who passed away on Sunday. Rest in peace, Tommy." },
  { id: 'g05-paper-live-blog', account: 'dunmoregazette', publish_at: '2027-05-26T14:00:00+01:00', note: "Judgement call: a newspaper's own news coverage is not a sale or a product plug.", body: 'Westgate school shooting: police have confirmed four people died. Follow our live blog for the latest updates: http://127.0.0.1:4873/ok/live/westgate' },
  { id: 'g06-zoo-birthday', account: 'oakridgezoo', body: 'Happy 50th birthday to us! 🎉 To celebrate our anniversary, kids go free all week.' },
  { id: 'g07-supermarket-closed-respect', account: 'freshfield', publish_at: '2027-05-19T07:00:00+01:00', body: 'Our Greyton stores will stay closed today as a mark of respect for those who died in the earthquake. Our thoughts are with the whole community.' },
  { id: 'g08-pharmacy-heatwave', account: 'greenleafpharmacy', body: 'Heatwave this weekend ☀️ Drink plenty of water, check on older neighbours, and ask our pharmacists if your medicines need to be kept cool.' },
  { id: 'g09-park-disaster-canyon', account: 'thunderbay', note: 'Judgement call: a ride name, no real disaster.', body: 'Disaster Canyon opens Saturday! Get soaked on the wildest water ride in the state 🌊 Book now and skip the queue.' },
  { id: 'g10-ngo-flood-volunteers', account: 'openhands', body: 'Thank you to the 300 volunteers who filled sandbags in Riverton this week. If you need a hot meal or a bed tonight, our shelter on 5th Street is open.' },
  { id: 'g11-insurer-flood-guide', account: 'shieldwise', body: "Flood insurance explained: what's covered, what isn't, and how to check your own policy in two minutes. Read our guide." },
  { id: 'g12-shoes-remembrance-run', account: 'stridewell', publish_at: '2027-05-27T09:00:00-05:00', body: 'Our Westgate store is closed today. Our team will join the community vigil tonight. We are thinking of every family in Westgate.' },

  // ---------------------------------------------------------------- violence / death / drug idioms
  { id: 'g13-shoes-killer-heels', account: 'stridewell', body: 'Killer heels, killer price 👠 The new Stiletto range is 20% off this weekend.' },
  { id: 'g14-club-fight-every-ball', account: 'redhavenrovers', body: "We'll fight for every ball on Saturday. Tickets still available, grab yours now ⚽" },
  { id: 'g15-startup-kill-tabs', account: 'quillstack', body: 'Kill your zombie tabs: our new extension closes idle tabs for you. Free for 30 days.' },
  { id: 'g16-zoo-lion-feed', account: 'oakridgezoo', body: 'Lion feeding is at 2pm daily: watch them tear into their dinner from the big-cat viewing deck 🦁' },
  { id: 'g17-pharmacy-flu-shots', account: 'greenleafpharmacy', body: 'Flu jabs and boosters now available in every branch. Walk in, no appointment needed 💉' },
  { id: 'g18-park-fright-nights', account: 'thunderbay', body: 'Fright Nights are back: zombies, chainsaws and screaming every Friday in October 🎃' },
  { id: 'g19-streaming-murder-mystery', account: 'loopflix', body: 'Who killed Lady Ashworth? Season 2 of the murder mystery everyone is talking about is here 🔍' },
  { id: 'g20-shoes-drop', account: 'stridewell', body: 'The Blizzard drop is live. Grab yours before they are gone ❄️👟' },
  { id: 'g21-club-shootout', account: 'redhavenrovers', body: 'Through to the quarter-finals after a nervy penalty shoot-out! What a keeper 🧤' },
  { id: 'g22-ferry-lifeboat-drill', account: 'westsoundferries', body: 'Our crew ran a full abandon-ship drill this morning. Safety first, always.' },
  { id: 'g23-paper-crime-report', account: 'dunmoregazette', body: 'Court report: a Dunmore man has been jailed for six years for a knife attack outside a nightclub in March.' },

  // ---------------------------------------------------------------- religion / politics / sex look-alikes
  { id: 'g24-supermarket-easter', account: 'freshfield', body: 'Easter eggs are in! And hot cross buns baked fresh every morning 🐣' },
  { id: 'g25-ngo-polling-lifts', account: 'openhands', body: "Polling day on Thursday: our volunteers are offering free lifts to polling stations for older residents. Call us to book." },
  { id: 'g26-paper-election-night', account: 'dunmoregazette', body: 'Election night: our reporters will be at the count from 10pm with live results from every ward.' },
  { id: 'g27-ngo-pride', account: 'openhands', body: 'Happy Pride! Everyone is welcome at our food bank, today and every day 🏳️‍🌈' },
  { id: 'g28-zoo-breeding', account: 'oakridgezoo', body: 'Big news: our breeding programme has welcomed two red panda cubs this spring 🐼' },
  { id: 'g29-paper-eid', account: 'dunmoregazette', body: "Eid Mubarak to all our readers celebrating today. See our gallery of this morning's prayers in Dunmore Park." },

  // ---------------------------------------------------------------- brand voice that looks personal
  { id: 'g30-ferry-testimonial', account: 'westsoundferries', body: '"I\'ve taken this ferry every summer for twenty years and my kids still love it more than the beach." — Jenny, Portmere' },
  { id: 'g31-club-signing-quote', account: 'redhavenrovers', body: '"I\'ve dreamed of playing here since I was six. My mum will be crying in the stands." — new signing Kai Mensah' },
  { id: 'g32-zoo-keeper-takeover', account: 'oakridgezoo', body: "Hi, I'm Keeper Mia and I'm running the account today from the penguin house 🐧 Ask me anything! — Mia" },
  { id: 'g33-supermarket-hangover-fryup', account: 'freshfield', body: 'Big night? Our all-day breakfast is £4.99 in every café, bacon, eggs and all 🍳' },
  { id: 'g34-startup-monday', account: 'quillstack', body: "Monday. Coffee. A to-do list longer than a CVS receipt. We've got this 💪" },

  // ---------------------------------------------------------------- personal accounts
  { id: 'g35-personal-hangover', account: 'jo_park', body: 'Worst hangover of my life. Never again lol' },
  { id: 'g36-personal-politics', account: 'cal_hughes', body: 'Personally I think the Greens have the only serious housing plan. Fight me.' },

  // ---------------------------------------------------------------- good replies
  { id: 'g37-insurer-polite-tcs', account: 'shieldwise', reply: { author: '@mkeller', text: 'Six weeks waiting and now my claim is denied?!' }, body: "We're sorry, that's a long wait for bad news. Flood cover is an optional add-on and isn't part of your policy. DM us your policy number and we'll check whether any other part of the damage is covered." },
  { id: 'g38-streaming-price', account: 'loopflix', reply: { author: '@binge_queen', text: 'Why did my price go up AGAIN?' }, body: 'Fair question. Prices changed on 1 June, and we emailed all members in May. If you would like to pay less, the Basic plan is $5.99 and you can switch in Settings.' },
  { id: 'g39-supermarket-refund', account: 'freshfield', reply: { author: '@leah_cooks', text: 'Half my delivery was missing and nobody told me.' }, body: "So sorry, that's not good enough. We've refunded the missing items and added a £5 voucher to your account." },
  { id: 'g40-ferry-rebook', account: 'westsoundferries', reply: { author: '@islandmum', text: 'Sailing cancelled again with no notice!' }, body: "We're sorry for the late notice. Gale-force winds made the crossing unsafe. You can rebook for free or get a full refund here: http://127.0.0.1:4873/ok/rebook" },
  { id: 'g41-park-queue', account: 'thunderbay', reply: { author: '@coaster_carl', text: 'Waited two hours for one ride. Ridiculous.' }, body: "Sorry, that's a long wait. The park app shows live queue times, and lines are shortest in the first hour after opening." },
  { id: 'g42-shoes-returns-policy', account: 'stridewell', reply: { author: '@trailtom', text: 'Sole came off after two weeks.' }, body: "Sorry about that! As stated in our returns policy, every pair has a 6-month guarantee, so we'll email you a free returns label today and send a new pair." },
  { id: 'g43-pharmacy-delay', account: 'greenleafpharmacy', reply: { author: '@dgreen', text: 'Still no sign of my prescription.' }, body: "Apologies for the delay. We're still waiting on the wholesaler for that medicine. We'll text you the moment it arrives, and your GP can suggest an alternative if you need it sooner." },
  { id: 'g44-startup-trash', account: 'quillstack', reply: { author: '@pm_sarah', text: 'Your app deleted a week of my notes.' }, body: "That's awful, we're sorry. Deleted notes stay in Trash for 30 days: Settings > Trash > Restore. If they're not there, DM us and we'll check our backups." },
  { id: 'g45-paper-correction', account: 'dunmoregazette', reply: { author: '@ken_b', text: 'Your reporter spelled my name wrong in the article.' }, body: "Thank you for letting us know, and sorry. We've corrected the spelling of your name in the online article." },
  { id: 'g46-zoo-shy-animals', account: 'oakridgezoo', reply: { author: '@familyday', text: 'Half the animals were hiding, total waste of money.' }, body: 'Sorry they were shy! On hot days the animals rest in the shade. The best times to see them are the 11am and 3pm feeds, and your ticket gets you back in free any day this week.' },
  { id: 'g47-club-concessions', account: 'redhavenrovers', reply: { author: '@rovers_til_i_die', text: '£60 for a league ticket is a joke.' }, body: 'We hear you. Under-18s are £15 and over-65s £25, and season members save 20% on every home game.' },
];

heldoutSet('brand rules on held-out posts, round 3', { bad: BAD, good: GOOD, config, now: NOW, min: 35 });
