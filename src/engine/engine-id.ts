// The rule id of postlint's own findings. They are not a rule's: a file that cannot be read as a
// draft (unreadable, binary, not UTF-8, too big, malformed YAML, a calendar item that is not a
// post) and `postlint:` directives in front matter that are wrong or silence nothing. They cannot
// be turned off or disabled, because nothing else about such a post can be trusted.
export const ENGINE_ID = 'postlint';

export const ENGINE_HELP = {
  description: "postlint's own findings: the file cannot be read as a draft, or a postlint directive is wrong",
  why: 'A file that cannot be read as a draft (unreadable, binary, not UTF-8, over max_file_size, a symlink loop, malformed YAML, a calendar item that is not a post) is not linted at all, so it must not pass in silence; the message says which and where. A postlint.disable entry needs a rule that exists and a reason, and one that silences nothing should go before it hides a future finding.',
};
