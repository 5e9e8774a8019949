import type { Services } from '../core/services.ts';

export async function seedIfEmpty(_services: Services, _opts: { progress: (m: string) => void }) {}
