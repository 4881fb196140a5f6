// Knowledge about sites rather than HTTP: who blocks link checkers, which hosts are link
// shorteners (they redirect to other sites by design), what "the same site" means, and what a
// sign-in page or a home page looks like.
import { STATUS_CODES } from 'node:http';
import { hostIn } from './settings.js';

/**
 * Hosts that answer automated requests with 403 (or 999) whatever the page: a 403 from them says
 * nothing about the link. Extend with `links.block_403_hosts`.
 */
export const BLOCKING_HOSTS = [
  'linkedin.com',
  'lnkd.in',
  'instagram.com',
  'facebook.com',
  'fb.com',
  'fb.me',
  'x.com',
  'twitter.com',
  'threads.net',
  'threads.com',
  'tiktok.com',
  'medium.com',
  'quora.com',
  'reddit.com',
  'glassdoor.com',
  'indeed.com',
  'amazon.com',
  'etsy.com',
];

/** Shorteners and tracking redirectors: ending on another site is what they are for. */
export const SHORTENERS = [
  'bit.ly',
  'bitly.com',
  't.co',
  'buff.ly',
  'ow.ly',
  'tinyurl.com',
  'lnkd.in',
  'trib.al',
  'dlvr.it',
  'ift.tt',
  'is.gd',
  'rebrand.ly',
  'shorturl.at',
  'cutt.ly',
  't.ly',
  'bl.ink',
  'amzn.to',
  'youtu.be',
  'spoti.fi',
  'apple.co',
  'fb.me',
  'goo.gl',
  'linktr.ee',
  'smarturl.it',
  'bsky.app',
];

export function statusText(status: number): string {
  if (status === 999) return '999 (LinkedIn-style refusal)';
  const t = STATUS_CODES[status];
  return t ? `${status} ${t}` : String(status);
}

const bare = (host: string) => host.toLowerCase().replace(/\.$/, '').replace(/^www\d*\./, '');

/** Same site: equal hosts once "www." is dropped, or one a subdomain of the other (shop.brand.com / brand.com). */
export function sameSite(a: URL, b: URL): boolean {
  const x = bare(a.hostname);
  const y = bare(b.hostname);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

export function isShortener(u: URL): boolean {
  return hostIn(u.hostname, SHORTENERS);
}

const LOGIN_PATH = /(^|\/)(log-?in|log_in|sign-?in|sign_in|signin|auth|authenticate|authorize|oauth2?|sso|cas\/login|session\/new|sessions\/new|account\/login|accounts\/login|users\/sign_in|idp)(\/|$|\.[a-z]+$)/i;
const LOGIN_HOST = /^(login|signin|sso|auth|accounts|id|idp)\./i;
const LOGIN_PARAM = /[?&](return_?to|return_?url|redirect_?uri|redirect_?to|continue|next|came_?from|goto)=/i;

/** A sign-in wall: readers without an account never see the page the post meant. */
export function isLoginPage(u: URL): boolean {
  return LOGIN_PATH.test(u.pathname) || LOGIN_HOST.test(u.hostname) || (LOGIN_PARAM.test(u.search) && /log|sign|auth|sso/i.test(u.pathname + u.hostname));
}

/** "/", "/en", "/en-gb/", "/index.html": a site's front page. */
export function isHomePage(u: URL): boolean {
  return /^\/?(([a-z]{2}([-_][a-z]{2})?)\/?)?(index\.(html?|php|aspx?))?$/i.test(u.pathname);
}

/** A link to somewhere below the front page ("deep link"). */
export function isDeepLink(u: URL): boolean {
  if (!isHomePage(u)) return true;
  // "/?p=123" is a page; "/?utm_source=x" is the front page with tracking.
  return [...u.searchParams.keys()].some((k) => !/^(utm_|mc_|fbclid$|gclid$|igshid$|ref$|source$|lang$|hl$)/i.test(k));
}
