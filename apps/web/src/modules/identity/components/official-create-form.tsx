import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useFormProblem } from '../../../ui/workspace/use-form-problem.ts';
import { type CreateOfficialBody, createOfficial, type Official, type RoleName } from '../api/admin.api.ts';
import { generatePassword } from '../utils/generate-password.ts';
import { type AgencyOption, AgencySelect } from './agency-select.tsx';
import { RoleCheckboxes } from './role-checkboxes.tsx';

interface OfficialValues {
  agencyId: string;
  fullName: string;
  username: string;
  position?: string;
  email?: string;
  phone?: string;
  roles: RoleName[];
  password: string;
}

export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
export const PHONE = /^(\+84|0)[0-9]{9,10}$/;

/**
 * A new official's account. A province-wide administrator picks the agency; an agency administrator
 * creates accounts in their own agency only. The initial password is generated here, shown in clear so it
 * can be handed over, and shown once more after saving — never again.
 */
export function OfficialCreateForm({
  provinceWide,
  ownAgency,
  initialAgency,
  onCreated,
}: {
  provinceWide: boolean;
  ownAgency: AgencyOption | null;
  initialAgency: AgencyOption | null;
  onCreated: (official: Official, password: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OfficialValues>();
  const failure = useFormProblem(form);
  const problem = failure.problem;
  const [busy, setBusy] = useState(false);
  const fixedAgency = provinceWide ? null : ownAgency;

  async function finish(v: OfficialValues) {
    setBusy(true);
    failure.clear();
    const body: CreateOfficialBody = {
      agencyId: fixedAgency?.id ?? v.agencyId,
      fullName: v.fullName.normalize('NFC').trim(),
      username: v.username.trim().toLowerCase(),
      roles: v.roles,
      password: v.password,
    };
    if (v.position?.trim()) body.position = v.position.normalize('NFC').trim();
    if (v.email?.trim()) body.email = v.email.trim();
    if (v.phone?.trim()) body.phone = v.phone.trim();
    try {
      onCreated(await createOfficial(body), v.password);
    } catch (error) {
      failure.report(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="op-panel" aria-labelledby="official-create-heading">
      <h2 id="official-create-heading">{t('admin.official.createHeading')}</h2>
      {problem ? <ProblemAlert problem={problem} placed={failure.placed} className="op-form-alert" /> : null}
      <Form<OfficialValues>
        form={form}
        name="official"
        layout="vertical"
        onFinish={(v) => void finish(v)}
        initialValues={{
          agencyId: (fixedAgency ?? initialAgency)?.id,
          roles: [],
          password: generatePassword(),
        }}
        data-testid="official-create-form"
      >
        {fixedAgency ? (
          <p>
            {t('admin.official.agency')}:{' '}
            <strong data-testid="official-fixed-agency">{fixedAgency.name}</strong>
          </p>
        ) : (
          <Form.Item
            name="agencyId"
            label={t('admin.official.agency')}
            rules={[{ required: true, message: t('admin.official.agencyRequired') }]}
          >
            <AgencySelect id="official_agencyId" initial={initialAgency} testId="official-agency" />
          </Form.Item>
        )}
        <Form.Item
          name="fullName"
          label={t('admin.official.fullName')}
          rules={[
            { required: true, whitespace: true, min: 2, message: t('admin.official.fullNameRequired') },
          ]}
        >
          <Input maxLength={200} autoComplete="off" data-testid="official-full-name" />
        </Form.Item>
        <div className="op-form-row">
          <Form.Item
            name="username"
            label={t('admin.official.username')}
            extra={t('admin.official.usernameHelp')}
            normalize={(v: string) => v.toLowerCase()}
            rules={[
              { required: true, message: t('admin.official.usernameRequired') },
              { pattern: USERNAME, message: t('admin.official.usernameFormat') },
            ]}
          >
            <Input
              maxLength={64}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              data-testid="official-username"
            />
          </Form.Item>
          <Form.Item name="position" label={t('admin.official.position')}>
            <Input maxLength={200} />
          </Form.Item>
        </div>
        <div className="op-form-row">
          <Form.Item
            name="email"
            label={t('admin.official.email')}
            rules={[{ type: 'email', message: t('admin.official.emailFormat') }]}
          >
            <Input type="email" maxLength={200} autoComplete="off" data-testid="official-email" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('admin.official.phone')}
            rules={[{ pattern: PHONE, message: t('admin.official.phoneFormat') }]}
          >
            <Input type="tel" maxLength={13} autoComplete="off" />
          </Form.Item>
        </div>
        <Form.Item
          name="roles"
          rules={[{ required: true, type: 'array', min: 1, message: t('admin.official.rolesRequired') }]}
        >
          <RoleCheckboxes
            provinceWide={provinceWide}
            legend={t('admin.official.roles')}
            help={t('admin.official.rolesHelp')}
          />
        </Form.Item>
        <Form.Item
          label={t('admin.official.initialPassword')}
          extra={t('admin.official.initialPasswordHelp')}
          htmlFor="official_password"
          required
        >
          <Space.Compact block>
            <Form.Item
              name="password"
              noStyle
              rules={[{ required: true, min: 10, message: t('admin.official.passwordLength') }]}
            >
              <Input
                id="official_password"
                maxLength={128}
                autoComplete="new-password"
                spellCheck={false}
                data-testid="official-password"
              />
            </Form.Item>
            <Button htmlType="button" onClick={() => form.setFieldValue('password', generatePassword())}>
              {t('admin.official.generate')}
            </Button>
          </Space.Compact>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="official-create-submit">
          {t('admin.official.create')}
        </Button>
      </Form>
    </section>
  );
}
