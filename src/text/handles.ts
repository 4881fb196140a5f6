// Handles as people write them ("@KettleAndCrumb", " kettleandcrumb ") and as postlint compares
// them: platforms treat handles case-insensitively, and configs, front matter and posts each
// spell the leading @ their own way. Only the first @ goes: "@user@host" stays a remote handle.

/** The account key: no leading @, trimmed, lower case ("kettleandcrumb", "user@host"). */
export function bareHandle(h: string): string {
  return h.trim().replace(/^@/, '').toLowerCase();
}

/** The mention form: one leading @ ("@kettleandcrumb", "@user@host"). */
export function atHandle(h: string): string {
  return `@${bareHandle(h)}`;
}
