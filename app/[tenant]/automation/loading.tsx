// Every tab but Mensajes shows this skeleton while its page renders; Mensajes has none, so its first
// paint is the inbox itself (see components/shell/tab-loading.tsx).
export { TabLoading as default } from "@/components/shell/tab-loading";
