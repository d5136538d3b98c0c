import { Checkbox, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { listRoles, type PlatformRole, type RoleName } from '../api/admin.api.ts';
import { roleOptions } from '../utils/role-options.ts';

/**
 * The roles as a group of checkboxes under a legend (WCAG 1.3.1). The list is the API's role table (every
 * mounted module's roles, GET /api/roles), so a module that adds a role shows up here without a change to
 * the web app; labels are in the reader's language. Only province-wide administrators may hand out
 * "system administrator"; for others it is shown but cannot be ticked (the API refuses it too).
 */
export function RoleCheckboxes({
  value,
  onChange,
  provinceWide,
  legend,
  help,
}: {
  value?: RoleName[];
  onChange?: (roles: RoleName[]) => void;
  provinceWide: boolean;
  legend: string;
  help?: string;
}) {
  const { i18n } = useTranslation();
  const roles = useApiQuery<PlatformRole[]>('roles', async (signal) => (await listRoles(signal)).items);
  return (
    <fieldset className="op-fieldset" data-testid="official-roles">
      <legend className="op-field-label">{legend}</legend>
      {help ? <p className="op-field-help">{help}</p> : null}
      {roles.problem ? <ProblemAlert problem={roles.problem} /> : null}
      {roles.isLoading && !roles.data ? (
        <Skeleton active paragraph={{ rows: 3 }} title={false} />
      ) : (
        <Checkbox.Group<RoleName>
          value={value ?? []}
          onChange={(v) => onChange?.(v)}
          options={roleOptions({
            roles: roles.data ?? [],
            held: value ?? [],
            english: i18n.language.startsWith('en'),
            provinceWide,
          })}
        />
      )}
    </fieldset>
  );
}
