// A language's compiled catalog (src/i18n/compile.mjs makes it from src/i18n/<lang>.json).
declare module 'wotn-catalog:*' {
  const messages: Record<string, string | ((d?: Record<string, unknown>) => string)>;
  export default messages;
}
