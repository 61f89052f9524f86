/**
 * When any request is refused as unauthenticated (the server ended the session: idle timeout,
 * absolute end, an administrator), ask who we are again, so the frame sends the user to the
 * login page instead of leaving error boxes on every card.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ApiError } from '../../api/client.ts';
import { ME_KEY } from '../../api/session.ts';

const unauthenticated = (error: unknown) =>
  error instanceof ApiError && error.status === 401 && error.code === 'unauthenticated';

export function useSessionEnd(): void {
  const client = useQueryClient();
  useEffect(() => {
    const recheck = () => void client.invalidateQueries({ queryKey: ME_KEY });
    const queries = client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && unauthenticated(event.query.state.error)) recheck();
    });
    const mutations = client.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && unauthenticated(event.mutation?.state.error)) recheck();
    });
    return () => {
      queries();
      mutations();
    };
  }, [client]);
}
