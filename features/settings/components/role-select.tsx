"use client";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { type Role, roles } from "@/lib/db/roles";
import { useI18n } from "@/lib/i18n/client";

type Props = { id?: string; value: Role; onChange: (role: Role) => void; disabled?: boolean; label?: string };

export function RoleSelect({ id, value, onChange, disabled, label }: Props) {
  const { t } = useI18n();
  return (
    <Select value={value} onValueChange={(v) => onChange(v as Role)} disabled={disabled}>
      <SelectTrigger id={id} className="w-40" aria-label={label}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {roles.map((role) => (
          <SelectItem key={role} value={role}>
            {t(`roles.${role}`)}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
