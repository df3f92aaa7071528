import { KpisPage, kpisMetadata } from "@/features/kpis/server/kpis-page";

export const generateMetadata = kpisMetadata;

export default function Page(props: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <KpisPage {...props} />;
}
