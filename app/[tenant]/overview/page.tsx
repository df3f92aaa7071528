import { OverviewPage, overviewMetadata } from "@/features/overview/server/overview-page";

export const generateMetadata = overviewMetadata;

export default function Page(props: { params: Promise<{ tenant: string }> }) {
  return <OverviewPage {...props} />;
}
