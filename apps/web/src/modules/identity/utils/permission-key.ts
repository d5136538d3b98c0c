/**
 * A permission code as a text key: "identity:officials:manage-all" → "identity_officials_manage-all"
 * (i18next reads ":" as a namespace separator, so the code cannot be a key as it is).
 */
export function permissionKey(permission: string): string {
  return permission.replaceAll(':', '_');
}
