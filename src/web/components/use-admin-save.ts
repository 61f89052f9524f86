/**
 * A write the office makes from an administration table: on success the tables reload; when
 * someone else changed the row first (409), the message says so and the tables reload too, so
 * the next try starts from what is stored.
 */
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiError } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import { useErrorText } from './ErrorNotice.tsx';

export function useAdminSave<I, O>(write: (input: I) => Promise<O>, reload: QueryKey[]) {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const refresh = () => {
    for (const key of reload) void client.invalidateQueries({ queryKey: key });
  };
  return useMutation({
    mutationFn: write,
    onSuccess: () => {
      void message.success(t('common.saved'));
      refresh();
    },
    onError: (error) => {
      void message.error(errorText(error));
      if (error instanceof ApiError && error.status === 409) refresh();
    },
  });
}
