import { Globe, Inbox, Mail, MessageCircle } from "lucide-react";

/** The channel a conversation came through; lucide has no brand marks, so a chat bubble is WhatsApp. */
export function InboxIcon({
  channel,
  label,
  className,
}: {
  channel: string | null;
  label: string;
  className?: string;
}) {
  const Icon =
    channel === "Channel::Whatsapp"
      ? MessageCircle
      : channel === "Channel::WebWidget"
        ? Globe
        : channel === "Channel::Email"
          ? Mail
          : Inbox;
  return <Icon className={className} aria-label={label} role="img" />;
}
