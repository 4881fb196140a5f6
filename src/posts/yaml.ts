// Reading YAML from drafts, which are untrusted input in CI. The yaml library composes nested
// collections recursively: a few hundred levels of `[[[[` overflow the stack, and after such an
// overflow V8 has been seen to abort the whole process on the next parse (out of memory in its
// regular-expression compiler). So nesting is measured while the text is tokenised (the
// tokeniser keeps its own stack) and a document deeper than MAX_NESTING is never composed.
import { Composer, Lexer, Parser, YAMLParseError, type CST, type Document, type Node } from 'yaml';

/** No post needs more; serde_yaml and serde_json stop at 128. */
export const MAX_NESTING = 100;
// The tokeniser's stack holds the document and its root besides the collections.
const STACK_SLACK = 2;

export type YamlResult = { doc: Document; deep?: undefined } | { doc?: undefined; deep: { offset: number } };

export function parseYaml(text: string, options: { uniqueKeys?: boolean } = {}): YamlResult {
  const parser = new Parser();
  let deep: number | undefined;
  function* tokens(): Generator<CST.Token> {
    for (const lexeme of new Lexer().lex(text)) {
      yield* parser.next(lexeme);
      if (parser.stack.length > MAX_NESTING + STACK_SLACK) {
        deep = parser.offset;
        return;
      }
    }
    yield* parser.end();
  }
  let doc: Document | undefined;
  for (const d of new Composer({ ...options, prettyErrors: false }).compose(tokens(), true, text.length)) {
    if (deep !== undefined) break;
    if (!doc) doc = d;
    else {
      // As yaml's parseDocument: one document per file.
      doc.errors.push(new YAMLParseError([d.range[0], d.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  if (deep !== undefined) return { deep: { offset: deep } };
  return { doc: doc! };
}

/**
 * A node's plain value with aliases resolved, or why it cannot be had: an alias bomb (aliases of
 * aliases that would expand to millions of values) stops at yaml's own count limit.
 */
export function toData(node: Node, doc: Document): { value: unknown; error?: undefined } | { value?: undefined; error: string } {
  try {
    return { value: node.toJS(doc, { maxAliasCount: 100 }) };
  } catch (e) {
    const msg = (e as Error).message;
    return { error: /Excessive alias count/.test(msg) ? 'its aliases expand too far (an "alias bomb": aliases of aliases of lists); write the values out' : msg };
  }
}
