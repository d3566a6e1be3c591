// Preloaded (node -r) into both sides of a memory comparison: at exit, the process's peak
// resident memory (KiB) goes to fd 3, which the bench opens as a pipe. Elsewhere, nothing.
process.on('exit', () => {
  try {
    require('node:fs').writeSync(3, String(process.resourceUsage().maxRSS));
  } catch {
    // fd 3 is not ours: not run by the bench
  }
});
