/** An item's indicators as the office corrects them: kept in order, added, removed. */
import { Button, Card, Input, InputNumber, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { put } from '../../api/client.ts';
import type { ItemDetail, ItemIndicatorsInput } from '../../api/types.ts';
import { useAdminSave } from '../../components/use-admin-save.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

type Row = ItemIndicatorsInput['indicators'][number] & { key: string };

const KINDS: Record<Row['kind'], MessageKey> = {
  count: 'edit.kind.count',
  rate: 'edit.kind.rate',
  standard: 'edit.kind.standard',
  milestone: 'edit.kind.milestone',
};
const DIRECTIONS: Record<'at_least' | 'at_most', MessageKey> = {
  at_least: 'edit.direction.at_least',
  at_most: 'edit.direction.at_most',
};

const rowsOf = (item: ItemDetail): Row[] =>
  item.indicators.map((x) => ({
    key: String(x.id),
    id: x.id,
    what: x.what,
    kind: x.kind as Row['kind'],
    target: x.target,
    unit: x.unit,
    targetText: x.targetText,
    direction: x.direction as 'at_least' | 'at_most',
  }));

export function IndicatorsEditor({ item }: { item: ItemDetail }) {
  const t = useT();
  const [rows, setRows] = useState(() => rowsOf(item));
  const save = useAdminSave(
    () =>
      put<ItemDetail>(`/api/items/${item.id}/indicators`, {
        version: item.version,
        indicators: rows.map(({ key: _key, ...row }) => row),
      }),
    [['item', item.id], ['items'], ['dashboard']],
  );
  const set = (key: string, change: Partial<Row>) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <Card className="ms-block" title={<h3 className="ms-card-title">{t('edit.indicators')}</h3>}>
      <Typography.Paragraph type="secondary" className="ms-small">
        {t('edit.indicatorsHelp')}
      </Typography.Paragraph>
      <Table<Row>
        size="small"
        rowKey="key"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        columns={[
          {
            title: t('edit.what'),
            render: (_, r) => (
              <Input
                aria-label={t('edit.what')}
                value={r.what}
                onChange={(e) => set(r.key, { what: e.target.value })}
              />
            ),
          },
          {
            title: t('edit.kind'),
            render: (_, r) => (
              <Select
                aria-label={t('edit.kind')}
                value={r.kind}
                onChange={(kind: Row['kind']) => set(r.key, { kind })}
                options={Object.entries(KINDS).map(([value, key]) => ({ value, label: t(key) }))}
              />
            ),
          },
          {
            title: t('edit.direction'),
            render: (_, r) => (
              <Select
                aria-label={t('edit.direction')}
                value={r.direction ?? 'at_least'}
                onChange={(direction: 'at_least' | 'at_most') => set(r.key, { direction })}
                options={Object.entries(DIRECTIONS).map(([value, key]) => ({
                  value,
                  label: t(key),
                }))}
              />
            ),
          },
          {
            title: t('edit.target'),
            render: (_, r) => (
              <InputNumber<number>
                aria-label={t('edit.target')}
                value={r.target}
                onChange={(target) => set(r.key, { target: target ?? null })}
              />
            ),
          },
          {
            title: t('edit.unitOfMeasure'),
            render: (_, r) => (
              <Input
                aria-label={t('edit.unitOfMeasure')}
                className="ms-unit-input"
                value={r.unit}
                onChange={(e) => set(r.key, { unit: e.target.value })}
              />
            ),
          },
          {
            title: t('edit.targetText'),
            render: (_, r) => (
              <Input
                aria-label={t('edit.targetText')}
                value={r.targetText}
                onChange={(e) => set(r.key, { targetText: e.target.value })}
              />
            ),
          },
          {
            key: 'remove',
            render: (_, r) => (
              <Button
                type="text"
                aria-label={t('edit.removeIndicator', { what: r.what })}
                onClick={() => setRows(rows.filter((x) => x.key !== r.key))}
              >
                ✕
              </Button>
            ),
          },
        ]}
      />
      <div className="ms-form-actions">
        <Button
          onClick={() =>
            setRows([
              ...rows,
              {
                key: `new-${rows.length}-${Date.now()}`,
                what: '',
                kind: 'count',
                target: null,
                unit: '',
                targetText: '',
              },
            ])
          }
        >
          {t('edit.addIndicator')}
        </Button>{' '}
        <Button type="primary" loading={save.isPending} onClick={() => save.mutate(undefined)}>
          {t('edit.saveIndicators')}
        </Button>
      </div>
    </Card>
  );
}
