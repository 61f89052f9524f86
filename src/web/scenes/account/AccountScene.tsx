/** "My account", for every signed-in user: who they are, their password, authenticator, sessions. */
import { useQueryClient } from '@tanstack/react-query';
import { App, Card, Col, Descriptions, Row, Spin, Typography } from 'antd';
import { useMe } from '../../api/session.ts';
import { useT } from '../../i18n/i18n.tsx';
import { OwnSessions } from './OwnSessions.tsx';
import { PasswordForm } from './PasswordForm.tsx';
import { TotpCard } from './TotpCard.tsx';

export default function AccountScene() {
  const t = useT();
  const me = useMe();
  const client = useQueryClient();
  const { message } = App.useApp();
  if (!me.data) return <Spin description={t('common.loading')} />;
  const user = me.data;
  return (
    <section className="ms-page">
      <Typography.Title level={2}>{t('account.title')}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={<h3 className="ms-card-title">{t('account.profile')}</h3>}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('account.name')}>{user.name}</Descriptions.Item>
              <Descriptions.Item label={t('account.role')}>
                {t(`user.role.${user.role}`)}
              </Descriptions.Item>
              {user.unitName && (
                <Descriptions.Item label={t('account.unit')}>{user.unitName}</Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <div className="ms-gap-top">
            <TotpCard me={user} />
          </div>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<h3 className="ms-card-title">{t('account.password')}</h3>}>
            <PasswordForm
              onChanged={() => {
                void message.success(t('account.passwordChanged'));
                void client.invalidateQueries({ queryKey: ['own-sessions'] });
              }}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <OwnSessions />
        </Col>
      </Row>
    </section>
  );
}
