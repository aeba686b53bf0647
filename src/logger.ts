import pino from 'pino';
import pretty from 'pino-pretty';

export type Logger = pino.Logger;

export interface LoggerOptions {
  /** Readable, coloured lines (pino-pretty) instead of JSON. @default false */
  pretty?: boolean;
}

/**
 * Pretty lines for a person at a terminal; JSON for everything else (pipes, files, log collectors) and always
 * in production. `format` is LOG_FORMAT: `pretty` or `json` force one, `auto` decides by the terminal.
 */
export function shouldPrettyPrint({ format, isTTY, production }: { format: 'auto' | 'pretty' | 'json'; isTTY: boolean; production: boolean }): boolean {
  if (format !== 'auto') return format === 'pretty';
  return isTTY && !production;
}

/** Logs on stdout, `level` from LOG_LEVEL: structured JSON, or readable lines when `pretty`. */
export function createLogger(level: string, name = 'kg', { pretty: readable = false }: LoggerOptions = {}): Logger {
  const options = { name, level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime };
  // Synchronous either way, so the last lines before process.exit() are not lost.
  if (readable) return pino(options, pretty({ colorize: true, sync: true, destination: 1, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' }));
  return pino(options, pino.destination({ dest: 1, sync: true }));
}
