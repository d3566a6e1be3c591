// A language's compiled catalog (src/i18n/compile.mjs makes it from src/i18n/<lang>.json).
declare module 'wotn-catalog:*' {
  const messages: Record<string, string | ((d?: Record<string, unknown>) => string)>;
  export default messages;
  /** The rest of the catalog (the build keeps it in a file of its own). */
  export function more(): Record<string, string | ((d?: Record<string, unknown>) => string)>;
}
