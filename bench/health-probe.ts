import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProbeFigures {
  probes: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * Runs `work` while a `/healthz` server in this process is asked every `everyMs`, one request at a
 * time: the latencies say how long the event loop was blocked (what the API's own /healthz would see).
 */
export async function probeHealthDuring<T>(work: () => Promise<T>, everyMs = 20): Promise<{ result: T; figures: ProbeFigures }> {
  const server = http.createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const started = performance.now();
      await new Promise<void>((resolve, reject) => http.get({ port, host: '127.0.0.1', path: '/healthz', agent }, (res) => res.resume().on('end', resolve)).on('error', reject));
      latencies.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  try {
    return { result: await work(), figures: summarize(latencies) };
  } finally {
    probing = false;
    await probe;
    agent.destroy();
    server.close();
  }
}

function summarize(latencies: number[]): ProbeFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => +(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0).toFixed(1);
  return { probes: sorted.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: +(sorted.at(-1) ?? 0).toFixed(1) };
}
