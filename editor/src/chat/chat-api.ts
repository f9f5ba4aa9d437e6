/**
 * The widget's client of the public chat API. Every message POST carries a fresh
 * `clientMessageId`; when the network fails (or a proxy answers 502/503/504) the same
 * POST is retried with the same id, which the server answers at most once.
 */
import type { Locale } from '@kefu/schemas';
import { ChatApiError, type ApiMessage, type Rating, type StartedConversation, type TurnResult } from './api-types';

export interface ChatApiOptions {
  fetch?: typeof fetch;
  /** Waits between attempts, in ms; its length is the number of retries. */
  retryDelays?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
  newId?: () => string;
}

export interface Outgoing {
  text?: string;
  choiceId?: string;
}

const RETRYABLE_STATUSES = new Set([502, 503, 504]);
const BASE = '/api/v1/conversations';

async function errorFrom(response: Response): Promise<ChatApiError> {
  let code: string | null = null;
  let message = response.statusText || `HTTP ${response.status}`;
  try {
    const body: unknown = await response.json();
    const error = typeof body === 'object' && body !== null && 'error' in body ? body.error : body;
    if (typeof error === 'object' && error !== null) {
      if ('code' in error && typeof error.code === 'string') code = error.code;
      if ('message' in error && typeof error.message === 'string') message = error.message;
    }
  } catch {
    // not JSON: keep the status text
  }
  return new ChatApiError(response.status, code, message);
}

export class ChatApi {
  readonly #fetch: typeof fetch;
  readonly #retryDelays: readonly number[];
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #newId: () => string;

  constructor(options: ChatApiOptions = {}) {
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#retryDelays = options.retryDelays ?? [500, 1000, 2000, 4000];
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.#newId = options.newId ?? (() => crypto.randomUUID());
  }

  start(locale: Locale): Promise<StartedConversation> {
    return this.#request<StartedConversation>(BASE, { method: 'POST', body: JSON.stringify({ locale }) }, null);
  }

  /** Sends one customer message; the id is chosen once and reused by every retry. */
  send(conversationId: string, token: string, outgoing: Outgoing): Promise<TurnResult & { clientMessageId: string }> {
    const clientMessageId = this.#newId();
    const body = JSON.stringify({ clientMessageId, ...outgoing });
    return this.#request<TurnResult>(`${BASE}/${encodeURIComponent(conversationId)}/messages`, { method: 'POST', body }, token).then(
      (result) => ({ ...result, clientMessageId }),
    );
  }

  /** Messages with a sequence number above `after` (catch-up after a reconnect). */
  async after(conversationId: string, token: string, after: number): Promise<ApiMessage[]> {
    const url = `${BASE}/${encodeURIComponent(conversationId)}/messages?after=${after}`;
    const result = await this.#request<{ messages: ApiMessage[] }>(url, { method: 'GET' }, token);
    return result.messages;
  }

  /** 👍/👎 on a knowledge-base answer; the first vote is final, so the answer says which one stands. */
  rate(conversationId: string, token: string, messageSeq: number, rating: Rating): Promise<{ recorded: boolean; rating: Rating }> {
    const url = `${BASE}/${encodeURIComponent(conversationId)}/feedback`;
    return this.#request(url, { method: 'POST', body: JSON.stringify({ messageSeq, rating }) }, token);
  }

  async #request<T>(url: string, init: RequestInit, token: string | null): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (token !== null) headers.authorization = `Bearer ${token}`;
    for (let attempt = 0; ; attempt++) {
      let response: Response | null = null;
      let failure: unknown = null;
      try {
        response = await this.#fetch(url, { ...init, headers });
      } catch (error) {
        failure = error; // network error: the request may or may not have arrived
      }
      if (response?.ok) return (await response.json()) as T;
      const retryable = response === null || RETRYABLE_STATUSES.has(response.status);
      const delay = this.#retryDelays[attempt];
      if (!retryable || delay === undefined) {
        if (response) throw await errorFrom(response);
        throw failure instanceof Error ? failure : new Error(String(failure));
      }
      await this.#sleep(delay);
    }
  }
}
