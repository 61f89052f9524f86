/**
 * The deputies' year in the office app: the office screens proposals into candidates, sets up the
 * vote, publishes the result and turns it into the plan, and runs the year-end rating; a deputy
 * votes and rates here.
 */
import { InputNumber, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useMe } from '../../api/session.ts';
import { useT } from '../../i18n/i18n.tsx';
import { RatingsPanel } from './RatingsPanel.tsx';
import { ScreeningPanel } from './ScreeningPanel.tsx';
import { SupervisionPanel, UnitSuggestionsPanel } from './SupervisionPanel.tsx';
import { VotesPanel } from './VotesPanel.tsx';

export default function CongressScene() {
  const t = useT();
  const role = useMe().data?.role;
  const office = role === 'admin';
  const [year, setYear] = useState(new Date().getFullYear() + 1);
  const tabs =
    role === 'reporter'
      ? [
          {
            key: 'suggestions',
            label: t('congress.tab.suggestions'),
            children: <UnitSuggestionsPanel />,
          },
        ]
      : [
          ...(office
            ? [
                {
                  key: 'screening',
                  label: t('congress.tab.screening'),
                  children: <ScreeningPanel year={year} />,
                },
              ]
            : []),
          {
            key: 'votes',
            label: t('congress.tab.votes'),
            children: <VotesPanel year={year} office={office} />,
          },
          {
            key: 'supervision',
            label: t('congress.tab.supervision'),
            children: <SupervisionPanel office={office} />,
          },
          {
            key: 'ratings',
            label: t('congress.tab.ratings'),
            children: <RatingsPanel office={office} />,
          },
        ];
  return (
    <section>
      <Typography.Title level={2}>{t('congress.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('congress.intro')}</Typography.Paragraph>
      <Space>
        <label htmlFor="congress-year">{t('congress.year')}</label>
        <InputNumber
          id="congress-year"
          min={2000}
          max={2100}
          value={year}
          onChange={(value) => value && setYear(value)}
        />
      </Space>
      <Tabs items={tabs} />
    </section>
  );
}
