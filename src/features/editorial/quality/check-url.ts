import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

export interface LinkResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

const MAX_REDIRECTS = 5;

/** True for loopback, private, link-local and other non-public addresses. */
function isPrivate(address: string): boolean {
  return ipaddr.process(address).range() !== 'unicast';
}

class PrivateAddressError extends Error {
  override name = 'PrivateAddressError';
}

/**
 * The connection's own DNS lookup, refusing private addresses: the address checked is the one
 * connected to, so a name that answers differently the second time (DNS rebinding) gains
 * nothing.
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 4);
      const list = addresses as LookupAddress[];
      const safe = allowPrivate ? list : list.filter((a) => !isPrivate(a.address));
      if (safe.length === 0) return callback(new PrivateAddressError(hostname), '', 4);
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, safe);
      callback(null, safe[0]!.address, safe[0]!.family);
    });
  };
}

function request(
  url: URL,
  method: 'HEAD' | 'GET',
  timeoutMs: number,
  allowPrivate: boolean,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(
      url,
      {
        method,
        lookup: guardedLookup(allowPrivate),
        timeout: timeoutMs,
        headers: { 'user-agent': 'SP Gateway link checker', accept: '*/*' },
      },
      (res) => {
        res.resume();
        resolve(res);
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { name: 'TimeoutError' })));
    req.on('error', reject);
    req.end();
  });
}

/**
 * Whether a link still answers: HEAD (GET when the server refuses HEAD), following up to five
 * redirects by hand. Unless `allowPrivate`, nothing is fetched from a private or loopback
 * address — neither an address written in the link nor one its name resolves to, at any hop
 * (a member's link must not make the server probe its own network).
 */
export async function checkUrl(
  url: string,
  opts: { timeoutMs: number; allowPrivate: boolean },
): Promise<LinkResult> {
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return { ok: false, statusCode: null, error: 'invalid_url' };
  }
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:')
      return { ok: false, statusCode: null, error: 'unsupported_scheme' };
    const host = current.hostname.replace(/^\[|\]$/g, '');
    if (!opts.allowPrivate && ipaddr.isValid(host) && isPrivate(host))
      return { ok: false, statusCode: null, error: 'private_address' };
    let res: IncomingMessage;
    try {
      res = await request(current, 'HEAD', opts.timeoutMs, opts.allowPrivate);
      if (res.statusCode === 405 || res.statusCode === 501)
        res = await request(current, 'GET', opts.timeoutMs, opts.allowPrivate);
    } catch (err) {
      const e = err as Error & { code?: string };
      const error =
        e instanceof PrivateAddressError
          ? 'private_address'
          : e.name === 'TimeoutError'
            ? 'timeout'
            : e.code === 'ENOTFOUND'
              ? 'dns'
              : 'unreachable';
      return { ok: false, statusCode: null, error };
    }
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location) {
      try {
        current = new URL(location, current);
      } catch {
        return { ok: false, statusCode: status, error: 'invalid_redirect' };
      }
      continue;
    }
    return { ok: status > 0 && status < 400, statusCode: status, error: null };
  }
  return { ok: false, statusCode: null, error: 'too_many_redirects' };
}
