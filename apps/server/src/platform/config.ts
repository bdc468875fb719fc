import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().default(".data"),
  DATABASE_URL: z.string().url().optional(),
  ZONE: z.enum(["all", "official", "provider"]).default("all"),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(20).default(5),
  PERSONAL_DATA_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, "PERSONAL_DATA_KEY는 32바이트 키의 base64 값이어야 합니다.")
    .optional(),
  DEMO_DATA: z.enum(["auto", "on", "off"]).default("auto"),
  DEMO_INSTITUTIONS: z.coerce.number().int().min(0).default(2000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  JOBS: z.enum(["on", "off"]).default("on"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL은 smtp:// 또는 smtps:// 주소여야 합니다.")
    .optional(),
  MAIL_FROM: z.string().default("기관행정 업무지원 <no-reply@localhost>"),
  SMS_GATEWAY: z.enum(["file"]).default("file"),
  DASHBOARD_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).optional(),
});

export type Zone = "all" | "official" | "provider";

export interface Config {
  env: "development" | "production" | "test";
  host: string;
  port: number;
  dataDir: string;
  /** Where the embedded database lives (unused with databaseUrl). */
  pgliteDir: string;
  filesDir: string;
  databaseUrl: string | undefined;
  zone: Zone;
  sessionIdleSeconds: number;
  loginMaxFailures: number;
  /** AES-256-GCM key for personal data (주민등록번호 등); never stored in the database. */
  personalDataKey: Buffer;
  personalDataKeySource: "environment" | "generated-development-key";
  /**
   * Fill an empty database with demo data and accounts: "on" where DEMO_DATA=on, or DEMO_DATA=auto outside
   * production. In production only an explicit DEMO_DATA=on does (a training server).
   */
  demoData: "on" | "off";
  demoInstitutions: number;
  logLevel: string;
  trustProxy: boolean;
  /** Run the job queue (sweeps, notification delivery) in this process. */
  jobs: boolean;
  /** Where e-mail goes (smtp://host:port); without it messages are written as .eml files under dataDir/mail. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The SMS gateway adapter: "file" writes each message to dataDir/sms (README: how a real one plugs in). */
  smsGateway: "file";
  /**
   * How long a jurisdiction's 업무현황 figures are shared by its officials (15 s; 0 in tests): one computation
   * serves every official of the same 시군구, 시도 or the ministry meanwhile (docs/benchmarks.md, "업무현황").
   */
  dashboardCacheSeconds: number;
}

export class ConfigError extends Error {}

/** Reads and validates the environment once; nothing else reads process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set" (e.g. DATABASE_URL= in a shell or a CI file).
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`환경 설정이 올바르지 않습니다:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  let personalDataKey: Buffer;
  let personalDataKeySource: Config["personalDataKeySource"];
  if (e.PERSONAL_DATA_KEY) {
    personalDataKey = Buffer.from(e.PERSONAL_DATA_KEY, "base64");
    personalDataKeySource = "environment";
  } else if (e.NODE_ENV === "production") {
    throw new ConfigError(
      "운영 모드(NODE_ENV=production)에서는 PERSONAL_DATA_KEY(개인정보 암호화 키)를 반드시 설정해야 합니다.",
    );
  } else {
    personalDataKey = developmentKey(dataDir);
    personalDataKeySource = "generated-development-key";
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    dataDir,
    pgliteDir: join(dataDir, "pgdata"),
    filesDir: join(dataDir, "files"),
    databaseUrl: e.DATABASE_URL,
    zone: e.ZONE,
    sessionIdleSeconds: e.SESSION_IDLE_MINUTES * 60,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    personalDataKey,
    personalDataKeySource,
    demoData: e.DEMO_DATA === "auto" ? (e.NODE_ENV === "production" ? "off" : "on") : e.DEMO_DATA,
    demoInstitutions: e.DEMO_INSTITUTIONS,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    jobs: e.JOBS === "on",
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    smsGateway: e.SMS_GATEWAY,
    dashboardCacheSeconds: e.DASHBOARD_CACHE_SECONDS ?? (e.NODE_ENV === "test" ? 0 : 15),
  };
}

// A development key is generated once and kept beside the data (never in the database), so a restart can
// still decrypt what was stored.
function developmentKey(dataDir: string): Buffer {
  const file = join(dataDir, "personal-data.dev.key");
  if (existsSync(file)) return Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString("base64")}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}
