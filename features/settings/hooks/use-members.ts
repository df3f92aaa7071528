"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/browser/fetch-json";
import type { Role } from "@/lib/db/roles";

export type MemberRow = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  status: "invited" | "active";
  isYou: boolean;
};

const membersKey = (tenantId: string) => ["tenants", tenantId, "members"] as const;

export function useMembers(tenantId: string) {
  return useQuery({
    queryKey: membersKey(tenantId),
    queryFn: () => fetchJson<{ data: MemberRow[] }>(`/api/tenants/${tenantId}/members`).then((r) => r.data),
  });
}

export function useMemberMutations(tenantId: string) {
  const queryClient = useQueryClient();
  const base = `/api/tenants/${tenantId}/members`;
  const onSettled = () => queryClient.invalidateQueries({ queryKey: membersKey(tenantId) });
  return {
    invite: useMutation({
      mutationFn: (input: { email: string; role: Role }) => fetchJson(base, { method: "POST", json: input }),
      onSettled,
    }),
    changeRole: useMutation({
      mutationFn: ({ id, role }: { id: string; role: Role }) =>
        fetchJson(`${base}/${id}`, { method: "PATCH", json: { role } }),
      onSettled,
    }),
    remove: useMutation({
      mutationFn: (id: string) => fetchJson(`${base}/${id}`, { method: "DELETE" }),
      onSettled,
    }),
  };
}
