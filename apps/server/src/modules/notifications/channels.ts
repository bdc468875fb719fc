import { appendFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import nodemailer from "nodemailer";
import type { Config } from "../../platform/config.ts";

/** One message leaving the system: its stable id lets a receiver drop a repeat after a crash mid-send. */
export interface OutgoingMessage {
  deliveryId: string;
  to: string;
  subject: string;
  text: string;
}

export interface MessageChannel {
  send(message: OutgoingMessage): Promise<void>;
}

/**
 * E-mail through SMTP (nodemailer). Without SMTP_URL the same message is written as an .eml file under
 * DATA_DIR/mail, so a development machine shows what would have gone out.
 */
export function mailChannel(config: Pick<Config, "smtpUrl" | "mailFrom" | "dataDir">): MessageChannel {
  const transport = config.smtpUrl
    ? nodemailer.createTransport(config.smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(m) {
      const info = await transport.sendMail({
        from: config.mailFrom,
        to: m.to,
        subject: m.subject,
        text: m.text,
        messageId: `<${m.deliveryId}@ssis.local>`,
      });
      if (!config.smtpUrl) {
        const dir = join(config.dataDir, "mail");
        await mkdir(dir, { recursive: true });
        await writeFile(join(dir, `${m.deliveryId}.eml`), (info as { message: Buffer }).message);
      }
    },
  };
}

/**
 * SMS behind an adapter. The default writes each message as a line of JSON to DATA_DIR/sms/outbox.jsonl; a
 * real gateway (README: "문자 발송") is another MessageChannel chosen by SMS_GATEWAY.
 */
export function smsChannel(config: Pick<Config, "smsGateway" | "dataDir">): MessageChannel {
  const dir = join(config.dataDir, "sms");
  return {
    async send(m) {
      await mkdir(dir, { recursive: true });
      const line = {
        id: m.deliveryId,
        to: m.to,
        text: `${m.subject}\n${m.text}`,
        at: new Date().toISOString(),
      };
      await appendFile(join(dir, "outbox.jsonl"), `${JSON.stringify(line)}\n`);
    },
  };
}

export interface Channels {
  email: MessageChannel;
  sms: MessageChannel;
}

export const channelsFromConfig = (config: Config): Channels => ({
  email: mailChannel(config),
  sms: smsChannel(config),
});
