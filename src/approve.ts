// `postlint approve FILE --by "Name"`: record an approval bound to the text it approves.
//
// Writes `approved_by` (the approver's name as the config spells it) and `approval_hash` (see
// src/plan/text-hash.ts) into the post's front matter, editing the YAML in place so that every
// other byte stays as it was (comments, quoting, key order, BOM, CRLF), and writing atomically
// (temporary file in the same folder, then rename). Calendar files: `FILE#N` approves post N,
// `FILE` approves every post in the file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { configForPost } from './config/resolve.js';
import type { ResolvedConfig } from './config/types.js';
import { writeAtomic } from './fs/write-atomic.js';
import { computeApprovalHash } from './plan/text-hash.js';
import { applyEdits, setKeys, yamlString, type Edit } from './plan/yaml-edit.js';
import { parseFile } from './posts/parse.js';
import { decodeSource, InputError, position } from './posts/source.js';
import { bareHandle } from './text/handles.js';
import type { Post } from './types.js';

/** A refusal: the message says why and what to do; nothing was written. */
export class ApproveError extends Error {
  override name = 'ApproveError';
}

export interface ApprovalSettings {
  requiredFor: string[];
  approvers: string[];
  bindToText: boolean;
}

export const sameName = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** The `approval:` config section, read leniently (the schema has already checked its shape). */
export function approvalSettings(config: ResolvedConfig): ApprovalSettings {
  const a = (config.settings.approval ?? {}) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);
  return {
    requiredFor: list(a.required_for).map(bareHandle),
    approvers: list(a.approvers).map((s) => s.trim()).filter(Boolean),
    bindToText: a.bind_to_text === true,
  };
}

const rel = (cwd: string, p: string) => relative(cwd, p).split(sep).join('/') || p;

export async function approveFile(
  path: string,
  by: string,
  opts: { config: ResolvedConfig; cwd: string; now: Date },
): Promise<{ changed: boolean; message: string }> {
  const { config, cwd } = opts;
  let file = path;
  let which: number | undefined;
  if (!existsSync(path)) {
    const m = /^(.*)#(\d+)$/.exec(path);
    if (m && existsSync(m[1])) {
      file = m[1];
      which = Number(m[2]);
    }
  }
  const shown = rel(cwd, file);
  if (!existsSync(file)) throw new ApproveError(`cannot approve ${rel(cwd, path)}: no such file`);
  if (!by || !by.trim()) throw new ApproveError('--by needs the approver\'s name, as listed under approval.approvers in the config');

  let source;
  try {
    const st = statSync(file);
    source = decodeSource(readFileSync(file), file, shown, st.mode);
  } catch (e) {
    if (e instanceof InputError) throw new ApproveError(`cannot approve ${shown}: it ${e.message}`);
    throw new ApproveError(`cannot approve ${shown}: ${(e as Error).message}`);
  }
  const parsed = parseFile(source);
  if (parsed.problems.length) {
    const p = parsed.problems[0];
    throw new ApproveError(`cannot approve ${shown}: fix the file first (line ${position(source, p.offset).line}: ${p.message})`);
  }
  const posts = parsed.posts;
  if (which !== undefined && (which < 1 || which > posts.length))
    throw new ApproveError(`cannot approve ${shown}#${which}: the file has ${posts.length} post${posts.length === 1 ? '' : 's'} (#1${posts.length > 1 ? `–#${posts.length}` : ''})`);
  const targets = which === undefined ? posts : [posts[which - 1]];

  // Who may approve: the approvers that apply to each post (overrides can differ per file or account).
  const plans: { post: Post; name: string; hash: string; required: boolean }[] = [];
  for (const post of targets) {
    const settings = approvalSettings(configForPost(config, post).config);
    if (!settings.approvers.length)
      throw new ApproveError(`nobody can approve ${post.id}: the config lists no approvers (add them under approval.approvers${config.file ? ` in ${rel(cwd, config.file)}` : ''})`);
    const name = settings.approvers.find((a) => sameName(a, by));
    if (!name)
      throw new ApproveError(`'${by.trim()}' is not an approver${targets.length > 1 ? ` for ${post.id}` : ''}: the approvers are ${settings.approvers.join(', ')} (approval.approvers in the config); nothing was written`);
    plans.push({ post, name, hash: computeApprovalHash(post), required: !!post.meta.account && settings.requiredFor.includes(post.meta.account) });
  }

  const edits: Edit[] = [];
  const done: string[] = [];
  const already: string[] = [];
  const replaced: string[] = [];
  for (const p of plans) {
    const d = p.post.data;
    if (d.approved_by === p.name && d.approval_hash === p.hash) {
      already.push(p.post.id);
      continue;
    }
    if (typeof d.approved_by === 'string' && d.approved_by.trim() && !sameName(d.approved_by, p.name)) replaced.push(`${p.post.id} (was ${d.approved_by.trim()})`);
    edits.push(...setKeys(source.text, p.post, [['approved_by', yamlString(p.name)], ['approval_hash', yamlString(p.hash)]], 'approved_by'));
    done.push(p.post.id);
  }
  const name = plans[0].name;
  if (!edits.length) {
    const what = already.length === 1 ? `${already[0]} is` : `all ${already.length} posts in ${shown} are`;
    return { changed: false, message: `${what} already approved by ${name} for this exact text; nothing to change` };
  }

  const text = applyEdits(source.text, edits);
  verify(source, text, posts, plans.filter((p) => done.includes(p.post.id)));
  writeAtomic(file, text, { bom: source.bom, mode: source.mode });

  const notes: string[] = [];
  if (already.length) notes.push(`already approved: ${already.join(', ')}`);
  if (replaced.length) notes.push(`replaces the approval of ${replaced.join(', ')}`);
  const optional = plans.filter((p) => done.includes(p.post.id) && !p.required).map((p) => p.post.id);
  if (optional.length) notes.push(`${optional.length === plans.length ? 'its account does' : `${optional.join(', ')}: the account does`} not need approval; recorded anyway`);
  const hashNote = done.length === 1 ? ` (approval_hash ${plans.find((p) => p.post.id === done[0])!.hash.split(';')[0]})` : '';
  const what = done.length === 1 ? done[0] : `${done.length} posts in ${shown} (${done.join(', ')})`;
  return {
    changed: true,
    message: `approved ${what} by ${name}${hashNote}: any later edit to the text voids this approval${notes.length ? `\n${notes.map((n) => `  ${n}`).join('\n')}` : ''}`,
  };
}

/** Re-read the edited text: the targets carry the approval, and nothing else changed. */
function verify(source: { path: string; relPath: string; bom: boolean; mode?: number }, text: string, before: Post[], plans: { post: Post; name: string; hash: string }[]): void {
  const after = parseFile({ ...source, text, lineStarts: [] }).posts;
  const fail = (why: string): never => {
    throw new ApproveError(`internal error: editing ${source.relPath} would ${why}; the file was left untouched (please report this)`);
  };
  if (after.length !== before.length) fail('change the number of posts');
  if (/\.json$/i.test(source.path)) {
    try {
      JSON.parse(text);
    } catch {
      fail('leave invalid JSON');
    }
  }
  const strip = (d: Record<string, unknown>) => {
    const { approved_by: _a, approval_hash: _h, ...rest } = d;
    return JSON.stringify(rest);
  };
  before.forEach((b, i) => {
    const a = after[i];
    if (a.broken) fail('break the YAML');
    if (a.parts.length !== b.parts.length || a.parts.some((p, k) => p.text !== b.parts[k].text)) fail('change the published text');
    const plan = plans.find((p) => p.post.index === b.index);
    if (plan) {
      if (strip(a.data) !== strip(b.data)) fail('change other front-matter keys');
      if (a.data.approved_by !== plan.name || a.data.approval_hash !== plan.hash) fail('not record the approval');
      if (computeApprovalHash(a) !== plan.hash) fail('change the approved text');
    } else if (JSON.stringify(a.data) !== JSON.stringify(b.data)) fail('change another post');
  });
}
