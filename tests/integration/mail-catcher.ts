import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { configureSmtpUrl } from "@/lib/mail/transport";

// A real SMTP server on a local port that keeps what it receives, decoded for reading: the
// headers unfolded, the body's quoted-printable undone. `refuse` makes it reject recipients
// (an SMTP error for that one mail), to test what happens when sending fails halfway.

export type CaughtMail = { to: string[]; headers: string; text: string };

/** The mail body as text: soft line breaks joined, =XX bytes decoded as UTF-8. */
function decodeQuotedPrintable(raw: string): string {
  return Buffer.from(raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");
}

export function mailCatcher() {
  const received: CaughtMail[] = [];
  const state: { refuse: (address: string) => boolean } = { refuse: () => false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(state.refuse(address.address) ? Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }) : undefined);
    },
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        const cut = raw.indexOf("\r\n\r\n");
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), headers: raw.slice(0, cut).replace(/\r\n[ \t]+/g, " "), text: decodeQuotedPrintable(raw.slice(cut + 4)) });
        callback();
      });
    },
  });
  return {
    received,
    state,
    mailsTo: (address: string) => received.filter((m) => m.to.includes(address.toLowerCase())),
    async start() {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      configureSmtpUrl(`smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
    },
    async stop() {
      configureSmtpUrl(null);
      await new Promise<void>((resolve) => server.close(resolve));
    },
  };
}

/** A header's value ("List-Unsubscribe"), or undefined. */
export function header(mail: CaughtMail, name: string): string | undefined {
  const line = mail.headers.split("\r\n").find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}
