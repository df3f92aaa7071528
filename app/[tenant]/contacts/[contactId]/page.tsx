import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContactScreen } from "@/features/contacts/components/contact-screen";
import { getI18n } from "@/lib/i18n/server";
import { integrationStatuses } from "@/lib/integrations/integration-status";
import { roleAtLeast } from "@/lib/tenancy/memberships";
import { getPageTenant } from "@/lib/tenancy/page-tenant";

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getI18n()).t("nav.contacts") });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ContactPage({ params }: { params: Promise<{ tenant: string; contactId: string }> }) {
  const { tenant: slug, contactId } = await params;
  const { tenant, identity } = await getPageTenant(slug);
  // Contact ids are uuids; anything else cannot be a contact.
  if (!UUID.test(contactId)) notFound();
  const statuses = await integrationStatuses({ userId: identity.userId, tenantId: tenant.id, role: tenant.role });
  return (
    <ContactScreen
      tenantId={tenant.id}
      slug={tenant.slug}
      contactId={contactId}
      canEdit={roleAtLeast(tenant.role, "staff")}
      isAdmin={tenant.role === "admin"}
      // Asking a service that is not connected would only produce an error; a failing one may recover.
      connected={{
        chatwoot: statuses.chatwoot.status !== "not_connected",
        odoo: statuses.odoo.status !== "not_connected",
      }}
    />
  );
}
