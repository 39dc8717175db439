/**
 * A signed-in HTTP client over real sockets (node:http with a keep-alive Agent), as a browser
 * would be: it keeps the session cookie and echoes the CSRF token in `x-csrf-token`. Used by the
 * crash, soak and benchmark rigs; a network failure (server killed) rejects, any HTTP answer
 * resolves with its status.
 */
import { Agent, request } from 'node:http';

export interface HttpAnswer {
  status: number;
  body: unknown;
}

export class HttpSession {
  readonly baseUrl: string;
  readonly agent: Agent;
  cookie = '';
  csrfToken = '';
  /** Per-request limit; a request that takes longer is aborted (rejects). */
  timeoutMs = 30_000;

  constructor(baseUrl: string, maxSockets = 64) {
    this.baseUrl = baseUrl;
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  /**
   * Sends one request; resolves with status and parsed JSON body (or null).
   *
   * @example
   * const s = new HttpSession('http://127.0.0.1:3000');
   * await s.signIn('admin', 'a long test passphrase 42');
   * const r = await s.send('POST', '/api/sites', { code: 'X1', name: 'X', timezone: 'UTC' });
   */
  send(method: string, path: string, body?: unknown): Promise<HttpAnswer> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers: Record<string, string | number> = { accept: 'application/json' };
    if (payload) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = payload.length;
    }
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    return new Promise((resolve, reject) => {
      const req = request(
        new URL(path, this.baseUrl),
        { method, headers, agent: this.agent, timeout: this.timeoutMs },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const setCookie = res.headers['set-cookie'];
            if (setCookie?.[0]) this.cookie = setCookie[0].split(';')[0] ?? '';
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = null;
            try {
              parsed = text ? JSON.parse(text) : null;
            } catch {
              parsed = text;
            }
            resolve({ status: res.statusCode ?? 0, body: parsed });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer in time`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Signs in; keeps the session cookie and CSRF token. Throws unless the answer is 200. */
  async signIn(username: string, password: string): Promise<void> {
    const r = await this.send('POST', '/api/auth/login', { username, password });
    if (r.status !== 200) throw new Error(`sign-in failed: ${r.status} ${JSON.stringify(r.body)}`);
    this.csrfToken = (r.body as { csrfToken: string }).csrfToken;
  }

  /** The same signed-in session against another address (a restarted server). */
  moveTo(baseUrl: string): HttpSession {
    const s = new HttpSession(baseUrl, this.agent.maxSockets);
    s.cookie = this.cookie;
    s.csrfToken = this.csrfToken;
    s.timeoutMs = this.timeoutMs;
    this.close();
    return s;
  }

  close(): void {
    this.agent.destroy();
  }
}
