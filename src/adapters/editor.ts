// Opens the writer's editor the way git does: VISUAL or EDITOR, which may carry arguments
// ("code --wait"), run through the shell with the file as "$1".
import { WotnError } from '../errors.js';
import { childProcess } from './child-process.js';


export function openEditor(editor: string, file: string): void {
  const result = childProcess().spawnSync('/bin/sh', ['-c', `${editor} "$1"`, 'wotn-editor', file], { stdio: 'inherit' });
  if (result.error) throw new WotnError('failed', `could not start the editor "${editor}": ${result.error.message}`);
  // Ctrl-C in the editor (or its shell exiting 130): the writer stopped, nothing failed.
  if (result.signal === 'SIGINT' || result.status === 130) throw new WotnError('cancelled', 'Cancelled. Your post is saved.');
  if (result.signal) throw new WotnError('failed', `the editor "${editor}" was stopped by ${result.signal}`, 'Your post is saved; open it yourself or fix VISUAL/EDITOR.');
  if (result.status !== 0) throw new WotnError('failed', `the editor "${editor}" exited with status ${result.status}`, 'Your post is saved; open it yourself or fix VISUAL/EDITOR.');
}
