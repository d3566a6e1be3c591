// Generates a cohort ledger of N members × D days as plain files (and optionally a git repo).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ZONES = ['Asia/Ho_Chi_Minh', 'America/New_York', 'Europe/Berlin', 'UTC', 'Australia/Sydney'];

export function writeLedger(dir, members, days = 30, start = '2026-11-01') {
  mkdirSync(join(dir, 'members'), { recursive: true });
  mkdirSync(join(dir, 'progress'), { recursive: true });
  writeFileSync(join(dir, 'wotn-cohort.json'), JSON.stringify({
    schema: 1, id: 'bench', name: 'Bench cohort', start, days, timezone: 'Asia/Ho_Chi_Minh', minWords: 100, freezes: 1, graceHours: 6, roles: { m0: 'lead' },
  }, null, 2));
  const startMs = Date.parse(start);
  for (let i = 0; i < members; i++) {
    const handle = `m${i}`;
    const timezone = ZONES[i % ZONES.length];
    writeFileSync(join(dir, 'members', `${handle}.json`), JSON.stringify({
      schema: 1, handle, name: `Member ${i}`, blog: `https://m${i}.example.com`, intro: 'Writing every day.', timezone, joinedAt: '2026-10-30T00:00:00Z',
    }, null, 2) + '\n');
    const entries = [];
    for (let d = 0; d < days; d++) {
      if ((i * 7 + d * 3) % 11 === 0) continue; // some missed days
      const date = new Date(startMs + d * 86_400_000).toISOString().slice(0, 10);
      entries.push({ date, title: `Day ${d + 1} of member ${i}`, url: `https://m${i}.example.com/${date}/`, words: 150 + ((i + d) % 400), publishedAt: `${date}T12:00:00Z` });
    }
    writeFileSync(join(dir, 'progress', `${handle}.json`), JSON.stringify({ schema: 1, handle, entries }, null, 2) + '\n');
  }
}

/**
 * Gives the ledger in `dir` (already a git repository with one commit on main) `commits`
 * more commits, each changing one member's progress file, through git fast-import.
 */
export function addHistory(dir, members, commits, git) {
  const parts = [];
  for (let k = 1; k <= commits; k++) {
    const handle = `m${k % members}`;
    const file = JSON.stringify({ schema: 1, handle, entries: [{ date: '2026-11-01', title: `Edit ${k}`, url: `https://${handle}.example.com/`, words: 300, publishedAt: '2026-11-01T12:00:00Z' }] }) + '\n';
    const message = `${handle}: edit ${k}\n`;
    parts.push(`commit refs/heads/main\ncommitter Bench <bench@example.com> ${1_790_000_000 + k} +0000\ndata ${Buffer.byteLength(message)}\n${message}`);
    if (k === 1) parts.push('from refs/heads/main^0\n');
    parts.push(`M 100644 inline progress/${handle}.json\ndata ${Buffer.byteLength(file)}\n${file}\n`);
  }
  git(dir, ['fast-import', '--quiet'], parts.join(''));
}
