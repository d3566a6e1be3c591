// A problem a person reads, as data: its English sentence (what the ledger's hook, ingest,
// verify and --json say) and the message key and values that put it in the reader's
// language at the app boundary (spoken() in src/i18n). The keys are en.json's; each key's
// English is the same sentence (test/unit/said.test.ts checks every one the domain says).
// A value may be a Said of its own: a problem found by a deeper check ("note: is empty",
// "progress/an.json: 2026-11-04: ...") is said in the reader's words all the way down.
export type SaidValue = string | number | Said;

export interface Said {
  readonly text: string;
  readonly key: string;
  readonly values: Readonly<Record<string, SaidValue>>;
}

export const said = (key: string, values: Record<string, SaidValue>, text: string): Said => ({ key, values, text });

/** `where: problem`, a field's, an item's or a file's problem (where stays as it is: a path, a JSON field). */
export const saidAt = (where: string, problem: Said): Said => said('problem.at', { where, problem }, `${where}: ${problem.text}`);

/** A check's refusal: the English for every caller that compares it, and the Said for people. */
export const refused = (s: Said): { ok: false; problem: string; said: Said } => ({ ok: false, problem: s.text, said: s });
