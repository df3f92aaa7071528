import { MessagesPage, messagesMetadata } from "@/features/messages/server/messages-page";

export const generateMetadata = messagesMetadata;

export default function MessagesIndexPage(props: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <MessagesPage {...props} conversationId={null} />;
}
