/**
 * Saving and submitting a report from the form: the first save creates the draft, later saves
 * name the version they started from. A save or submit from a stale version comes back as a
 * conflict carrying the current report, for the form to offer reloading it.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, post, put } from '../../api/client.ts';
import type { Report, ReportInput } from '../../api/types.ts';

export interface DraftTarget {
  itemId: number;
  periodId: number;
  /** The report as last read or saved; null before the first save. */
  report: Report | null;
}

/** The current report a 409 carries, if it is one. */
export function conflictOf(error: unknown): Report | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const current = (error.details as { current?: Report } | undefined)?.current;
  return current ?? null;
}

export function useReportDraft(target: DraftTarget, onSaved: (report: Report) => void) {
  const client = useQueryClient();
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['item', target.itemId] });
    void client.invalidateQueries({ queryKey: ['items'] });
  };
  const save = async (content: ReportInput): Promise<Report> => {
    const saved = target.report
      ? await put<Report>(`/api/reports/${target.report.id}`, {
          version: target.report.version,
          ...content,
        })
      : await post<Report>('/api/reports', {
          itemId: target.itemId,
          periodId: target.periodId,
          ...content,
        });
    onSaved(saved);
    return saved;
  };
  const saveDraft = useMutation({ mutationFn: save, onSuccess: refresh });
  const submit = useMutation({
    mutationFn: async (content: ReportInput) => {
      const saved = await save(content);
      const submitted = await post<Report>(`/api/reports/${saved.id}/submit`, {
        version: saved.version,
      });
      onSaved(submitted);
      return submitted;
    },
    onSuccess: refresh,
  });
  return { saveDraft, submit };
}
