"use client";
import { NativeSelect } from "@/components/ui/native-select";
import { type Role, roles } from "@/lib/db/roles";
import { useI18n } from "@/lib/i18n/client";

type Props = { id?: string; value: Role; onChange: (role: Role) => void; disabled?: boolean; label?: string };

/** Three roles: the browser's own select, so the members page does not ship a scripted listbox for them. */
export function RoleSelect({ id, value, onChange, disabled, label }: Props) {
  const { t } = useI18n();
  return (
    <NativeSelect
      id={id}
      className="h-9 w-40 text-sm"
      value={value}
      onChange={(e) => onChange(e.target.value as Role)}
      disabled={disabled}
      aria-label={label}
    >
      {roles.map((role) => (
        <option key={role} value={role}>
          {t(`roles.${role}`)}
        </option>
      ))}
    </NativeSelect>
  );
}
