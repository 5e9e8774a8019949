import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's minimum (m = 19 MiB, t = 2, p = 1); QUALITY.md asks for at least this.
const OPTIONS = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }) {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
