// Opens the writer's editor the way git does: VISUAL or EDITOR, which may carry arguments
// ("code --wait"), run through the shell with the file as "$1".
import { WotnError } from '../errors.js';
import { childProcess } from './child-process.js';
import { t } from '../i18n/index.js';


export function openEditor(editor: string, file: string): void {
  const result = childProcess().spawnSync('/bin/sh', ['-c', `${editor} "$1"`, 'wotn-editor', file], { stdio: 'inherit' });
  if (result.error) throw new WotnError('failed', t('editor.couldNotStart', { editor, problem: result.error.message }));
  // Ctrl-C in the editor (or its shell exiting 130): the writer stopped, nothing failed.
  if (result.signal === 'SIGINT' || result.status === 130) throw new WotnError('cancelled', t('editor.cancelled'));
  if (result.signal) throw new WotnError('failed', t('editor.stopped', { editor, signal: result.signal }), t('editor.savedHint'));
  if (result.status !== 0) throw new WotnError('failed', t('editor.exited', { editor, status: String(result.status) }), t('editor.savedHint'));
}
