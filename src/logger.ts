import pino from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs on stdout; `level` from LOG_LEVEL. */
export function createLogger(level: string, name = 'kg'): Logger {
  // Synchronous, so the last lines before process.exit() are not lost.
  return pino({ name, level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: 1, sync: true }));
}
