import { analyze } from '../../../src/ingest/pipeline';
import { articleOf, seedKnowledge } from './helpers';

const knowledge = seedKnowledge();
/** Relations as "subject TYPE object (rule)" lines. */
function facts(body: string): string[] {
  const { patch } = analyze(articleOf(body), knowledge);
  return patch.relations.map((r) => `${r.subjectId} ${r.type} ${r.objectId} (${r.evidence.map((e) => e.rule).join(', ')})`);
}

describe('extractRelations', () => {
  it('reads a cue phrase between a subject and a list of objects', () => {
    expect(facts('Intro\nStarkNet relies on zk-STARKs and validity proofs.\n')).toEqual([
      'network:starknet USES technique:validity-proofs (cue:relies on)',
      'network:starknet USES technique:zk-starks (cue:relies on)',
    ]);
  });

  it('takes "and the <name> <kind noun>" after a cue for one more object ("the Cairo prover" is Cairo)', () => {
    expect(facts('Intro\nStarkNet relies on validity proofs and the Cairo prover to cut costs.\n')).toEqual([
      'network:starknet USES project:cairo (cue:relies on)',
      'network:starknet USES technique:validity-proofs (cue:relies on)',
    ]);
  });

  it('takes the examples after a longer class phrase for the cue\'s objects ("several pluggable back-end techniques, including")', () => {
    expect(facts('Intro\nStarkNet relies on several pluggable back-end techniques, including federated learning and sharding.\n')).toEqual([
      'network:starknet USES technique:federated-learning (cue:relies on)',
      'network:starknet USES technique:sharding (cue:relies on)',
    ]);
  });

  it('takes items after "X is a <class> of several <part nouns>:" for parts of X, and items after a copula with its own class for no kinds of X', () => {
    const body = [
      'Intro',
      '',
      'Quorrel is a suite built of several modules and building blocks:',
      '',
      '1. [Quorrel Scout](https://example.org/scout): a package for finding records.',
      '2. [Quorrel Mask](https://example.org/mask): a package for hiding records.',
      '',
      'Tessbar is a toolkit for private training:',
      '',
      '- Vellmark',
      '- Harbor Kit',
      '',
    ].join('\n');
    expect(facts(body)).toEqual(['project:quorrel-mask PART_OF project:quorrel (section:list-parts)', 'project:quorrel-scout PART_OF project:quorrel (section:list-parts)']);
  });

  it('takes no purpose of the subject after a clause with a subject of its own, nor for an -ing phrase on a plain noun', () => {
    expect(facts('Intro\nStarkNet relies on validity proofs, and it is possible to write circuits leveraging sharding.\n')).toEqual([
      'network:starknet USES technique:validity-proofs (cue:relies on)',
    ]);
  });

  it('takes examples an abbreviated cue gives in parentheses ("rollups (e.g. A, B)") for kinds of the class', () => {
    expect(facts('Intro\nRollups (e.g. Arbitrum, StarkNet) post data.\n')).toEqual(['network:starknet IS_A technique:rollups (cue:e g)', 'project:arbitrum IS_A technique:rollups (cue:e g)']);
  });

  it('takes a bold heading that ends in its colon, examples in parentheses after its name, for the topic of the items under it', () => {
    expect(facts('Intro\n\n### **Rollups (e.g. Arbitrum, StarkNet)**:\n\n* **Mechanism**: These rely on fraud proofs.\n')).toEqual([
      'network:starknet IS_A technique:rollups (cue:e g)',
      'project:arbitrum IS_A technique:rollups (cue:e g)',
      'technique:rollups USES technique:fraud-proofs (cue:rely on)',
    ]);
    expect(facts('Intro\n\n## Rollups (e.g. Arbitrum, StarkNet)\n\nThey rely on fraud proofs.\n')).toContain('technique:rollups USES technique:fraud-proofs (cue:rely on)');
  });

  it('takes a name after "namely" or "specifically" behind a class\'s comma for a kind of the class, and an object of the cue', () => {
    expect(facts('Intro\nStarkNet relies on validity proofs, specifically zk-STARKs, to settle.\n')).toEqual([
      'network:starknet USES technique:validity-proofs (cue:relies on)',
      'network:starknet USES technique:zk-starks (cue:relies on)',
      'technique:zk-starks IS_A technique:validity-proofs (cue:specifically)',
    ]);
  });

  it('takes a challenge for no subject of a use ("scalability improves by using X" says how it is met)', () => {
    expect(facts('Intro\nScalability improves a lot by using sharding.\n')).toEqual([]);
  });

  it('takes the clause subject for "by using X" after a comma or behind an apposition ("A newer design, X, does this by using Y")', () => {
    expect(facts('Intro\nStarkNet does the same without a long wait, by using validity proofs.\n')).toEqual(['network:starknet USES technique:validity-proofs (cue:using)']);
    expect(facts('Intro\nA newer design, StarkNet, does this by using validity proofs.\n')).toEqual(['network:starknet USES technique:validity-proofs (cue:using)']);
  });

  it('takes what a "how does" question asks about as given, and nothing from a yes-or-no question', () => {
    expect(facts('Intro\n\n## How does StarkNet use validity proofs?\n\nIt posts them.\n')).toEqual(['network:starknet USES technique:validity-proofs (cue:use)']);
    expect(facts('Intro\n\n## Does StarkNet use sharding?\n\nNot yet.\n')).toEqual([]);
  });

  it('takes a fronted place with its kind noun ("In the X chain, Y are employed") for the agent of a passive use', () => {
    expect(facts('Intro\nIn the StarkNet chain, validity proofs are employed to settle disputes.\n')).toEqual(['network:starknet USES technique:validity-proofs (cue:employed)']);
  });

  it('takes who must do a thing after an expletive "it is necessary for" for nothing that needs it', () => {
    expect(facts('Intro\nArbitrum is a rollup. It is necessary for StarkNet operators to check validity proofs.\n').filter((f) => f.includes('USES'))).toEqual([]);
    expect(facts('Intro\nValidity proofs are necessary for StarkNet.\n')).toEqual(['network:starknet USES technique:validity-proofs (cue:necessary for)']);
  });

  it('relates the section subject to the items of a labelled list', () => {
    expect(facts('Arbitrum\nImplementation:\nFraud Proofs: Disputes are settled on Layer 1.\nOpportunities:\nLending: Cheap fees help.\n')).toEqual([
      'project:arbitrum ENABLES use-case:lending (section:list-label)',
      'project:arbitrum USES technique:fraud-proofs (section:list-label)',
    ]);
  });

  it('reads "Name (Network):" items and the hypernym of their list intro', () => {
    expect(facts('Intro\nPopular Layer 2 solutions include:\nStacks (Bitcoin): This brings smart contracts.\n')).toEqual([
      'project:stacks BUILT_ON network:bitcoin (structure:parenthetical)',
      'project:stacks IS_A concept:layer-2 (section:list-intro)',
    ]);
  });

  it('resolves "This" to the item term and "This approach" to the section subject', () => {
    expect(facts('Validium\nValidium is a scaling design. This approach uses validity proofs.\nIdeas:\nSharding: This enables more throughput for lending.\n')).toEqual([
      'technique:sharding ENABLES use-case:lending (cue:enables)',
      'technique:validium USES technique:validity-proofs (cue:uses)',
    ]);
  });

  it('keeps the subject across an aside and a purpose clause', () => {
    expect(facts('Intro\nOptimism, formerly known as Plasma Group, uses fraud proofs to enable cheap remittances.\n')).toEqual([
      'project:optimism ENABLES use-case:remittances (cue:enable)',
      'project:optimism FORMERLY_KNOWN_AS project:plasma-group (cue:formerly known as)',
      'project:optimism USES technique:fraud-proofs (cue:uses)',
    ]);
  });

  it('reads "A with B" terms as combinations and owners as developers', () => {
    expect(facts("Hybrid Designs\nExamples:\nPlasma with Rollups: Both are used.\nIntro\nThe Ethereum Foundation's Optimism grant was renewed.\nCoinbase's Base went live.\n")).toEqual([
      'network:base DEVELOPED_BY organization:coinbase (structure:possessive)',
      'technique:plasma-with-rollups COMBINES technique:plasma (structure:compound)',
      'technique:plasma-with-rollups COMBINES technique:rollups (structure:compound)',
    ]);
  });

  it('reads a law an organization owns as proposed by it', () => {
    expect(facts("Intro\nThe Harbor Commission's Open Ledger Act took effect.\n")).toEqual(['regulation:open-ledger-act PROPOSED_BY organization:harbor-commission (structure:possessive)']);
  });

  it('owns the noun a name modifies, not the name ("the Foundation\'s Sharding plan" is a plan)', () => {
    expect(facts("Intro\nThe Ethereum Foundation's Sharding plan was dropped. Acme's sharding toolkit is new.\n")).toEqual([]);
  });

  it('ignores a cue used as a noun and names that only modify another word', () => {
    expect(facts('Intro\nThe use of Ethereum grows. Many blockchain projects are implementing Layer 2 solutions.\n')).toEqual([]);
  });
});
