/** A refusal or failure shown in the user's language, with a retry when one makes sense. */
import { Alert, Button } from 'antd';
import { ApiError } from '../api/client.ts';
import { useLang, useT } from '../i18n/i18n.tsx';

/** The message of any error in the current language. */
export function useErrorText() {
  const { lang } = useLang();
  return (error: unknown): string => {
    if (error instanceof ApiError) return lang === 'zh' ? error.message : error.messageEn;
    return error instanceof Error ? error.message : String(error);
  };
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const text = useErrorText();
  return (
    <Alert
      type="error"
      showIcon
      title={text(error)}
      action={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}
