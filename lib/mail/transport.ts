import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/runtime/env";
import { logger } from "@/lib/runtime/logger";

// The SMTP connection for notification e-mail. SMTP_URL (lib/runtime/env.ts) switches it on; without it
// e-mail is off and only the in-app notifications exist. The transport is created on first use,
// so importing this module never opens a connection.

type State = { url: string | undefined; transport: Transporter | null };
let state: State | null = null;
let override: { url: string | undefined } | null = null;
let loggedOff = false;

/**
 * Points e-mail at another SMTP server (undefined = e-mail off), replacing SMTP_URL until
 * called with `null`. For tests and scripts, which start their own mail catcher after the
 * environment has been read.
 */
export function configureSmtpUrl(url: string | undefined | null): void {
  override = url === null ? null : { url };
  state?.transport?.close();
  state = null;
}

/** The transport, or null when e-mail is off. */
export function mailTransport(): Transporter | null {
  const url = override ? override.url : env.SMTP_URL;
  if (state && state.url === url) return state.transport;
  state?.transport?.close();
  // A small pool, so a burst (a new job for many citizens) reuses a few connections; short
  // timeouts, because delivery is awaited by the action that created the notification.
  const transport = url
    ? nodemailer.createTransport({ url, pool: true, maxConnections: 3, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 })
    : null;
  state = { url, transport };
  if (!transport && !loggedOff) {
    loggedOff = true;
    logger.debug("SMTP_URL is not set: notification e-mail is off");
  }
  return transport;
}

export const mailFrom = (): string => env.MAIL_FROM;

/** Base for absolute links in e-mail, when the site's address is configured. */
export const appBaseUrl = (): string | undefined => env.APP_URL;
