/** A plan's notices and the steps on them, refetched after every step. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../api/client.ts';
import type { Notice } from '../../api/types.ts';

export const useNotices = (planId: number | null) =>
  useQuery({
    queryKey: ['notices', planId],
    queryFn: () => get<Notice[]>(`/api/plans/${planId}/notices`),
    enabled: planId !== null,
  });

/** POST /api/notices/:id/<step> with the version the page read. */
export function useNoticeStep() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ notice, step, body }: { notice: Notice; step: string; body?: object }) =>
      post<unknown>(`/api/notices/${notice.id}/${step}`, { version: notice.version, ...body }),
    onSettled: () => client.invalidateQueries({ queryKey: ['notices'] }),
  });
}
