/** The office's corrections of one item: its people and its indicators, each saved on its own. */
import { useQuery } from '@tanstack/react-query';
import { Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { get } from '../../api/client.ts';
import type { ItemDetail, Unit } from '../../api/types.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { IndicatorsEditor } from './IndicatorsEditor.tsx';
import { PeopleEditor } from './PeopleEditor.tsx';

export default function ItemEditScene() {
  const t = useT();
  const id = Number(useParams().id);
  const item = useQuery({
    queryKey: ['item', id],
    queryFn: () => get<ItemDetail>(`/api/items/${id}`),
  });
  const units = useQuery({ queryKey: ['units'], queryFn: () => get<Unit[]>('/api/units') });
  if (item.isError) return <ErrorNotice error={item.error} />;
  if (!item.data || !units.data) return <Spin description={t('common.loading')} />;
  const d = item.data;
  return (
    <section className="ms-page ms-narrow-wide">
      <Link to={`/items/${d.id}`}>← {t('edit.back')}</Link>
      <Typography.Title level={2}>{t('edit.title', { no: d.no })}</Typography.Title>
      <Typography.Paragraph className="ms-task-text">{d.task}</Typography.Paragraph>
      {/* Keyed by version: after a save (or a 409 reload) the editors start from what is stored. */}
      <PeopleEditor key={`people-${d.version}`} item={d} />
      <IndicatorsEditor key={`indicators-${d.version}`} item={d} />
    </section>
  );
}
