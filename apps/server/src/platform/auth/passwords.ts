import { hash, verify } from "@node-rs/argon2";

// argon2id (OWASP Password Storage Cheat Sheet: m=19 MiB, t=2, p=1). 2 = Algorithm.Argon2id; the enum is
// a const enum that isolated modules cannot import.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verifying against this when the ID does not exist keeps the answer time the same, so IDs cannot be probed.
let dummyHash: Promise<string> | null = null;
export function dummyVerify(password: string): Promise<boolean> {
  dummyHash ??= hashPassword("no-such-user-password-9!");
  return dummyHash.then((h) => verifyPassword(h, password));
}
