/** Who is signed in, signing in and out: server state through TanStack Query. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from './client.ts';
import type { Me } from './types.ts';

export const ME_KEY = ['me'] as const;

export const useMe = () => useQuery({ queryKey: ME_KEY, queryFn: () => get<Me>('/api/auth/me') });

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; password: string }) =>
      post<Me & { csrfToken: string }>('/api/auth/login', body),
    onSuccess: async () => {
      // Everything cached belonged to the anonymous visitor.
      client.clear();
      await client.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => post<void>('/api/auth/logout'),
    onSuccess: () => {
      client.clear();
      client.setQueryData(ME_KEY, undefined);
      void client.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}
