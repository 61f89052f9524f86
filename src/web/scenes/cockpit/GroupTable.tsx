/** Items by status for each leader or unit: who is behind, sortable by the number behind. */
import { Card, Table } from 'antd';
import { STATUS_ORDER, STATUS_WORDS } from '../../../core/labels.ts';
import type { Dashboard } from '../../api/types.ts';
import { useIsPhone } from '../../app/use-is-phone.ts';
import { STATUS_LOOK } from '../../components/status.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';

type Row = Dashboard['byLeader'][number];

const behind = (r: Row) => (r.counts.lagging ?? 0) + (r.counts.severely_lagging ?? 0);

export function GroupTable({
  title,
  nameTitle,
  rows,
}: {
  title: string;
  nameTitle: string;
  rows: Row[];
}) {
  const t = useT();
  const { lang } = useLang();
  // A phone shows who is behind and out of how many; the office screen every status.
  const statuses = useIsPhone() ? [] : STATUS_ORDER;
  const total = (r: Row) => Object.values(r.counts).reduce((a, b) => a + b, 0);
  return (
    <Card className="ms-block" title={<h3 className="ms-card-title">{title}</h3>}>
      <Table<Row>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        columns={[
          { title: nameTitle, dataIndex: 'name', fixed: 'left' },
          ...statuses.map((status) => ({
            key: status,
            title: (
              <span>
                <span style={{ color: STATUS_LOOK[status].color }} aria-hidden="true">
                  {STATUS_LOOK[status].mark}
                </span>{' '}
                {STATUS_WORDS[status][lang]}
              </span>
            ),
            align: 'right' as const,
            render: (_: unknown, r: Row) => r.counts[status] ?? 0,
          })),
          {
            key: 'behind',
            title: t('cockpit.behind'),
            align: 'right' as const,
            defaultSortOrder: 'descend' as const,
            sorter: (a: Row, b: Row) => behind(a) - behind(b),
            render: (_: unknown, r: Row) => <strong>{behind(r)}</strong>,
          },
          {
            key: 'total',
            title: t('common.total'),
            align: 'right' as const,
            render: (_: unknown, r: Row) => total(r),
          },
        ]}
      />
    </Card>
  );
}
