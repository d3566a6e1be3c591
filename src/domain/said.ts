// A problem a person reads, as data: its English sentence (what the ledger's hook, ingest,
// verify and --json say) and the message key and values that put it in the reader's
// language at the app boundary (spoken() in src/i18n). The keys are en.json's; each key's
// English is the same sentence (test/unit/said.test.ts checks every one the domain says).
export interface Said {
  readonly text: string;
  readonly key: string;
  readonly values: Readonly<Record<string, string | number>>;
}

export const said = (key: string, values: Record<string, string | number>, text: string): Said => ({ key, values, text });
