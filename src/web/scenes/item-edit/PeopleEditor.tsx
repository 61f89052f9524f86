/** An item's leaders, lead unit and responsible units with their people, chosen by id. */
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { get, put } from '../../api/client.ts';
import type { ItemDetail, ItemPeopleInput, Named, Unit } from '../../api/types.ts';
import { useAdminSave } from '../../components/use-admin-save.ts';
import { useT } from '../../i18n/i18n.tsx';

type Responsibility = ItemPeopleInput['responsibilities'][number];

export function PeopleEditor({ item }: { item: ItemDetail }) {
  const t = useT();
  const units = useQuery({ queryKey: ['units'], queryFn: () => get<Unit[]>('/api/units') });
  const leaders = useQuery({ queryKey: ['leaders'], queryFn: () => get<Named[]>('/api/leaders') });
  const unitList = units.data ?? [];
  const personId = (unitId: number, name: string | null) =>
    unitList.find((u) => u.id === unitId)?.people.find((p) => p.name === name)?.id ?? null;
  const [leaderIds, setLeaderIds] = useState(item.leaders.map((l) => l.id));
  const [leadUnitId, setLeadUnitId] = useState<number | null>(
    unitList.find((u) => u.name === item.leadUnit)?.id ?? null,
  );
  const [rows, setRows] = useState<Responsibility[] | null>(null);
  const current: Responsibility[] =
    rows ??
    item.responsibilities.map((r) => ({
      unitId: r.unitId,
      personId: personId(r.unitId, r.person),
    }));
  const lead = leadUnitId ?? unitList.find((u) => u.name === item.leadUnit)?.id ?? null;
  const save = useAdminSave(
    () =>
      put<ItemDetail>(`/api/items/${item.id}/people`, {
        version: item.version,
        leadUnitId: lead,
        leaderIds,
        responsibilities: current,
      }),
    [['item', item.id], ['items']],
  );
  const unitOptions = unitList.map((u) => ({ value: u.id, label: u.name }));
  const setRow = (i: number, row: Responsibility) =>
    setRows(current.map((r, j) => (j === i ? row : r)));
  return (
    <Card className="ms-block" title={<h3 className="ms-card-title">{t('edit.people')}</h3>}>
      <Typography.Paragraph type="secondary" className="ms-small">
        {t('edit.peopleHelp')}
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('edit.leaders')} htmlFor="edit-leaders">
          <Select
            id="edit-leaders"
            mode="multiple"
            value={leaderIds}
            onChange={setLeaderIds}
            options={(leaders.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
            optionFilterProp="label"
          />
        </Form.Item>
        <Form.Item label={t('edit.leadUnit')} htmlFor="edit-lead">
          <Select
            id="edit-lead"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={lead ?? undefined}
            onChange={(v: number | undefined) => setLeadUnitId(v ?? null)}
            options={unitOptions}
          />
        </Form.Item>
        <fieldset className="ms-fieldset">
          <legend>{t('edit.units')}</legend>
          {current.map((row, i) => {
            const people = unitList.find((u) => u.id === row.unitId)?.people ?? [];
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: responsibilities are ordered by position
              <Space key={i} wrap className="ms-responsibility">
                <Select
                  aria-label={t('edit.unit', { n: i + 1 })}
                  className="ms-unit-select"
                  showSearch={{ optionFilterProp: 'label' }}
                  value={row.unitId}
                  onChange={(unitId: number) => setRow(i, { unitId, personId: null })}
                  options={unitOptions}
                />
                <Select
                  aria-label={t('edit.person', { n: i + 1 })}
                  className="ms-person-select"
                  value={row.personId ?? 0}
                  onChange={(p: number) => setRow(i, { ...row, personId: p === 0 ? null : p })}
                  options={[
                    { value: 0, label: t('edit.noPerson') },
                    ...people.map((p) => ({ value: p.id, label: p.name })),
                  ]}
                />
                <Button
                  type="text"
                  aria-label={t('edit.remove', { n: i + 1 })}
                  onClick={() => setRows(current.filter((_, j) => j !== i))}
                >
                  ✕
                </Button>
              </Space>
            );
          })}
          <Button
            disabled={unitList.length === 0}
            onClick={() => setRows([...current, { unitId: unitList[0]?.id ?? 0, personId: null }])}
          >
            {t('edit.addUnit')}
          </Button>
        </fieldset>
        <Button type="primary" loading={save.isPending} onClick={() => save.mutate(undefined)}>
          {t('edit.savePeople')}
        </Button>
      </Form>
    </Card>
  );
}
