import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server for tests (smtp-server), keeping every message it accepts parsed with mailparser. Recipients
// whose address starts with "refuse" are refused, to test what the app does when the mail server says no.

export type SmtpCapture = {
  url: string;
  messages: ParsedMail[];
  /** The newest message to `to` that arrived after `since` messages had been captured, waiting up to `timeoutMs`. */
  waitForMessage: (to: string, options?: { since?: number; timeoutMs?: number }) => Promise<ParsedMail>;
  close: () => Promise<void>;
};

export async function startSmtpCapture(port = 0): Promise<SmtpCapture> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: 1024 * 1024,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("refuse")) callback(new Error("550 mailbox unavailable"));
      else callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          callback();
        },
        (e: Error) => callback(e),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const boundPort = typeof address === "object" && address ? address.port : port;
  const recipients = (mail: ParsedMail) =>
    [mail.to].flat().flatMap((a) => a?.value.map((v) => v.address?.toLowerCase()) ?? []);

  async function waitForMessage(to: string, { since = 0, timeoutMs = 10_000 } = {}): Promise<ParsedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = messages
        .slice(since)
        .filter((m) => recipients(m).includes(to.toLowerCase()))
        .at(-1);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`no e-mail to ${to} within ${timeoutMs} ms (${messages.length} captured)`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  return {
    url: `smtp://127.0.0.1:${boundPort}`,
    messages,
    waitForMessage,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a message's plain-text part that starts with `prefix`. */
export function linkFrom(mail: ParsedMail, prefix: string): string {
  const link = (mail.text ?? "").split(/\s+/).find((word) => word.startsWith(prefix));
  if (!link) throw new Error(`no link starting with ${prefix} in the message "${mail.subject}"`);
  return link;
}
