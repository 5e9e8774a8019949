import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

export interface LinkResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

const MAX_REDIRECTS = 5;

/** True for loopback, private, link-local and other non-public addresses. */
function isPrivate(address: string): boolean {
  const ip = ipaddr.process(address);
  return ip.range() !== 'unicast';
}

/**
 * Whether a link still answers: HEAD (GET when the server refuses HEAD), following up to five
 * redirects by hand so that each hop's address is checked. Unless `allowPrivate`, a link that
 * resolves to a private or loopback address is not fetched (a member's link must not make the
 * server probe its own network).
 */
export async function checkUrl(
  url: string,
  opts: { timeoutMs: number; allowPrivate: boolean },
): Promise<LinkResult> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let parsed: URL;
    try {
      parsed = new URL(current);
    } catch {
      return { ok: false, statusCode: null, error: 'invalid_url' };
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      return { ok: false, statusCode: null, error: 'unsupported_scheme' };
    if (!opts.allowPrivate) {
      const host = parsed.hostname.replace(/^\[|\]$/g, '');
      const addresses = ipaddr.isValid(host)
        ? [host]
        : await lookup(host, { all: true })
            .then((r) => r.map((a) => a.address))
            .catch(() => null);
      if (!addresses) return { ok: false, statusCode: null, error: 'dns' };
      if (addresses.some(isPrivate)) return { ok: false, statusCode: null, error: 'private_address' };
    }
    let res: Response;
    try {
      res = await fetch(current, {
        method: 'HEAD',
        redirect: 'manual',
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
      if (res.status === 405 || res.status === 501)
        res = await fetch(current, {
          method: 'GET',
          redirect: 'manual',
          signal: AbortSignal.timeout(opts.timeoutMs),
        });
      await res.body?.cancel();
    } catch (err) {
      const name = (err as Error).name;
      return { ok: false, statusCode: null, error: name === 'TimeoutError' ? 'timeout' : 'unreachable' };
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      current = new URL(location, current).toString();
      continue;
    }
    return { ok: res.status < 400, statusCode: res.status, error: null };
  }
  return { ok: false, statusCode: null, error: 'too_many_redirects' };
}
