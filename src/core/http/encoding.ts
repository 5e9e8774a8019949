import { Negotiator } from '@fastify/accept-negotiator';

const negotiator = new Negotiator({ supportedValues: ['br', 'gzip'], cache: new Map() });

/**
 * The compression to answer with, for a body we keep compressed ourselves (assets, shared
 * visitor pages): brotli, else gzip, else none — honouring q-values (`br;q=0` refuses it).
 */
export function preferredEncoding(acceptEncoding: string | string[] | undefined): 'br' | 'gzip' | null {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding;
  if (!header) return null;
  const chosen = negotiator.negotiate(header);
  return chosen === 'br' || chosen === 'gzip' ? chosen : null;
}
