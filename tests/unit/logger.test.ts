import { loadConfig } from '../../src/config';
import { shouldPrettyPrint } from '../../src/logger';

describe('log format', () => {
  it.each([
    ['auto', true, false, true],
    ['auto', false, false, false],
    ['auto', true, true, false],
    ['pretty', false, true, true],
    ['json', true, false, false],
  ] as const)('LOG_FORMAT=%s, terminal %s, production %s: pretty is %s', (format, isTTY, production, expected) => {
    expect(shouldPrettyPrint({ format, isTTY, production })).toBe(expected);
  });

  it('reads LOG_FORMAT, auto by default, and names a bad value', () => {
    expect(loadConfig({}).logFormat).toBe('auto');
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
  });
});
