/**
 * One field per indicator, filled with the figure the API read from the reporter's points. The
 * reporter confirms it by leaving it or corrects it by typing; each field says where its
 * figure came from and how it stands against the time line.
 */
import { Form, InputNumber, Typography } from 'antd';
import type { ReportPreview } from '../../api/types.ts';
import { PaceBar } from '../../components/PaceBar.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/i18n.tsx';

/** Figures the reporter typed, by indicator id (null: cleared on purpose). */
export type Typed = Record<number, number | null>;

export function FigureFields(props: {
  preview: ReportPreview;
  typed: Typed;
  onType: (indicatorId: number, value: number | null) => void;
}) {
  const t = useT();
  const f = useFormat();
  return (
    <div className="ms-figures">
      {props.preview.indicators.map((x) => {
        const id = `figure-${x.indicatorId}`;
        const value = x.indicatorId in props.typed ? props.typed[x.indicatorId] : x.proposed;
        return (
          <Form.Item
            key={x.indicatorId}
            label={t('form.figureLabel', { what: x.what, target: f.figure(x.target, x.unit) })}
            htmlFor={id}
            extra={
              <span className="ms-small">
                {x.proposedText ? t('form.readFrom', { text: x.proposedText }) : t('form.notRead')}
              </span>
            }
          >
            <div className="ms-figure-row">
              <InputNumber<number>
                id={id}
                value={value ?? null}
                onChange={(v) => props.onType(x.indicatorId, v ?? null)}
                suffix={x.unit}
                inputMode="decimal"
                className="ms-figure-input"
              />
              {x.completion !== null && (
                <PaceBar
                  completion={x.completion}
                  expected={x.expected}
                  status={x.status}
                  label={x.what}
                />
              )}
            </div>
            {x.kind === 'milestone' && (
              <Typography.Text type="secondary" className="ms-small">
                {x.targetText}
              </Typography.Text>
            )}
          </Form.Item>
        );
      })}
    </div>
  );
}
