import { useEffect, useRef } from 'react';

/** The close code the server uses when the session behind a console socket has ended. */
export const SESSION_ENDED_CLOSE_CODE = 4401;
const MAX_BACKOFF_MS = 30_000;

/**
 * Keeps the console WebSocket open while someone is signed in. The server closes it with
 * 4401 within seconds of the session ending (logout in another tab, password change, an
 * admin ending the session, a timeout), so the console leaves even when the user is idle.
 * Other closes (a restart, a proxy) reconnect with a growing delay.
 */
export function useConsoleSocket(userId: string | null, onSessionEnded: () => void): void {
  const ended = useRef(onSessionEnded);
  ended.current = onSessionEnded;

  useEffect(() => {
    if (userId === null) return;
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let attempts = 0;
    let stopped = false;

    const connect = () => {
      const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
      socket = new WebSocket(`${scheme}//${window.location.host}/api/v1/console/ws`);
      socket.onopen = () => {
        attempts = 0;
      };
      socket.onclose = (event) => {
        socket = null;
        if (stopped) return;
        if (event.code === SESSION_ENDED_CLOSE_CODE) {
          ended.current();
          return;
        }
        const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempts++);
        timer = setTimeout(connect, delay);
      };
    };
    connect();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      socket?.close(1000);
    };
  }, [userId]);
}
