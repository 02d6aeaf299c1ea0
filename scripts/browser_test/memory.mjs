// Memory sampling for scripts/measure-memory: the resident memory of the Jupyter server and
// everything it started (the kernels), read from Linux's /proc while a notebook runs.
import fs from 'node:fs';

function describe(command) {
  const joined = command.join(' ');
  if (joined.includes('jjava-launcher')) return 'kernel launcher JVM (jjava-launcher.jar)';
  if (joined.includes('java') && joined.includes('jjava')) return 'Java kernel JVM (JJava)';
  if (joined.includes('jupyter')) return 'Jupyter server (jupyter lab)';
  return joined.slice(0, 120);
}

/** Samples VmRSS and VmHWM of a process and all its descendants (Linux /proc). */
export class MemorySampler {
  constructor(rootPid) { this.rootPid = rootPid; this.reset(); }

  reset() { this.peakTotal = 0; this.peakByPid = new Map(); }

  processes() {
    const parents = new Map();
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch { /* exited meanwhile */ }
    }
    const family = new Set([this.rootPid]);
    for (let grown = true; grown;) {
      grown = false;
      for (const [pid, parent] of parents) {
        if (family.has(parent) && !family.has(pid)) { family.add(pid); grown = true; }
      }
    }
    return family;
  }

  sample() {
    let total = 0;
    for (const pid of this.processes()) {
      try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const kib = name => Number((status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm')) ?? [0, 0])[1]);
        const rss = kib('VmRSS'), hwm = kib('VmHWM');
        total += rss;
        const known = this.peakByPid.get(pid);
        if (!known || hwm > known.hwmKiB) {
          const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
          this.peakByPid.set(pid, { pid, hwmKiB: hwm, command: describe(command) });
        }
      } catch { /* exited meanwhile */ }
    }
    this.peakTotal = Math.max(this.peakTotal, total);
  }

  start() { this.timer = setInterval(() => this.sample(), 200); this.sample(); }

  stop() { clearInterval(this.timer); this.sample(); this.alive = this.processes(); }

  report() {
    // The processes that lived to the end of Run-All (not the kernel that the restart replaced).
    const processes = [...this.peakByPid.values()].filter(p => this.alive?.has(p.pid) ?? true);
    return {
      peakSampledTotalMiB: Math.round(this.peakTotal / 1024),
      // Each process's own peak, added up: an upper bound of the true combined peak.
      sumOfProcessPeaksMiB: Math.round(processes.reduce((sum, p) => sum + p.hwmKiB, 0) / 1024),
      processes: processes.map(p => ({ pid: p.pid, peakMiB: Math.round(p.hwmKiB / 1024), command: p.command })),
    };
  }
}
