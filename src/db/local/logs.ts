import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const LOG_FILES = ['console.log', 'neo4j.log', 'debug.log'] as const;

/** How far each log of a home had grown at some moment: what was written after it is "new". */
export type LogMarks = Record<string, number>;

export function markLogs(home: string): LogMarks {
  return Object.fromEntries(LOG_FILES.map((name) => [name, sizeOf(path.join(home, 'logs', name))]));
}

/**
 * Neo4j's own account of a failed start: the first ERROR line (or, failing that, the last
 * exception line) written to its logs since `marks`, with the last `Caused by:` when there is one.
 * @example "ERROR Failed to start Neo4j on 127.0.0.1:7687 … Caused by: java.io.IOException: File too large"
 */
export function failureLine(home: string, marks: LogMarks): string | undefined {
  const lines = LOG_FILES.flatMap((name) => newText(path.join(home, 'logs', name), marks[name] ?? 0).split('\n'));
  const error = lines.find((l) => /\bERROR\b/.test(l)) ?? lines.filter((l) => /(Exception|Error):/.test(l)).at(-1);
  if (!error) return undefined;
  const cause = lines.filter((l) => /^\s*Caused by:/.test(l)).at(-1);
  return [error.trim(), cause?.trim()].filter(Boolean).join(' … ');
}

/** Whether Neo4j has logged, since `marks`, that it gave up starting (it may keep running regardless). */
export function hasFatalStartError(home: string, marks: LogMarks): boolean {
  return LOG_FILES.some((name) => /\bERROR\b.*(Failed to start|Startup failed|could not be started|Error starting)/i.test(newText(path.join(home, 'logs', name), marks[name] ?? 0)));
}

/** The last lines of the server's logs, for error messages. */
export function logTail(home: string, lines = 25): string {
  const parts: string[] = [];
  for (const name of LOG_FILES) {
    const file = path.join(home, 'logs', name);
    if (!existsSync(file)) continue;
    const tail = readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    if (tail) parts.push(`--- ${file} (last ${lines} lines) ---\n${tail}`);
  }
  return parts.join('\n') || `(no logs in ${path.join(home, 'logs')})`;
}

function sizeOf(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

function newText(file: string, from: number): string {
  if (!existsSync(file)) return '';
  const text = readFileSync(file);
  return text.subarray(Math.min(from, text.length)).toString('utf8');
}
