// Held-out check for the five brand rules: posts written after the rules were built, about
// brands, incidents and phrasings the development corpus (../shared/corpus) never uses: a gym,
// a bakery chain, a telecom, a museum, a hotel, a bus company, a pet-food brand, a university,
// and three Norwegian brands. About half are bad (each labelled with the one rule that should
// fire among the five), half are hard negatives that a naive rule would flag. The labels follow
// the corpus conventions (corpus/README.md): tone is for replies only; risky-topic and
// wrong-account only on brand accounts; alcohol is not a risky topic; a tragic hashtag alone is
// hashtag-hijack only.
//
// Every case runs all five rules (test/helpers.ts `run`) and asserts that exactly the labelled
// rule fires among them. The last test prints per-rule precision and recall over the whole set.
import { heldoutSet, type Case } from './support/heldout.js';

const accounts = [
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
const config = {
  accounts,
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
const NOW = new Date('2027-06-01T12:00:00Z');

const BAD: Case[] = [
  // ---------------------------------------------------------------- risky-topic
  { id: 'r01-preworkout-high', account: 'ironpeakgym', expect: 'risky-topic', body: "Our new pre-workout is so strong it should be a controlled substance. One scoop and you'll be higher than a kite 🚀😂" },
  { id: 'r02-hot-cross-jesus', account: 'hearthloaf', expect: 'risky-topic', body: 'Our hot cross buns are so good even Jesus would rise again for one 😜 Easter weekend only, in every shop.' },
  { id: 'r03-telecom-partisan', account: 'lumenmobile', expect: 'risky-topic', body: "5G in every rural county by 2028. Unlike the Democrats' broken promises on broadband, we actually deliver." },
  { id: 'r04-honeymoon-innuendo', account: 'harborviewhotel', expect: 'risky-topic', body: 'Our honeymoon suite has thin walls, so please keep the screaming to a minimum 😏🍆' },
  { id: 'r05-bus-hide-body', account: 'tidelinebus', expect: 'risky-topic', body: "Driver went past your stop? Don't worry, we've only ever had to hide one body 🔪😂" },
  { id: 'r06-catnip-tripping', account: 'pawpantry', expect: 'risky-topic', body: 'Our organic catnip is so potent your cat will be tripping balls for hours 😵‍💫 Back in stock now.' },
  { id: 'r07-uni-voted-party', account: 'northfielduni', expect: 'risky-topic', body: 'Thank you to everyone who voted Labour last week: at last a government that will fund universities properly.' },
  { id: 'r08-nb-frp-joke', account: 'fjordtele', expect: 'risky-topic', body: 'Dekningen vår holder bedre enn valgløftene til Frp 😂 Bytt til Fjordtele i dag!' },
  { id: 'r09-gym-brass-knuckles', account: 'ironpeakgym', expect: 'risky-topic', body: "Self-defence Saturdays: learn to break a mugger's jaw in three moves. Bring your own brass knuckles 😂🔪" },
  { id: 'r10-museum-nun-innuendo', account: 'caldermuseum', expect: 'risky-topic', body: 'Our medieval chastity belt is back on display. Naughty monks need not apply 😉🍑' },

  // ---------------------------------------------------------------- hashtag-hijack
  { id: 'h01-gym-metoo', account: 'ironpeakgym', expect: 'hashtag-hijack', body: 'Summer shred challenge starts Monday 💪 First week free for new members! #MeToo #FitFam' },
  { id: 'h02-bakery-prayfor', account: 'hearthloaf', expect: 'hashtag-hijack', publish_at: '2027-05-26T08:00:00+01:00', body: 'Fresh sourdough out of the oven every hour, all weekend 🍞 #PrayForMillbrook #SourdoughSaturday' },
  { id: 'h03-telecom-xstrong', account: 'lumenmobile', expect: 'hashtag-hijack', publish_at: '2027-05-27T09:00:00-04:00', body: 'Stay connected with 50GB of data for $30 a month. Switch in minutes online. #MillbrookStrong' },
  { id: 'h04-hotel-blm', account: 'harborviewhotel', expect: 'hashtag-hijack', body: 'Our rooftop pool reopens Friday ☀️ Book your summer escape now. #BlackLivesMatter #SummerVibes' },
  { id: 'h05-bus-jesuischarlie', account: 'tidelinebus', expect: 'hashtag-hijack', body: 'Contactless fares on every route from Monday. Tap on, tap off, done. #JeSuisCharlie' },
  { id: 'h06-petfood-bringback', account: 'pawpantry', expect: 'hashtag-hijack', body: 'Bring back the joy of dinner time with our new salmon recipe 🐟 #BringBackOurGirls' },
  { id: 'h07-uni-kestrelstrong', account: 'northfielduni', expect: 'hashtag-hijack', publish_at: '2027-05-29T10:00:00+01:00', body: 'Open day this Saturday! Campus tours, free pizza and a chance to meet our lecturers 🍕 #KestrelStrong' },
  { id: 'h08-nb-hotel-local-tag', account: 'bergvikhotell', expect: 'hashtag-hijack', body: 'Sommertilbud i hele juli: bo tre netter, betal for to 🌞 #HjemTilHanna' },
  { id: 'h09-museum-climatestrike', account: 'caldermuseum', expect: 'hashtag-hijack', body: 'Skip school on Friday and come and see the dinosaurs instead 🦖 #FridaysForFuture' },
  { id: 'h10-gym-stopasianhate', account: 'ironpeakgym', expect: 'hashtag-hijack', body: 'Kickboxing classes now at all five locations. Hit harder, hit smarter. #StopAsianHate #Kickboxing' },

  // ---------------------------------------------------------------- tragedy-promo
  { id: 't01-storm-spa-code', account: 'harborviewhotel', expect: 'tragedy-promo', publish_at: '2027-05-29T09:00:00-04:00', body: 'Storm Freya may have knocked out your power, but our spa is fully open! Treat yourself to a massage: 20% off with code FREYA20.' },
  { id: 't02-derailment-phone', account: 'lumenmobile', expect: 'tragedy-promo', publish_at: '2027-05-24T09:00:00-04:00', body: 'After the Millbrook tram derailment, stay close to the people you love. Upgrade to the Nova X today for just $1 down.' },
  { id: 't03-shooting-join-gym', account: 'ironpeakgym', expect: 'tragedy-promo', publish_at: '2027-05-27T07:00:00-04:00', body: 'The Kestrel Mall shooting reminded all of us that life is short. Live every day: join this week and pay no joining fee.' },
  { id: 't04-ashby-anniversary-cupcake', account: 'hearthloaf', expect: 'tragedy-promo', publish_at: '2027-06-03T08:00:00+01:00', body: 'Eight years since the Ashby Tower fire. We remember every one of them. Pop in today for a free cupcake with any hot drink 🧁' },
  { id: 't05-rip-comedian-code', account: 'pawpantry', expect: 'tragedy-promo', body: 'RIP Dale Moss, who made us laugh for forty years. Stock up on our giggle-worthy dog treats: 15% off with code DALE15.' },
  { id: 't06-bus-never-derail', account: 'tidelinebus', expect: 'tragedy-promo', publish_at: '2027-05-25T08:00:00+01:00', body: 'Our thoughts are with Millbrook after the tram derailment. Remember, buses never leave the rails: day tickets just £4.50 this week.' },
  { id: 't07-nb-solvik-anniversary', account: 'bergvikhotell', expect: 'tragedy-promo', publish_at: '2027-06-05T09:00:00+02:00', body: 'I dag er det ett år siden brannen på Solvik. Vi minnes de som omkom. Husk sommertilbudet vårt: 30 % på alle rom hele juni!' },
  { id: 't08-uni-shooting-apply', account: 'northfielduni', expect: 'tragedy-promo', publish_at: '2027-05-28T09:00:00+01:00', body: 'We are heartbroken by the Kestrel Mall shooting. Applications for September close on Friday: apply now and start your future with us.' },
  { id: 't09-museum-hurricane-tickets', account: 'caldermuseum', expect: 'tragedy-promo', body: 'Hurricane Ines is battering the coast tonight, so why not shelter with the mummies instead? Tickets half price all weekend!' },
  { id: 't10-earthquake-sale', account: 'harborviewhotel', expect: 'tragedy-promo', body: 'Our hearts go out to everyone affected by the earthquake in Valdoria. Escape it all with 25% off weekend stays, this week only.' },

  // ---------------------------------------------------------------- wrong-account
  { id: 'w01-gym-slept-through', account: 'ironpeakgym', expect: 'wrong-account', body: 'cannot believe i slept through my own 6am class AGAIN. my alarm clock hates me lol' },
  { id: 'w02-bakery-pints', account: 'hearthloaf', expect: 'wrong-account', body: "Absolutely knackered after that shift. Three pints down and I'm still not over it" },
  { id: 'w03-telecom-landlord', account: 'lumenmobile', expect: 'wrong-account', body: "My landlord just raised my rent AGAIN. Can't afford to live in this city anymore smh" },
  // Same convention as the corpus's bad-wrong-account-05 (a rant about the Chancellor expects both):
  // insulting an office-holder is a personal rant (wrong-account) and party politics (risky-topic).
  { id: 'w04-hotel-mayor', account: 'harborviewhotel', expect: 'wrong-account', also: ['risky-topic', 'tone'], body: 'Honestly the mayor is a complete moron and everyone in this town knows it.' },
  { id: 'w05-bus-knobhead', account: 'tidelinebus', expect: 'wrong-account', body: 'Whoever keeps parking in the depot bay is a complete knobhead. Sort it out, mate.' },
  { id: 'w06-petfood-date', account: 'pawpantry', expect: 'wrong-account', body: 'finally tried that new sushi place with the hubs 🥰 10/10 would go again #datenight' },
  { id: 'w07-uni-marking-gin', account: 'northfielduni', expect: 'wrong-account', body: 'Marking 200 essays this weekend. Someone bring me a massive gin, I am begging 🍸' },
  { id: 'w08-nb-jentene-vin', account: 'bergvikhotell', expect: 'wrong-account', body: 'Endelig fredag! Skal ut med jentene og drikke altfor mye vin i kveld 🍷🍷' },
  { id: 'w09-museum-wtf', account: 'caldermuseum', expect: 'wrong-account', body: "wtf is this weather. not leaving my bed today tbh" },
  { id: 'w10-nb-kjaresten', account: 'fjordtele', expect: 'wrong-account', body: 'Kjæresten min glemte bursdagen min. Igjen. Jeg orker ikke mer 🙄' },

  // ---------------------------------------------------------------- tone
  { id: 'o01-telecom-turn-on', account: 'lumenmobile', expect: 'tone', reply: { author: '@dana_k', text: 'No signal at home for a week. What am I paying for?' }, body: 'Have you tried actually turning your phone on? Works fine for everyone else on your street.' },
  { id: 'o02-hotel-read-it', account: 'harborviewhotel', expect: 'tone', reply: { author: '@jlee', text: "Room wasn't cleaned once during my three-night stay." }, body: 'Housekeeping is on request, as your booking confirmation says. Perhaps read it next time.' },
  { id: 'o03-gym-elsewhere', account: 'ironpeakgym', expect: 'tone', reply: { author: '@mo_runs', text: 'Cancelled my membership and you still charged me $49.' }, body: "Our terms are clear: 30 days' notice. If you don't like it, take your business elsewhere." },
  { id: 'o04-bus-leave-earlier', account: 'tidelinebus', expect: 'tone', reply: { author: '@commuter_kat', text: 'The 14 was 25 minutes late again and I missed my train.' }, body: 'Traffic exists. Maybe leave the house a bit earlier?' },
  { id: 'o05-petfood-lawyers', account: 'pawpantry', expect: 'tone', reply: { author: '@bella_and_me', text: 'My dog was sick all night after eating your new kibble.' }, body: 'Our food is vet-approved. Any further false claims about our products will be passed to our lawyers.' },
  { id: 'o06-uni-clueless', account: 'northfielduni', expect: 'tone', reply: { author: '@fresher27', text: 'Still no timetable two days before term starts?' }, body: "Honestly, we're as clueless as you are. This place is a shambles." },
  { id: 'o07-bakery-wrong', account: 'hearthloaf', expect: 'tone', reply: { author: '@toastie', text: 'The croissant I bought this morning was stale.' }, body: "Nope. They're baked fresh every single morning, so you're simply wrong about that." },
  { id: 'o08-nb-vilkar', account: 'fjordtele', expect: 'tone', reply: { author: 'Per Olsen', text: 'Fiberen har vært nede i tre dager.' }, body: 'Du burde lest vilkårene før du klaget. Der står det tydelig at vi ikke garanterer oppetid.' },
  { id: 'o09-museum-ignorance', account: 'caldermuseum', expect: 'tone', reply: { author: '@artfan', text: '£18 for a ticket is a rip-off.' }, body: 'If you think culture is expensive, try ignorance 🙄' },
];

const GOOD: Case[] = [
  // ---------------------------------------------------------------- violence / death / drug idioms
  { id: 'g01-deadlift-platform', account: 'ironpeakgym', body: 'Our new deadlift platforms are in! Book a slot at reception 💪' },
  { id: 'g02-killer-legs', account: 'ironpeakgym', body: 'Killer leg workout Thursday at 6pm with Coach Ana. Bring water, leave your excuses at the door.' },
  { id: 'g03-dead-good-drizzle', account: 'hearthloaf', body: 'Our lemon drizzle is dead good, even if we do say so ourselves. In every shop from Monday.' },
  { id: 'g04-death-by-chocolate', account: 'harborviewhotel', body: "Our chef's new Death by Chocolate dessert joins the menu on Friday 🍫" },
  { id: 'g05-dead-battery', account: 'lumenmobile', body: "Don't get caught with a dead battery: our 20,000mAh power bank is $25 this week." },
  { id: 'g06-shot-of-week', account: 'tidelinebus', body: 'Shot of the week: the 5.40am number 9 crossing the Tidemoor viaduct at sunrise 📸' },
  { id: 'g07-museum-plague', account: 'caldermuseum', note: 'A history exhibition about a medieval plague is not a current tragedy, and free entry is not profiting from a death.', body: 'Our new gallery tells the story of the Black Death in medieval Calder: the plague, the burial pits and the people who survived. Free entry.' },
  { id: 'g08-museum-weapons', account: 'caldermuseum', body: 'New on loan: rifles, bayonets and trench clubs from the Somme, with letters from the soldiers who carried them.' },
  { id: 'g09-bomb-chew-toys', account: 'pawpantry', body: 'Ruff day? Our new squeaky chew toys are the bomb 🐶' },
  { id: 'g10-catnip-legal', account: 'pawpantry', body: 'Catnip: 100% legal and 100% loved. Our organic catnip mice are back in stock.' },
  { id: 'g11-drug-resistance', account: 'northfielduni', body: 'Congratulations to Dr Priya Nair, whose research on drug resistance in malaria has won this year’s Royal Society medal.' },
  { id: 'g12-fight-night', account: 'ironpeakgym', body: 'Fight night on the big screens Saturday: free entry for members, doors at 8pm 🥊' },
  { id: 'g13-nb-dodsgod', account: 'bergvikhotell', body: 'Kokken vår har laget en dødsgod sjokoladekake til helgens brunsj 🍰' },
  // ---------------------------------------------------------------- religion, sex and politics look-alikes
  { id: 'g14-diwali', account: 'hearthloaf', body: 'Happy Diwali to everyone celebrating! Our Leicester shop has mithai boxes all week ✨' },
  { id: 'g15-nb-paske', account: 'bergvikhotell', body: 'God påske! Resepsjonen er åpen hele påsken, og frokosten serveres til kl. 11.' },
  { id: 'g16-bridal-suite', account: 'harborviewhotel', body: 'Yes, the Bridal Suite has a rainfall shower and a view of the harbour. Book your wedding night with us 💍' },
  { id: 'g17-polling-day-buses', account: 'tidelinebus', body: 'Polling day on Thursday: route 7 runs every 10 minutes past the Town Hall polling station until 10pm.' },
  { id: 'g18-su-elections', account: 'northfielduni', body: "Students' Union elections: voting opens Monday at 9am. Read every candidate's manifesto on the SU website." },
  { id: 'g19-nb-valg', account: 'fjordtele', body: 'Stortingsvalget: vi har ekstra kapasitet i mobilnettet rundt valglokalene på valgdagen.' },
  { id: 'g20-middlesex-campus', account: 'northfielduni', body: 'Our Middlesex campus hosts a free coding bootcamp for Year 12s all of August.' },
  { id: 'g21-cathedral-venue', account: 'caldermuseum', body: 'Late opening: our choir concert moves to Calder Cathedral next door on Friday. Tickets are still £8.' },
  // ---------------------------------------------------------------- tragedy near a call to action, not promotion
  { id: 'g22-storm-outage-update', account: 'lumenmobile', publish_at: '2027-05-29T08:00:00-04:00', body: 'Storm Freya update: some customers in Millbrook have no mobile signal. Engineers are on site, and we will credit affected accounts automatically.' },
  { id: 'g23-free-data-relief', account: 'lumenmobile', publish_at: '2027-05-23T10:00:00-04:00', body: "Our thoughts are with everyone in Millbrook. We've made calls and data free for all customers in the area until the end of the month." },
  { id: 'g24-museum-closes-memorial', account: 'caldermuseum', publish_at: '2027-05-29T09:00:00+01:00', body: 'Today we remember the 23 people who died in the Millbrook tram derailment. The museum closes at 2pm so staff can attend the memorial service.' },
  { id: 'g25-nb-solvik-memorial', account: 'bergvikhotell', publish_at: '2027-06-05T09:00:00+02:00', body: 'I dag er det ett år siden brannen på Solvik. Vi minnes de som omkom, og flagget ved hotellet er på halv stang.' },
  { id: 'g26-bus-storm-diversions', account: 'tidelinebus', publish_at: '2027-05-28T06:00:00+01:00', body: 'Storm Freya: routes 3 and 9 are diverted away from the seafront today. Tickets bought for cancelled journeys will be refunded.' },
  { id: 'g27-hotel-rooms-for-families', account: 'harborviewhotel', publish_at: '2027-05-27T09:00:00-04:00', body: 'Families travelling to Kestrel for the funerals this week can stay with us free of charge. Call the front desk and we will take care of the rest.' },
  { id: 'g28-gym-birthday', account: 'ironpeakgym', body: 'Ironpeak turns five! To celebrate our anniversary, every class is $5 this week 🎉' },
  { id: 'g29-black-friday', account: 'lumenmobile', body: 'Black Friday is here: 50% off every SIM-only plan until Monday.' },
  // ---------------------------------------------------------------- hashtags that look sensitive
  { id: 'g30-millbrookstrong-fundraiser', account: 'northfielduni', publish_at: '2027-05-30T10:00:00+01:00', note: 'Respectful use: a fundraiser for the victims, nothing sold.', body: 'Our students raised £12,000 for families affected by the tram derailment this week. Thank you all. #MillbrookStrong' },
  { id: 'g31-bonestrong', account: 'pawpantry', body: 'Calcium-rich chews for growing puppies 🦴 #BoneStrong #PuppyLove' },
  { id: 'g32-neverskiplegday', account: 'ironpeakgym', body: 'Squat racks are free from 2pm on weekdays. #NeverSkipLegDay' },
  { id: 'g33-remembrance-bus', account: 'tidelinebus', body: "Remembrance Sunday: every bus will stop for two minutes' silence at 11am. #LestWeForget" },
  { id: 'g34-classof2027', account: 'northfielduni', body: 'Caps, gowns and a lot of happy tears. Congratulations, class of 2027! #ClassOf2027 #Graduation' },
  // ---------------------------------------------------------------- brand voice that looks personal
  { id: 'g35-testimonial', account: 'ironpeakgym', body: '"I lost 20kg and found my confidence. My kids say I\'m a new man." — Marcus, member since 2024' },
  { id: 'g36-bakery-mad-one', account: 'hearthloaf', body: 'Bit of a mad one this morning: 400 sausage rolls gone by 9am 😅 More out of the oven at 11.' },
  { id: 'g37-takeover', account: 'northfielduni', body: "Hi, I'm Dr Helen Ashe and I'm taking over the uni account today from the marine lab 🐙 Ask me anything about octopus brains! — Helen" },
  { id: 'g38-happy-hour', account: 'harborviewhotel', body: 'Happy hour at the Harbor Bar: two-for-one cocktails, 5–7pm every day 🍹' },
  { id: 'g39-nb-nattbuss', account: 'nordlysbuss', body: 'Nattbussen går fra sentrum hver fredag og lørdag, så du kommer trygt hjem etter en kveld på byen.' },
  // ---------------------------------------------------------------- personal accounts
  { id: 'g40-personal-beers', account: 'sam_okafor', body: "Three beers in and I still can't build this IKEA wardrobe lol" },
  { id: 'g41-personal-voted', account: 'rhys_evans', body: 'Voted Labour this morning. Proud of my town.' },
  { id: 'g42-personal-nb-pils', account: 'lotteberg', body: 'Fredagspils med gjengen 🍻 endelig helg!' },
  // ---------------------------------------------------------------- good replies
  { id: 'g43-telecom-sorry-dm', account: 'lumenmobile', reply: { author: '@dana_k', text: 'Third dropped call today!!' }, body: "Sorry about that, that's really frustrating. Could you DM us your zip code? We'll check the mast near you and get back to you today." },
  { id: 'g44-hotel-breakfast', account: 'harborviewhotel', reply: { author: '@jlee', text: 'Breakfast ended at 10 and we got there at 10:05 and were turned away.' }, body: "We're sorry. Breakfast ends at 10 so the kitchen can get ready for lunch, but we should have offered you something to take away. Please DM us your booking number so we can make it right." },
  { id: 'g45-bus-roadworks', account: 'tidelinebus', reply: { author: '@commuter_kat', text: 'Why does the 14 never turn up?!' }, body: 'Sorry for the wait. Roadworks on Mill Lane are delaying the 14 until Friday; the live map shows where each bus is: http://127.0.0.1:4873/ok/live' },
  { id: 'g46-museum-picnic', account: 'caldermuseum', reply: { author: '@artfan', text: 'Your café is overpriced.' }, body: 'Thanks for the feedback. You are also welcome to bring your own lunch to the picnic room on level 1, free of charge.' },
  { id: 'g47-nb-refusjon', account: 'nordlysbuss', reply: { author: 'Kari N.', text: 'Bussen kom ikke i dag morges.' }, body: 'Beklager! Rute 3 ble innstilt på grunn av sykdom. Du kan søke refusjon for taxi her: http://127.0.0.1:4873/ok/refusjon' },
  { id: 'g48-bank-charge-fact', account: 'pawpantry', reply: { author: '@bella_and_me', text: 'You charged me twice!!' }, body: "Sorry for the worry. The second charge is a pending authorization and will drop off within 3 business days. If it hasn't, DM us and we'll refund it straight away." },
];

// Round 2: written after the round-1 fixes were made and measured before any further change, so
// that the fixes themselves are checked on posts they were not written for.
const BAD2: Case[] = [
  { id: 'r2-r01-cinema-popcorn-high', account: 'reelhouse', expect: 'risky-topic', body: 'Our new caramel popcorn is basically crack in a bucket. One handful and you are hooked for life 😂🍿' },
  { id: 'r2-r02-energy-tory', account: 'brightwatt', expect: 'risky-topic', body: 'Bills are finally coming down, no thanks to the Tories who let prices run wild for years.' },
  { id: 'r2-r03-dentist-innuendo', account: 'smilewell', expect: 'risky-topic', body: "Open wide 😏 Our hygienists are gentle, thorough and they always finish what they start, if you know what we mean 🍆" },
  { id: 'r2-r04-nb-grocery-jesus', account: 'kystmat', expect: 'risky-topic', body: 'Prisene våre er så lave at selv Jesus ville ha handlet her 😂 Velkommen innom!' },
  { id: 'r2-h01-cinema-neveragain', account: 'reelhouse', expect: 'hashtag-hijack', body: 'Two-for-one tickets every Tuesday, all summer long 🎬 #NeverAgain #MovieNight' },
  { id: 'r2-h02-energy-bostonstrong', account: 'brightwatt', expect: 'hashtag-hijack', body: 'Fix your energy price for two years and stop worrying about winter. #BostonStrong' },
  { id: 'r2-h03-dentist-metoo', account: 'smilewell', expect: 'hashtag-hijack', body: 'Want a whiter smile? #MeToo! Book a whitening session this month for $99.' },
  { id: 'r2-t01-energy-storm-fixed', account: 'brightwatt', expect: 'tragedy-promo', publish_at: '2027-05-29T09:00:00+01:00', body: 'Storm Freya has left thousands without power. Make sure it never happens to you: switch to our Fixed Saver tariff today.' },
  { id: 'r2-t02-cinema-shooting-tickets', account: 'reelhouse', expect: 'tragedy-promo', publish_at: '2027-05-26T12:00:00-04:00', body: 'Our hearts are with Kestrel after the shooting. Escape for a couple of hours: all tickets $5 this weekend.' },
  { id: 'r2-t03-nb-grocery-flom', account: 'kystmat', expect: 'tragedy-promo', body: 'Tankene går til alle som er rammet av flommen i Gudbrandsdalen. Denne uka får du 20 % rabatt på all tørrmat og hermetikk.' },
  { id: 'r2-w01-cinema-hangover', account: 'reelhouse', expect: 'wrong-account', body: 'so hungover i could sleep through the entire Lord of the Rings trilogy. never drinking again' },
  { id: 'r2-w02-energy-my-kids', account: 'brightwatt', expect: 'wrong-account', body: 'My kids have eaten all the biscuits AGAIN and it is only Tuesday. Send help 😩' },
  { id: 'r2-w03-dentist-bloody', account: 'smilewell', expect: 'wrong-account', body: 'Bloody printer jammed again. Third time today. I give up.' },
  { id: 'r2-o01-energy-meter', account: 'brightwatt', expect: 'tone', reply: { author: '@annaj', text: 'My bill is double what it should be.' }, body: "That's what happens when you don't submit meter readings. Not our problem." },
  { id: 'r2-o02-cinema-sticky', account: 'reelhouse', expect: 'tone', reply: { author: '@filmfan', text: 'Floors were sticky and the screen was dirty.' }, body: "It's a cinema, not a five-star hotel. Lower your expectations 🙄" },
  { id: 'r2-o03-nb-grocery-kvittering', account: 'kystmat', expect: 'tone', reply: { author: 'Ola', text: 'Fikk feil pris i kassa.' }, body: 'Det er ditt ansvar å sjekke kvitteringen før du går. Sånn er det bare.' },
];
const GOOD2: Case[] = [
  { id: 'r2-g01-brewery-new-ipa', account: 'copperkettlebrew', note: 'A brewery selling its own beer is a product post; alcohol is not a risky topic.', body: 'Our new hazy IPA is on tap from Friday 🍺 Grab a pint in the taproom or a four-pack to take home.' },
  { id: 'r2-g02-cinema-horror', account: 'reelhouse', body: 'Horror week starts Friday: chainsaws, zombies and a killer soundtrack. Not for the faint-hearted 🔪🎬' },
  { id: 'r2-g03-cinema-die-hard', account: 'reelhouse', body: 'Die Hard is back on the big screen for one night only, December 23. Yippee-ki-yay 🎄' },
  { id: 'r2-g04-energy-storm-safety', account: 'brightwatt', publish_at: '2027-05-28T07:00:00+01:00', body: 'Storm Freya: if you see a fallen power line, stay 10 metres away and call 105. Our engineers are working to restore supply as fast as it is safe to.' },
  { id: 'r2-g05-energy-winter-fund', account: 'brightwatt', body: 'Struggling with your bills this winter? Our hardship fund can help: apply now at http://127.0.0.1:4873/ok/hardship' },
  { id: 'r2-g06-dentist-drill', account: 'smilewell', body: 'No drill, no fill: our new laser treatment is painless for most patients. Ask at your next check-up.' },
  { id: 'r2-g07-dentist-numb', account: 'smilewell', body: "Feeling numb after a filling is normal. Don't eat anything hot until the feeling comes back." },
  { id: 'r2-g08-nb-grocery-17mai', account: 'kystmat', body: 'Gratulerer med dagen! Alle butikkene våre holder stengt 17. mai og åpner som normalt 18. mai.' },
  { id: 'r2-g09-nb-grocery-minnes', account: 'kystmat', body: 'Vi minnes de som omkom i flommen i Gudbrandsdalen. Vi har gitt 200 000 kroner til Røde Kors, og du kan også gi direkte til dem.' },
  { id: 'r2-g10-cinema-oscar-party', account: 'reelhouse', body: 'Oscars night watch party in Screen 1: red carpet, popcorn and a ballot to pick the winners 🏆' },
  { id: 'r2-g11-energy-election', account: 'brightwatt', body: 'Whatever the result of the general election, your fixed price stays fixed until 2029.' },
  { id: 'r2-g12-dentist-reply', account: 'smilewell', reply: { author: '@annaj', text: 'Waited 40 minutes past my appointment time!' }, body: "We're really sorry, that's far too long. An emergency ran over this morning. DM us and we'll take $20 off your next visit." },
  { id: 'r2-g13-personal-hungover', account: 'sam_okafor', body: 'so hungover lol never drinking again' },
  { id: 'r2-g14-energy-killer-question', account: 'brightwatt', body: 'The killer question everyone asks: will my bill go up in April? Here is how the price cap works.' },
  { id: 'r2-g15-cinema-quote', account: 'reelhouse', body: '"I cried three times and I\'d go again tomorrow." — Priya, on our Tuesday classics night' },
];

heldoutSet('brand rules on held-out posts', { bad: [...BAD, ...BAD2], good: [...GOOD, ...GOOD2], config, now: NOW, min: 40 });
