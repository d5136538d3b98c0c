import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { type DraftFile, fetchDraft, openDraft, type ServerDraft, saveDraft } from '../api/drafts.api.ts';
import { browserStorages, clearLocalDrafts } from '../utils/draft.ts';
import { type ApplicantDetails, prefillFromAccount, type Question } from '../utils/wizard.ts';

/** The draft as the wizard edits it; the server's copy is the one that counts. */
export interface WizardDraft {
  id: string;
  idempotencyKey: string;
  values: Record<string, string>;
  applicant: ApplicantDetails;
  step: string | null;
  files: DraftFile[];
  expiresAt: string;
}

export type DraftChange = Partial<Pick<WizardDraft, 'values' | 'applicant' | 'step'>>;

/**
 * saved: the server has every change; saving: a save is on its way; unsaved: the last save failed (no
 * network…), the next change or the submission tries again; conflict: another tab saved meanwhile and the
 * wizard now shows that version.
 */
export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'conflict';

export interface ServerDraftState {
  draft: WizardDraft | null;
  /** Opening the draft failed. */
  problem: ApiProblem | null;
  saveStatus: SaveStatus;
  /** Changes apply at once on screen; saves follow one after another (autosave). */
  update: (change: DraftChange) => void;
  /** Waits for the saves; true when the server has everything. */
  flush: () => Promise<boolean>;
  /** The files as the server answered after an upload or a removal. */
  setFiles: (files: DraftFile[]) => void;
  /** The draft as it is now, for code that awaited (a render's `draft` may be older). */
  latest: () => WizardDraft | null;
}

const fromServer = (d: ServerDraft): WizardDraft => ({
  id: d.id,
  idempotencyKey: d.idempotencyKey,
  values: d.values,
  applicant: d.applicant,
  step: d.step,
  files: d.files,
  expiresAt: d.expiresAt,
});

/**
 * The signed-in citizen's draft of a procedure, kept on the server: opened (or started, then filled in from
 * the account) when the wizard mounts, saved after every page with If-Match. Nothing is written to the
 * browser's storage; older local copies are removed when the draft opens.
 */
export function useServerDraft(input: {
  procedureId: string;
  questions: readonly Question[];
}): ServerDraftState {
  const [draft, setDraft] = useState<WizardDraft | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('saved');
  const current = useRef<WizardDraft | null>(null);
  const version = useRef(0);
  const dirty = useRef(false);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const questions = useRef(input.questions);
  questions.current = input.questions;

  const show = useCallback((next: WizardDraft) => {
    current.current = next;
    setDraft(next);
  }, []);

  const saveNow = useCallback(async () => {
    const d = current.current;
    if (!d || !dirty.current) return;
    dirty.current = false;
    setSaveStatus('saving');
    try {
      const saved = await saveDraft(
        { id: d.id, version: version.current },
        { values: d.values, applicant: d.applicant, step: d.step },
      );
      version.current = saved.version;
      if (current.current) show({ ...current.current, expiresAt: saved.expiresAt });
      setSaveStatus(dirty.current ? 'saving' : 'saved');
    } catch (error) {
      const p = toApiProblem(error);
      if (p.status === 412) {
        // Another tab saved first: show its version rather than overwrite it.
        try {
          const latest = await fetchDraft(d.id);
          version.current = latest.version;
          show(fromServer(latest));
          setSaveStatus('conflict');
          return;
        } catch {
          // Fall through: treated as not saved, tried again later.
        }
      }
      dirty.current = true;
      setSaveStatus('unsaved');
    }
  }, [show]);

  const enqueue = useCallback(() => {
    queue.current = queue.current.then(saveNow);
    return queue.current;
  }, [saveNow]);

  useEffect(() => {
    let cancelled = false;
    clearLocalDrafts(browserStorages());
    openDraft(input.procedureId)
      .then((opened) => {
        if (cancelled) return;
        version.current = opened.version;
        const loaded = fromServer(opened);
        // A draft never saved (version 1) is new: fill in what the account knows.
        if (opened.created || opened.version === 1) {
          show({
            ...loaded,
            ...prefillFromAccount({
              questions: questions.current,
              values: loaded.values,
              applicant: loaded.applicant,
              account: opened.account,
            }),
          });
          dirty.current = true;
          void enqueue();
        } else {
          show(loaded);
        }
      })
      .catch((error: unknown) => {
        if (!cancelled) setProblem(toApiProblem(error));
      });
    return () => {
      cancelled = true;
    };
  }, [input.procedureId, enqueue, show]);

  const update = useCallback(
    (change: DraftChange) => {
      if (!current.current) return;
      show({ ...current.current, ...change });
      dirty.current = true;
      void enqueue();
    },
    [enqueue, show],
  );

  const flush = useCallback(async () => {
    await queue.current;
    if (dirty.current) await enqueue();
    return !dirty.current;
  }, [enqueue]);

  const setFiles = useCallback(
    (files: DraftFile[]) => {
      if (current.current) show({ ...current.current, files });
    },
    [show],
  );

  const latest = useCallback(() => current.current, []);

  return { draft, problem, saveStatus, update, flush, setFiles, latest };
}
