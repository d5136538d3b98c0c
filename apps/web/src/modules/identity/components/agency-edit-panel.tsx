import { Alert, Button, Checkbox, DatePicker, Descriptions, Form, Input, Popconfirm, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, vietnamToday } from '../../../ui/format.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { useFormProblem } from '../../../ui/workspace/use-form-problem.ts';
import { type UpdateAgencyBody, updateAgency } from '../api/admin.api.ts';
import type { Agency } from '../api/agencies.api.ts';
import { agencyChanges, type AgencyEditValues as EditValues } from '../utils/admin-changes.ts';
import { type AgencyOption, AgencySelect } from './agency-select.tsx';
import { VersionConflictAlert } from './version-conflict-alert.tsx';

type Notice = 'saved' | 'closed' | 'reopened' | 'unchanged' | 'conflict' | null;

/**
 * An agency for the administrator: rename it, move it under another parent, or close it from a date
 * (merger, dissolution — the directory keeps it for the dates it existed). Every change sends the version
 * shown (If-Match); a 412 reloads the agency and says why nothing was saved.
 */
export function AgencyEditPanel({
  agency,
  parent,
  onChanged,
  onStale,
}: {
  agency: Agency;
  parent: AgencyOption | null;
  onChanged: (agency: Agency) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EditValues>();
  const failure = useFormProblem(form);
  const problem = failure.problem;
  // The form is remounted for each version (key), but its instance keeps the values typed: show the
  // version now stored (after someone else's change, a 412) rather than the stale edit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the version is what changes.
  useEffect(() => form.resetFields(), [agency.version, form]);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [closeDate, setCloseDate] = useState<Dayjs | null>(null);

  async function send(changes: UpdateAgencyBody, done: Exclude<Notice, 'conflict' | 'unchanged' | null>) {
    if (Object.keys(changes).length === 0) {
      failure.clear();
      setNotice('unchanged');
      return;
    }
    setBusy(true);
    failure.clear();
    setNotice(null);
    try {
      onChanged(await updateAgency(agency, changes));
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

  const closed = agency.validTo !== null;
  return (
    <div data-testid="agency-edit">
      {notice === 'conflict' ? <VersionConflictAlert what="agency" /> : null}
      {notice && notice !== 'conflict' ? (
        <Alert
          type={notice === 'unchanged' ? 'info' : 'success'}
          showIcon
          role="status"
          className="op-form-alert"
          title={t(`admin.agency.notice.${notice}`)}
          data-testid="agency-notice"
        />
      ) : null}
      {problem ? <ProblemAlert problem={problem} placed={failure.placed} className="op-form-alert" /> : null}
      <section className="op-panel" aria-labelledby="agency-summary-heading">
        <h2 id="agency-summary-heading">{t('admin.agency.summaryHeading')}</h2>
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'code',
              label: t('admin.agency.code'),
              children: <code className="op-code">{agency.code}</code>,
            },
            { key: 'kind', label: t('admin.agency.kind'), children: t(`agencyKind.${agency.kind}`) },
            { key: 'level', label: t('admin.agency.level'), children: t(`agencyLevel.${agency.level}`) },
            { key: 'from', label: t('admin.agency.validFrom'), children: formatDate(agency.validFrom) },
            {
              key: 'status',
              label: t('admin.agency.status'),
              children: (
                <span data-testid="agency-status">
                  {closed ? (
                    <Tag>{t('admin.agency.closedOn', { date: formatDate(agency.validTo) })}</Tag>
                  ) : (
                    <Tag className="op-tag-yes">{t('admin.agency.open')}</Tag>
                  )}
                </span>
              ),
            },
            {
              key: 'version',
              label: t('admin.version'),
              children: <span data-testid="agency-version">{agency.version}</span>,
            },
          ]}
        />
      </section>
      <section className="op-panel op-section" aria-labelledby="agency-edit-heading">
        <h2 id="agency-edit-heading">{t('admin.agency.editHeading')}</h2>
        <p className="op-muted">{t('admin.agency.editIntro')}</p>
        <Form<EditValues>
          form={form}
          key={agency.version}
          name="agencyEdit"
          layout="vertical"
          initialValues={{
            name: agency.name,
            abbreviation: agency.abbreviation,
            nameEn: agency.nameEn,
            parentId: agency.parentId,
            usesDocumentManagement: agency.usesDocumentManagement,
            onPrivateNetwork: agency.onPrivateNetwork,
          }}
          onFinish={(v) => void send(agencyChanges(agency, v), 'saved')}
          data-testid="agency-edit-form"
        >
          <Form.Item
            name="name"
            label={t('admin.agency.name')}
            rules={[{ required: true, whitespace: true, min: 2, message: t('admin.agency.nameRequired') }]}
          >
            <Input maxLength={300} data-testid="agency-name" />
          </Form.Item>
          <div className="op-form-row">
            <Form.Item
              name="abbreviation"
              label={t('admin.agency.abbreviation')}
              rules={[{ required: true, whitespace: true, message: t('admin.agency.abbreviationRequired') }]}
            >
              <Input maxLength={30} />
            </Form.Item>
            <Form.Item name="nameEn" label={t('admin.agency.nameEn')}>
              <Input maxLength={300} lang="en" />
            </Form.Item>
          </div>
          <Form.Item name="parentId" label={t('admin.agency.parent')} extra={t('admin.agency.moveHelp')}>
            <AgencySelect
              id="agencyEdit_parentId"
              initial={parent}
              allowClear
              exclude={agency.id}
              placeholder={t('admin.agency.noParent')}
              testId="agency-parent"
            />
          </Form.Item>
          <Form.Item name="usesDocumentManagement" valuePropName="checked">
            <Checkbox>{t('admin.agency.usesDocumentManagement')}</Checkbox>
          </Form.Item>
          <Form.Item name="onPrivateNetwork" valuePropName="checked">
            <Checkbox>{t('admin.agency.onPrivateNetwork')}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="agency-save">
            {t('admin.save')}
          </Button>
        </Form>
      </section>
      <section className="op-panel op-section" aria-labelledby="agency-close-heading">
        <h2 id="agency-close-heading">{t('admin.agency.closeHeading')}</h2>
        {closed ? (
          <>
            <p>{t('admin.agency.closedIntro', { date: formatDate(agency.validTo) })}</p>
            <Button
              onClick={() => void send({ validTo: null }, 'reopened')}
              loading={busy}
              data-testid="agency-reopen"
            >
              {t('admin.agency.reopen')}
            </Button>
          </>
        ) : (
          <>
            <p className="op-muted">{t('admin.agency.closeIntro')}</p>
            <div className="op-field">
              <label htmlFor="agency-close-date" className="op-field-label">
                {t('admin.agency.validTo')}
              </label>
              <DatePicker
                id="agency-close-date"
                format="DD/MM/YYYY"
                placeholder={t('common.datePlaceholder')}
                value={closeDate}
                onChange={setCloseDate}
                disabledDate={(d) => d.format('YYYY-MM-DD') < agency.validFrom}
                data-testid="agency-close-date"
              />
            </div>
            <Popconfirm
              title={t('admin.agency.closeQuestion', {
                name: agency.name,
                date: closeDate ? closeDate.format('DD/MM/YYYY') : '',
              })}
              okText={t('admin.agency.close')}
              cancelText={t('admin.cancel')}
              disabled={!closeDate}
              onConfirm={() => closeDate && void send({ validTo: closeDate.format('YYYY-MM-DD') }, 'closed')}
            >
              <Button danger disabled={!closeDate} loading={busy} data-testid="agency-close">
                {t('admin.agency.close')}
              </Button>
            </Popconfirm>
            {closeDate && closeDate.format('YYYY-MM-DD') < vietnamToday() ? (
              <p className="op-muted">{t('admin.agency.closePast')}</p>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}
