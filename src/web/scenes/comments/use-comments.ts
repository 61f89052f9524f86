/** The comments queue and the steps on a comment, as server state. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get, post, put } from '../../api/client.ts';
import type { Comment } from '../../api/types.ts';

export type CommentFilter = 'open' | 'pending' | 'rejected' | 'all';

const QUERY: Record<CommentFilter, Record<string, string>> = {
  open: { unanswered: 'true' },
  pending: { state: 'pending' },
  rejected: { state: 'rejected' },
  all: {},
};

export const useComments = (filter: CommentFilter) =>
  useQuery({
    queryKey: ['comments', filter],
    queryFn: () => get<Comment[]>('/api/comments', QUERY[filter]),
  });

export type CommentStep =
  | { action: 'approve' }
  | { action: 'reject'; reason: string }
  | { action: 'assign'; unitId?: number }
  | { action: 'draft'; text: string }
  | { action: 'answer'; text: string };

/** Sends a step from the version shown; a 409 refreshes the list, so the user sees who won. */
export function useCommentStep(onStale: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ comment, step }: { comment: Comment; step: CommentStep }) => {
      const { action, ...body } = step;
      const url = `/api/comments/${comment.id}/${action}`;
      const payload = { version: comment.version, ...body };
      return action === 'draft' ? put<Comment>(url, payload) : post<Comment>(url, payload);
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['comments'] }),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) onStale();
    },
  });
}

export const readContact = (id: number) =>
  get<{ contact: string | null }>(`/api/comments/${id}/contact`);
