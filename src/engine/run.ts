// One lint pass: parse sources into posts, run every enabled rule, collect messages per file.
import { configForPost, effectiveSetting, type CliRuleSettings } from '../config/resolve.js';
import type { ResolvedConfig, RuleSetting } from '../config/types.js';
import { parseFile } from '../posts/parse.js';
import { position } from '../posts/source.js';
import type { LintResult, Message, Post, Report, SourceFile } from '../types.js';
import { ENGINE_ID } from './engine-id.js';
import { finishFile, postFacts } from './finish.js';
import { fixPart, toMessage } from './locate.js';
import { ReportError, reportText } from './messages.js';
import { validateRuleOptions } from './options.js';
import { needsMet, type PostContext, type PrepareContext, type RuleContext } from './rule.js';
import type { LintSetup } from './setup.js';
import type { ResultStore, StoredFile } from './store.js';

export interface EngineOptions extends CliRuleSettings {
  now?: Date;
  offline?: boolean;
  noCache?: boolean;
  notice?(message: string): void;
  progress?(done: number, total: number, label: string): void;
}

export interface PassResult {
  results: LintResult[];
  fatal: boolean;
}

/**
 * `store`: findings of an earlier run per file. A file it holds is not linted again by the rules
 * whose findings it keeps, and not even parsed when no rule must run again.
 */
export async function lintPass(sources: SourceFile[], setup: LintSetup, opts: EngineOptions, store?: ResultStore): Promise<PassResult> {
  const { config, rules } = setup;
  const now = opts.now ?? new Date();
  const noticed = new Set<string>();
  const notice = (m: string) => {
    if (noticed.has(m)) return;
    noticed.add(m);
    opts.notice?.(m);
  };
  let fatal = false;

  // Parse what must be linted, and keep each post's resolved settings.
  const files = new Map<SourceFile, { stored?: StoredFile; posts: Post[]; own: Message[] }>();
  const live: { post: Post; stored: boolean; pc: ReturnType<typeof configForPost> }[] = [];
  for (const source of sources) {
    const stored = store?.get(source);
    if (stored && !store!.alwaysRun.size) {
      files.set(source, { stored, posts: [], own: [] });
      continue;
    }
    const parsed = parseFile(source);
    const own: Message[] = parsed.problems.map((p) => {
      const a = position(source, p.offset);
      const b = position(source, p.end ?? p.offset);
      const post = parsed.posts[p.post ?? 0];
      return { ruleId: ENGINE_ID, severity: 2, message: p.message, messageId: p.messageId, ...(p.data ? { data: p.data } : {}), line: a.line, column: a.column, endLine: b.line, endColumn: b.column, post: post?.index ?? 0, postId: post?.id ?? source.relPath, fatal: true } satisfies Message;
    });
    files.set(source, { stored, posts: parsed.posts, own });
    for (const post of parsed.posts) if (!post.broken) live.push({ post, stored: !!stored, pc: configForPost(config, post, opts) });
  }

  const reports = new Map<Post, Message[]>();
  const push = (post: Post, m: Message) => {
    const list = reports.get(post);
    if (list) list.push(m);
    else reports.set(post, [m]);
  };

  for (const rule of rules.values()) {
    const again = !store || store.alwaysRun.has(rule.id);
    const mine: { post: Post; setting: RuleSetting; config: ResolvedConfig }[] = [];
    for (const { post, stored, pc } of live) {
      if (stored && !again) continue;
      const setting = effectiveSetting(pc, rule.id, rule.meta.defaultSeverity, opts);
      if (setting.severity !== 'off' && needsMet(rule, pc.config.settings)) mine.push({ post, setting, config: pc.config });
    }
    if (!mine.length) continue;
    if (rule.meta.network && opts.offline) {
      notice(`--offline: skipped ${rule.id} (it needs the network)`);
      continue;
    }
    const section = rule.meta.section;
    if (section && config.settings[section] === false) {
      notice(`${rule.id} is skipped: "${section}: false" in the config`);
      continue;
    }
    for (const m of mine) validateRuleOptions(rule, m.setting.options, m.config);

    const base: RuleContext = {
      ruleId: rule.id,
      options: {},
      config,
      now,
      offline: !!opts.offline,
      noCache: !!opts.noCache,
      notice,
      progress: (d, t, l) => opts.progress?.(d, t, l),
    };
    const info = new Map(mine.map((m) => [m.post, m]));
    const forPost = (post: Post) => {
      const m = info.get(post)!;
      const account = post.meta.account ? m.config.accounts.get(post.meta.account) : undefined;
      return { options: m.setting.options, config: m.config, account, lang: post.meta.lang ?? account?.lang ?? m.config.defaultLang };
    };

    let state: unknown;
    if (rule.prepare) {
      try {
        const pctx: PrepareContext = { ...base, forPost };
        state = await rule.prepare(mine.map((m) => m.post), pctx);
      } catch (e) {
        fatal = true;
        for (const { post } of mine) push(post, crash(post, rule.id, e));
        continue;
      }
    }
    for (const { post, setting } of mine) {
      const severity = setting.severity === 'warn' ? 1 : 2;
      const { options, config, account, lang } = forPost(post);
      // A broken report (unknown messageId, missing data) throws at the rule's call, and is kept
      // too: a rule that catches its own errors must not turn the bug into a silent pass.
      let broken: unknown;
      const report = (r: Report) => {
        let message: string;
        try {
          message = reportText(rule.meta.messages, r);
        } catch (e) {
          if (e instanceof ReportError) Error.captureStackTrace(e, report); // point at the rule's line, not this one
          broken ??= e;
          throw e;
        }
        push(post, toMessage(post, rule.id, severity, r, message));
      };
      const ctx: PostContext = {
        ...base,
        options,
        config,
        post,
        account,
        lang,
        state,
        report,
        fixPart: (part, s, e, text) => fixPart(post, part, s, e, text)!,
      };
      try {
        await rule.check(post, ctx);
        if (broken !== undefined) throw broken;
      } catch (e) {
        fatal = true;
        push(post, crash(post, rule.id, e));
      }
    }
  }

  const results: LintResult[] = [];
  for (const [source, { stored, posts, own }] of files) {
    const fresh = posts.flatMap((p) => reports.get(p) ?? []);
    if (stored) {
      results.push(finishFile(source, stored.posts, [...stored.messages, ...fresh], (id) => rules.has(id)));
      continue;
    }
    const facts = posts.map(postFacts);
    results.push(finishFile(source, facts, [...own, ...fresh], (id) => rules.has(id)));
    // A crash is not a finding worth keeping: the next run tries again.
    if (store && !fresh.some((m) => m.fatal)) store.set(source, { posts: facts, messages: [...own, ...fresh.filter((m) => !store.alwaysRun.has(m.ruleId))] });
  }
  return { results, fatal };
}

function crash(post: Post, ruleId: string, e: unknown): Message {
  const err = e as Error;
  const where = err?.stack?.split('\n')[1]?.trim();
  const at = position(post.source, post.body.start);
  return {
    ruleId,
    severity: 2,
    message: `internal error in rule '${ruleId}': ${err?.message ?? String(e)}${where ? ` (${where})` : ''}`,
    line: at.line,
    column: at.column,
    endLine: at.line,
    endColumn: at.column,
    post: post.index,
    postId: post.id,
    fatal: true,
  };
}
