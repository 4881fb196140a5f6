// The link fixture server that ../shared/corpus/README.md describes. The corpus's posts name
// 127.0.0.1:4873; the server listens on an ephemeral port (a fixed one can be taken, and was)
// and the posts are read through corpusCopy, which points their URLs at it.
// The first path segment decides the answer; HEAD behaves like GET.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { makeTempDir } from './temp.js';

/** The address the corpus's posts were written with. */
export const CORPUS_HOST = '127.0.0.1:4873';

export function startCorpusServer(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const [first, ...rest] = url.pathname.split('/').slice(1);
    const tail = rest.join('/');
    const send = (status: number, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : `<!doctype html><title>${status}</title><p>${status}</p>`);
    };
    switch (first) {
      case 'ok':
        return send(200);
      case 'moved-301':
        return send(301, { location: `/ok/${tail}${url.search}` });
      case 'slow':
        return void setTimeout(() => send(200), 2000);
      case 'gone-404':
        return send(404);
      case 'server-500':
        return send(500);
      case 'loop':
        return send(301, { location: url.pathname.endsWith('/again') ? url.pathname.slice(0, -'/again'.length) : `${url.pathname}/again` });
      default:
        return send(404);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** A copy of the corpus folder whose posts link to `server` instead of 127.0.0.1:4873. */
export function corpusCopy(corpus: string, server: Server): string {
  const dir = join(makeTempDir('postlint-corpus-'), 'corpus');
  cpSync(corpus, dir, { recursive: true });
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const posts = join(dir, 'posts');
  for (const f of readdirSync(posts).filter((n) => n.endsWith('.md'))) {
    const text = readFileSync(join(posts, f), 'utf8');
    if (text.includes(CORPUS_HOST)) writeFileSync(join(posts, f), text.replaceAll(CORPUS_HOST, host));
  }
  return dir;
}
