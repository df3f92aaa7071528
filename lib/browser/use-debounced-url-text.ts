"use client";
import { useEffect, useRef, useState } from "react";

/**
 * A search box whose value lives in the URL: typing updates the box at once and the URL after a pause
 * (each URL change is a request upstream), and a change made elsewhere (back button, "Quitar filtros")
 * replaces the box's text, but never while the person is typing over it.
 */
export function useDebouncedUrlText(urlValue: string, push: (value: string) => void, delayMs = 300) {
  const [text, setText] = useState(urlValue);
  const pushed = useRef(urlValue);

  useEffect(() => {
    if (urlValue === pushed.current) return;
    pushed.current = urlValue;
    setText(urlValue);
  }, [urlValue]);

  useEffect(() => {
    if (text === pushed.current) return;
    const timer = setTimeout(() => {
      pushed.current = text;
      push(text);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, push, delayMs]);

  return [text, setText] as const;
}
