import { analyze } from '../../../src/ingest/pipeline';
import { articleOf, seedKnowledge } from './helpers';

const knowledge = seedKnowledge();
const run = (body: string, path = 'test.md') => analyze(articleOf(body, path), knowledge).patch;
const facts = (body: string) => run(body).relations.map((r) => `${r.subjectId} ${r.type} ${r.objectId}`);
const entities = (body: string) => run(body).entities.map((e) => `${e.id}`);

describe('extraction of shapes real articles have', () => {
  it('finds proper names anywhere in a sentence, not only next to a cue', () => {
    expect(entities('Intro\nLast week Kestrel Labs shipped Quillwork to its first customers.\n')).toEqual(['organization:kestrel-labs', 'project:quillwork']);
  });

  it('types a title-case name that starts with a given name as a person, and knows the surname later', () => {
    const patch = run('Intro\nThe fee market was designed by Jane Roe in 2024. Roe later joined Quillwork.\n');
    expect(patch.entities.find((e) => e.type === 'Person')).toMatchObject({ id: 'person:jane-roe', aliases: ['Roe'] });
  });

  it('keeps dotted and digit-bearing code names whole', () => {
    expect(entities('Intro\nThe client talks to nodes through ethers.js and libp2p.\n')).toEqual(expect.arrayContaining(['project:ethers-js', 'project:libp2p']));
  });

  it('states nothing when the cue is negated', () => {
    expect(facts('Intro\nQuillwork does not rely on Solana. Harborline never used Avalanche.\n')).toEqual([]);
  });

  it('matches a cue in every inflection of its verb, but not its passive', () => {
    expect(facts('Intro\nQuillwork relied on Solana for settlement.\n')).toEqual(['project:quillwork USES network:solana']);
    expect(facts('Intro\nDisputes are settled on Solana.\n')).toEqual([]);
  });

  it('relates the first cell of a Markdown table row to the cells of columns whose header it knows', () => {
    const body = '# Stacks\n\n| Project | Settles to | Maintainer | Notes |\n|---|---|---|---|\n| Quillwork | Solana | Kestrel Labs | Fast, cheap |\n';
    expect(facts(body)).toEqual(['project:quillwork BUILT_ON network:solana', 'project:quillwork DEVELOPED_BY organization:kestrel-labs']);
  });

  it('reads a header that opens with a known one ("Example networks"), a "Used by" column backwards, and a security column as what the row uses', () => {
    const body =
      '# Designs\n\n| Approach | Example networks | Security source |\n|---|---|---|\n| Optimistic rollup | Quillwork | Fraud proofs |\n\n' +
      '| Scheme | Used by |\n|---|---|\n| Groth16 | Harborline |\n';
    expect(facts(body)).toEqual(
      expect.arrayContaining(['project:quillwork IS_A technique:optimistic-rollups', 'technique:optimistic-rollups USES technique:fraud-proofs', 'project:harborline USES technique:groth16']),
    );
  });

  it('takes one plain lower-case word for a name where a kind noun stands in apposition to it, backticks or not', () => {
    expect(facts('Intro\nThe aggregation service, `harbord`, was developed by Kestrel Labs and is built on Solana.\n').sort()).toEqual([
      'project:harbord BUILT_ON network:solana',
      'project:harbord DEVELOPED_BY organization:kestrel-labs',
    ]);
    expect(facts('Intro\nThe team ships harbord, an open-source library built on Solana.\n')).toEqual(['project:harbord BUILT_ON network:solana']);
    expect(entities('Intro\nThe batch, however, was late.\n')).toEqual([]);
  });

  it('reads a possessive phrase in apposition as the owner of the name before it', () => {
    expect(facts("Intro\nQuillwork, Kestrel Labs' scaling engine, settles to Solana. Quillwork is fast.\n").sort()).toEqual([
      'project:quillwork BUILT_ON network:solana',
      'project:quillwork DEVELOPED_BY organization:kestrel-labs',
    ]);
    expect(facts("Intro\nJane Roe, Kestrel Labs' lead engineer, spoke first.\n")).toEqual(['person:jane-roe PART_OF organization:kestrel-labs']);
    expect(facts("Intro\nQuillwork, Kestrel Labs' former product, was retired. Quillwork is gone.\n")).toEqual(['project:quillwork DEVELOPED_BY organization:kestrel-labs']);
    expect(facts("Intro\nQuillwork, Kestrel Labs' Harborline fork, was retired. Quillwork is gone.\n")).not.toContain('project:quillwork DEVELOPED_BY organization:kestrel-labs');
  });

  it('types a two-word name a copula or an aside describes by a role ("is a staff engineer at") as a person', () => {
    expect(facts('Intro\nOdalys Brenn is a staff engineer at Kestrel Labs.\n')).toEqual(['person:odalys-brenn PART_OF organization:kestrel-labs']);
    expect(entities('Intro\nOdalys Brenn, the lead researcher of Quillwork, spoke.\n')).toContain('person:odalys-brenn');
    expect(entities('Intro\nOdalys Brenn is a new wallet for Solana.\n')).not.toContain('person:odalys-brenn');
  });

  it('reads a project or network that modifies the noun of an aside on a name as what the name is built on', () => {
    expect(facts('Intro\nThe team relies on Harborline, the Solana client developed by Kestrel Labs. Harborline is fast.\n')).toContain('project:harborline BUILT_ON network:solana');
    expect(facts('Intro\nVerify it on Quillwork, the Solana-based explorer. Quillwork is fast.\n')).toContain('project:quillwork BUILT_ON network:solana');
    expect(facts("Intro\nThe team relies on Harborline, the Solana Foundation's client. Harborline is fast.\n")).not.toContain('project:harborline BUILT_ON network:solana');
  });

  it('reads "<Name> on <Network>" as the name deployed on the network, unless a verb before the name takes "on"', () => {
    expect(facts('Intro\nToday Quillwork on Solana settles in seconds. Quillwork is fast.\n')).toEqual(['project:quillwork BUILT_ON network:solana']);
    expect(facts('Intro\nWe tested Quillwork on Solana. Quillwork is fast.\n')).toEqual([]);
  });

  it('keeps a person or a title before "of" out of the organization\'s name, and "e.g." out of the names', () => {
    expect(facts('Intro\nOdalys Brenn, CEO of Kestrel Labs, said no.\n')).toEqual(['person:odalys-brenn PART_OF organization:kestrel-labs']);
    expect(entities('Intro\nA study by J. K. Brenn of Kestrel Labs was cited.\n').sort()).toEqual(['organization:kestrel-labs', 'person:j-k-brenn']);
    expect(entities('Intro\nShared sequencing, e.g. Quillwork or Harborline, helps. Quillwork is fast.\n')).not.toContain('project:e-g');
    expect(entities('Intro\nThe Hollis Institute of Technology agreed.\n')).toEqual(['organization:hollis-institute-of-technology']);
  });

  it('starts no name at an "and" that follows a comma ("X, formerly known as Y, and Marrow Chain, ...")', () => {
    const found = entities('Intro\nHarborline, formerly known as Quillwork, and Marrow Chain, which used to be called Solana, are sidechains.\n');
    expect(found).toContain('network:marrow-chain');
    expect(found.some((id) => id.includes('and-marrow'))).toBe(false);
  });

  it('reads nothing under a "Further reading" heading or inside a code fence', () => {
    const body = '# Guide\n\nQuillwork is a wallet.\n\n```\nHarborline uses Solana\n```\n\n## Further reading\n\n- [Kestrel Labs blog](https://example.org)\n';
    expect(entities(body)).toEqual(['project:quillwork']);
  });

  it('takes from a reading list only the people it names as authors, and relates nothing there', () => {
    const body =
      "# Guide\n\nQuillwork is a wallet.\n\n## Further reading\n\n- [Quillwork in depth by Ravi Ostrane](https://example.org/a)\n- [Quill Book](https://example.org/b) - _Jane Roe_\n- [Kestrel notes - Aoife D'Arcy, talk](https://example.org/c)\n- [Harborline uses Solana](https://example.org/d)\n- Tillerman et al. Quillwork at scale.\n";
    expect(entities(body).sort()).toEqual(['person:aoife-d-arcy', 'person:jane-roe', 'person:ravi-ostrane', 'person:tillerman', 'project:quillwork']);
    expect(facts(body)).toEqual([]);
  });

  it('takes every person of an author list in a references section', () => {
    const body = '# Guide\n\nQuillwork is a wallet.\n\n## References\n\n- Jane Roe, Vasko Ostrane and Oriel Tessaly. Quillwork at scale. QUILLCONF 2024.\n';
    expect(entities(body).sort()).toEqual(['person:jane-roe', 'person:oriel-tessaly', 'person:vasko-ostrane', 'project:quillwork']);
    expect(facts(body)).toEqual([]);
  });

  it('lets "It" stand for the name that opened the previous sentence', () => {
    expect(facts('Intro\nQuillwork launched in May. It relies on Solana for settlement.\n')).toEqual(['project:quillwork USES network:solana']);
  });

  it('keeps no numbers, file names, hosts or datelines as entities', () => {
    const body = 'Intro\nKESTREL — In 2019 Quillwork posted ~230k proofs; see CHANGELOG.md on shields.io for the Harborline notes.\n';
    expect(entities(body)).toEqual(['project:harborline', 'project:quillwork']);
  });

  it('gives verbs joined by "and" the subject that opens the sentence', () => {
    expect(facts('Intro\nToday Quillwork connects many wallets into one graph and runs on top of Solana.\n')).toEqual(['project:quillwork BUILT_ON network:solana']);
  });

  it('hands a fronted participle to the name after its comma, and "it" to the name before', () => {
    expect(facts('Intro\nBuilt by Kestrel Labs, Quillwork settles to Solana.\n')).toEqual(['project:quillwork BUILT_ON network:solana', 'project:quillwork DEVELOPED_BY organization:kestrel-labs']);
    expect(facts('# harborline\n\nharborline is a small toolkit. Built on top of Quillwork, it posts batches to Solana.\n')).toEqual(
      expect.arrayContaining(['project:harborline BUILT_ON network:quillwork']),
    );
  });

  it('reads the fields of a plain-text section about a name, and "A + B" as a combination', () => {
    const body = 'Report\n\nHarborline Audit\nDeveloper: Kestrel Labs, Singapore.\nMethod: bias audits + drift monitoring.\nExamples: Quillwork, Larkspur.\n';
    expect(facts(body)).toEqual(
      expect.arrayContaining([
        'project:harborline-audit DEVELOPED_BY organization:kestrel-labs',
        'project:harborline-audit COMBINES technique:bias-audits',
        'project:harborline-audit COMBINES technique:drift-monitoring',
      ]),
    );
  });

  it('takes people from a byline, and a catalog acronym into the name around it', () => {
    expect(entities('Notes on channels\nLena Okafor, Marcus Thiel\n\nMistral AI and AI Verify shipped Quillwork.\n')).toEqual(
      expect.arrayContaining(['person:lena-okafor', 'person:marcus-thiel', 'project:mistral-ai', 'project:ai-verify']),
    );
  });

  it('types a name by the noun that describes it, and a numbered acronym as a standard', () => {
    const body = 'Intro\nToday Larkspur, the company behind Quillwork, adopted EIP-7702 and RFC 9110.\n';
    expect(entities(body)).toEqual(expect.arrayContaining(['organization:larkspur', 'regulation:eip-7702', 'regulation:rfc-9110']));
  });

  it('reads an apposition with an indefinite article as the class of the name before it', () => {
    expect(facts('Intro\nThe team is testing Quillwork, a zkVM from Larkspur Labs.\nHarborline settles to Solana, itself a fast Layer 1.\n')).toEqual(
      expect.arrayContaining(['project:quillwork IS_A project:zkvm', 'project:quillwork DEVELOPED_BY organization:larkspur-labs', 'network:solana IS_A concept:layer-1']),
    );
  });

  it('asks nothing of a question heading', () => {
    expect(facts('# FAQ\n\n## Does Quillwork use Solana?\n\nYes.\n')).toEqual([]);
  });

  it('takes a phrase set in bold inside a sentence as a term, not a bold label or one plain word', () => {
    const body =
      'Intro\nEach chain keeps a data structure called a **Outbound Exit Root** for its outbound messages.\n\n- **Voting period:** seven days.\n\nThe audit checked **soundness** of the prover.\n';
    expect(entities(body)).toEqual(['concept:outbound-exit-root']);
  });

  it('reads a hyphenated modifier opening with a preposition ("per-chain", "on-chain") as part of the object, not a barrier', () => {
    expect(facts('Intro\nQuillwork uses per-chain fraud proofs.\n')).toEqual(['project:quillwork USES technique:fraud-proofs']);
  });

  it('owns a proper name after "<Org>\'s" and a hyphenated or adjective modifier', () => {
    expect(facts("Intro\nHarborline uses Kestrel Labs' first-gen Quillwork today.\n")).toEqual(
      // (Quillwork's type comes from its role as what Harborline uses; the possession is the point here.)
      expect.arrayContaining([expect.stringMatching(/^[a-z-]+:quillwork DEVELOPED_BY organization:kestrel-labs$/)]),
    );
    expect(facts("Intro\nHarborline leverages Kestrel Labs' proven security.\n")).toEqual([]);
  });

  it('reads "X is required for Y" as Y using X', () => {
    expect(facts('Intro\nFraud proofs are required for Quillwork.\n')).toEqual(['project:quillwork USES technique:fraud-proofs']);
  });
});
