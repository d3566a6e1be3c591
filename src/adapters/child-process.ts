// node:child_process, loaded when wotn first starts a process (git, the editor, gh) rather
// than with every command: a command that starts none (status) does not pay for it.
export const childProcess = () => process.getBuiltinModule('node:child_process');
