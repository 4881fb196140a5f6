// The account registry: which handles are brands, which are people, and who they mention.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { atHandle, bareHandle } from '../text/handles.js';
import type { Account } from './types.js';

type Fail = (message: string, path: (string | number)[]) => never;

export function readAccounts(spec: unknown, root: string, fail: Fail): Map<string, Account> {
  let list: unknown = spec ?? [];
  if (typeof spec === 'string') {
    const file = resolve(root, spec);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      fail(`accounts file not found: ${file}`, []);
    }
    try {
      const data = parse(text!) as unknown;
      list = Array.isArray(data) ? data : (data as { accounts?: unknown })?.accounts;
    } catch (e) {
      fail(`accounts file ${file} is not valid YAML: ${(e as Error).message.split('\n')[0]}`, []);
    }
  } else if (spec && typeof spec === 'object' && !Array.isArray(spec)) list = (spec as { accounts?: unknown }).accounts;
  if (!Array.isArray(list)) fail('accounts must be a list of {handle, kind, ...} or a file holding one', []);
  const out = new Map<string, Account>();
  (list as Record<string, unknown>[]).forEach((a, i) => {
    if (!a || typeof a.handle !== 'string') fail(`account ${i + 1} needs a 'handle'`, [i]);
    const handle = bareHandle(String(a.handle));
    const kind = a.kind === 'personal' ? 'personal' : 'brand';
    const handles: Record<string, string> = {};
    for (const [p, h] of Object.entries((a.handles ?? {}) as Record<string, string>)) handles[p.toLowerCase()] = atHandle(String(h));
    out.set(handle, {
      handle,
      kind,
      voice: typeof a.voice === 'string' ? a.voice.toLowerCase() : kind === 'personal' ? 'i' : 'we',
      name: typeof a.name === 'string' ? a.name : typeof a.owner === 'string' ? a.owner : undefined,
      lang: typeof a.lang === 'string' ? a.lang : undefined,
      platforms: Array.isArray(a.platforms) ? a.platforms.map((p) => String(p).toLowerCase()) : [],
      handles,
      partners: Array.isArray(a.partners) ? a.partners.map((p) => atHandle(String(p))) : [],
      competitors: Array.isArray(a.competitors) ? a.competitors.map((p) => atHandle(String(p))) : [],
      data: a,
    });
  });
  return out;
}

/** Every handle the registry knows (accounts, per-platform forms, partners), lower case with @. */
export function knownHandles(accounts: Map<string, Account>): Set<string> {
  const known = new Set<string>();
  for (const a of accounts.values()) {
    known.add(atHandle(a.handle));
    for (const h of Object.values(a.handles)) known.add(h);
    for (const p of a.partners) known.add(p);
  }
  return known;
}
