/** Who is signed in, signing in and out: server state through TanStack Query. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from './client.ts';
import type { Me } from './types.ts';

export const ME_KEY = ['me'] as const;

/**
 * Set while this tab holds a session it opened: finding oneself anonymous with it still set
 * means the server ended the session (idle or absolute timeout, an administrator), not a sign-out.
 */
const SIGNED_IN_FLAG = 'minsheng.signedIn';

/** True if the session this tab opened ended without the user signing out. */
export const sessionEndedByServer = (): boolean => sessionStorage.getItem(SIGNED_IN_FLAG) === '1';

/** Forgets the mark once the login page has said so. */
export const forgetSessionEnd = (): void => sessionStorage.removeItem(SIGNED_IN_FLAG);

export const useMe = () => useQuery({ queryKey: ME_KEY, queryFn: () => get<Me>('/api/auth/me') });

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; password: string; totp?: string }) =>
      post<Me & { csrfToken: string }>('/api/auth/login', body),
    onSuccess: ({ csrfToken: _, ...me }) => {
      sessionStorage.setItem(SIGNED_IN_FLAG, '1');
      // Everything cached belonged to the anonymous visitor; who we are now, the answer says.
      client.clear();
      client.setQueryData(ME_KEY, me);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => post<void>('/api/auth/logout'),
    onSuccess: () => {
      sessionStorage.removeItem(SIGNED_IN_FLAG);
      client.clear();
      client.setQueryData(ME_KEY, undefined);
      void client.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}
