// The leaderboard use case: the cohort's page files (CI runs this on every push).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Context } from '../context.js';
import { loadReport } from './report.js';

export interface LeaderboardResult {
  out: string;
  files: string[];
  members: number;
  date: string;
  warnings: string[];
}

export async function writeLeaderboard(o: { ledger?: string; date?: string; out: string }, ctx: Context): Promise<LeaderboardResult> {
  const r = await loadReport(o, ctx);
  const dir = resolve(ctx.cwd, o.out);
  mkdirSync(dir, { recursive: true });
  const [{ leaderboardHtml }, { leaderboardMarkdown, progressJson }] = await Promise.all([import('../render/html.js'), import('../render/report.js')]);
  const files = { 'LEADERBOARD.md': leaderboardMarkdown(r), 'index.html': leaderboardHtml(r), 'progress.json': progressJson(r) };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { out: dir, files: Object.keys(files), members: r.members.length, date: r.date, warnings: r.warnings };
}
