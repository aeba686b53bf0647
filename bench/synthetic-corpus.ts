import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A synthetic corpus in the ecosystem's style, from templates and a vocabulary, so benchmark
 * figures do not depend on the seed's size. Deterministic for a given seed number.
 * Half the articles are plain text, half Markdown (headings, bullets, `**Term**: text`).
 */
export interface SyntheticArticle {
  file: string;
  text: string;
}

const KNOWN_PROJECTS = ['Arbitrum', 'Optimism', 'Polygon', 'zkSync', 'StarkNet', 'Loopring', 'Base', 'Scroll', 'Linea', 'Metis'];
const NETWORKS = ['Ethereum', 'Bitcoin', 'Celestia', 'Polkadot', 'Cosmos'];
const TECHNIQUES = ['Optimistic Rollups', 'zk-Rollups', 'fraud proofs', 'validity proofs', 'state channels', 'sidechains', 'Plasma', 'sharding', 'data availability sampling', 'federated learning'];
const ORGS = ['the Ethereum Foundation', 'the United Nations', 'the European Union', 'Offchain Labs', 'Matter Labs', 'StarkWare'];
const CHALLENGES = ['scalability', 'high fees', 'network congestion', 'data privacy', 'centralization'];
const PREFIX = ['Aster', 'Boreal', 'Cinder', 'Delta', 'Ember', 'Fjord', 'Gale', 'Halo', 'Ion', 'Juno', 'Krypt', 'Lumen', 'Mira', 'Nimbus', 'Onyx', 'Pulse', 'Quill', 'Rune', 'Sol', 'Tessel'];
const SUFFIX = ['Chain', 'Network', 'Protocol', 'Layer', 'Labs', 'Bridge', 'Rollup', 'Link'];

/** A small, fast, seedable PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateArticle(index: number, seed = 1): SyntheticArticle {
  const r = rng(seed * 1_000_003 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const invented = () => `${pick(PREFIX)}${pick(SUFFIX)} ${Math.floor(r() * 900) + 100}`;
  const subject = r() < 0.5 ? pick(KNOWN_PROJECTS) : invented();
  const [t1, t2, t3] = [pick(TECHNIQUES), pick(TECHNIQUES), pick(TECHNIQUES)];
  const network = pick(NETWORKS);
  const org = pick(ORGS);
  const challenge = pick(CHALLENGES);
  const former = invented();
  const rival = r() < 0.5 ? pick(KNOWN_PROJECTS) : invented();
  const filler = () =>
    pick([
      `Developers report that transaction costs fell sharply during the last quarter of testing.`,
      `The team published a detailed roadmap covering audits, governance and community grants.`,
      `Critics argue that adoption depends on wallets, bridges and clear documentation for users.`,
      `Independent researchers reviewed the design and found the trade-offs well documented.`,
    ]);
  const paragraphs = [
    `${subject}, formerly known as ${former}, uses a combination of ${t1} and ${t2}.`,
    `${subject} is built on ${network} and leverages ${t3} to reduce costs. ${filler()}`,
    `The design was developed by ${org}. ${filler()} ${subject} addresses ${challenge} for its users.`,
    `${rival} is an alternative to ${subject}. ${filler()}`,
  ];
  const markdown = index % 2 === 1;
  const title = `${subject} and the future of ${t1} (${index})`;
  const text = markdown
    ? [
        `---\ntitle: "${title}"\nsource: synthetic\n---`,
        `# ${title}`,
        ...paragraphs.slice(0, 2),
        `## How ${subject} works`,
        `- **${t1}**: ${subject} relies on ${t1} for security.`,
        `- **${t2}**: ${filler()}`,
        ...paragraphs.slice(2),
      ].join('\n\n')
    : [title, ...paragraphs, 'Conclusion', `${filler()} ${filler()}`].join('\n');
  return { file: `${String(index).padStart(6, '0')}-synthetic.${markdown ? 'md' : 'txt'}`, text: `${text}\n` };
}

/** Writes `count` articles into `folder` (created if missing); returns the total bytes written. */
export function writeSyntheticCorpus(folder: string, count: number, seed = 1): number {
  mkdirSync(folder, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const article = generateArticle(i, seed);
    writeFileSync(path.join(folder, article.file), article.text);
    bytes += Buffer.byteLength(article.text);
  }
  return bytes;
}
