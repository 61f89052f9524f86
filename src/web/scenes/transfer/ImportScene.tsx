/**
 * Importing a table in two steps: the upload is read as a dry run that shows what would be
 * created and every warning; only the confirmation writes. Uploads show their progress.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Progress, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { upload } from '../../api/transfer.ts';
import type { ImportSummary } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ImportPreview } from './ImportPreview.tsx';

type Stage =
  | { step: 'choose' }
  | { step: 'sending'; dryRun: boolean; percent: number | null }
  | { step: 'preview'; summary: ImportSummary }
  | { step: 'done'; summary: ImportSummary };

export default function ImportScene() {
  const t = useT();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [error, setError] = useState<unknown>(null);
  const send = async (chosen: File, dryRun: boolean) => {
    setError(null);
    setStage({ step: 'sending', dryRun, percent: 0 });
    const form = new FormData();
    form.append('file', chosen, chosen.name);
    try {
      const summary = await upload<ImportSummary>('/api/imports', form, {
        query: { dryRun: String(dryRun) },
        onProgress: (done, total) =>
          setStage({
            step: 'sending',
            dryRun,
            percent: total ? Math.round((done / total) * 100) : null,
          }),
      });
      setStage({ step: dryRun ? 'preview' : 'done', summary });
      if (!dryRun) void client.invalidateQueries();
    } catch (e) {
      setError(e);
      setStage({ step: 'choose' });
    }
  };
  return (
    <section className="ms-page ms-narrow">
      <Typography.Title level={2}>{t('import.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('import.intro')}</Typography.Paragraph>
      {error !== null && <ErrorNotice error={error} />}
      {stage.step === 'choose' && (
        <Upload.Dragger
          accept=".docx,.xlsx,.csv,.txt,.json"
          maxCount={1}
          showUploadList={false}
          aria-label={t('import.file')}
          beforeUpload={(chosen) => {
            setFile(chosen);
            void send(chosen, true);
            return false;
          }}
        >
          <p className="ms-drop-title">{t('import.drop')}</p>
          <p className="ms-small">{t('import.dropHint')}</p>
        </Upload.Dragger>
      )}
      {stage.step === 'sending' && (
        <Card>
          <Typography.Paragraph>
            {t('import.uploading')} {file?.name}
          </Typography.Paragraph>
          <Progress
            percent={stage.percent ?? 100}
            status="active"
            aria-label={t('import.uploading')}
          />
        </Card>
      )}
      {stage.step === 'preview' && file && (
        <Card>
          <ImportPreview summary={stage.summary} />
          <Space wrap className="ms-form-actions">
            <Button type="primary" onClick={() => void send(file, false)}>
              {t('import.confirm')}
            </Button>
            <Button onClick={() => setStage({ step: 'choose' })}>{t('import.again')}</Button>
          </Space>
        </Card>
      )}
      {stage.step === 'done' && (
        <Alert
          type="success"
          showIcon
          title={t('import.done', {
            title: stage.summary.plan.title,
            label: stage.summary.period.label,
          })}
          description={
            <Space>
              <Link to={`/items?plan=${stage.summary.plan.id}`}>{t('import.openItems')}</Link>
              <Link to={`/cockpit?plan=${stage.summary.plan.id}`}>{t('import.openCockpit')}</Link>
            </Space>
          }
        />
      )}
    </section>
  );
}
