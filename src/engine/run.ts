// One lint pass: parse sources into posts, run every enabled rule, collect messages per file.
import { configForPost, effectiveSetting, type CliRuleSettings } from '../config/resolve.js';
import type { ResolvedConfig, RuleSetting } from '../config/types.js';
import { parseFile } from '../posts/parse.js';
import { position } from '../posts/source.js';
import type { LintResult, Message, Post, PostResult, Report, SourceFile, SuppressedMessage } from '../types.js';
import { fixPart, toMessage } from './locate.js';
import { validateRuleOptions } from './options.js';
import { loadRules } from './registry.js';
import { needsMet, type PostContext, type PrepareContext, type Rule, type RuleContext } from './rule.js';

export interface EngineOptions extends CliRuleSettings {
  config: ResolvedConfig;
  now?: Date;
  offline?: boolean;
  noCache?: boolean;
  notice?(message: string): void;
  progress?(done: number, total: number, label: string): void;
  /** Rule objects from the API, used like plugins. */
  extraRules?: Rule[];
}

export interface PassResult {
  results: LintResult[];
  fatal: boolean;
}

export async function lintPass(sources: SourceFile[], opts: EngineOptions): Promise<PassResult> {
  const rules = await loadRules(opts.config, opts.extraRules);
  const now = opts.now ?? new Date();
  const noticed = new Set<string>();
  const notice = (m: string) => {
    if (noticed.has(m)) return;
    noticed.add(m);
    opts.notice?.(m);
  };
  let fatal = false;

  // Parse, and keep each post's resolved settings.
  const byFile = new Map<SourceFile, { posts: Post[]; messages: Message[] }>();
  const live: { post: Post; pc: ReturnType<typeof configForPost> }[] = [];
  for (const source of sources) {
    const parsed = parseFile(source);
    const messages: Message[] = parsed.problems.map((p) => {
      const a = position(source, p.offset);
      const b = position(source, p.end ?? p.offset);
      const post = parsed.posts[p.post ?? 0];
      return { ruleId: 'front-matter', severity: 2, message: p.message, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, post: post?.index ?? 0, postId: post?.id ?? source.relPath, fatal: true } satisfies Message;
    });
    byFile.set(source, { posts: parsed.posts, messages });
    for (const post of parsed.posts) if (!post.broken) live.push({ post, pc: configForPost(opts.config, post, opts) });
  }

  const reports = new Map<Post, Message[]>();
  const push = (post: Post, m: Message) => {
    const list = reports.get(post);
    if (list) list.push(m);
    else reports.set(post, [m]);
  };

  for (const rule of rules.values()) {
    const mine: { post: Post; setting: RuleSetting; config: ResolvedConfig }[] = [];
    for (const { post, pc } of live) {
      const setting = effectiveSetting(pc, rule.id, rule.meta.defaultSeverity, opts);
      if (setting.severity !== 'off' && needsMet(rule, pc.config.settings)) mine.push({ post, setting, config: pc.config });
    }
    if (!mine.length) continue;
    if (rule.meta.network && opts.offline) {
      notice(`--offline: skipped ${rule.id} (it needs the network)`);
      continue;
    }
    const section = rule.meta.section;
    if (section && opts.config.settings[section] === false) {
      notice(`${rule.id} is skipped: "${section}: false" in the config`);
      continue;
    }
    for (const m of mine) validateRuleOptions(rule, m.setting.options, m.config);

    const base: RuleContext = {
      ruleId: rule.id,
      options: {},
      config: opts.config,
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
      const ctx: PostContext = {
        ...base,
        options,
        config,
        post,
        account,
        lang,
        state,
        report: (r: Report) => push(post, toMessage(post, rule.id, severity, r)),
        fixPart: (part, s, e, text) => fixPart(post, part, s, e, text)!,
      };
      try {
        await rule.check(post, ctx);
      } catch (e) {
        fatal = true;
        push(post, crash(post, rule.id, e));
      }
    }
  }

  const results: LintResult[] = [];
  for (const [source, { posts, messages }] of byFile) {
    const suppressed: SuppressedMessage[] = [];
    const postResults: PostResult[] = [];
    for (const post of posts) {
      const own = applyDirectives(post, reports.get(post) ?? [], rules, suppressed);
      messages.push(...own);
      const errs = messages.filter((m) => m.post === post.index && m.severity === 2).length;
      const warns = messages.filter((m) => m.post === post.index && m.severity === 1).length;
      postResults.push({
        id: post.id,
        index: post.index,
        account: post.meta.account,
        platforms: post.meta.platforms,
        line: position(source, post.range[0]).line,
        passed: errs === 0,
        errorCount: errs,
        warningCount: warns,
      });
    }
    messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
    results.push(fileResult(source, messages, suppressed, postResults));
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

/** Front-matter `postlint: { disable: { rule: "reason" } }`: reason required, unused ones reported. */
function applyDirectives(post: Post, messages: Message[], rules: Map<string, Rule>, suppressed: SuppressedMessage[]): Message[] {
  const out: Message[] = [];
  const used = new Set<string>();
  const disable = post.meta.disable;
  for (const m of messages) {
    const reason = disable[m.ruleId];
    if (reason && reason.trim() && !m.fatal) {
      used.add(m.ruleId);
      suppressed.push({ ...m, suppressions: [{ kind: 'directive', justification: reason.trim() }] });
    } else out.push(m);
  }
  for (const [id, reason] of Object.entries(disable)) {
    const field = `postlint.disable.${id}`;
    const at = { field, on: 'key' as const };
    if (!rules.has(id)) out.push(toMessage(post, 'front-matter', 2, { message: `postlint.disable names an unknown rule '${id}'`, at }));
    else if (!reason.trim()) out.push(toMessage(post, 'front-matter', 2, { message: `disabling '${id}' needs a reason (postlint: { disable: { ${id}: "approved by legal, ticket 123" } })`, why: 'A silenced check with no reason cannot be reviewed later.', at }));
    else if (!used.has(id)) out.push(toMessage(post, 'front-matter', 1, { message: `postlint.disable.${id} silenced nothing: remove it so it cannot hide a future finding`, at }));
  }
  return out;
}

export function fileResult(source: { path: string; relPath: string }, messages: Message[], suppressed: SuppressedMessage[], posts: PostResult[]): LintResult {
  const errors = messages.filter((m) => m.severity === 2);
  const warnings = messages.filter((m) => m.severity === 1);
  return {
    filePath: source.path,
    relPath: source.relPath,
    messages,
    suppressedMessages: suppressed,
    posts,
    errorCount: errors.length,
    warningCount: warnings.length,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    fixableErrorCount: errors.filter((m) => m.fix).length,
    fixableWarningCount: warnings.filter((m) => m.fix).length,
  };
}
