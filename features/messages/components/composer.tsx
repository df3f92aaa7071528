"use client";
import { Lock, MessageSquareReply, SendHorizontal } from "lucide-react";
import dynamic from "next/dynamic";
import { type Ref, useId, useImperativeHandle, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import type { Conversation, Inbox } from "@/lib/integrations/chatwoot/chatwoot-models";
import { cn } from "@/lib/utils";
import { useDraft } from "../hooks/use-draft";
import { useCanned } from "../hooks/use-reference-data";
import { cannedQuery, composerKeyAction, filterCanned } from "../lib/composer-keys";
import type { TemplateSend } from "../lib/send-machine";
import { CannedMenu } from "./canned-menu";

// Only conversations whose WhatsApp window closed need the template form.
const TemplatePicker = dynamic(() => import("./template-picker").then((m) => m.TemplatePicker));

export type ComposerHandle = { focus: () => void; startCanned: () => void };

export type SendInput = { content: string; private?: boolean; template?: TemplateSend | null };

/**
 * Reply or private note. Enter sends, Shift+Enter breaks the line, "/" opens canned responses. The
 * text is saved as a draft on every keystroke; once sent it lives in the outbox until Chatwoot has it.
 * With WhatsApp's window closed, replies become approved templates (notes stay free text).
 */
export function Composer({
  tenantId,
  conversation,
  inbox,
  onSend,
  handle,
}: {
  tenantId: string;
  conversation: Conversation;
  inbox: Inbox | undefined;
  onSend: (input: SendInput) => void;
  handle?: Ref<ComposerHandle>;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useDraft(tenantId, conversation.id);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const menuId = useId();
  const textId = useId();
  const note = draft.private;
  const windowClosed = !conversation.canReply && !note;

  const query = cannedQuery(draft.text);
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const menuOpen = query !== null && dismissedFor !== draft.text;
  const canned = useCanned(tenantId, query !== null);
  const matches = useMemo(() => filterCanned(canned.data ?? [], query ?? ""), [canned.data, query]);
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(matches.length - 1, 0));

  useImperativeHandle(handle, () => ({
    focus: () => textRef.current?.focus(),
    startCanned: () => {
      if (!draft.text) setDraft({ ...draft, text: "/" });
      setDismissedFor(null);
      setActive(0);
      requestAnimationFrame(() => textRef.current?.focus());
    },
  }));

  const setText = (text: string) => {
    setDraft({ ...draft, text });
    setActive(0);
  };

  const pick = (index: number) => {
    const chosen = matches[index];
    if (!chosen) return;
    setDraft({ ...draft, text: chosen.content });
    textRef.current?.focus();
  };

  const send = () => {
    const content = draft.text.trim();
    if (!content || windowClosed) return;
    onSend({ content, private: note });
    setDraft({ text: "", private: note });
  };

  return (
    <div className="border-t bg-background p-3" data-testid="composer">
      <fieldset className="mb-2 flex gap-1">
        <legend className="sr-only">{t("messages.composer.mode")}</legend>
        {([false, true] as const).map((isNote) => (
          <button
            key={String(isNote)}
            type="button"
            aria-pressed={note === isNote}
            data-mode={isNote ? "note" : "reply"}
            onClick={() => {
              setDraft({ ...draft, private: isNote });
              requestAnimationFrame(() => textRef.current?.focus());
            }}
            className={cn(
              "inline-flex items-center gap-1.5 rounded-md px-2.5 py-1 font-medium text-xs outline-none focus-visible:ring-2 focus-visible:ring-ring",
              note === isNote
                ? isNote
                  ? "bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50"
                  : "bg-primary text-primary-foreground"
                : "text-muted-foreground hover:bg-muted",
            )}
          >
            {isNote ? (
              <Lock className="size-3.5" aria-hidden />
            ) : (
              <MessageSquareReply className="size-3.5" aria-hidden />
            )}
            {isNote ? t("messages.composer.note") : t("messages.composer.reply")}
          </button>
        ))}
      </fieldset>
      {windowClosed ? (
        <TemplatePicker
          templates={inbox?.templates ?? []}
          disabled={false}
          onSend={({ content, template }) => onSend({ content, template })}
        />
      ) : (
        <div className="relative">
          {menuOpen ? (
            <CannedMenu
              id={menuId}
              items={matches}
              active={activeIndex}
              loading={canned.isPending}
              onPick={(c) => pick(matches.indexOf(c))}
            />
          ) : null}
          <form
            className="flex items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              send();
            }}
          >
            <label htmlFor={textId} className="sr-only">
              {t("messages.composer.label")}
            </label>
            <textarea
              id={textId}
              ref={textRef}
              value={draft.text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                const action = composerKeyAction(e.nativeEvent, menuOpen && matches.length > 0);
                if (!action) {
                  if (e.key === "Escape" && menuOpen) setDismissedFor(draft.text);
                  else if (e.key === "Escape") textRef.current?.blur();
                  return;
                }
                e.preventDefault();
                if (action === "send") send();
                else if (action === "menu-next") setActive((activeIndex + 1) % matches.length);
                else if (action === "menu-prev") setActive((activeIndex - 1 + matches.length) % matches.length);
                else if (action === "menu-pick") pick(activeIndex);
                else if (action === "menu-close") setDismissedFor(draft.text);
              }}
              rows={Math.min(8, Math.max(2, draft.text.split("\n").length))}
              placeholder={note ? t("messages.composer.notePlaceholder") : t("messages.composer.replyPlaceholder")}
              aria-controls={menuOpen && matches.length ? menuId : undefined}
              aria-activedescendant={
                menuOpen && matches[activeIndex] ? `${menuId}-${matches[activeIndex].id}` : undefined
              }
              maxLength={4096}
              data-testid="composer-input"
              className={cn(
                "max-h-48 min-h-[2.5rem] w-full flex-1 resize-none rounded-md border border-input bg-transparent px-3 py-2 text-sm shadow-xs outline-none placeholder:text-muted-foreground focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50",
                note && "border-amber-300 bg-amber-50/50 dark:border-amber-800 dark:bg-amber-950/40",
              )}
            />
            <Button
              type="submit"
              size="icon"
              disabled={!draft.text.trim()}
              aria-label={note ? t("messages.composer.sendNote") : t("messages.composer.send")}
            >
              <SendHorizontal aria-hidden />
            </Button>
          </form>
        </div>
      )}
    </div>
  );
}
