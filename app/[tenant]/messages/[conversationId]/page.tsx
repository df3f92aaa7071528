import { notFound } from "next/navigation";
import { MessagesPage, messagesMetadata } from "@/features/messages/server/messages-page";

export const generateMetadata = messagesMetadata;

export default async function ConversationPage(props: {
  params: Promise<{ tenant: string; conversationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { conversationId } = await props.params;
  // Chatwoot display ids: positive integers, nothing else reaches the proxy.
  if (!/^[1-9]\d{0,11}$/.test(conversationId)) notFound();
  return <MessagesPage {...props} conversationId={Number(conversationId)} />;
}
