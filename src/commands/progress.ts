// A spinner for long network phases, only where it can be drawn: an interactive stderr that
// reports its width, outside CI. (ora loops forever on a terminal that reports 0 columns.)
import type { Ora } from 'ora';

export interface Progress {
  update(done: number, total: number, label: string): void;
  stop(): void;
}

export function spinnerAllowed(stream: NodeJS.WriteStream = process.stderr, env = process.env): boolean {
  return !!stream.isTTY && (stream.columns ?? 0) > 0 && !env.CI;
}

export function createProgress(): Progress {
  if (!spinnerAllowed()) return { update() {}, stop() {} };
  let spinner: Ora | undefined;
  let loading: Promise<void> | undefined;
  let text = '';
  return {
    update(done, total, label) {
      text = `${label} ${done}/${total}`;
      if (spinner) spinner.text = text;
      else
        loading ??= import('ora').then(({ default: ora }) => {
          spinner = ora({ text, stream: process.stderr }).start();
        });
    },
    stop() {
      spinner?.stop();
      spinner = undefined;
    },
  };
}
