/**
 * The report form: status label, numbered points, the figures read from them (confirmed or
 * corrected), the assessment those figures give, an explanation when they contradict the label,
 * the checks, then save or submit. Everything judged comes from POST /api/reports/preview.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { CLAIM_WORDS } from '../../../core/labels.ts';
import type { StatusClaim } from '../../../core/model.ts';
import { post } from '../../api/client.ts';
import type { Report, ReportInput, ReportPreview } from '../../api/types.ts';
import { ErrorNotice, useErrorText } from '../../components/ErrorNotice.tsx';
import { StatusTag } from '../../components/StatusTag.tsx';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { FigureFields, type Typed } from './FigureFields.tsx';
import { useDebounced } from './use-debounced.ts';
import { conflictOf, useReportDraft } from './use-report-draft.ts';

/** The status words units write, with the claim each makes (for the English gloss). */
const LABELS: [string, StatusClaim][] = [
  ['已完成', 'completed'],
  ['超序时完成', 'ahead'],
  ['按进度完成', 'on_schedule'],
  ['进度滞后', 'lagging'],
  ['未开工', 'not_started'],
  ['无任务', 'no_task'],
];

interface Draft {
  statusLabel: string | null;
  points: string[];
  typed: Typed;
  explanation: string;
}

const draftOf = (report: Report | null): Draft => ({
  statusLabel: report?.statusLabel ?? null,
  points: report?.points.length ? report.points : [''],
  typed: Object.fromEntries((report?.actuals ?? []).map((a) => [a.indicatorId, a.actual])),
  explanation: report?.explanation ?? '',
});

export function ReportForm(props: { itemId: number; periodId: number; report: Report | null }) {
  const t = useT();
  const { lang } = useLang();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [report, setReport] = useState(props.report);
  const [draft, setDraft] = useState(() => draftOf(props.report));
  const [conflict, setConflict] = useState<Report | null>(null);
  const points = draft.points.map((p) => p.trim()).filter(Boolean);
  const content = (preview: ReportPreview | undefined): ReportInput => ({
    statusLabel: draft.statusLabel,
    points,
    // What the reporter saw is what is saved: typed figures, else the proposed ones.
    actuals: (preview?.indicators ?? []).map((x) => ({
      indicatorId: x.indicatorId,
      actual: x.indicatorId in draft.typed ? (draft.typed[x.indicatorId] ?? null) : x.proposed,
    })),
    explanation: draft.explanation.trim() || null,
  });
  const asked = useDebounced(
    { statusLabel: draft.statusLabel, points, typed: draft.typed, explanation: draft.explanation },
    400,
  );
  const preview = useQuery({
    queryKey: ['preview', props.itemId, props.periodId, asked],
    queryFn: () =>
      post<ReportPreview>('/api/reports/preview', {
        itemId: props.itemId,
        periodId: props.periodId,
        statusLabel: asked.statusLabel,
        points: asked.points,
        actuals: Object.entries(asked.typed).map(([id, actual]) => ({
          indicatorId: Number(id),
          actual,
        })),
        explanation: asked.explanation.trim() || null,
      }),
    placeholderData: (previous) => previous,
  });
  const { saveDraft, submit } = useReportDraft(
    { itemId: props.itemId, periodId: props.periodId, report },
    setReport,
  );
  const failed = saveDraft.error ?? submit.error;
  const onError = (error: unknown) => {
    const current = conflictOf(error);
    if (current) setConflict(current);
  };
  const p = preview.data;
  const needsExplanation = p?.discrepancy !== null && p?.discrepancy !== undefined;
  // The discrepancy already shows beside the assessment, above its explanation field.
  const checks = (p?.checks ?? []).filter((c) => c.code !== 'behind_but_on_schedule');
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  return (
    <Form
      layout="vertical"
      className="ms-report-form"
      requiredMark={false}
      onFinish={() => undefined}
    >
      {conflict && (
        <Alert
          type="error"
          showIcon
          title={t('common.conflict')}
          action={
            <Button
              onClick={() => {
                setReport(conflict);
                setDraft(draftOf(conflict));
                setConflict(null);
                saveDraft.reset();
                submit.reset();
              }}
            >
              {t('common.reload')}
            </Button>
          }
        />
      )}
      <Form.Item label={t('form.status')} htmlFor="status-label" extra={t('form.statusHelp')}>
        <Select
          id="status-label"
          value={draft.statusLabel ?? undefined}
          onChange={(v: string) => set({ statusLabel: v })}
          options={LABELS.map(([label, claim]) => ({
            value: label,
            label: lang === 'zh' ? label : `${CLAIM_WORDS[claim].en}（${label}）`,
          }))}
        />
      </Form.Item>
      <fieldset className="ms-fieldset">
        <legend>{t('form.points')}</legend>
        {draft.points.map((point, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: points are numbered by position
          <Form.Item key={i} label={t('form.point', { n: i + 1 })} htmlFor={`point-${i}`}>
            <div className="ms-point-row">
              <Input.TextArea
                id={`point-${i}`}
                value={point}
                autoSize={{ minRows: 2, maxRows: 8 }}
                placeholder={t('form.pointPlaceholder')}
                onChange={(e) =>
                  set({ points: draft.points.map((q, j) => (j === i ? e.target.value : q)) })
                }
              />
              {draft.points.length > 1 && (
                <Button
                  type="text"
                  aria-label={t('form.removePoint', { n: i + 1 })}
                  onClick={() => set({ points: draft.points.filter((_, j) => j !== i) })}
                >
                  ✕
                </Button>
              )}
            </div>
          </Form.Item>
        ))}
        <Button onClick={() => set({ points: [...draft.points, ''] })}>{t('form.addPoint')}</Button>
      </fieldset>
      {p && p.indicators.length > 0 && (
        <fieldset className="ms-fieldset">
          <legend>{t('form.figures')}</legend>
          <Typography.Paragraph type="secondary" className="ms-small">
            {t('form.figuresHelp')}
          </Typography.Paragraph>
          <FigureFields
            preview={p}
            typed={draft.typed}
            onType={(id, value) => set({ typed: { ...draft.typed, [id]: value } })}
          />
        </fieldset>
      )}
      {p && (
        <div className="ms-assessment" aria-live="polite">
          <span>{t('form.assessment')}</span> <StatusTag status={p.assessment.status} />
          {p.discrepancy && (
            <Alert
              type="warning"
              showIcon
              title={lang === 'zh' ? p.discrepancy.message : p.discrepancy.messageEn}
            />
          )}
        </div>
      )}
      {(needsExplanation || draft.explanation) && (
        <Form.Item
          label={t('form.explanation')}
          htmlFor="explanation"
          extra={t('form.explanationHelp')}
        >
          <Input.TextArea
            id="explanation"
            value={draft.explanation}
            autoSize={{ minRows: 2, maxRows: 6 }}
            placeholder={t('form.explanationPlaceholder')}
            onChange={(e) => set({ explanation: e.target.value })}
          />
        </Form.Item>
      )}
      {checks.length > 0 && (
        <section aria-label={t('form.checks')} className="ms-checks">
          {checks.map((c) => (
            <Alert
              key={c.code}
              type={
                c.severity === 'error' ? 'error' : c.severity === 'warning' ? 'warning' : 'info'
              }
              showIcon
              title={lang === 'zh' ? c.message : c.messageEn}
            />
          ))}
        </section>
      )}
      {preview.isError && <ErrorNotice error={preview.error} />}
      {failed && !conflict && <Alert type="error" showIcon title={errorText(failed)} />}
      <Space className="ms-form-actions" wrap>
        <Button
          disabled={points.length === 0}
          loading={saveDraft.isPending}
          onClick={() =>
            saveDraft.mutate(content(p), {
              onSuccess: (saved) => void message.success(t('form.saved', { n: saved.version })),
              onError,
            })
          }
        >
          {t('form.saveDraft')}
        </Button>
        <Button
          type="primary"
          disabled={points.length === 0}
          loading={submit.isPending}
          onClick={() =>
            submit.mutate(content(p), {
              onSuccess: () => {
                void message.success(t('form.submitted'));
                void navigate('/reporting');
              },
              onError,
            })
          }
        >
          {t('form.submit')}
        </Button>
      </Space>
      {points.length === 0 && (
        <Typography.Paragraph type="secondary" className="ms-small">
          {t('form.needPoint')}
        </Typography.Paragraph>
      )}
    </Form>
  );
}
