// The cohort site: building it against wotn report --format json on the same ledger, the
// absolute time at 1,000 members, and the size of the pages a phone loads first.
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLedger } from './ledger-fixture.mjs';
import { gitEnv, measure, row, timeOnce } from './lib.mjs';

const BIN = fileURLToPath(new URL('../bin/wotn.js', import.meta.url));
const FILES_FLOOR = fileURLToPath(new URL('./files-floor.mjs', import.meta.url));
const node = process.execPath;
const NOW = '2026-11-20T12:00:00Z';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const size = (site, ...files) => files.reduce((n, f) => n + statSync(join(site, f)).size, 0);

/** Every file of a built site: count and bytes. */
function total(dir) {
  let files = 0, bytes = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += statSync(join(e.parentPath, e.name)).size;
  }
  return { files, bytes };
}

export async function benchSite(root, sizes, log = console.log) {
  const built = [];
  // Both sides run without NODE_EXTRA_CA_CERTS: loading extra certificates is start-up time
  // that has nothing to do with either command.
  const env = { ...process.env, ...gitEnv, WOTN_NOW: NOW, NO_COLOR: '1' };
  delete env.NODE_EXTRA_CA_CERTS;
  log('\nwotn site vs wotn report --format json on the same ledger (median, interleaved; each site into a new folder, as in CI)');
  for (const members of sizes) {
    const ledger = join(root, `site-ledger-${members}`);
    writeLedger(ledger, members);
    const home = join(root, `home-site-${members}`);
    const outs = join(root, `site-out-${members}`);
    mkdirSync(outs, { recursive: true });
    let n = 0;
    let last;
    const runs = members >= 10_000 ? 5 : 9;
    // How long this disk takes to create a member page's worth of files, measured in the
    // same rounds: on a shared machine it swings from ~30 to ~500 µs a file.
    const pageBytes = 5_000;
    const r = measure({
      report: () => timeOnce(node, [BIN, 'report', '--ledger', ledger, '--format', 'json'], { env: { ...env, WOTN_HOME: home }, maxBuffer: 1 << 30 }),
      site: () => timeOnce(node, [BIN, 'site', '--ledger', ledger, '--out', (last = join(outs, `site-${n++}`))], { env: { ...env, WOTN_HOME: home } }),
      files: () => timeOnce(node, [FILES_FLOOR, join(outs, `files-${n++}`), String(members), String(pageBytes)], { env }),
    }, runs);
    const label = members.toLocaleString('en-US');
    log(row(`site, ${label} members × 30 days`, r.site, 'report --format json', r.report, members === 10_000 ? 3 : undefined));
    if (members === 1_000) log(`  site, 1,000 members: ${r.site.toFixed(0)} ms ${r.site <= 2_000 ? ' ok' : ' OVER'} (target ≤ 2,000 ms)`);
    log(row(`  (floor: node creating ${label} files)`, r.files, 'report --format json', r.report));
    const homePage = size(last, 'index.html', 'assets/site.css', 'assets/search.js');
    const board = size(last, 'leaderboard/index.html', 'assets/site.css', 'assets/search.js');
    const all = total(last);
    const within = (bytes, limit) => (bytes <= limit * 1024 ? ` ok (target ≤ ${limit} KB)` : ` OVER (target ≤ ${limit} KB)`);
    log(`  home page ${kb(homePage)}${members === 10_000 ? within(homePage, 200) : ''}; first leaderboard page ${kb(board)}${members === 10_000 ? within(board, 300) : ''} (HTML + CSS + JS)`);
    log(`  whole site: ${all.files.toLocaleString('en-US')} files, ${(all.bytes / 1e6).toFixed(1)} MB; progress.json ${kb(statSync(join(last, 'progress.json')).size)}`);
    readFileSync(join(last, 'index.html'), 'utf8'); // the site is readable as built
    built.push(outs, ledger);
  }
  // Removed only after every size has run: on an ext4 without a journal (this machine's),
  // each new file's inode is searched for past every inode freed in the last minutes, so
  // deleting the 1,000-member runs' 20,000 files would slow the 10,000-member runs after them.
  for (const dir of built) rmSync(dir, { recursive: true, force: true });
}
