/**
 * One simulated conversation with the draft being edited. The server is stateless: we
 * keep the engine state from its last answer and send it back with each event. The
 * path and the waiting node are pushed to the canvas through `highlight`.
 */
import type { FlowDocument } from '@kefu/schemas';
import { useCallback, useEffect, useRef, useState } from 'react';
import { trpcClient } from '../api/trpc';
import { errorMessageOf, serverProblemsOf, type ServerProblem } from '../publish/server-problems';
import { activeNodeOf, appendStep, emptyLog, type SimulatorLog } from './simulator-log';

export type SimulatorInput = { text: string } | { choiceId: string; label: string } | { timeout: true };

export interface Simulator {
  log: SimulatorLog;
  busy: boolean;
  error: string | null;
  problems: ServerProblem[];
  start(): void;
  send(input: SimulatorInput): void;
}

export function useSimulator(document: FlowDocument, highlight: (nodeIds: readonly string[], activeId: string | null) => void): Simulator {
  const [log, setLog] = useState<SimulatorLog>(emptyLog);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<ServerProblem[]>([]);
  // The latest document, without restarting the conversation on every edit.
  const documentRef = useRef(document);
  documentRef.current = document;
  const logRef = useRef(log);
  logRef.current = log;

  const run = useCallback(async (customerText: string | null, call: () => Promise<Parameters<typeof appendStep>[2]>, from: SimulatorLog) => {
    setBusy(true);
    setError(null);
    setProblems([]);
    try {
      const step = await call();
      const next = appendStep(from, customerText, step, documentRef.current.id);
      setLog(next);
    } catch (failure) {
      setError(errorMessageOf(failure));
      setProblems(serverProblemsOf(failure));
    } finally {
      setBusy(false);
    }
  }, []);

  const start = useCallback(() => {
    const document = documentRef.current;
    void run(null, () => trpcClient.simulator.start.mutate({ document }), emptyLog);
  }, [run]);

  const send = useCallback(
    (input: SimulatorInput) => {
      const current = logRef.current;
      const state = current.last?.state;
      if (!state) return;
      const document = documentRef.current;
      const event = 'timeout' in input ? { timeout: true as const } : 'choiceId' in input ? { choiceId: input.choiceId } : { text: input.text };
      const shown = 'timeout' in input ? null : 'choiceId' in input ? input.label : input.text;
      void run(shown, () => trpcClient.simulator.send.mutate({ document, state, event }), current);
    },
    [run],
  );

  const flowId = document.id;
  useEffect(() => {
    highlight(log.path, activeNodeOf(log, flowId));
  }, [log, flowId, highlight]);
  // Leaving the simulator clears the canvas marks.
  useEffect(() => () => highlight([], null), [highlight]);

  return { log, busy, error, problems, start, send };
}
