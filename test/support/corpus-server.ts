// The link fixture server that ../shared/corpus/README.md describes, on 127.0.0.1:4873.
// The first path segment decides the answer; HEAD behaves like GET.
import { createServer, type Server } from 'node:http';

export const CORPUS_PORT = 4873;

export function startCorpusServer(port = CORPUS_PORT): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
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
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
