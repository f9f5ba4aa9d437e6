/**
 * One test conversation with the published flows: starts it in the console language,
 * keeps a WebSocket open for pushed messages and catches up with `after` whenever the
 * socket (re)opens and after each send, so nothing said while disconnected is lost.
 */
import type { Locale } from '@kefu/schemas';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Rating } from './api-types';
import { ChatApi } from './chat-api';
import { chatReducer, contiguousSeq, initialChatState, type ChatState } from './chat-state';
import { parsePush } from './parse-push';

export type Connection = 'starting' | 'live' | 'reconnecting' | 'closed';

interface Session {
  conversationId: string;
  token: string;
}

const RECONNECT_DELAYS = [500, 1000, 2000, 5000, 10000];

/** The socket replays everything after `after` before pushing live messages: a reconnect loses nothing. */
function socketUrl({ conversationId, token }: Session, after: number): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  const query = new URLSearchParams({ token, after: String(after) });
  return `${scheme}//${window.location.host}/api/v1/conversations/${encodeURIComponent(conversationId)}/ws?${query}`;
}

export interface Chat {
  /** Null until the conversation has started. */
  conversationId: string | null;
  state: ChatState;
  connection: Connection;
  error: string | null;
  send(outgoing: { text: string; choiceId?: string }): void;
  /** Ratings given in this session by message seq (stored ones come on the messages). */
  ratings: Readonly<Record<number, Rating>>;
  rate(seq: number, rating: Rating): void;
  restart(): void;
}

export function useChat(locale: Locale): Chat {
  const [api] = useState(() => new ChatApi());
  const [state, dispatch] = useReducer(chatReducer, initialChatState);
  const [session, setSession] = useState<Session | null>(null);
  const [connection, setConnection] = useState<Connection>('starting');
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [ratings, setRatings] = useState<Record<number, Rating>>({});
  const stateRef = useRef(state);
  stateRef.current = state;

  // Start a conversation (again when the language changes or the user restarts).
  useEffect(() => {
    let cancelled = false;
    dispatch({ type: 'reset' });
    setRatings({});
    setSession(null);
    setError(null);
    setConnection('starting');
    api.start(locale).then(
      (started) => {
        if (cancelled) return;
        dispatch({ type: 'received', messages: started.messages, status: started.status ?? 'active' });
        setSession({ conversationId: started.conversationId, token: started.token });
      },
      (failure: unknown) => {
        if (cancelled) return;
        setError(failure instanceof Error ? failure.message : String(failure));
        setConnection('closed');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, locale, generation]);

  // Keep a socket open while the conversation lives; catch up on every (re)connect.
  useEffect(() => {
    if (!session) return;
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let stopped = false;

    const connect = () => {
      socket = new WebSocket(socketUrl(session, contiguousSeq(stateRef.current.messages)));
      socket.onopen = () => {
        attempt = 0;
        setConnection('live');
      };
      socket.onmessage = (event) => {
        const pushed = typeof event.data === 'string' ? parsePush(event.data) : null;
        if (pushed) dispatch({ type: 'received', messages: pushed.messages, ...(pushed.status ? { status: pushed.status } : {}) });
      };
      socket.onclose = () => {
        if (stopped) return;
        if (stateRef.current.status === 'ended') {
          setConnection('closed'); // nothing more will be said
          return;
        }
        setConnection('reconnecting');
        const delay = RECONNECT_DELAYS[Math.min(attempt, RECONNECT_DELAYS.length - 1)];
        attempt += 1;
        timer = setTimeout(connect, delay);
      };
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    };
  }, [api, session]);

  const send = useCallback(
    (outgoing: { text: string; choiceId?: string }) => {
      if (!session) return;
      const clientKey = crypto.randomUUID();
      dispatch({ type: 'sending', clientKey, text: outgoing.text });
      api.send(session.conversationId, session.token, outgoing).then(
        async (result) => {
          dispatch({ type: 'received', messages: result.messages, status: result.status });
          // The answer holds the bot's replies; the customer's own stored message comes by
          // push or, when the socket is down, by this catch-up.
          try {
            const missing = await api.after(session.conversationId, session.token, contiguousSeq(stateRef.current.messages));
            dispatch({ type: 'received', messages: missing });
          } catch {
            // the socket's replay on reconnect fills the gap
          }
        },
        (failure: unknown) => {
          dispatch({ type: 'send-failed', clientKey, error: failure instanceof Error ? failure.message : String(failure) });
        },
      );
    },
    [api, session],
  );

  const rate = useCallback(
    (seq: number, rating: Rating) => {
      if (!session) return;
      setRatings((current) => ({ ...current, [seq]: rating }));
      api.rate(session.conversationId, session.token, seq, rating).then(
        (result) => setRatings((current) => ({ ...current, [seq]: result.rating })),
        (failure: unknown) => {
          setRatings(({ [seq]: _dropped, ...rest }) => rest);
          setError(failure instanceof Error ? failure.message : String(failure));
        },
      );
    },
    [api, session],
  );

  const restart = useCallback(() => setGeneration((value) => value + 1), []);
  return { conversationId: session?.conversationId ?? null, state, connection, error, send, ratings, rate, restart };
}
