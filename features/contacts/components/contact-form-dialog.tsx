"use client";
import { type ReactElement, type ReactNode, useState } from "react";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";

/**
 * The dialog around the contact form, for creating and editing. The form mounts only while open, so
 * each opening starts from fresh values; `onClose` runs however it closes (saved, cancelled, Escape),
 * so the next opening shows no earlier error.
 */
export function ContactFormDialog(props: {
  trigger: ReactElement;
  title: string;
  description: string;
  onClose: () => void;
  children: (close: () => void) => ReactNode;
  defaultOpen?: boolean;
}) {
  const [open, setOpen] = useState(props.defaultOpen ?? false);
  const change = (o: boolean) => {
    setOpen(o);
    if (!o) props.onClose();
  };
  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogTrigger asChild>{props.trigger}</DialogTrigger>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogDescription>{props.description}</DialogDescription>
        </DialogHeader>
        {open ? props.children(() => change(false)) : null}
      </DialogContent>
    </Dialog>
  );
}
