#!/usr/bin/env bash
# Runs postlint inside the GitHub Action: annotations (--format github) on the changed drafts,
# then SARIF if asked. The link cache makes the second run cheap.
set -uo pipefail
postlint=(node "$GITHUB_ACTION_PATH/bin/postlint.js")
args=()
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
# shellcheck disable=SC2206
[ -n "${INPUT_ARGS:-}" ] && args+=($INPUT_ARGS)

paths=()
if [ -n "${INPUT_PATHS:-}" ]; then
  # shellcheck disable=SC2206
  paths=($INPUT_PATHS)
fi
if [ "${INPUT_CHANGED_ONLY:-true}" = "true" ] && [ -n "${BASE_REF:-}" ]; then
  git fetch --no-tags --depth=1 origin "$BASE_REF" >/dev/null 2>&1 || true
  mapfile -t changed < <(git diff --name-only --diff-filter=ACMR "origin/$BASE_REF...HEAD" -- '*.md' '*.markdown' '*.txt' '*.yaml' '*.yml' '*.json' 2>/dev/null)
  if [ "${#changed[@]}" -eq 0 ]; then
    echo "postlint: no drafts changed in this pull request"
    echo "exit-code=0" >> "$GITHUB_OUTPUT"
    exit 0
  fi
  paths=("${changed[@]}")
fi

"${postlint[@]}" --format github "${args[@]}" "${paths[@]}"
code=$?
if [ -n "${INPUT_SARIF:-}" ]; then
  "${postlint[@]}" --format sarif --output "$INPUT_SARIF" "${args[@]}" "${paths[@]}" || true
fi
echo "exit-code=$code" >> "$GITHUB_OUTPUT"
exit "$code"
