/**
 * Downloads of a plan for a period: the summary table in every format the API offers, the
 * period's circular draft and the plan document, each with its progress while it arrives.
 */
import { App, Button, Card, Checkbox, Input, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { apiUrl } from '../../api/client.ts';
import { useMe } from '../../api/session.ts';
import { download } from '../../api/transfer.ts';
import type { ExportFormat } from '../../api/types.ts';
import { usePlanPeriod } from '../../app/use-plan-period.ts';
import { useErrorText } from '../../components/ErrorNotice.tsx';
import { Field } from '../../components/Field.tsx';
import { PlanPeriodPicker } from '../../components/PlanPeriodPicker.tsx';
import { useT } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

/** Every format the API offers (the compiler holds this to the server's list). */
const FORMAT_WORDS: Record<ExportFormat, MessageKey> = {
  docx: 'download.docx',
  xlsx: 'download.xlsx',
  csv: 'download.csv',
  json: 'download.json',
  html: 'download.html',
  pdf: 'download.pdf',
};
const FORMATS = Object.keys(FORMAT_WORDS) as ExportFormat[];

export default function DownloadScene() {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useMe();
  const state = usePlanPeriod();
  const [assessment, setAssessment] = useState(false);
  const [attachment, setAttachment] = useState('');
  const [busy, setBusy] = useState<{ name: string; percent: number | null } | null>(null);
  const { planId, periodId } = state;
  const get = async (
    path: string,
    name: string,
    query: Record<string, string | number | undefined>,
  ) => {
    setBusy({ name, percent: 0 });
    try {
      await download(apiUrl(path, query), name, (done, total) =>
        setBusy({ name, percent: total ? Math.round((done / total) * 100) : null }),
      );
      void message.success(t('download.done'));
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="ms-page ms-narrow">
      <div className="ms-page-head">
        <Typography.Title level={2}>{t('download.title')}</Typography.Title>
      </div>
      <PlanPeriodPicker state={state} />
      <Card
        className="ms-block ms-top-gap"
        title={<h3 className="ms-card-title">{t('download.table')}</h3>}
      >
        <Space orientation="vertical" className="ms-wide">
          <Checkbox checked={assessment} onChange={(e) => setAssessment(e.target.checked)}>
            {t('download.withAssessment')}
          </Checkbox>
          <Field label={t('download.attachment')}>
            {(id) => (
              <Input
                id={id}
                value={attachment}
                maxLength={20}
                placeholder={t('download.attachmentPlaceholder')}
                onChange={(e) => setAttachment(e.target.value)}
                className="ms-attachment"
              />
            )}
          </Field>
          <Space wrap>
            {FORMATS.map((format) => (
              <Button
                key={format}
                disabled={busy !== null || planId === undefined}
                onClick={() =>
                  void get(`/api/plans/${planId}/table.${format}`, t(FORMAT_WORDS[format]), {
                    period: periodId,
                    assessment: String(assessment),
                    attachment: attachment.trim() || undefined,
                  })
                }
              >
                {t(FORMAT_WORDS[format])}
              </Button>
            ))}
          </Space>
        </Space>
      </Card>
      {me.data?.role === 'admin' && (
        <Card
          className="ms-block"
          title={<h3 className="ms-card-title">{t('download.circular')}</h3>}
        >
          <Button
            disabled={busy !== null || planId === undefined}
            onClick={() =>
              void get(`/api/plans/${planId}/circular.docx`, t('download.circular'), {
                period: periodId,
              })
            }
          >
            {t('download.circularButton')}
          </Button>
        </Card>
      )}
      <Card
        className="ms-block"
        title={<h3 className="ms-card-title">{t('download.planDocument')}</h3>}
      >
        <Button
          disabled={busy !== null || planId === undefined}
          onClick={() =>
            void get(`/api/plans/${planId}/export.json`, 'plan.json', { period: periodId })
          }
        >
          {t('download.planDocumentButton')}
        </Button>
      </Card>
      {busy && (
        <Card aria-live="polite">
          <Typography.Paragraph>{t('download.progress', { name: busy.name })}</Typography.Paragraph>
          <Progress percent={busy.percent ?? 100} status="active" />
        </Card>
      )}
    </section>
  );
}
