// The one runtime message dispatcher: extension pages may send any known type; content scripts only allowlisted ones.
import { z } from 'zod';

export const MessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open-audit-log'), auditId: z.string().max(100).optional() }),
  z.object({ type: z.literal('ping') }),
  // Sent by the popup, which closes as the new tab opens: the background opens the page and highlights the quote.
  z.object({
    type: z.literal('show-on-page'),
    url: z
      .string()
      .max(8_000)
      .regex(/^https?:\/\//i),
    quote: z.string().max(2_000),
  }),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

/**
 * Content scripts run in pages the extension does not control, so anything they send is treated as the page
 * speaking. The gatherer returns its capture through scripting.executeScript and sends nothing, so no type is
 * allowed from content scripts today; a type is added here only when a content script must send it.
 */
export const CONTENT_SCRIPT_ALLOWLIST: ReadonlySet<MessageType> = new Set<MessageType>([]);

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
  frameId?: number;
}

export type Handlers = { [T in MessageType]: (message: Extract<Message, { type: T }>, sender: SenderInfo) => Promise<unknown> | unknown };

export type Verdict = { ok: true; message: Message } | { ok: false; reason: string };

/** Decide whether a message may be handled: our own extension, a known shape, and the allowlist for content scripts. */
export function checkMessage(raw: unknown, sender: SenderInfo, extensionId: string, extensionOrigin: string): Verdict {
  if (sender.id !== extensionId) return { ok: false, reason: 'message from another extension or a web page' };
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'unknown message type or shape' };
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  if (!fromExtensionPage && !CONTENT_SCRIPT_ALLOWLIST.has(parsed.data.type)) {
    return { ok: false, reason: `content scripts may not send "${parsed.data.type}"` };
  }
  return { ok: true, message: parsed.data };
}

/** Build the runtime.onMessage listener. Rejected messages get an error reply and are never handled. */
export function createDispatcher(handlers: Handlers, extensionId: string, extensionOrigin: string) {
  return (raw: unknown, sender: SenderInfo): Promise<unknown> => {
    const verdict = checkMessage(raw, sender, extensionId, extensionOrigin);
    if (!verdict.ok) return Promise.resolve({ error: verdict.reason });
    const handler = handlers[verdict.message.type] as (m: Message, s: SenderInfo) => unknown;
    return Promise.resolve(handler(verdict.message, sender));
  };
}
