import { Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLE_NAMES, type RoleName } from '../api/admin.api.ts';

/**
 * The roles as a group of checkboxes under a legend (WCAG 1.3.1). Only province-wide administrators may
 * hand out "system administrator"; for others it is shown but cannot be ticked (the API refuses it too).
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
  const { t } = useTranslation();
  return (
    <fieldset className="op-fieldset" data-testid="official-roles">
      <legend className="op-field-label">{legend}</legend>
      {help ? <p className="op-field-help">{help}</p> : null}
      <Checkbox.Group<RoleName>
        value={value ?? []}
        onChange={(v) => onChange?.(v)}
        options={ROLE_NAMES.map((role) => ({
          value: role,
          label: t(`roles.${role}`),
          disabled: role === 'system_admin' && !provinceWide && !value?.includes(role),
        }))}
      />
    </fieldset>
  );
}
