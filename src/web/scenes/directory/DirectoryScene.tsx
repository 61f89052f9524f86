/**
 * Units with their people, and leaders: the office adds and renames them here, and only here
 * (an item picks from these). Each rename names the version it read.
 */
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Row, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { get, patch, post } from '../../api/client.ts';
import type { Named, Unit } from '../../api/types.ts';
import { TextModal } from '../../components/TextModal.tsx';
import { useAdminSave } from '../../components/use-admin-save.ts';
import { useT } from '../../i18n/i18n.tsx';

type Editing =
  | { kind: 'addUnit' }
  | { kind: 'addLeader' }
  | { kind: 'addPerson'; unit: Unit }
  | { kind: 'rename'; path: string; row: Named };

export default function DirectoryScene() {
  const t = useT();
  const units = useQuery({ queryKey: ['units'], queryFn: () => get<Unit[]>('/api/units') });
  const leaders = useQuery({ queryKey: ['leaders'], queryFn: () => get<Named[]>('/api/leaders') });
  const [editing, setEditing] = useState<Editing | null>(null);
  const save = useAdminSave(
    ({ editing: e, name }: { editing: Editing; name: string }) => {
      if (e.kind === 'addUnit') return post('/api/units', { name });
      if (e.kind === 'addLeader') return post('/api/leaders', { name });
      if (e.kind === 'addPerson') return post(`/api/units/${e.unit.id}/people`, { name });
      return patch(`${e.path}/${e.row.id}`, { version: e.row.version, name });
    },
    [['units'], ['leaders'], ['items'], ['item']],
  );
  const rename = (path: string, row: Named) => (
    <Button type="link" size="small" onClick={() => setEditing({ kind: 'rename', path, row })}>
      {t('directory.rename')}
    </Button>
  );
  const title =
    editing?.kind === 'addUnit'
      ? t('directory.addUnit')
      : editing?.kind === 'addLeader'
        ? t('directory.addLeader')
        : editing?.kind === 'addPerson'
          ? t('directory.addPersonTo', { unit: editing.unit.name })
          : t('directory.renameOf', { name: editing?.row.name ?? '' });
  return (
    <section className="ms-page">
      <Typography.Title level={2}>{t('directory.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('directory.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card
            title={<h3 className="ms-card-title">{t('directory.units')}</h3>}
            extra={
              <Button onClick={() => setEditing({ kind: 'addUnit' })}>
                {t('directory.addUnit')}
              </Button>
            }
          >
            <Table<Unit>
              size="small"
              rowKey="id"
              loading={units.isPending}
              dataSource={units.data ?? []}
              pagination={false}
              scroll={{ x: 'max-content' }}
              columns={[
                {
                  title: t('directory.unit'),
                  render: (_, u) => (
                    <Space>
                      {u.name}
                      {rename('/api/units', u)}
                    </Space>
                  ),
                },
                {
                  title: t('directory.people'),
                  render: (_, u) => (
                    <Space wrap size={4}>
                      {u.people.map((p) => (
                        <Tag key={p.id}>
                          {p.name} {rename('/api/people', p)}
                        </Tag>
                      ))}
                      <Button
                        size="small"
                        onClick={() => setEditing({ kind: 'addPerson', unit: u })}
                      >
                        {t('directory.addPerson')}
                      </Button>
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card
            title={<h3 className="ms-card-title">{t('directory.leaders')}</h3>}
            extra={
              <Button onClick={() => setEditing({ kind: 'addLeader' })}>
                {t('directory.addLeader')}
              </Button>
            }
          >
            <Table<Named>
              size="small"
              rowKey="id"
              loading={leaders.isPending}
              dataSource={leaders.data ?? []}
              pagination={false}
              columns={[
                { title: t('directory.leader'), dataIndex: 'name' },
                { key: 'rename', width: 80, render: (_, l) => rename('/api/leaders', l) },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <TextModal
        open={editing !== null}
        title={title}
        label={t('directory.name')}
        initial={editing?.kind === 'rename' ? editing.row.name : ''}
        onOk={(name) => (editing ? save.mutateAsync({ editing, name }) : Promise.resolve())}
        onClose={() => setEditing(null)}
      />
    </section>
  );
}
