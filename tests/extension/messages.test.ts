// The message dispatcher: only our extension, only known shapes, and content scripts only with allowlisted types.
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SCRIPT_ALLOWLIST, checkMessage, createDispatcher } from '../../src/extension/messages';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const page = { id: ID, url: `${ORIGIN}popup.html` };
const contentScript = { id: ID, url: 'https://school.example/', tab: { id: 3 }, frameId: 0 };

describe('checkMessage', () => {
  it('accepts known messages from extension pages', () => {
    expect(checkMessage({ type: 'open-audit-log' }, page, ID, ORIGIN)).toMatchObject({ ok: true });
  });
  it('rejects content-script messages whose type is not on the allowlist', () => {
    expect(CONTENT_SCRIPT_ALLOWLIST.has('open-audit-log')).toBe(false);
    expect(checkMessage({ type: 'open-audit-log' }, contentScript, ID, ORIGIN)).toMatchObject({ ok: false });
  });
  it('rejects other extensions, unknown types and malformed payloads', () => {
    expect(checkMessage({ type: 'ping' }, { ...page, id: 'other' }, ID, ORIGIN).ok).toBe(false);
    expect(checkMessage({ type: 'delete-everything' }, page, ID, ORIGIN).ok).toBe(false);
    expect(checkMessage({ type: 'open-audit-log', auditId: 42 }, page, ID, ORIGIN).ok).toBe(false);
    expect(checkMessage('ping', page, ID, ORIGIN).ok).toBe(false);
  });
  it('opens only web pages for Show on page', () => {
    expect(checkMessage({ type: 'show-on-page', url: 'https://school.example/privacy', quote: 'we collect' }, page, ID, ORIGIN).ok).toBe(
      true,
    );
    expect(checkMessage({ type: 'show-on-page', url: 'javascript:alert(1)', quote: 'x' }, page, ID, ORIGIN).ok).toBe(false);
    expect(checkMessage({ type: 'show-on-page', url: 'https://school.example/', quote: 'x' }, contentScript, ID, ORIGIN).ok).toBe(false);
  });
});

describe('createDispatcher', () => {
  it('calls the handler only for accepted messages', async () => {
    const open = vi.fn(() => ({ ok: true }));
    const dispatch = createDispatcher(
      { 'open-audit-log': open, ping: () => 'pong', 'show-on-page': () => ({ highlighted: false }) },
      ID,
      ORIGIN,
    );
    expect(await dispatch({ type: 'ping' }, page)).toBe('pong');
    expect(await dispatch({ type: 'open-audit-log' }, contentScript)).toMatchObject({ error: expect.stringContaining('content scripts') });
    expect(open).not.toHaveBeenCalled();
    await dispatch({ type: 'open-audit-log', auditId: 'a1' }, page);
    expect(open).toHaveBeenCalledOnce();
  });
});
