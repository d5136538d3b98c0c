import { Alert, Button, Descriptions, Form, Input, Popconfirm, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useFormProblem } from '../../../ui/workspace/use-form-problem.ts';
import {
  type Official,
  type RoleName,
  resetOfficialPassword,
  type UpdateOfficialBody,
  updateOfficial,
} from '../api/admin.api.ts';
import {
  type OfficialDetailValues as DetailValues,
  officialChanges,
  sameRoles,
} from '../utils/admin-changes.ts';
import { generatePassword } from '../utils/generate-password.ts';
import { AgencySelect } from './agency-select.tsx';
import { PHONE } from './official-create-form.tsx';
import { RoleCheckboxes } from './role-checkboxes.tsx';
import { VersionConflictAlert } from './version-conflict-alert.tsx';

type Notice = 'saved' | 'roles' | 'deactivated' | 'reactivated' | 'unchanged' | 'conflict' | null;

/**
 * An official's account for the administrator: details, roles, deactivation and a password reset. Every
 * change sends the version shown (If-Match); a 412 reloads the account and explains that nothing was saved.
 */
export function OfficialEditPanel({
  official,
  provinceWide,
  isSelf,
  createdPassword,
  onChanged,
  onStale,
}: {
  official: Official;
  provinceWide: boolean;
  isSelf: boolean;
  createdPassword: string | null;
  onChanged: (official: Official) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const [detailsForm] = Form.useForm<DetailValues>();
  // Field errors of the API (a taken e-mail, a wrong phone number…) go under the details' fields.
  const failure = useFormProblem(detailsForm);
  const problem = failure.problem;
  // The form is remounted for each version (key), but its instance keeps the values typed: show the
  // version now stored (after someone else's change, a 412) rather than the stale edit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the version is what changes.
  useEffect(() => detailsForm.resetFields(), [official.version, detailsForm]);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [newPassword, setNewPassword] = useState(() => generatePassword());
  const [shownPassword, setShownPassword] = useState<string | null>(createdPassword);
  const [passwordWasReset, setPasswordWasReset] = useState(false);

  async function send(changes: UpdateOfficialBody, done: Exclude<Notice, 'conflict' | 'unchanged' | null>) {
    setShownPassword(null);
    if (Object.keys(changes).length === 0) {
      failure.clear();
      setNotice('unchanged');
      return;
    }
    setBusy(true);
    failure.clear();
    setNotice(null);
    try {
      onChanged(await updateOfficial(official, changes));
      setNotice(done);
    } catch (error) {
      const p = failure.report(error);
      if (p.status === 412) {
        failure.clear();
        setNotice('conflict');
        onStale();
      }
    } finally {
      setBusy(false);
    }
  }

  async function resetPassword() {
    setBusy(true);
    failure.clear();
    setNotice(null);
    try {
      await resetOfficialPassword(official.id, newPassword);
      setShownPassword(newPassword);
      setPasswordWasReset(true);
      setNewPassword(generatePassword());
      // The reset changes the account's version: load it again so the next change sends the right one.
      onStale();
    } catch (error) {
      failure.report(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div data-testid="official-edit">
      {notice === 'conflict' ? <VersionConflictAlert what="official" /> : null}
      {notice && notice !== 'conflict' ? (
        <Alert
          type={notice === 'unchanged' ? 'info' : 'success'}
          showIcon
          role="status"
          className="op-form-alert"
          title={t(`admin.official.notice.${notice}`)}
          data-testid="official-notice"
        />
      ) : null}
      {shownPassword ? (
        <Alert
          type="success"
          showIcon
          role="status"
          className="op-form-alert"
          data-testid="official-password-shown"
          title={passwordWasReset ? t('admin.official.passwordReset') : t('admin.official.created')}
          description={
            <>
              <p>
                {t('admin.official.passwordOnce')}{' '}
                <code className="op-code" data-testid="official-one-time-password">
                  {shownPassword}
                </code>
              </p>
              <Button size="small" onClick={() => setShownPassword(null)}>
                {t('admin.official.hidePassword')}
              </Button>
            </>
          }
        />
      ) : null}
      {problem ? <ProblemAlert problem={problem} placed={failure.placed} className="op-form-alert" /> : null}
      <section className="op-panel" aria-labelledby="official-summary-heading">
        <h2 id="official-summary-heading">{t('admin.official.summaryHeading')}</h2>
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'username',
              label: t('admin.official.username'),
              children: <code className="op-code">{official.username}</code>,
            },
            { key: 'agency', label: t('admin.official.agency'), children: official.agencyName },
            {
              key: 'status',
              label: t('admin.official.status'),
              children: (
                <span data-testid="official-status">
                  {official.isActive ? (
                    <Tag className="op-tag-yes">{t('admin.official.active')}</Tag>
                  ) : (
                    <Tag className="op-tag-no">{t('admin.official.inactive')}</Tag>
                  )}
                </span>
              ),
            },
            {
              key: 'totp',
              label: t('admin.official.secondFactor'),
              children: official.hasSecondFactor ? t('common.yes') : t('common.no'),
            },
            {
              key: 'version',
              label: t('admin.version'),
              children: <span data-testid="official-version">{official.version}</span>,
            },
          ]}
        />
      </section>

      <section className="op-panel op-section" aria-labelledby="official-details-heading">
        <h2 id="official-details-heading">{t('admin.official.detailsHeading')}</h2>
        <Form<DetailValues>
          form={detailsForm}
          key={official.version}
          name="officialEdit"
          layout="vertical"
          initialValues={{
            fullName: official.fullName,
            position: official.position,
            email: official.email,
            phone: official.phone,
            agencyId: official.agencyId,
          }}
          onFinish={(v) => void send(officialChanges(official, v), 'saved')}
          data-testid="official-details-form"
        >
          <Form.Item
            name="fullName"
            label={t('admin.official.fullName')}
            rules={[
              { required: true, whitespace: true, min: 2, message: t('admin.official.fullNameRequired') },
            ]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="position" label={t('admin.official.position')}>
            <Input maxLength={200} />
          </Form.Item>
          <div className="op-form-row">
            <Form.Item
              name="email"
              label={t('admin.official.email')}
              rules={[{ type: 'email', message: t('admin.official.emailFormat') }]}
            >
              <Input type="email" maxLength={200} />
            </Form.Item>
            <Form.Item
              name="phone"
              label={t('admin.official.phone')}
              rules={[{ pattern: PHONE, message: t('admin.official.phoneFormat') }]}
            >
              <Input type="tel" maxLength={13} />
            </Form.Item>
          </div>
          {provinceWide ? (
            <Form.Item
              name="agencyId"
              label={t('admin.official.agency')}
              extra={t('admin.official.moveHelp')}
            >
              <AgencySelect
                id="officialEdit_agencyId"
                initial={{ id: official.agencyId, name: official.agencyName, abbreviation: '' }}
              />
            </Form.Item>
          ) : null}
          <Button type="primary" htmlType="submit" loading={busy} data-testid="official-save">
            {t('admin.save')}
          </Button>
        </Form>
      </section>

      <section className="op-panel op-section" aria-labelledby="official-roles-heading">
        <h2 id="official-roles-heading">{t('admin.official.rolesHeading')}</h2>
        <Form<{ roles: RoleName[] }>
          key={official.version}
          name="officialRoles"
          layout="vertical"
          initialValues={{ roles: official.roles as RoleName[] }}
          onFinish={(v) => void send(sameRoles(v.roles, official.roles) ? {} : { roles: v.roles }, 'roles')}
        >
          <Form.Item name="roles">
            <RoleCheckboxes
              provinceWide={provinceWide}
              legend={t('admin.official.rolesLegend')}
              help={t('admin.official.rolesHelp')}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="official-roles-save">
            {t('admin.official.saveRoles')}
          </Button>
        </Form>
      </section>

      <section className="op-panel op-section" aria-labelledby="official-access-heading">
        <h2 id="official-access-heading">{t('admin.official.accessHeading')}</h2>
        {isSelf ? (
          <p className="op-muted">{t('admin.official.selfNote')}</p>
        ) : (
          <>
            <p className="op-muted">
              {official.isActive ? t('admin.official.deactivateIntro') : t('admin.official.reactivateIntro')}
            </p>
            {official.isActive ? (
              <Popconfirm
                title={t('admin.official.deactivateQuestion', { name: official.fullName })}
                okText={t('admin.official.deactivate')}
                cancelText={t('admin.cancel')}
                onConfirm={() => void send({ isActive: false }, 'deactivated')}
              >
                <Button danger loading={busy} data-testid="official-deactivate">
                  {t('admin.official.deactivate')}
                </Button>
              </Popconfirm>
            ) : (
              <Button
                onClick={() => void send({ isActive: true }, 'reactivated')}
                loading={busy}
                data-testid="official-reactivate"
              >
                {t('admin.official.reactivate')}
              </Button>
            )}
            <h3 className="op-subheading">{t('admin.official.passwordHeading')}</h3>
            <p className="op-muted">{t('admin.official.passwordIntro')}</p>
            <div className="op-field">
              <label htmlFor="official-new-password" className="op-field-label">
                {t('admin.official.newPassword')}
              </label>
              <Space.Compact block>
                <Input
                  id="official-new-password"
                  value={newPassword}
                  onChange={(e) => setNewPassword(e.target.value)}
                  maxLength={128}
                  autoComplete="new-password"
                  spellCheck={false}
                  data-testid="official-new-password"
                />
                <Button htmlType="button" onClick={() => setNewPassword(generatePassword())}>
                  {t('admin.official.generate')}
                </Button>
              </Space.Compact>
            </div>
            <Popconfirm
              title={t('admin.official.resetQuestion', { name: official.fullName })}
              okText={t('admin.official.resetPassword')}
              cancelText={t('admin.cancel')}
              disabled={newPassword.length < 10}
              onConfirm={() => void resetPassword()}
            >
              <Button loading={busy} disabled={newPassword.length < 10} data-testid="official-reset-password">
                {t('admin.official.resetPassword')}
              </Button>
            </Popconfirm>
          </>
        )}
      </section>
    </div>
  );
}
