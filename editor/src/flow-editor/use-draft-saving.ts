/**
 * Saving a draft: autosave a moment after the last change, a save button, and what
 * happens when someone else saved first. A stale save is never retried blindly; the
 * user chooses: reload theirs, keep mine (after seeing what differs), or save mine as
 * a copy.
 */
import type { FlowDocument } from '@kefu/schemas';
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import { reportAuthProblem, trpcCodeOf } from '../api/auth-problems';
import { queryClient, trpc, trpcClient } from '../api/trpc';
import { navigate } from '../routing/router-state';
import type { EditorAction, EditorState } from './editor-state';

export const AUTOSAVE_DELAY_MS = 2000;
/** After a failed save (network, server), the next attempt waits longer. */
export const RETRY_DELAY_MS = 10_000;

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'error';

/** The other side of a conflict: their document and revision, or null when the draft was deleted. */
export interface Conflict {
  theirs: { document: FlowDocument; revision: number } | null;
}

export interface DraftSaving {
  status: SaveStatus;
  revision: number;
  error: string | null;
  conflict: Conflict | null;
  save(): Promise<boolean>;
  reloadTheirs(): void;
  keepMine(): Promise<boolean>;
  copyMine(): Promise<boolean>;
  /** A publish stored the saved document again as `revision`: take that revision without saving. */
  adoptRevision(revision: number): void;
}

const COPY_ATTEMPTS = 5;

async function fetchTheirs(flowId: string): Promise<Conflict['theirs']> {
  try {
    const draft = await trpcClient.flows.getDraft.query({ flowId });
    return { document: draft.document, revision: draft.summary.revision };
  } catch (error) {
    if (trpcCodeOf(error) === 'NOT_FOUND') return null;
    throw error;
  }
}

/** Creates a draft `id` holding `document` (renamed to it); false when that id is taken. */
async function saveAsNewDraft(document: FlowDocument, id: string, name: string): Promise<boolean> {
  try {
    const created = await trpcClient.drafts.create.mutate({ from: 'blank', flowId: id, name, locale: document.locale });
    await trpcClient.drafts.save.mutate({ document: { ...document, id, name }, expectedRevision: created.summary.revision });
    return true;
  } catch (error) {
    if (trpcCodeOf(error) === 'CONFLICT') return false;
    throw error;
  }
}

export function useDraftSaving(state: EditorState, dispatch: Dispatch<EditorAction>): DraftSaving {
  const present = state.history.present;
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  // Counts failed saves, so each failure schedules the next retry.
  const [failures, setFailures] = useState(0);
  const inFlight = useRef(false);
  // Callbacks read the latest state without being re-created on every keystroke.
  const latest = useRef(state);
  latest.current = state;

  const fail = useCallback((caught: unknown) => {
    reportAuthProblem(caught);
    setError(caught instanceof Error ? caught.message : String(caught));
    setFailures((count) => count + 1);
  }, []);

  const saveOn = useCallback(
    async (expectedRevision: number): Promise<boolean> => {
      if (inFlight.current) return false;
      inFlight.current = true;
      setSaving(true);
      const document = latest.current.history.present;
      try {
        const summary = await trpcClient.drafts.save.mutate({ document, expectedRevision });
        dispatch({ kind: 'saved', document, revision: summary.revision });
        // The flows page lists drafts with their revision and time.
        void queryClient.invalidateQueries({ queryKey: trpc.flows.list.queryKey() });
        setError(null);
        setConflict(null);
        return true;
      } catch (caught) {
        if (trpcCodeOf(caught) === 'CONFLICT') {
          try {
            setConflict({ theirs: await fetchTheirs(document.id) });
          } catch (fetchError) {
            fail(fetchError);
          }
        } else fail(caught);
        return false;
      } finally {
        inFlight.current = false;
        setSaving(false);
      }
    },
    [dispatch, fail],
  );

  /** Saves now; true when the draft is saved (at once when nothing changed since the last save). */
  const save = useCallback(async () => {
    const { history, saved, revision } = latest.current;
    if (history.present === saved) return true;
    return saveOn(revision);
  }, [saveOn]);

  const dirty = present !== state.saved;
  useEffect(() => {
    if (!dirty || conflict !== null) return;
    const timer = window.setTimeout(() => void save(), error === null ? AUTOSAVE_DELAY_MS : RETRY_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [present, dirty, conflict, error, failures, save]);

  const reloadTheirs = useCallback(() => {
    const theirs = conflict?.theirs;
    if (theirs) dispatch({ kind: 'load', document: theirs.document, revision: theirs.revision });
    setConflict(null);
  }, [conflict, dispatch]);

  const copyMine = useCallback(async (): Promise<boolean> => {
    const document = latest.current.history.present;
    try {
      for (let attempt = 1; attempt <= COPY_ATTEMPTS; attempt += 1) {
        const id = `${document.id.slice(0, 55)}-copy${attempt === 1 ? '' : `-${attempt}`}`;
        if (await saveAsNewDraft(document, id, `${document.name} (copy)`)) {
          setConflict(null);
          // The copy holds this work now; the stale editor must not warn or save again.
          dispatch({ kind: 'saved', document, revision: latest.current.revision });
          navigate(`/drafts/${encodeURIComponent(id)}`);
          return true;
        }
      }
    } catch (caught) {
      fail(caught);
    }
    return false;
  }, [dispatch, fail]);

  const keepMine = useCallback(async (): Promise<boolean> => {
    const theirs = conflict?.theirs;
    if (theirs) return saveOn(theirs.revision);
    // Their side deleted the draft: keeping mine creates it again.
    const document = latest.current.history.present;
    try {
      const created = await trpcClient.drafts.create.mutate({ from: 'blank', flowId: document.id, name: document.name, locale: document.locale });
      dispatch({ kind: 'saved', document: latest.current.saved, revision: created.summary.revision });
      return await saveOn(created.summary.revision);
    } catch (caught) {
      fail(caught);
      return false;
    }
  }, [conflict, saveOn, dispatch, fail]);

  const adoptRevision = useCallback((revision: number) => dispatch({ kind: 'saved', document: latest.current.saved, revision }), [dispatch]);

  const status: SaveStatus = conflict ? 'conflict' : saving ? 'saving' : error ? 'error' : dirty ? 'unsaved' : 'saved';
  return { status, revision: state.revision, error, conflict, save, reloadTheirs, keepMine, copyMine, adoptRevision };
}
