/** The deputies' year as server state: windows, proposals, candidates, votes, ratings. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { message } from 'antd';
import { get, post, put } from '../../api/client.ts';
import type {
  Candidate,
  Proposal,
  ProposalWindow,
  RatingSession,
  VoteSession,
} from '../../api/types.ts';
import { useErrorText } from '../../components/ErrorNotice.tsx';

export const useWindows = (enabled: boolean) =>
  useQuery({
    queryKey: ['congress', 'windows'],
    queryFn: () => get<ProposalWindow[]>('/api/congress/windows'),
    enabled,
  });

export const useProposals = (year: number, enabled: boolean) =>
  useQuery({
    queryKey: ['congress', 'proposals', year],
    queryFn: () => get<Proposal[]>('/api/congress/proposals', { year: String(year) }),
    enabled,
  });

export const useCandidates = (year: number) =>
  useQuery({
    queryKey: ['congress', 'candidates', year],
    queryFn: () => get<Candidate[]>('/api/congress/candidates', { year: String(year) }),
  });

export const useVotes = () =>
  useQuery({
    queryKey: ['congress', 'votes'],
    queryFn: () => get<VoteSession[]>('/api/congress/votes'),
  });

export const useRatings = () =>
  useQuery({
    queryKey: ['congress', 'ratings'],
    queryFn: () => get<RatingSession[]>('/api/congress/ratings'),
  });

/** Any write of the scene; every list of the scene is read again after it. */
export function useCongressWrite() {
  const client = useQueryClient();
  const errorText = useErrorText();
  return useMutation({
    mutationFn: ({ method, url, body }: { method: 'POST' | 'PUT'; url: string; body: unknown }) =>
      method === 'POST' ? post<unknown>(url, body) : put<unknown>(url, body),
    // Every refusal shows the server's reason in the user's language, wherever the write was.
    onError: (error) => void message.error(errorText(error)),
    onSettled: () => client.invalidateQueries({ queryKey: ['congress'] }),
  });
}
