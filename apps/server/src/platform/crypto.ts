import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * Encryption of personal data at rest (개인정보 보호법 제24조의2, 고유식별정보): AES-256-GCM with a random
 * nonce; the output is 'v1:' + base64(nonce | tag | ciphertext). The key comes from configuration only.
 */
export function encryptPersonalData(key: Buffer, plain: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `v1:${Buffer.concat([nonce, cipher.getAuthTag(), body]).toString("base64")}`;
}

export function decryptPersonalData(key: Buffer, sealed: string): string {
  if (!sealed.startsWith("v1:")) throw new Error("unknown personal-data format");
  const raw = Buffer.from(sealed.slice(3), "base64");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}
