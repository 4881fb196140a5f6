#!/usr/bin/env bash
# Runs postlint inside the GitHub Action: annotations (--format github) on the drafts a pull
# request changes, then SARIF if asked (the link cache makes the second run cheap).
#
# actions/checkout fetches one commit (depth 1) and no base branch, so the changed files cannot
# be computed from what it leaves: the base branch is fetched here and both histories deepened
# until they meet. If they never do, the job fails and says why; it never passes by linting nothing.
set -uo pipefail

postlint=(node "$GITHUB_ACTION_PATH/bin/postlint.js")
out="${GITHUB_OUTPUT:-/dev/null}"

fail() {
  local data=${1//%/%25}
  echo "::error title=postlint::${data}"
  echo "postlint: $1" >&2
  echo "exit-code=2" >>"$out"
  exit 2
}

args=()
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
# shellcheck disable=SC2206
[ -n "${INPUT_ARGS:-}" ] && args+=($INPUT_ARGS)

paths=()
if [ -n "${INPUT_PATHS:-}" ]; then
  # shellcheck disable=SC2206
  paths=($INPUT_PATHS)
fi

# Writes a SARIF log with no results (code scanning then closes the alerts of fixed drafts, and
# the upload step finds its file).
empty_sarif() {
  node --input-type=module -e "
    import { writeFileSync, mkdirSync } from 'node:fs';
    import { dirname, resolve } from 'node:path';
    const { formatters } = await import(process.argv[1]);
    const out = resolve(process.argv[2]);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, (await formatters.sarif())({ results: [], notices: [], fatal: false }, { color: false, cwd: process.cwd(), version: process.argv[3] }));
  " "$GITHUB_ACTION_PATH/dist/src/index.js" "$1" "$(node -p "require('$GITHUB_ACTION_PATH/package.json').version")"
}

if [ "${INPUT_CHANGED_ONLY:-true}" = "true" ] && [ -n "${BASE_REF:-}" ]; then
  base="refs/remotes/origin/$BASE_REF"
  git rev-parse --is-inside-work-tree >/dev/null 2>&1 || fail "not in a git checkout: run actions/checkout before postlint"
  git fetch --no-tags --no-recurse-submodules --depth=1 origin "+refs/heads/$BASE_REF:$base" ||
    fail "cannot fetch the base branch '$BASE_REF' from origin, so the changed drafts are unknown"
  # Deepen both sides (HEAD's shallow boundary moves too) until they share a commit.
  tries=0
  until merge_base=$(git merge-base "$base" HEAD 2>/dev/null); do
    if [ "$(git rev-parse --is-shallow-repository)" != "true" ]; then
      fail "HEAD and origin/$BASE_REF have no commit in common, so the changed drafts are unknown"
    fi
    tries=$((tries + 1))
    if [ "$tries" -le 6 ]; then
      # --deepen moves every shallow boundary, HEAD's included: 10, 100, then 1000 commits more.
      git fetch --no-tags --no-recurse-submodules --deepen=$((10 ** (tries > 3 ? 3 : tries))) origin "+refs/heads/$BASE_REF:$base" ||
        fail "cannot deepen the checkout to find where this branch left '$BASE_REF'"
    else
      git fetch --no-tags --no-recurse-submodules --unshallow origin "+refs/heads/$BASE_REF:$base" ||
        fail "cannot fetch the full history to find where this branch left '$BASE_REF'"
    fi
  done
  diff_out=$(mktemp)
  git diff --name-only -z --no-renames --diff-filter=ACMRT "$merge_base" HEAD -- "${paths[@]}" >"$diff_out" ||
    fail "git diff between origin/$BASE_REF and HEAD failed, so the changed drafts are unknown"
  mapfile -d '' changed <"$diff_out"
  rm -f "$diff_out"
  if [ "${#changed[@]}" -eq 0 ]; then
    echo "postlint: no files changed in this pull request${paths[*]:+ under ${paths[*]}}"
    [ -n "${INPUT_SARIF:-}" ] && empty_sarif "$INPUT_SARIF"
    echo "exit-code=0" >>"$out"
    exit 0
  fi
  echo "postlint: ${#changed[@]} file(s) changed since $(git rev-parse --short "$merge_base"); linting those the config's include selects"
  # Of the changed files, only those the config's include selects are drafts (README.md is not).
  args+=(--respect-include)
  paths=("${changed[@]}")
fi

"${postlint[@]}" --format github "${args[@]}" -- "${paths[@]}"
code=$?
if [ -n "${INPUT_SARIF:-}" ]; then
  "${postlint[@]}" --format sarif --output "$INPUT_SARIF" "${args[@]}" -- "${paths[@]}" >/dev/null
  sarif_code=$?
  # A fatal error that only the SARIF run met (it cannot be, but a missing file must not pass).
  [ "$sarif_code" -eq 2 ] && [ "$code" -ne 2 ] && code=2
fi
echo "exit-code=$code" >>"$out"
exit "$code"
