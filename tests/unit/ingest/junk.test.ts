import { recognizeEntities } from '../../../src/ingest/stages/recognize-entities';
import type { Found } from '../../../src/ingest/stages/discover';
import { junkReason } from '../../../src/ingest/stages/rules/junk';
import { segment } from '../../../src/ingest/stages/segment';
import { articleOf, seedKnowledge } from './helpers';

// Own sentences, written for this rule; no article's text.
const knowledge = seedKnowledge();

/** Why a discovered name spelled `phrase` in the article's one sentence would be junk, or null. */
function reasonFor(body: string, phrase: string): string | null {
  const article = articleOf(body);
  const seg = segment(article, knowledge.lexicon);
  const { tokens } = recognizeEntities(article, seg, knowledge);
  const s = seg.sentences.find((x) => x.text.includes(phrase));
  if (!s) throw new Error(`no sentence holds "${phrase}"`);
  const start = s.start + s.text.indexOf(phrase);
  const found = { discovered: true, start, end: start + phrase.length, name: phrase } as unknown as Found;
  return junkReason(found, s, knowledge.lexicon, tokens[s.index] ?? []);
}

describe('junk among discovered names (own examples)', () => {
  it('takes a lower-case phrase opening with a verb\'s plain form for a predicate ("to allow seamless updates")', () => {
    expect(reasonFor('# Notes\n\nQuorrel uses proxies to allow seamless updates.\n', 'allow seamless updates')).toBe('a verb phrase');
  });

  it('takes a phrase opening with a present verb for a predicate ("Subscribes to Tessbar events"), not a name', () => {
    expect(reasonFor('# Notes\n\n- *Sync service*. Subscribes to Tessbar events.\n', 'Subscribes to Tessbar')).toBe('a verb phrase');
    expect(reasonFor('# Notes\n\n- *Sync service*. Subscribes to Tessbar events.\n', 'Tessbar')).toBeNull();
  });

  it('takes one dictionary adverb for no name ("Initially, …")', () => {
    expect(reasonFor('# Notes\n\nInitially, Quorrel settled every batch on Tessbar.\n', 'Initially')).toBe('an adverb');
    expect(reasonFor('# Notes\n\nInitially, Quorrel settled every batch on Tessbar.\n', 'Quorrel')).toBeNull();
  });

  it('takes a lower-case phrase a describing adjective opens for a description ("common mechanisms"), not a term', () => {
    expect(reasonFor('# Notes\n\nQuorrel relies on common mechanisms such as decentralized auctions.\n', 'common mechanisms')).toBe('a description');
    expect(reasonFor('# Notes\n\nQuorrel relies on common mechanisms such as decentralized auctions.\n', 'decentralized auctions')).toBeNull();
  });

  it('takes a phrase a plural class word opens ("Types of Quorrel") for a common noun phrase, no name', () => {
    expect(reasonFor('# Notes\n\n- Types of Quorrel\n', 'Types of Quorrel')).toBe('a common noun phrase');
  });

  it('takes an ordinal or a count with a plus ("3rd", "500+ members") for a quantity, and keeps a name that opens with a digit ("1inch")', () => {
    expect(reasonFor('# Notes\n\nA 3rd party runs the relay.\n', '3rd')).toBe('a number or quantity');
    expect(reasonFor('# Notes\n\nThe group has 500+ members today.\n', '500+ members')).toBe('a number or quantity');
    expect(reasonFor('# Notes\n\nQuorrel routes swaps through 1inch today.\n', '1inch')).toBeNull();
  });

  it('takes a run a code quote cuts through ("Anchor` and `Ledger") for fragments, and keeps a quoted name ("`quorrel-core`")', () => {
    const body = '# Changes\n\nThe `Anchor` and `Ledger` types moved to `quorrel-core` in this release.\n';
    expect(reasonFor(body, 'Anchor` and `Ledger')).toBe('a fragment of code');
    expect(reasonFor(body, '`quorrel-core`')).toBeNull();
  });

  it('takes a run of single letters for an alphabetical index ("A B C D"), no name', () => {
    expect(reasonFor('# Glossary\n\nJump to: A B C D E\n', 'A B C D E')).toBe('letters of an index');
  });

  it('takes a lone general noun for no name ("Platform"), and keeps a name that holds one ("Quorrel Platform")', () => {
    expect(reasonFor('# Notes\n\nPlatform\n\nQuorrel Platform uses proofs.\n', 'Platform')).toBe('a generic word');
    expect(reasonFor('# Notes\n\nQuorrel Platform uses proofs.\n', 'Quorrel Platform')).toBeNull();
  });

  it('takes the noun a copula gives a thing\'s kind by ("a technique that …") for no name', () => {
    expect(reasonFor('# Notes\n\nQuill folding is a technique that merges proofs.\n', 'technique')).toBe('a generic word');
    expect(reasonFor('# Notes\n\nQuill folding is an approach that merges proofs.\n', 'approach')).toBe('a generic word');
  });

  it('takes a word fused to an adjective suffix for an adjective ("time-consuming", "CPU-only")', () => {
    expect(reasonFor('# Notes\n\nQuorrel proving is time-consuming on CPU-only machines.\n', 'time-consuming')).toBe('an adjective');
    expect(reasonFor('# Notes\n\nQuorrel proving is time-consuming on CPU-only machines.\n', 'CPU-only')).toBe('an adjective');
  });

  it('takes a lone kind noun right after a parenthesis for the tail of a name ("Quorrel (Kestrel) Network")', () => {
    expect(reasonFor('# Notes\n\nQuorrel (Kestrel) Network uses proofs.\n', 'Network')).toBe('a fragment of a name');
  });

  it('keeps a term opening with a gerund or a participle ("proving fees", "distributed ledgers")', () => {
    expect(reasonFor('# Notes\n\nQuorrel lowers proving fees for distributed ledgers.\n', 'proving fees')).toBeNull();
    expect(reasonFor('# Notes\n\nQuorrel lowers proving fees for distributed ledgers.\n', 'distributed ledgers')).toBeNull();
  });

  it('takes a commit id ("9c0e4d1") and a placeholder ("XXXXXXX") for no name, and keeps a coined name with figures ("b4d3")', () => {
    expect(reasonFor('# Changes\n\n- 9c0e4d1 Quorrel drops XXXXXXX values.\n', '9c0e4d1')).toBe('a commit id');
    expect(reasonFor('# Changes\n\n- 9c0e4d1 Quorrel drops XXXXXXX values.\n', 'XXXXXXX')).toBe('a placeholder');
    expect(reasonFor('# Changes\n\nQuorrel ships b4d3 today.\n', 'b4d3')).toBeNull();
  });

  it('reads the capitalised word after a commit id as the opening of its item, a common word when the article writes it in lower case', () => {
    const body =
      '# Changes\n\n- [9c0e4d1](https://example.org/c/9c0e4d1) Refactor the Quorrel router (#12)\n- [3b7aa02](https://example.org/c/3b7aa02) Use Tessbar for proofs (#13)\n\nWe use Tessbar and refactor often.\n';
    const names = recognizeEntities(articleOf(body), segment(articleOf(body), knowledge.lexicon), knowledge).mentions.map((m) => m.text);
    expect(names).toContain('Tessbar');
    expect(names).not.toContain('Use');
    expect(names).not.toContain('Refactor');
  });

  it('reads the word that opens a commit title as what the commit does, unless the article capitalises it inside a sentence', () => {
    const body =
      '# Changes\n\n- [9c0e4d1](https://example.org/c/9c0e4d1) Tidy wallet loading in `Quorrel` (#12)\n- [3b7aa02](https://example.org/c/3b7aa02) Sturdier handling of bad keys (#13)\n- [5e1f9c3](https://example.org/c/5e1f9c3) Marrow support for proofs (#14)\n\nWe ship Marrow as a library.\n';
    const names = recognizeEntities(articleOf(body), segment(articleOf(body), knowledge.lexicon), knowledge).mentions.map((m) => m.text);
    expect(names).not.toContain('Tidy');
    expect(names).not.toContain('Sturdier');
    expect(names).toContain('Marrow');
  });

  it('takes a capitalised dictionary word quoted alone as code ("`Ledger`") for an identifier, and keeps a lower-case one ("`courier`")', () => {
    const body = '# Changes\n\nQuorrel has more types, not just `Anchor` and `Ledger`, and Tessbar relies on `courier` for relays.\n';
    expect(reasonFor(body, 'Ledger')).toBe('a code word');
    expect(reasonFor(body, 'courier')).toBeNull();
    expect(reasonFor('# Changes\n\nQuorrel keeps the Ledger module.\n', 'Ledger')).toBeNull();
  });

  it('leaves the verb of an instruction out of the catalog acronym after it ("2. Use GDPR checklists"), and keeps a name it closes ("Mistral AI")', () => {
    const body = '# Steps\n\n1. Read the notes.\n2. Use GDPR checklists for audits.\n3. Ask Mistral AI for help.\n';
    const names = recognizeEntities(articleOf(body), segment(articleOf(body), knowledge.lexicon), knowledge)
      .mentions.filter((m) => !m.nested)
      .map((m) => m.text);
    expect(names).toContain('GDPR');
    expect(names).not.toContain('Use GDPR');
    expect(names).toContain('Mistral AI');
  });

  it('keeps a capitalised content word of the stop list inside a name ("a Proof Specific Language"), and no function word', () => {
    const names = (body: string) =>
      recognizeEntities(articleOf(body), segment(articleOf(body), knowledge.lexicon), knowledge)
        .mentions.filter((m) => !m.nested)
        .map((m) => m.text);
    expect(names('# Quorrel\n\nIt is a Proof Specific Language for SNARK proving systems.\n')).toContain('Proof Specific Language');
    expect(names('# Quorrel\n\nIt is a Proof Specific Language for SNARK proving systems.\n')).not.toContain('Proof');
    expect(names('# Quorrel\n\nWe met Tessbar And Marrow at the fair.\n')).not.toContain('Tessbar And Marrow');
  });

  it('takes a label of dictionary words before a condition ("**Cost Efficiency**: If …") for advice, and keeps a coined one', () => {
    expect(reasonFor('# Notes\n\n- **Cost Efficiency**: If the batch is large, gas costs fall.\n', 'Cost Efficiency')).toBe('a label of advice');
    expect(reasonFor('# Notes\n\n- **Fallback Procedures**: When the model is unsure, ask a human.\n', 'Fallback Procedures')).toBe('a label of advice');
    expect(reasonFor('# Notes\n\n- **Quorrel Engine**: If you run it, it proves blocks.\n', 'Quorrel Engine')).toBeNull();
    expect(reasonFor('# Notes\n\n- **Evidence**: a document that supports a claim.\n', 'Evidence')).toBeNull();
  });

  it('takes the labels of a comparison ("Pros", "Cons") for junk words', () => {
    expect(reasonFor('# Quorrel\n\n- Pros: fast proofs\n- Cons: a trusted setup\n', 'Pros')).toBe('a junk word');
    expect(reasonFor('# Quorrel\n\n- Pros: fast proofs\n- Cons: a trusted setup\n', 'Cons')).toBe('a junk word');
  });

  it('takes a dictionary adverb that opens a numbered item ("3. Collectively, the claims ...") for no term', () => {
    const body = '# Steps\n\n1. Write the claims.\n2. Check them.\n3. Collectively, the claims build confidence in Quorrel.\n';
    const names = recognizeEntities(articleOf(body), segment(articleOf(body), knowledge.lexicon), knowledge).mentions.map((m) => m.text);
    expect(names).not.toContain('Collectively');
  });
});
