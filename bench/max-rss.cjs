// Preloaded into the measured export process: on exit it writes its own peak resident set
// (kilobytes, from getrusage) to file descriptor 3, which the benchmark reads. Measuring from
// inside is exact, where sampling /proc from outside could miss a short peak.
const fs = require('node:fs');
process.on('exit', () => {
  try {
    fs.writeSync(3, String(process.resourceUsage().maxRSS));
  } catch {
    // Started without the pipe (by hand): nothing to report to.
  }
});
