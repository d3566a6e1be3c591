// A floor for writing a site: create COUNT files of SIZE bytes in a new folder (as many as
// the site has members), with nothing else: no reading, no rendering.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, count, size] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
mkdirSync(join(dir, 'members'), { recursive: true });
const content = 'x'.repeat(size);
for (let i = 0; i < count; i++) writeFileSync(join(dir, 'members', `${i}.html`), content, { flag: 'wx' });
