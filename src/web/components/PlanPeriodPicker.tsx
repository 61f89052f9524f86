/** Choosing the plan and the reporting period, both labelled; the choice goes into the address. */
import { Select } from 'antd';
import { type PlanPeriod, usePlanPeriod } from '../app/use-plan-period.ts';
import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.tsx';
import { Field } from './Field.tsx';

export function PlanPeriodPicker({
  state,
  withPeriod = true,
}: {
  state: PlanPeriod;
  withPeriod?: boolean;
}) {
  const t = useT();
  const f = useFormat();
  return (
    <div className="ms-picker">
      <Field label={t('picker.plan')}>
        {(id) => (
          <Select
            id={id}
            className="ms-picker-plan"
            value={state.planId}
            onChange={state.setPlan}
            options={state.plans.map((p) => ({ value: p.id, label: p.title }))}
            aria-label={t('picker.plan')}
            popupMatchSelectWidth={false}
          />
        )}
      </Field>
      {withPeriod && (
        <Field label={t('picker.period')}>
          {(id) => (
            <Select
              id={id}
              className="ms-picker-period"
              value={state.periodId}
              onChange={state.setPeriod}
              placeholder={t('picker.noPeriod')}
              options={state.periods.map((p) => ({
                value: p.id,
                label: t('picker.option', { label: p.label, date: f.date(p.end) }),
              }))}
              aria-label={t('picker.period')}
              popupMatchSelectWidth={false}
            />
          )}
        </Field>
      )}
    </div>
  );
}

/** The chosen plan and period with the picker for them, for pages that need nothing more. */
export function usePlanPeriodPicker(options: { needPeriod?: boolean } = {}) {
  const state = usePlanPeriod();
  return {
    planId: state.planId ?? null,
    period: state.period ?? null,
    picker: <PlanPeriodPicker state={state} withPeriod={options.needPeriod !== false} />,
  };
}
