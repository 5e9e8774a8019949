import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { RequestContext } from '../http/context.ts';

export const Ctx = createContext<RequestContext | null>(null);

/** The current request's locale, translator, user and tokens, inside any component. */
export function useCtx(): RequestContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useCtx outside a page render');
  return ctx;
}
