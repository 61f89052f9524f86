/**
 * Every setting of the server's registry as a form field by its type, grouped by area, each with
 * its default. A save sends only the changed settings with the versions read: if someone saved
 * one of them since, the server answers 409, nothing changes, and the page shows the latest.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Form, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { ApiError, get, put } from '../../api/client.ts';
import type { Setting } from '../../api/types.ts';
import { ErrorNotice, useErrorText } from '../../components/ErrorNotice.tsx';
import { useLang, useT } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { type Schema, SettingField } from './SettingField.tsx';

const GROUPS = ['public', 'auth', 'audit', 'supervision', 'reminders', 'mail'] as const;
const groupOf = (key: string) => {
  const prefix = key.split('.')[0] ?? '';
  return (GROUPS as readonly string[]).includes(prefix) ? prefix : 'other';
};

/** A secret's stored value reads as a mask: the field starts empty and sends only what is typed. */
const initialOf = (s: Setting) => (s.secret ? null : s.value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export default function SettingsScene() {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Record<string, unknown>>();
  const settings = useQuery({
    queryKey: ['settings'],
    queryFn: () => get<Setting[]>('/api/settings'),
  });
  const rows = settings.data ?? [];
  const save = useMutation({
    mutationFn: (body: { values: Record<string, unknown>; versions: Record<string, number> }) =>
      put<Setting[]>('/api/settings', body),
    onSuccess: (_, body) => {
      void message.success(t('settings.saved', { n: Object.keys(body.values).length }));
      void settings.refetch();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void message.warning(t('settings.conflict'));
        void settings.refetch();
      } else void message.error(errorText(error));
    },
  });
  const submit = (values: Record<string, unknown>) => {
    const changed = rows.filter((s) =>
      s.secret
        ? values[s.key] !== null && values[s.key] !== undefined
        : !same(values[s.key], s.value),
    );
    if (changed.length === 0) return void message.info(t('settings.nothing'));
    save.mutate({
      values: Object.fromEntries(changed.map((s) => [s.key, values[s.key]])),
      versions: Object.fromEntries(changed.map((s) => [s.key, s.version])),
    });
  };
  const shown = (value: unknown) =>
    value === null || value === '' || (Array.isArray(value) && value.length === 0)
      ? t('settings.empty')
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  // Every load (after a save, or after a 409) puts what is stored back into the form.
  const loadKey = rows.map((s) => `${s.key}:${s.version}`).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: loadKey stands for the rows' versions
  useEffect(() => {
    form.setFieldsValue(Object.fromEntries(rows.map((s) => [s.key, initialOf(s)])));
  }, [loadKey, form]);
  return (
    <section className="ms-page">
      <Typography.Title level={2}>{t('settings.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('settings.intro')}</Typography.Paragraph>
      {settings.isError && (
        <ErrorNotice error={settings.error} onRetry={() => void settings.refetch()} />
      )}
      {settings.data && (
        <Form
          form={form}
          layout="vertical"
          initialValues={Object.fromEntries(rows.map((s) => [s.key, initialOf(s)]))}
          onFinish={submit}
        >
          <Space direction="vertical" size={16} className="ms-stack">
            {[...GROUPS, 'other'].map((group) => {
              const inGroup = rows.filter((s) => groupOf(s.key) === group);
              if (inGroup.length === 0) return null;
              return (
                <Card
                  key={group}
                  title={
                    <h3 className="ms-card-title">{t(`settings.group.${group}` as MessageKey)}</h3>
                  }
                >
                  {inGroup.map((s) => {
                    const label = lang === 'zh' ? s.label : s.labelEn;
                    return (
                      <Form.Item
                        key={s.key}
                        name={s.key}
                        label={label}
                        extra={
                          s.secret ? undefined : (
                            <Space size={4} wrap>
                              <span>{t('settings.default', { value: shown(s.default) })}</span>
                              <Button
                                type="link"
                                size="small"
                                onClick={() => form.setFieldValue(s.key, s.default)}
                              >
                                {t('settings.useDefault')}
                              </Button>
                            </Space>
                          )
                        }
                      >
                        <SettingField
                          schema={s.schema as Schema}
                          secret={s.secret}
                          secretSet={s.secret && s.value !== null}
                          aria-label={label}
                        />
                      </Form.Item>
                    );
                  })}
                </Card>
              );
            })}
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('settings.save')}
            </Button>
          </Space>
        </Form>
      )}
    </section>
  );
}
