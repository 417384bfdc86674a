// Progress for long work: a bar on a terminal, a few plain lines when output is piped or in CI.
import cliProgress from 'cli-progress';

export interface Progress {
  start(label: string, total: number): void;
  update(done: number, total?: number): void;
  stop(): void;
}

class BarProgress implements Progress {
  private bar?: cliProgress.SingleBar;
  start(label: string, total: number): void {
    this.stop();
    this.bar = new cliProgress.SingleBar(
      { format: `${label.padEnd(18)} {bar} {percentage}% | {value}/{total}`, stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(total, 0);
  }
  update(done: number, total?: number): void {
    if (total !== undefined) this.bar?.setTotal(total);
    this.bar?.update(done);
  }
  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }
}

class LineProgress implements Progress {
  private label = '';
  private lastQuarter = -1;
  start(label: string, total: number): void {
    this.label = label;
    this.lastQuarter = -1;
    process.stderr.write(`${label}: 0/${total}\n`);
  }
  update(done: number, total?: number): void {
    if (!total) return;
    const quarter = Math.floor((done / total) * 4);
    if (quarter > this.lastQuarter && quarter > 0) {
      this.lastQuarter = quarter;
      process.stderr.write(`${this.label}: ${done}/${total}\n`);
    }
  }
  stop(): void {}
}

class SilentProgress implements Progress {
  start(): void {}
  update(): void {}
  stop(): void {}
}

export function createProgress(options: { quiet?: boolean } = {}): Progress {
  if (options.quiet) return new SilentProgress();
  return process.stderr.isTTY ? new BarProgress() : new LineProgress();
}
