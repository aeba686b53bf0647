import { buildKnowledge } from '../../../src/ingest/knowledge';
import { analyze } from '../../../src/ingest/pipeline';
import { articleOf, coreKnowledgeFiles, seedKnowledge } from './helpers';

// Own sentences, written for these rules; no article's text.
const knowledge = seedKnowledge();

/** Relations as "subject TYPE object" by entity name. */
function named(body: string): string[] {
  const { patch } = analyze(articleOf(body), knowledge);
  const name = new Map(patch.entities.map((e) => [e.id, e.name]));
  return patch.relations.map((r) => `${name.get(r.subjectId)} ${r.type} ${name.get(r.objectId)}`).sort();
}

/** Relations as "subject TYPE object" by entity name, read with other knowledge. */
function namedWith(other: ReturnType<typeof buildKnowledge>, body: string): string[] {
  const { patch } = analyze(articleOf(body), other);
  const name = new Map(patch.entities.map((e) => [e.id, e.name]));
  return patch.relations.map((r) => `${name.get(r.subjectId)} ${r.type} ${name.get(r.objectId)}`).sort();
}

/** The core knowledge, one challenge ("ledger latency") and one technique. */
const withLatency = buildKnowledge([
  ...coreKnowledgeFiles(),
  { path: 'entities/extra.yaml', text: '- { name: Ledger Latency, type: Challenge, aliases: [ledger latency] }\n- { name: Quill Proofs, type: Technique }\n' },
]);

/** Entity names of an analysis. */
function names(body: string): string[] {
  return analyze(articleOf(body), knowledge)
    .patch.entities.map((e) => e.name)
    .sort();
}

describe('a name set apart by "Unlike" (own examples)', () => {
  const alternatives = (body: string) => named(body).filter((r) => r.includes('ALTERNATIVE_TO'));

  it('makes the clause subject an alternative to the names the opening phrase sets apart', () => {
    expect(alternatives('# Notes\n\nUnlike Tessbar, Quorrel settles every batch on Harrowfen.\n')).toEqual(['Quorrel ALTERNATIVE_TO Tessbar']);
    expect(alternatives('# Notes\n\nUnlike Tessbar and Vexmoor, which rely on a committee, Quorrel settles every batch on Harrowfen.\n')).toEqual([
      'Quorrel ALTERNATIVE_TO Tessbar',
      'Quorrel ALTERNATIVE_TO Vexmoor',
    ]);
  });

  it('takes the examples of a broad "other" class, and a pronoun subject for the name it stands for', () => {
    expect(alternatives('# Notes\n\nUnlike other ledgers, such as Tessbar, Quorrel settles every batch on Harrowfen.\n')).toEqual(['Quorrel ALTERNATIVE_TO Tessbar']);
    expect(alternatives('# Notes\n\nQuorrel is a ledger built by Acme Labs. Unlike Tessbar, it settles every batch on Harrowfen.\n')).toEqual(['Quorrel ALTERNATIVE_TO Tessbar']);
  });

  it('reads no alternative where "Unlike" opens no comparison of names', () => {
    expect(alternatives('# Notes\n\nUnlike earlier designs, Quorrel settles every batch on Harrowfen.\n')).toEqual([]);
    expect(alternatives('# Notes\n\nLike Tessbar, Quorrel settles every batch on Harrowfen.\n')).toEqual([]);
    expect(alternatives('# Notes\n\nUnlike Tessbar, we do not settle on Harrowfen; rather, Quorrel settles on Vexmoor.\n')).toEqual([]);
  });
});

describe('what a tool works with (own examples)', () => {
  it('reads "can be used with", "integrates with" and "is compatible with" as uses', () => {
    expect(named('# Quorrel\n\nQuorrel can be used with Tessbar. Quorrel integrates with Ostrane and is compatible with Jasperline.\n')).toEqual(
      expect.arrayContaining(['Quorrel USES Tessbar', 'Quorrel USES Ostrane', 'Quorrel USES Jasperline']),
    );
  });

  it('takes the examples after a class whose noun a gerund modifies ("any machine learning framework, for example, …")', () => {
    expect(named('# Quorrel\n\nQuorrel can be used with any machine learning framework, for example, Tessbar, Vexmoor and Harrowfen.\n')).toEqual(
      expect.arrayContaining(['Quorrel USES Tessbar', 'Quorrel USES Vexmoor', 'Quorrel USES Harrowfen']),
    );
  });
});

describe('who is enabled to do a thing (own examples)', () => {
  it('takes no name right before "to" and a verb for what a cue enables', () => {
    expect(named('# Quorrel\n\nQuorrel enables Tessbar to settle faster.\n').filter((r) => r.includes('ENABLES'))).toEqual([]);
    expect(named('# Quorrel\n\nQuorrel enables micropayments.\n')).toContain('Quorrel ENABLES Micropayments');
  });
});

describe('copulas that class no name (own examples)', () => {
  it('reads no class from "there is a" nor from a name after "between"', () => {
    const classes = (body: string) => named(body).filter((r) => r.includes('IS_A'));
    expect(classes('# Notes\n\nIn [optimistic rollup chains like Quorrel Chains](/x) there is a 1 week challenge period during which users can challenge a proposal.\n')).toEqual([
      'Quorrel Chains IS_A Optimistic Rollups',
    ]);
    expect(classes('# Validium\n\nQuorrel is a validium. This is the major difference between validiums and zk-rollups.\n')).toEqual(['Quorrel IS_A Validium']);
  });
});

describe('labels that name no thing (own examples)', () => {
  it('takes no entity from an adjective label or from the labels under an "Aspect" header', () => {
    const found = names(
      '# Quorrel\n\nQuorrel is designed around a few principles:\n\n- **Extendable**: Quorrel grows with Tessbar.\n- **Customizable**: every part can be replaced.\n\n| Aspect | Details |\n|---|---|\n| **Enforcement** | The Vexmoor Authority |\n',
    );
    expect(found).not.toEqual(expect.arrayContaining(['Extendable']));
    expect(found).not.toEqual(expect.arrayContaining(['Customizable']));
    expect(found).not.toEqual(expect.arrayContaining(['Enforcement']));
    expect(found).toEqual(expect.arrayContaining(['Quorrel', 'Tessbar']));
  });

  it('still names the features a "Feature" column lists', () => {
    expect(names('# Quorrel\n\n| Feature | Module | Status |\n|---|---|---|\n| Sealed round receipts | `quorrel.seal` | Stable |\n')).toContain('Sealed round receipts');
  });
});

describe('real page layout (own examples)', () => {
  it('reads a hard-wrapped sentence and a linked name as the same sentence without them', () => {
    const plain = named('# Quorrel\n\nQuorrel is a rollup built by Acme Labs that settles on Tessbar.\n');
    expect(plain).toEqual(expect.arrayContaining(['Quorrel DEVELOPED_BY Acme Labs', 'Quorrel BUILT_ON Tessbar']));
    expect(named('# Quorrel\n\nQuorrel is a rollup built by\nAcme Labs that settles on\nTessbar.\n')).toEqual(plain);
    expect(named('# Quorrel\n\nQuorrel is a rollup built by [Acme Labs](https://acme.example/about) that settles on [Tessbar](/docs/tessbar/).\n')).toEqual(plain);
  });

  it("quotes the page's own text, links and line breaks included, as the evidence", () => {
    const body = '# Quorrel\n\nQuorrel is a rollup built by\n[Acme Labs](https://acme.example).\n';
    const { patch } = analyze(articleOf(body), knowledge);
    const evidence = patch.relations.flatMap((r) => r.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(e.sentence).toBe('Quorrel is a rollup built by\n[Acme Labs](https://acme.example).');
  });
});

describe('examples after a comma (own examples)', () => {
  it('reads "class, such as A and B, verb ..." as A and B kinds of the class, and ends the list at its closing comma', () => {
    const body = 'Intro\nOptimistic rollups, such as Kestrel One and Verdant, post batches to Ethereum.\n';
    expect(named(body)).toEqual(expect.arrayContaining(['Kestrel One IS_A Optimistic Rollups', 'Verdant IS_A Optimistic Rollups']));
    expect(names(body).some((n) => /post/i.test(n))).toBe(false);
  });

  it('keeps two examples joined by "and" apart', () => {
    expect(names('Intro\nBridges such as Wormhole and Axelar connect chains.\n')).toEqual(expect.arrayContaining(['Wormhole', 'Axelar']));
  });

  it('reads "X, like Y, uses Z" as a comparison, not as Y a kind of X', () => {
    expect(named('Intro\nOptimism, like Arbitrum, uses fraud proofs.\n')).not.toContain('Arbitrum IS_A Optimism');
  });
});

describe('copulas and questions (own examples)', () => {
  it('reads "X is an <class>" as IS_A, and the participle after the class as about X', () => {
    expect(named('Intro\nHalcyon is an optimistic rollup built on Ethereum.\n')).toEqual(['Halcyon BUILT_ON Ethereum', 'Halcyon IS_A Optimistic Rollups']);
  });

  it('states what comes before a colon that opens a question', () => {
    const body = 'Intro\nVerifiable inference addresses a trust challenge: how do you know the model ran?\nDoes Quillchain use fraud proofs?\n';
    expect(named(body)).toEqual(['Verifiable inference ADDRESSES trust challenge']);
  });
});

describe('hyphenated terms (own examples)', () => {
  it('keeps "proof-of-learning" and "vendor lock-in" whole as a cue\'s object', () => {
    const body = 'Intro\nThe Data Act addresses vendor lock-in.\nThe protocol relies on proof-of-learning, a verification technique proposed by Hengrui Jia.\n';
    const found = names(body);
    expect(found).toEqual(expect.arrayContaining(['vendor lock-in', 'proof-of-learning']));
    expect(found).not.toContain('proof');
  });
});

describe('generic classes (own examples)', () => {
  it('reads no class in "an advanced <type noun>": it describes', () => {
    expect(named('# Scaling\n\nQuillchain: This is an advanced scaling technique where blocks are split.\n')).toEqual([]);
  });
});

describe('what surrounds a name (own examples)', () => {
  it('leaves "Ostrava-based" and "in April 2021" out of the name, and takes no "So" for a subject', () => {
    const body =
      'Intro\nKitewallet, a wallet developed by Ostrava-based Kite Software, supports payments.\n' +
      'The Charter was proposed by the Harbor Commission in April 2021.\nSo rather than replacing Quillchain, the team kept it.\n';
    const found = names(body);
    expect(found).toEqual(expect.arrayContaining(['Kite Software', 'Harbor Commission']));
    expect(found.filter((n) => /Ostrava|April|^So$/.test(n))).toEqual([]);
    expect(named(body)).toContain('Kitewallet DEVELOPED_BY Kite Software');
  });
});

describe('plural copulas and coordinated asides (own examples)', () => {
  it('reads "A and B are <class>" and "A, B and C, which are <class>" as IS_A for every name', () => {
    expect(named('Intro\nQuillchain and Marrowfield are zkEVMs.\n')).toEqual(['Marrowfield IS_A zkEVM', 'Quillchain IS_A zkEVM']);
    expect(named('Intro\nWe run Tessel Chain and Marrow Network, which are optimistic rollups on Ethereum.\n')).toEqual(
      expect.arrayContaining(['Tessel Chain IS_A Optimistic Rollups', 'Marrow Network IS_A Optimistic Rollups']),
    );
  });

  it('reads no class after "are" and a verb', () => {
    expect(named('Intro\nQuillchain and Marrowfield are setting standards for optimistic rollups.\n').filter((f) => f.includes('IS_A'))).toEqual([]);
  });

  it('gives an aside naming a class to every name of the list before it', () => {
    expect(named('Intro\nQuillchain and Marrowfield, the two largest optimistic rollups, run a sequencer.\n')).toEqual(
      expect.arrayContaining(['Quillchain IS_A Optimistic Rollups', 'Marrowfield IS_A Optimistic Rollups']),
    );
  });

  it('gives a participle after "…, and B," to B, not to the first name of the list', () => {
    const facts = named('Intro\nLibraries such as Quillkit, developed by Harbor Labs, and Marrowkit, maintained by Tessel Inc, implement masking.\n');
    expect(facts).toEqual(expect.arrayContaining(['Quillkit DEVELOPED_BY Harbor Labs', 'Marrowkit DEVELOPED_BY Tessel Inc']));
    expect(facts).not.toContain('Quillkit DEVELOPED_BY Tessel Inc');
  });
});

describe('code names and longer institution names (own examples)', () => {
  it('takes a lower-case word opening a paragraph sentence before its verb for a name, and follows "It" to it', () => {
    const body = 'Intro\n\nquillkit is a small toolkit for running experiments on a laptop. It is built on Marrowfield and wraps Tesselate for privacy.\n';
    expect(names(body)).toContain('quillkit');
    expect(named(body)).toEqual(expect.arrayContaining(['quillkit BUILT_ON Marrowfield', 'quillkit USES Tesselate']));
  });

  it('reads a gerund after "for" as a purpose, no fact', () => {
    expect(named('Intro\n\nquillkit is a toolkit for running federated learning experiments.\n')).toEqual([]);
  });

  it('takes a lower-case code name after a rename cue, and "<Name> Institute of <Word>" whole', () => {
    const body = 'Intro\n\nQuillkit is maintained by the Privacy Group at Hollis Institute of Technology and was previously called quill-dp-examples.\n';
    expect(names(body)).toEqual(expect.arrayContaining(['Hollis Institute of Technology', 'quill-dp-examples']));
    expect(named(body)).toContain('Quillkit FORMERLY_KNOWN_AS quill-dp-examples');
  });
});

describe('asides inside a clause (own examples)', () => {
  it('gives a verb after ", and" closing an aside the main clause\'s subject', () => {
    const body = 'Intro\n\nquillkit is a toolkit. It is built on Marrowfield, the framework developed by Tessel Labs, and wraps Harborlib for privacy.\n';
    expect(named(body)).toEqual(expect.arrayContaining(['quillkit BUILT_ON Marrowfield', 'Marrowfield DEVELOPED_BY Tessel Labs', 'quillkit USES Harborlib']));
    expect(named(body)).not.toContain('Marrowfield USES Harborlib');
  });

  it('reads "from X" after a common noun as about that noun, unless the noun phrase is the name\'s aside or predicate', () => {
    expect(named('Intro\n\nQuillkit uses the privacy accountant from Harbor Labs to track loss.\n')).not.toContain('Quillkit DEVELOPED_BY Harbor Labs');
    expect(named('Intro\n\nQuillkit is a browser extension from Harbor Labs.\n')).toContain('Quillkit DEVELOPED_BY Harbor Labs');
    expect(named('Intro\n\nThe team chose Quill Prover, a zkVM from Harbor Labs, for proofs.\n')).toContain('Quill Prover DEVELOPED_BY Harbor Labs');
  });
});

describe('junk names (own examples)', () => {
  it('splits "X and Y" when either is an acronym or a code-shaped name, and takes no unit or date for a name', () => {
    const body = 'Intro\n\nQuillchain posts its data to Avail and EigenDA every 12 UTC hours, about 4 GB a day.\n';
    const found = names(body);
    expect(found).toEqual(expect.arrayContaining(['Avail', 'EigenDA']));
    expect(found.filter((n) => / and |^UTC$|^GB$/.test(n))).toEqual([]);
  });

  it('reads a plain common-noun item label that defines nothing as an aspect, not a name', () => {
    const body = '# Security\n\n- **Dispute handling**: the sequencer can delay transactions but cannot steal funds.\n- **Quillchain**: a rollup built on Ethereum.\n';
    expect(names(body)).not.toContain('Dispute handling');
    expect(names(body)).toContain('Quillchain');
  });
});

describe('parts and members (own examples)', () => {
  it('reads "<Project>\'s <Name>" as a part of the project, and "<Person> and colleagues at <Org>" as a member', () => {
    expect(named("Intro\n\nEthereum's Quillnet testnet settles blocks.\n")).toContain('Quillnet PART_OF Ethereum');
    expect(named('Intro\n\nQuillsort was proposed by Jane Roe and colleagues at Harbor Labs.\n')).toEqual(expect.arrayContaining(['Quillsort PROPOSED_BY Jane Roe', 'Jane Roe PART_OF Harbor Labs']));
  });

  it('reads ", part of Y" as membership, but not "as part of Y"', () => {
    expect(named('Intro\n\nThe bank Quill Pank, part of the Harbor Trust pilot, accepts credentials.\n')).toContain('Quill Pank PART_OF Harbor Trust');
    expect(named('Intro\n\nQuillscan is maintained by Harbor Research as part of the Marrow programme.\n').filter((f) => f.includes('PART_OF'))).toEqual([]);
  });
});

describe('sentence-opening capitals (own examples)', () => {
  it('takes a word capitalised only where it opens a sentence, and written in lower case inside sentences, for a common word', () => {
    const body = 'Intro\n\nTraining relies on federated learning. The training of each model takes a day.\n';
    expect(names(body)).not.toContain('Training');
  });

  it('keeps a name the article also writes in lower case only in code or compounds', () => {
    const body = 'Intro\n\nQuillkit relies on federated learning. Install `quillkit` and quillkit-core first.\n';
    expect(names(body)).toContain('Quillkit');
  });
});

describe('people and their roles (own examples)', () => {
  it('reads "<Person>, <role> of|at <Org>" as membership, a founder\'s role as the organization developed by the person, and no title as a person', () => {
    const body = 'Intro\n\n"It works," said Jane Roe, Chief Scientist at Harbor Labs.\n\nJohn Doe, co-founder of Quillchain, added more.\n';
    expect(named(body)).toEqual(expect.arrayContaining(['Jane Roe PART_OF Harbor Labs', 'Quillchain DEVELOPED_BY John Doe']));
    expect(names(body)).not.toContain('Chief Scientist');
  });

  it('reads "<Person> leads|joined <Org>" as membership, and "<Org> at <Org>" too', () => {
    expect(named('Intro\n\nJane Roe leads the Quill Lab at the Harbor Institute.\n')).toEqual(expect.arrayContaining(['Jane Roe PART_OF Quill Lab', 'Quill Lab PART_OF Harbor Institute']));
  });

  it('reads "<Name> is one of the <class>" and "<Name> is the largest <class>" as IS_A', () => {
    expect(named('Intro\n\nQuillchain, developed by Harbor Labs, is the largest optimistic rollup by value.\n')).toContain('Quillchain IS_A Optimistic Rollups');
  });
});

describe('possessive pronouns (own examples)', () => {
  it('reads "Its <Name> ..." opening a sentence as a part of the pronoun\'s antecedent', () => {
    expect(named('Intro\n\nEthereum settles rollups. Its Quillnet testnet runs the new fork.\n')).toContain('Quillnet PART_OF Ethereum');
  });
});

describe('a name and its head noun before a participle (own examples)', () => {
  it('reads "the <Name> <noun> developed by X" as the name developed by X, and a code-shaped lower-case agent', () => {
    expect(named('Intro\n\nExisting deployments, such as the Quillsort system developed by Harbor Labs for telemetry, rely on noise.\n')).toContain('Quillsort DEVELOPED_BY Harbor Labs');
    expect(named('Intro\n\nWe compare with the Quillsort system, introduced by Harbor Labs in 2020.\n')).toContain('Quillsort PROPOSED_BY Harbor Labs');
    expect(named('Intro\n\nQuillgraph was originally developed by quill.ai in 2023.\n')).toContain('Quillgraph DEVELOPED_BY quill.ai');
  });

  it('reads a head noun that types names ("the Quillsort scheme, introduced by X") the same way', () => {
    const withName = buildKnowledge([...coreKnowledgeFiles(), { path: 'entities/extra.yaml', text: '- { name: Quillsort, type: Technique, matchCase: true }\n' }]);
    const { patch } = analyze(articleOf('Intro\n\nThe protocol relies on the Quillsort scheme, introduced by Jane Tillerman and Tom Hall, for arithmetic.\n'), withName);
    expect(patch.relations.map((r) => `${r.subjectId} ${r.type} ${r.objectId}`)).toEqual(
      expect.arrayContaining(['technique:quillsort PROPOSED_BY person:jane-tillerman', 'technique:quillsort PROPOSED_BY person:tom-hall']),
    );
  });
});

describe('pronouns after ", and" (own examples)', () => {
  it('gives "…, and it <verb>" the subject an earlier verb of the sentence resolved, and reads "wrapped tokens" as no cue', () => {
    const body = 'Intro\n\nQuillchain is a protocol. The protocol relies on one-time signatures rather than wrapped tokens, and it addresses long-range attacks.\n';
    expect(named(body)).toContain('Quillchain ADDRESSES long-range attacks');
    expect(named(body).filter((f) => f.includes('ADDRESSES') && !f.startsWith('Quillchain'))).toEqual([]);
  });
});

describe('cues spelled alike (own examples)', () => {
  it('reads "built with <stack>" as BUILT_ON, "<Org> runs <Project>" as developed by, and "support for" as no cue', () => {
    expect(named('Intro\n\nQuillchain, a gaming rollup built with the OP Stack, went live.\n')).toContain('Quillchain BUILT_ON OP Stack');
    expect(named('Intro\n\nHarbor Labs runs Quillnet, a training network.\n')).toContain('Quillnet DEVELOPED_BY Harbor Labs');
    expect(named('Intro\n\nNative support for Bitcoin and Ethereum.\n')).toEqual([]);
  });

  it('takes no name that only modifies a noun for the alternative after "instead of"', () => {
    expect(named('Intro\n\nQuillchain posts its data to Celestia instead of Ethereum blobs.\n')).not.toContain('Celestia ALTERNATIVE_TO Ethereum');
  });
});

describe('forks and indirect questions (own examples)', () => {
  it('reads "X is a fork of Y" as BUILT_ON, not IS_A, and states nothing after "whether"', () => {
    expect(named('Intro\n\nQuillnode is a fork of Marrowd, adapted for larger blocks.\n')).toEqual(['Quillnode BUILT_ON Marrowd']);
    expect(named('Intro\n\nMembers asked whether Quillchain is a zkEVM.\n').filter((f) => f.includes('IS_A'))).toEqual([]);
  });
});

describe('a described class before "developed by" (own examples)', () => {
  it('gives "<Name> is a <class> developed by X" and "the <Name> <class>, maintained by X" to the name, and keeps a technique in apposition', () => {
    expect(named('Intro\n\nQuillmark is a privacy-preserving data marketplace developed by Harbor Labs.\n')).toContain('Quillmark DEVELOPED_BY Harbor Labs');
    expect(named('Intro\n\nMarrowd is the client for the Quillchain rollup, maintained by Harbor Labs.\n')).toContain('Quillchain DEVELOPED_BY Harbor Labs');
    expect(named('Intro\n\nThe proposal would add conviction voting, a technique developed by Harbor Labs.\n')).toContain('conviction voting DEVELOPED_BY Harbor Labs');
  });
});

describe('a class after "as a" (own examples)', () => {
  it('gives the verbs after "<Name> is deployed as a <class>" to the name', () => {
    expect(named('Intro\n\nQuillchain is deployed as an application-specific rollup on top of Marrow Orbit.\n')).toContain('Quillchain BUILT_ON Marrow Orbit');
  });
});

describe('reflexive pronouns (own examples)', () => {
  it('reads ", which itself is a <class>" as about the name before it', () => {
    expect(named('Intro\n\nThe chain settles to Quillchain, which itself is a rollup on Marrownet.\n')).toContain('Quillchain IS_A Rollups');
  });
});

describe('nationalities and item numbers (own examples)', () => {
  it('takes no nationality, language, region or numbered item for a name', () => {
    const body = 'Intro\n\nThe Quill Foundation is a Swiss non-profit, and the French regulator joined it. Finding WRN-01 and requirement REQ-03 were fixed by Harbor Labs.\n';
    expect(names(body).filter((n) => /^(Swiss|French|WRN-01|REQ-03)$/.test(n))).toEqual([]);
    expect(names('Intro\n\nHarbor Labs expanded to West Africa and Latin America last year.\n')).toEqual(['Harbor Labs']);
  });
});

describe('possessives and coordinated agents (own examples)', () => {
  it('reads "<Org>\'s <Name> <noun>" as the named thing developed by the owner, and "<Orgs>\' <Name>" likewise', () => {
    expect(named("Intro\nBatches are proven by Acme Labs's Quillprove prover.\n")).toContain('Quillprove DEVELOPED_BY Acme Labs');
    expect(named("Intro\nKestrel is built on Acme Labs' Quillnode.\n")).toEqual(expect.arrayContaining(['Kestrel BUILT_ON Quillnode', 'Quillnode DEVELOPED_BY Acme Labs']));
  });

  it('still reads a lower-case term before a noun as a modifier of what is owned', () => {
    expect(named("Intro\nAcme Labs's sharding toolkit is open source.\n")).toEqual([]);
  });

  it('reads "by A and B" as two agents, but not a name after ", and" that opens a clause', () => {
    expect(named('Intro\nKestrel was developed by Acme Labs and Borealis Systems.\n')).toEqual(['Kestrel DEVELOPED_BY Acme Labs', 'Kestrel DEVELOPED_BY Borealis Systems']);
    expect(named('Intro\nKestrel, developed by Acme Labs, and Verdant both support batching.\n')).not.toContain('Kestrel DEVELOPED_BY Verdant');
  });
});

describe('"the company behind" and names joined by "and" (own examples)', () => {
  it('reads "<Org>, the company behind <Name>," as the name developed by the organization, with no class', () => {
    expect(named('Intro\nAcme Labs, the company behind Quillnet, raised a new round.\n')).toEqual(['Quillnet DEVELOPED_BY Acme Labs']);
    expect(named('Intro\nJane Roe, the creator of Quillnet, spoke first.\n')).toContain('Quillnet DEVELOPED_BY Jane Roe');
  });

  it('takes "A and B Protocol" for two names when A and B are both known', () => {
    const found = names('Intro\nThe alliance was formed by Arbitrum and Loopring Protocol.\n');
    expect(found.some((n) => / and /.test(n))).toBe(false);
  });
});

describe('renames in parentheses, agent lists and past roles (own examples)', () => {
  it('reads "<Name> (formerly <Old>)" as the name formerly known as the old one', () => {
    expect(named('Intro\nQuill, developed by Kestrel Labs (formerly Adapt Works), is fast.\n')).toEqual(
      expect.arrayContaining(['Quill DEVELOPED_BY Kestrel Labs', 'Kestrel Labs FORMERLY_KNOWN_AS Adapt Works']),
    );
  });

  it('reads every name of "formalized by A, B, C and D" as an author', () => {
    expect(named('Intro\nQuillproof, formalized by Dwork, Nissim, Varga and Smith, bounds leakage.\n')).toEqual([
      'Quillproof PROPOSED_BY Dwork',
      'Quillproof PROPOSED_BY Nissim',
      'Quillproof PROPOSED_BY Smith',
      'Quillproof PROPOSED_BY Varga',
    ]);
  });

  it('takes a role of several words for membership, but no past role', () => {
    expect(named('Intro\n"It works," said Jane Roe, senior vice president and head of research at Acme Labs.\n')).toContain('Jane Roe PART_OF Acme Labs');
    expect(named('Intro\nThe fund was started by Jane Roe, formerly a research engineer at Acme Labs.\n')).not.toContain('Jane Roe PART_OF Acme Labs');
  });
});

describe('a class before a kind noun (own examples)', () => {
  it('reads "<Name>, a <technique> protocol" and "<Name> is a <technique> network" as IS_A the technique, but not "a <technique> library"', () => {
    expect(named('Intro\nQuillnet, a sharding protocol, went live.\n')).toContain('Quillnet IS_A Sharding');
    expect(named('Intro\nMarrowfield is a sharding network for payments.\n')).toContain('Marrowfield IS_A Sharding');
    expect(named('Intro\nQuillkit, a sharding library, went live.\n')).not.toContain('Quillkit IS_A Sharding');
  });
});

describe('owners in parentheses, leaders and common-noun agents (own examples)', () => {
  it('reads "<Project> (<Org>)" as developed by the organization, and "<Org>\'s chief scientist <Person>" as membership', () => {
    expect(named('Intro\nNeither Quillnode (Acme Labs) nor Marrowd (Borealis Foundation) ships it.\n')).toEqual(
      expect.arrayContaining(['Quillnode DEVELOPED_BY Acme Labs', 'Marrowd DEVELOPED_BY Borealis Foundation']),
    );
    expect(named("Intro\nAcme Labs's chief scientist Jane Roe spoke first.\n")).toContain('Jane Roe PART_OF Acme Labs');
  });

  it('reads "<Org>, led by <Person>," as membership, but a participle after a common noun phrase as about that phrase', () => {
    expect(named('Intro\nAcme Labs, led by Jane Roe, ships fast.\n')).toContain('Jane Roe PART_OF Acme Labs');
    expect(named('Intro\nThe Quill Charter was drafted by a working group chaired by Jane Roe.\n')).not.toContain('Jane Roe PART_OF Quill Charter');
  });
});

describe('question headings, attributive participles and owned class words (own examples)', () => {
  it('takes no question heading for the topic of the fields under it', () => {
    expect(names('# Guide\n\n## Which one should you pick?\n\n- **Proof system**: Quillnet uses sharding.\n').some((n) => n.includes('?'))).toBe(false);
  });

  it('reads "are widely used <class>" as no cue, but "has used <class>" as USES', () => {
    expect(named('Intro\nQuillnet and Marrowfield are widely used sidechains.\n')).not.toContain('Quillnet USES Sidechains');
    expect(named('Intro\nQuillnet has used fraud proofs since 2021.\n')).toContain('Quillnet USES Fraud Proofs');
  });

  it('relates no owner to a single class word it owns ("Acme Labs\' rollup")', () => {
    expect(named("Intro\nQuillnet is the second generation of Acme Labs' rollup.\n")).not.toContain('Rollups PROPOSED_BY Acme Labs');
  });
});

describe('example columns and asides inside item descriptions (own examples)', () => {
  it('reads a row under an "Example" header as the example a kind of the row\'s class', () => {
    const body = '# Designs\n\n| Design | Proof system | Example |\n| --- | --- | --- |\n| Sidechain | Own consensus | Quillnet |\n';
    expect(named(body)).toContain('Quillnet IS_A Sidechains');
    expect(named(body)).not.toContain('Sidechains IS_A Quillnet');
  });

  it("gives a participle after a name's own class aside in an item to that name, not to the item", () => {
    const facts = named('Tools\n\n- **quillfmt**: a formatter for Marrowlang, the programming language developed by Acme Labs.\n');
    expect(facts).toContain('Marrowlang DEVELOPED_BY Acme Labs');
    expect(facts).not.toContain('quillfmt DEVELOPED_BY Acme Labs');
  });
});

describe('papers by authors (own examples)', () => {
  it('reads "the <Name> paper by A and B" as the name proposed by its authors', () => {
    expect(named('Intro\nThe gadget follows the Quillhash paper by Jane Roe and John Doe.\n')).toEqual(expect.arrayContaining(['Quillhash PROPOSED_BY Jane Roe', 'Quillhash PROPOSED_BY John Doe']));
  });
});

describe('a contrast opener (own examples)', () => {
  it('keeps "Unlike" out of the names it opens', () => {
    expect(names('Intro\nUnlike Quillnet Network and Marrow Network, Verdant trains models.\n').some((n) => /^unlike/i.test(n))).toBe(false);
  });
});

describe('names spelled like code (own examples)', () => {
  it('takes dotted, suffixed, digit-bearing and set-off hyphenated lower-case words for names, related or not', () => {
    const found = names('Intro\nThe harness, evalkit.py, had skipped tests. We ran quill2-bench and the `marrow-experimental` flag, not open-source tools.\n');
    expect(found).toEqual(expect.arrayContaining(['evalkit.py', 'quill2-bench', 'marrow-experimental']));
    expect(found).not.toContain('open-source');
  });

  it('takes no link target, path or version for a name', () => {
    const found = names('Intro\nSee [the docs](https://quill.example/guide.js) for v1.2 of quill.\n');
    expect(found.some((n) => /guide|v1/.test(n))).toBe(false);
  });
});

describe('cited authors (own examples)', () => {
  it('types the surname before "et al." as a person', () => {
    expect(named('Intro\nQuillprox, proposed by Varga et al., adds a proximal term.\n')).toContain('Quillprox PROPOSED_BY Varga');
    const { patch } = analyze(articleOf('Intro\nQuillprox, proposed by Varga et al., adds a proximal term.\n'), knowledge);
    expect(patch.entities.find((e) => e.name === 'Varga')?.type).toBe('Person');
  });
});

describe('participles that are no active cue (own examples)', () => {
  it('reads "the most widely used <Name> wallets" as no USES, and "supported by X" as no active "supports"', () => {
    expect(named('Intro\nVerdant and Marrow, the two most widely used Quillnet wallets, both ship fast.\n')).toEqual([]);
    expect(named('Intro\nQuillnet: an open network, supported by Acme Labs, in which subnets compete.\n')).not.toContain('Quillnet ENABLES Acme Labs');
  });
});

describe('what a network or an organization has (own examples)', () => {
  it('reads "<Network>\'s <Project>" as built on the network, and "<Org>\'s <Person>" as a member', () => {
    expect(named("Intro\nSolana's Marrow Wallet stays cheap.\n")).toContain('Marrow Wallet BUILT_ON Solana');
    expect(named("Intro\nA conversation with Acme Labs's Jane Roe about proofs.\n")).toContain('Jane Roe PART_OF Acme Labs');
  });
});

describe('copulas after common nouns and asides inside fronted phrases (own examples)', () => {
  it('reads "every account on X is a smart contract" as nothing about X, and "X is a member of Y" as PART_OF', () => {
    expect(named('Intro\nEvery account on Quillnet is a smart contract.\n')).toEqual([]);
    expect(named('Intro\nAcme Labs is a member of the Borealis Association.\n')).toEqual(['Acme Labs PART_OF Borealis Association']);
  });

  it('hosts no aside on a name inside a fronted phrase ("In Quillnet, the privacy budget is ...")', () => {
    expect(named('Intro\nIn Quillnet, the privacy budget is a governance parameter.\n')).toEqual([]);
  });
});

describe('"the <Name> <kind> from <Org>" (own examples)', () => {
  it('gives "from" to the name heading the phrase, and to the name an aside describes', () => {
    expect(named('Intro\nOur prover runs on top of the Quillprove toolchain from Acme Labs.\n')).toContain('Quillprove DEVELOPED_BY Acme Labs');
    const aside = named('Intro\nMarrowd relies on Quillkit, the Verdant library from Acme Labs, for training.\n');
    expect(aside).not.toContain('Verdant DEVELOPED_BY Acme Labs');
  });
});

describe('alternatives after common nouns and byline words (own examples)', () => {
  it('reads "<Name> uses <X> proofs of consensus instead of <Y>" as nothing about the name and Y', () => {
    expect(named('Tools\n\n- **Verdant**: a bridge that uses zk-SNARK proofs of consensus instead of fraud proofs.\n')).not.toContain('Verdant ALTERNATIVE_TO Fraud Proofs');
    expect(named('Intro\nVerdant relies on Quillnet rather than Marrowchain.\n')).toContain('Quillnet ALTERNATIVE_TO Marrowchain');
  });

  it('takes no byline word or plural hardware noun for a name', () => {
    expect(names('Notes\n*Edited by Jane Roe.*\n\nOperators rent GPUs from Quillnet.\n').some((n) => /^(Edited|GPUs)$/.test(n))).toBe(false);
  });
});

describe('"Both" after a pair (own examples)', () => {
  it('gives a sentence opening with "Both" to the two names the sentence before joins', () => {
    expect(named('Intro\nQuillnet and Marrowchain went live this year. Both are built on Solana.\n')).toEqual(expect.arrayContaining(['Quillnet BUILT_ON Solana', 'Marrowchain BUILT_ON Solana']));
    expect(named('Intro\nQuillnet went live this year. Both are built on Solana.\n')).not.toContain('Quillnet BUILT_ON Solana');
  });
});

describe('where data is posted (own examples)', () => {
  it('reads "posting its data to <Network>" as using it, and "settles to <Network>" as built on it', () => {
    expect(named('Intro\nQuillnet settles to Ethereum, posting its data to Celestia.\n')).toEqual(['Quillnet BUILT_ON Ethereum', 'Quillnet USES Celestia']);
  });
});

describe('the clause verb the tagger missed (own examples)', () => {
  it('reads "<Name> trains models using X" with "trains" as the verb, not a term "trains models"', () => {
    const body = 'Intro\nWe met Quillnet and Marrowd. Marrowd rebalances channels automatically using submarine swaps.\n';
    expect(named(body)).toEqual(['Marrowd USES submarine swaps']);
    expect(names(body).some((n) => /rebalances/i.test(n))).toBe(false);
  });

  it('gives a gerund cue after the verb to the name that opens the sentence, across its aside', () => {
    const body = 'Intro\nWe met Quillnet. Quillnet, a Lisbon startup founded by former Acme engineers, trains models using federated learning, so that no data ever leaves a phone.\n';
    expect(named(body)).toContain('Quillnet USES Federated Learning');
  });

  it('reads no cue inside a name ("submarine swaps" holds no "swaps")', () => {
    const found = named('Intro\nWe met Marrowd and Quillnet. Marrowd rebalances channels using submarine swaps and Quillnet.\n');
    expect(found).toContain('Marrowd USES submarine swaps');
    expect(found).not.toContain('Marrowd ALTERNATIVE_TO Quillnet');
  });
});

describe('a pronoun after a fronted phrase (own examples)', () => {
  it('gives "Instead of ..., it uses X" to what "it" stands for', () => {
    expect(named('Intro\nQuillnet is a compute network. Instead of re-running every job, it uses probabilistic checks.\n')).toContain('Quillnet USES probabilistic checks');
  });
});

describe('asides with an abbreviation, an adverb or a kind noun (own examples)', () => {
  it('reads past the dots of an abbreviation before an agent ("the U.S. <Org>")', () => {
    expect(named('Glossary\n\n- **Quill Rules**: the Quill Risk Rules, published by the U.S. Acme Standards Office in 2023.\n')).toContain('Quill Rules DEVELOPED_BY Acme Standards Office');
  });

  it('keeps "X, originally created by Y," about X', () => {
    expect(named('Intro\nWe met Quillnet. Quillnet, originally created by Acme Labs, moved to Solana in 2023.\n')).toContain('Quillnet DEVELOPED_BY Acme Labs');
  });

  it('gives "X, the <Name> toolkit from Y" to X, and a restrictive "that" after it to X too', () => {
    expect(named('Intro\nWe fuzzed it with Quillforge, the Rust toolkit from Acme Labs, and with Marrowd.\n')).toContain('Quillforge DEVELOPED_BY Acme Labs');
    const found = named('Intro\nLook at Quillkit, the PyTorch library from Acme Labs that implements differential privacy.\n');
    expect(found).toEqual(expect.arrayContaining(['Quillkit DEVELOPED_BY Acme Labs', 'Quillkit USES Differential Privacy']));
    expect(found).not.toContain('Acme Labs USES Differential Privacy');
  });
});

describe('a counted class before a colon (own examples)', () => {
  it('reads "X uses three techniques: A, B and C" as X using each', () => {
    const found = named('Intro\nWe built Quillnet. Quillnet uses three techniques: differential privacy, sharding and zk-SNARKs.\n');
    expect(found).toEqual(expect.arrayContaining(['Quillnet USES Differential Privacy', 'Quillnet USES Sharding', 'Quillnet USES zk-SNARKs']));
  });
});

describe('a person described "at" a group (own examples)', () => {
  it('reads "Jane Roe, a cryptographer at Acme Labs and Quillworks" as membership of both', () => {
    expect(named('Intro\nThe committee included Jane Roe, a cryptographer at Acme Labs and Quillworks Foundation.\n')).toEqual(
      expect.arrayContaining(['Jane Roe PART_OF Acme Labs', 'Jane Roe PART_OF Quillworks Foundation']),
    );
  });

  it('reads "Jane Roe, who leads the grants team at Acme Labs" as membership', () => {
    expect(named('Intro\n"We got 300 applications," said Jane Roe, who leads the grants team at Acme Labs.\n')).toContain('Jane Roe PART_OF Acme Labs');
  });
});

describe('words that look like cues or names but are not (own examples)', () => {
  it('reads no cue in "designed for use cases where" and no class in "the following terms:"', () => {
    const body =
      'Intro\nWe met Quillnet. Quillnet is designed for use cases where each payment is small:\n\n- **Micropayments**: tips.\n\nThe group adopted the following terms:\n\n- **Model audit**: an assessment of a model.\n';
    const found = named(body);
    expect(found.some((r) => /^Quillnet USES/.test(r))).toBe(false);
    expect(found.some((r) => /following/i.test(r))).toBe(false);
  });

  it('reads "X addresses this with Y" as nothing addressed by Y', () => {
    expect(named('Intro\nWe met Quillnet. Quillnet addresses this with differential privacy.\n')).not.toContain('Quillnet ADDRESSES Differential Privacy');
  });

  it('gives "Both ..." to no pair of people', () => {
    expect(named('Intro\nThe scheme is by Jane Roe and John Doe. Both rely on zk-SNARKs.\n').some((r) => /^(Jane Roe|John Doe) USES/.test(r))).toBe(false);
  });

  it('takes no subject from a relative clause on a common noun ("Students who prefer X may use Y")', () => {
    expect(named('Intro\nWe met Quillnet and Marrowd. Students who prefer Quillnet may use Marrowd instead.\n')).not.toContain('Quillnet USES Marrowd');
  });
});

describe('fronted phrases and agents that only modify a noun (own examples)', () => {
  it('reads "Unlike A, B is a <class>" and "For A and B, extend ..." with no subject in the fronted phrase', () => {
    expect(named('Intro\nWe met Quillnet and Marrowd. Unlike Quillnet, Marrowd is an optimistic rollup.\n')).toEqual(['Marrowd ALTERNATIVE_TO Quillnet', 'Marrowd IS_A Optimistic Rollups']);
    expect(named('Intro\nWe met Quillnet and Marrowd. For Quillnet and Marrowd, extend the client with Verdant.\n').some((r) => / BUILT_ON Verdant$/.test(r))).toBe(false);
  });

  it('takes no agent from "founded by former Acme engineers", but one from "the Acme community"', () => {
    expect(named('Intro\nWe met Quillnet. Quillnet, a startup founded by former Acme Labs engineers, raised money.\n')).not.toContain('Quillnet DEVELOPED_BY Acme Labs');
    expect(named('Intro\nWe met Quillnet. Quillnet, a library developed by the Acme Labs community, is popular.\n')).toContain('Quillnet DEVELOPED_BY Acme Labs');
  });
});

describe('names after a date (own examples)', () => {
  it('joins no article into a name ("In March 2022 the Quillnet bridge")', () => {
    expect(names('Intro\nWe met Quillnet. In March 2022 the Quillnet bridge lost funds.\n').some((n) => /March|the Quillnet/.test(n))).toBe(false);
  });
});

describe('descriptions in table cells (own examples)', () => {
  it('takes no sentence-case description or compound adjective from a cell for a name', () => {
    const body =
      'Intro\n\n| Network | Verification | Approach |\n|---|---|---|\n| Quillnet | Provider reputation and audited attributes | Risk-based |\n| Marrowd | Proof-of-work checks on GPU clusters | Voluntary |\n';
    expect(names(body).some((n) => /reputation|Proof-of-work checks|Risk-based/.test(n))).toBe(false);
  });
});

describe('places and people that run into other names (own examples)', () => {
  it('takes no place a section opens with for a topic ("## Colorado")', () => {
    expect(names('Intro\n\n## Colorado\n\nColorado regulates high-risk systems through Quillnet.\n')).not.toContain('Colorado');
  });

  it('ends a person\'s name before "of" ("Maria Lopez of Acme Labs"), but keeps "Max Planck Institute for Physics" whole', () => {
    const found = names('Intro\n"It works," said Maria Lopez of Quillworks Labs, who chairs the group.\n');
    expect(found).toEqual(expect.arrayContaining(['Maria Lopez', 'Quillworks Labs']));
    expect(names('Intro\nShe came from the Max Planck Institute for Physics last year.\n')).toContain('Max Planck Institute for Physics');
  });
});

describe('datelines, nationalities and joined names (own examples)', () => {
  it('takes no name from a bold dateline, a pair of nationalities, or two names "and" joins', () => {
    const body =
      'Intro\n\n**LISBON, March 10, 2026** — Quillworks Labs raised money.\n\nIt trains models across Dutch and Belgian university hospitals.\n\nMessages between Marrowd and OP Mainnet travel through L1.\n';
    expect(names(body).some((n) => /LISBON|Dutch|Marrowd and/.test(n))).toBe(false);
  });
});

describe('what a thing is aimed at (own examples)', () => {
  it('reads "<X>, a library aimed at gaming" as X enabling the use', () => {
    expect(named('Tools\n\n- **quillkit.ts**: a TypeScript library for state channels, aimed at gaming and micropayments.\n')).toEqual(
      expect.arrayContaining(['quillkit.ts ENABLES Gaming', 'quillkit.ts ENABLES Micropayments']),
    );
  });
});

describe('a pronoun after a fronted participle phrase (own examples)', () => {
  it('gives "Built by X, a team of ..., it is a <class> that uses Y" to what "it" stands for', () => {
    const found = named('Intro\nQuillnet launched this year. Built by Acme Labs, a Helsinki team of former Verdant engineers, it is an optimistic rollup that uses zk-SNARKs.\n');
    expect(found).toEqual(expect.arrayContaining(['Quillnet IS_A Optimistic Rollups', 'Quillnet USES zk-SNARKs']));
  });

  it('gives the agent of "Built by X, it is a <class>" to what "it" stands for, not to the class after the verb', () => {
    const found = named('Intro\nQuillnet launched this year. Built by Acme Labs, it is a sidechain.\n');
    expect(found).toEqual(expect.arrayContaining(['Quillnet DEVELOPED_BY Acme Labs', 'Quillnet IS_A Sidechains']));
    expect(found.filter((r) => r.startsWith('Sidechains'))).toEqual([]);
  });
});

describe('a fronted agent with an aside (own examples)', () => {
  it('gives "Maintained by X, a company based in Y, Z launched ..." to Z', () => {
    expect(named('Intro\nMaintained by Acme Labs, a software company based in Tallinn, Quillnet launched on mainnet in 2024.\n')).toContain('Quillnet DEVELOPED_BY Acme Labs');
  });
});

describe('labels in table cells (own examples)', () => {
  it('takes a one-word cell the article writes in lower case elsewhere, or a function word, for no name', () => {
    const body = 'Intro\nThe decision stresses transparency for every user.\n\n| Item | Detail |\n|---|---|\n| Transparency | Quillnet |\n\n| Option | Votes |\n|---|---|\n| Against | 12 |\n';
    expect(names(body).some((n) => /^(Transparency|Against)$/.test(n))).toBe(false);
  });
});

describe('examples after a class with a head noun or an acronym (own examples)', () => {
  it('reads "<class> rules such as A and B" and "<class> (ACR) including A" as A and B kinds of the class', () => {
    expect(named('Intro\nWe met Quillnet and Marrowd. Optimistic rollup projects such as Quillnet and Marrowd post batches to Ethereum.\n')).toEqual(
      expect.arrayContaining(['Quillnet IS_A Optimistic Rollups', 'Marrowd IS_A Optimistic Rollups']),
    );
    expect(named('Intro\nThe guidance recommends zero-knowledge proofs (ZKPs) including zk-SNARKs.\n')).toContain('zk-SNARKs IS_A Zero-Knowledge Proofs');
  });

  it('reads an example that is also the next verb\'s subject ("A sidechain such as X runs ...")', () => {
    expect(named('Intro\nWe met Quillnet. An optimistic rollup such as Quillnet runs its own sequencer.\n')).toContain('Quillnet IS_A Optimistic Rollups');
  });

  it('reads no kind from a quantified class ("almost every rollup, including X")', () => {
    expect(named('Intro\nWe met Quillnet. Almost every optimistic rollup today, including Quillnet, runs one sequencer.\n')).not.toContain('Quillnet IS_A Optimistic Rollups');
  });
});

describe('asides with a fused modifier or two participles (own examples)', () => {
  it('reads "X, an EVM-compatible <class>" as X a kind of the class', () => {
    expect(named('Intro\nWe deploy contracts on Quillnet, an EVM-compatible optimistic rollup that settles to Ethereum.\n')).toContain('Quillnet IS_A Optimistic Rollups');
  });

  it('reads "X, developed by A and launched in 2019, is one of the oldest <class>" as X a kind of the class', () => {
    expect(named('Intro\nWe met Quillnet. Quillnet, developed by the Quillnet Foundation and launched in 2019, is one of the oldest optimistic rollups.\n')).toEqual(
      expect.arrayContaining(['Quillnet DEVELOPED_BY Quillnet Foundation', 'Quillnet IS_A Optimistic Rollups']),
    );
  });
});

describe('more ways to place a person in a group (own examples)', () => {
  it('reads "Jane Roe of the Acme Foundation", "A, B and C at Acme Labs" and "Jane Roe (researcher, Acme Labs)" as membership', () => {
    expect(named('Intro\nThe idea was proposed by Jane Roe of the Acme Foundation in 2023.\n')).toContain('Jane Roe PART_OF Acme Foundation');
    expect(named('Intro\nThe scheme was proposed by Jane Roe, John Doe and Mary Smith at Acme Labs in 2019.\n')).toEqual(
      expect.arrayContaining(['Jane Roe PART_OF Acme Labs', 'John Doe PART_OF Acme Labs', 'Mary Smith PART_OF Acme Labs']),
    );
    expect(named('Intro\n**Guests:** Jane Roe (researcher, Acme Labs) and John Doe.\n')).toContain('Jane Roe PART_OF Acme Labs');
  });
});

describe('relative clauses after a class that names nothing (own examples)', () => {
  it('reads "X is a modular data network that uses Y" and "X, the first modular network, uses Y" as X using Y', () => {
    expect(named('Intro\nWe met Quillnet. Quillnet is a modular settlement network that uses zk-SNARKs, which keeps proofs small.\n')).toContain('Quillnet USES zk-SNARKs');
    expect(named('Intro\nWe met Quillnet. Quillnet, the first modular settlement network, uses zk-SNARKs so that proofs stay small.\n')).toContain('Quillnet USES zk-SNARKs');
  });

  it('reads "uses interactive, multi-round X" past the adjectives\' comma, and no use in a foundation that "supports" a network', () => {
    expect(named('Intro\nWe met Quillnet. Quillnet uses interactive, multi-round fraud proofs.\n')).toContain('Quillnet USES Fraud Proofs');
    expect(named('Intro\nThe Acme Foundation is a non-profit that supports the Quillnet network.\n').some((r) => / USES /.test(r))).toBe(false);
  });
});

describe('what a thing supports (own examples)', () => {
  it('reads "X supports <technique>" as X using it, and "X can support <thing>" as a capability it enables', () => {
    expect(named('Intro\nWe met Quillnet. Quillnet supports zk-SNARKs and sharding.\n')).toEqual(expect.arrayContaining(['Quillnet USES zk-SNARKs', 'Quillnet USES Sharding']));
    expect(named('Intro\nWe met Quillnet. Quillnet can support zk-SNARKs.\n')).toContain('Quillnet ENABLES zk-SNARKs');
  });
});

describe('a name after a common noun\'s "for" (own examples)', () => {
  it('reads "X ships chain definitions for Y" as nothing X uses of Y, but "X ships Y" as a use', () => {
    expect(named('Intro\nWe met Quillnet and Marrowd. Quillnet ships chain definitions for Marrowd.\n')).not.toContain('Quillnet USES Marrowd');
    expect(named('Intro\nWe met Quillnet and Marrowd. Quillnet ships Marrowd.\n')).toContain('Quillnet USES Marrowd');
  });
});

describe('a list of entries (own examples)', () => {
  it('reads "The group adopted the following terms:" as no cue over its items', () => {
    const found = named('Intro\nThe Quill Working Group adopted the following terms:\n\n- **Model audit**: an independent assessment of a model.\n- **Model DAO**: a DAO that governs a model.\n');
    expect(found.some((r) => /Working Group (USES|DEVELOPED_BY)/.test(r) || / PROPOSED_BY Quill Working Group/.test(r))).toBe(false);
  });
});

describe('people who lead and produce (own examples)', () => {
  it('reads a "Lead" column as the person who develops the row\'s project, without the title, and "produced by"', () => {
    const body = 'Projects\n\n| Project | Lead | Status |\n|---|---|---|\n| Quillnet | Prof. Jane Roe | Active |\n\nThe Quill Hour is produced by Acme Audio Labs.\n';
    expect(named(body)).toEqual(expect.arrayContaining(['Quillnet DEVELOPED_BY Jane Roe', 'Quill Hour DEVELOPED_BY Acme Audio Labs']));
  });
});

describe('a description that places a name on a network (own examples)', () => {
  it('reads "X, an early state channel project for Ethereum" and "X, the rollup on Ethereum" as built on it', () => {
    expect(named('Intro\nShe worked on Quillnet, an early state channel project for Ethereum.\n')).toContain('Quillnet BUILT_ON Ethereum');
    expect(named('Intro\nMarrowd, the zk rollup on Ethereum, finished its upgrade.\n')).toContain('Marrowd BUILT_ON Ethereum');
  });
});

describe('the main verb after an aside, and floating quantifiers (own examples)', () => {
  it('gives the verb after "Name, which ..., " to the name the aside is about', () => {
    expect(named('Intro\nQuillchain, which Acme Labs develops, uses fraud proofs.\nQuillchain is live.\n')).toEqual(['Quillchain DEVELOPED_BY Acme Labs', 'Quillchain USES Fraud Proofs']);
    expect(named('Intro\nQuillchain, which launched in 2021, relies on fraud proofs.\nQuillchain is live.\n')).toEqual(['Quillchain USES Fraud Proofs']);
  });

  it('gives it to the name after an aside that names a class, and not to a name the aside holds', () => {
    const found = named('Intro\nQuillchain, a rollup that Acme Labs maintains, relies on fraud proofs.\n');
    expect(found).toContain('Quillchain USES Fraud Proofs');
    expect(found).not.toContain('Acme Labs USES Fraud Proofs');
  });

  it('reads "A, B and C all use X" as each name using X: a determiner after a name opens no noun phrase', () => {
    expect(named('Intro\nQuillchain, Verdant and Marrowd all use fraud proofs.\nQuillchain and Verdant are live.\n')).toEqual([
      'Marrowd USES Fraud Proofs',
      'Quillchain USES Fraud Proofs',
      'Verdant USES Fraud Proofs',
    ]);
  });
});

describe('connectors of several words (own examples)', () => {
  it('reads "A as well as B", "A along with B" and "A plus B" after a cue as two objects', () => {
    for (const connector of ['as well as', 'along with', 'plus']) {
      expect(named(`Intro\nQuillchain uses fraud proofs ${connector} validity proofs.\nQuillchain is live.\n`)).toEqual(['Quillchain USES Fraud Proofs', 'Quillchain USES Validity Proofs']);
    }
  });
});

describe('hyphenated participles before a class (own examples)', () => {
  it('reads "X is the best-known <class>" as IS_A: a participle glued by a hyphen is an adjective', () => {
    expect(named('Intro\nQuillchain is the best-known optimistic rollup.\nQuillchain is live.\n')).toEqual(['Quillchain IS_A Optimistic Rollups']);
    expect(named('Intro\nQuillchain is being audited by optimistic rollups.\nQuillchain is live.\n')).not.toContain('Quillchain IS_A Optimistic Rollups');
  });
});

describe("examples after the comma of a cue's object (own examples)", () => {
  it('reads "X relies on <class>, such as A and B, ..." as X using A and B', () => {
    const found = named('Intro\nQuillchain relies on recognized proof systems, such as Plonky2 and Groth16, for its security.\nQuillchain is live.\n');
    expect(found).toEqual(expect.arrayContaining(['Quillchain USES Plonky2', 'Quillchain USES Groth16']));
  });

  it('reads no object past a clause before the examples', () => {
    const found = named('Intro\nQuillchain supports the formats the pilots are standardizing, including Plonky2.\nQuillchain is live.\n');
    expect(found).not.toContain('Quillchain USES Plonky2');
  });
});

describe('a definite head noun after its name (own examples)', () => {
  it('reads "The Act" after "the Marrowd Data Act" as that act, not as a new name', () => {
    const body = 'Intro\nThe Marrowd Data Act took effect in 2026. The Act relies on fraud proofs for audits.\n';
    expect(named(body)).toContain('Marrowd Data Act USES Fraud Proofs');
    expect(names(body)).not.toContain('Act');
  });
});

describe("a person's organization in parentheses (own examples)", () => {
  it('reads "Jane Roe (Acme Labs) and John Doe (Quillworks)" as each person part of the organization', () => {
    const found = named('Intro\nThe track is curated by Jane Roe (Acme Labs) and John Doe (Quillworks Foundation).\n');
    expect(found).toEqual(expect.arrayContaining(['Jane Roe PART_OF Acme Labs', 'John Doe PART_OF Quillworks Foundation']));
  });
});

describe("an owner's phrase in apposition that goes on describing (own examples)", () => {
  it('reads "the Quill SDK, Acme Labs\' library for training models" as developed by Acme Labs', () => {
    expect(named("Intro\nWe use the Quill SDK, Acme Labs' library for training models with noise, for the clients.\n")).toContain('Quill SDK DEVELOPED_BY Acme Labs');
    expect(named("Intro\nWe use the Quill SDK, Acme Labs' library that trains models, for the clients.\n")).toContain('Quill SDK DEVELOPED_BY Acme Labs');
  });
});

describe('a name placed on a network with "on" (own examples)', () => {
  it('reads "the Quill Network on Ethereum" as the Quill Network built on Ethereum, not as a longer name, and gives the verb to it', () => {
    const body = 'Intro\nThe Quill Network on Ethereum uses fraud proofs to settle disputes.\n';
    expect(names(body)).not.toContain('Quill Network on Ethereum');
    expect(named(body)).toEqual(expect.arrayContaining(['Quill Network BUILT_ON Ethereum', 'Quill Network USES Fraud Proofs']));
    expect(named(body)).not.toContain('Ethereum USES Fraud Proofs');
  });
});

describe('a name in apposition to an opening phrase that names nothing (own examples)', () => {
  it('gives the verb to the name: "The auditing pipeline, Quillscan, uses X"', () => {
    expect(named('Intro\nThe auditing pipeline, Quillscan, uses fraud proofs.\n')).toEqual(['Quillscan USES Fraud Proofs']);
    expect(named("Intro\nAcme Labs' second client, Quillscan, relies on fraud proofs.\n")).toContain('Quillscan USES Fraud Proofs');
  });
});

describe('people named by their part in a program (own examples)', () => {
  it('reads "Moderator: Okello Mwangi (Acme Collective)" as a person of the organization', () => {
    expect(named('Intro\nModerator: Okello Mwangi (Acme Collective). Panelists: Lena Hoffmann (Quillworks Foundation).\n')).toEqual(
      expect.arrayContaining(['Okello Mwangi PART_OF Acme Collective', 'Lena Hoffmann PART_OF Quillworks Foundation']),
    );
  });
});

describe('renames and agents (own examples)', () => {
  it('matches a catalog alias spelled as a plural acronym ("SNARKs")', () => {
    expect(named('Intro\nQuillnet uses SNARKs for its proofs.\n')).toEqual(['Quillnet USES zk-SNARKs']);
  });

  it('reads the passive and participle renames with the new name second, and none past a colon', () => {
    expect(named('Intro\nMarrowbft was renamed Quillbft in 2023.\n')).toEqual(['Quillbft FORMERLY_KNOWN_AS Marrowbft']);
    expect(named('Intro\nMarrowbft, since renamed Quillbft, orders blocks.\n')).toEqual(['Quillbft FORMERLY_KNOWN_AS Marrowbft']);
    expect(named('Intro\nQuillbft (previously Marrowbft) orders blocks.\n')).toEqual(['Quillbft FORMERLY_KNOWN_AS Marrowbft']);
    expect(named('Intro\nAcme Labs has renamed its rollup kit: Paddlewheel is now Keelwright.\n')).toEqual([]);
  });

  it('reads no rename in an adverb that modifies a verb ("formerly used")', () => {
    expect(named('Intro\nAcme Labs formerly used Quillnet.\n')).not.toContain('Acme Labs FORMERLY_KNOWN_AS Quillnet');
    expect(named('Intro\nAcme Labs previously built Quillnet.\n')).toEqual(['Quillnet DEVELOPED_BY Acme Labs']);
  });

  it('takes a catalog project right after "developed by" as the agent, but not its possessive', () => {
    expect(named('Intro\nQuillkit, developed by Optimism, verifies proofs.\n')).toEqual(['Quillkit DEVELOPED_BY Optimism']);
    expect(named("Intro\nQuillkit reads files produced by Optimism's compiler.\n")).not.toContain('Quillkit DEVELOPED_BY Optimism');
  });
});

describe('a table cell that ends in a catalog term (own examples)', () => {
  it('reads "| Multi-round fraud proofs |" and "| Ethereum data availability sampling |" as the term the cell ends in', () => {
    const body = '# Chains\n\n| Project | Proof system | Data availability |\n|---|---|---|\n| Quillnet | Multi-round fraud proofs | Ethereum data availability sampling |\n';
    expect(named(body)).toEqual(['Quillnet USES Data Availability Sampling', 'Quillnet USES Fraud Proofs']);
  });
});

describe('a stack column and the ends of lower-case terms (own examples)', () => {
  it('reads a "Stack" column as what the row is built on', () => {
    const body = '# Chains\n\n| Rollup | Stack |\n|---|---|\n| Quillnet | OP Stack |\n';
    expect(named(body)).toEqual(['Quillnet BUILT_ON OP Stack']);
  });

  it('ends a term at the clause verb after a noun and opens none at a word after a hyphen', () => {
    expect(names('Intro\n- **Consent**: the portal lacked mechanisms to record consent.\n').some((n) => /lacked/i.test(n))).toBe(false);
    expect(names('Intro\nAcme runs a general-purpose cloud marketplace.\n')).toContain('cloud marketplace');
  });
});

describe('"and" between two names (own examples)', () => {
  it('splits one capitalised word on each side of "and" into two names', () => {
    expect(names('Intro\nQuillfed, proposed by Marrow and Tesk, replaces the aggregator.\n')).toEqual(expect.arrayContaining(['Marrow', 'Tesk']));
    expect(names('Intro\nQuillfed, proposed by Marrow and Tesk, replaces the aggregator.\n')).not.toContain('Marrow and Tesk');
  });

  it('joins no headed name across "and" after a known name', () => {
    const found = names('Intro\nThe Quill Bridge links Ethereum and Marrow Chain.\n');
    expect(found).toEqual(expect.arrayContaining(['Ethereum', 'Marrow Chain']));
    expect(found.some((n) => / and /.test(n))).toBe(false);
  });

  it('keeps an organization whose own name holds "and"', () => {
    expect(names('Intro\nThe grant came from the Privacy and Scaling Explorations team.\n')).toContain('Privacy and Scaling Explorations');
  });
});

describe('capitalised plurals of common nouns (own examples)', () => {
  it('names nothing in a capitalised common plural before a cue or alone', () => {
    expect(names('Intro\nExperiments ran on the Quillfarm cluster.\n')).not.toContain('Experiments');
    expect(names('Intro\nThe release notes list three Guides for new operators.\n')).not.toContain('Guides');
  });

  it('still names a capitalised word wink does not know, and an acronym', () => {
    expect(names('Intro\nQuillfarm runs on Marrowchain.\n')).toEqual(expect.arrayContaining(['Quillfarm', 'Marrowchain']));
    expect(names('Intro\nThe PETS team uses Marrowchain.\n')).not.toContain('Pets');
  });
});

describe('a second verb after a passive agent (own examples)', () => {
  it('gives the agent of "designed by A and is based on B" no relation to B', () => {
    const found = named('Intro\nThe scheme was designed by Quillworks researcher Dr. Marta Roe and is based on optimistic verification.\n');
    expect(found.some((r) => r.startsWith('Marta Roe USES'))).toBe(false);
  });
});

describe('parts of a whole (own examples)', () => {
  it('reads "X consists of A and B" as parts of X', () => {
    expect(named('Intro\nQuillwatch consists of Probe Relay and Marrow Store.\n')).toEqual(['Marrow Store PART_OF Quillwatch', 'Probe Relay PART_OF Quillwatch']);
  });

  it('reads the items under "X is built on Y and adds three modules:" as parts of X, not of Y', () => {
    const body = '# Quillguard\n\nQuillguard is built on Flower and adds three modules:\n\n- **keelagg**: aggregates updates.\n- **keelmask**: masks updates.\n';
    expect(named(body)).toEqual(expect.arrayContaining(['keelagg PART_OF Quillguard', 'keelmask PART_OF Quillguard']));
    expect(named(body).filter((r) => / BUILT_ON keel/.test(r))).toEqual([]);
  });

  it('reads no parts of a class or of a modifier', () => {
    expect(named('# Rollups\n\nAn optimistic rollup has the following components:\n\n- **Sequencer**: orders transactions.\n').filter((r) => r.includes('PART_OF'))).toEqual([]);
    expect(named('# Fees\n\nA Quillnet transaction pays two parts:\n\n- **Keel fee**: the execution cost.\n').filter((r) => r.includes('PART_OF'))).toEqual([]);
  });
});

describe("a regulation's lower-case term (own examples)", () => {
  it('reads "the GDPR\'s data privacy rules" as a part of the regulation', () => {
    expect(named("Intro\nAcme trains jointly under the GDPR's data privacy rules.\n")).toContain('Data Privacy PART_OF General Data Protection Regulation');
  });

  it("keeps an organization's lower-case class word out of it", () => {
    expect(named("Intro\nAcme Labs' rollup uses validity proofs.\n").some((r) => r.includes('PART_OF'))).toBe(false);
  });
});

describe('people at a project (own examples)', () => {
  it('reads "A, B and C at <project>" as members of it', () => {
    const found = named('Intro\nKeelproof was developed by Jane Roe, Tom Marsh and Ada Quill at Optimism.\n');
    expect(found).toEqual(expect.arrayContaining(['Ada Quill PART_OF Optimism', 'Jane Roe PART_OF Optimism', 'Tom Marsh PART_OF Optimism']));
  });
});

describe('names with an ampersand, a number word or a known name after "for" (own examples)', () => {
  it('reads "Marrow & Keel" and "Quillworks Nine" as whole names', () => {
    expect(named('Intro\nKeelkit is maintained by Marrow & Keel, a small team.\n')).toEqual(['Keelkit DEVELOPED_BY Marrow & Keel']);
    expect(named('Intro\nKeelkit, built by the startup Quillworks Nine, is a fork.\n')).toEqual(['Keelkit DEVELOPED_BY Quillworks Nine']);
  });

  it('ends a headed name before a known name after its minor word', () => {
    expect(names('Intro\nKeelproof was developed by the Quill Company for Ethereum.\n')).toEqual(expect.arrayContaining(['Quill Company', 'Ethereum']));
    expect(names('Intro\nKeelproof was developed by the Quill Company for Ethereum.\n')).not.toContain('Quill Company for Ethereum');
  });
});

describe('a negator right after a copula (own examples)', () => {
  it('reads "are not a layer 2" as no kind, and "uses not only X" as a use', () => {
    expect(named('Intro\nSidechains have their own validators and are not a layer-2 in this sense.\n')).not.toContain('Sidechains IS_A Layer 2');
    expect(named('Intro\nQuillnet uses not only validity proofs but also a committee.\n')).toContain('Quillnet USES Validity Proofs');
  });
});

describe('a fronted contrast (own examples)', () => {
  it('states nothing in "Instead of X running Y," and still reads the main clause', () => {
    const found = named('Intro\nInstead of every rollup running its own sequencer, Quillnet uses a shared sequencer.\n');
    expect(found).not.toContain('Rollups USES Sequencer');
    expect(found.some((r) => r.startsWith('Quillnet USES'))).toBe(true);
  });
});

describe('a word no dictionary holds, set off by commas (own examples)', () => {
  it('names "keelwatch" in "Our tool, keelwatch, relies on X" but no English word there', () => {
    expect(named('Intro\nOur current tool, keelwatch, relies on threshold signatures.\n')).toContain('keelwatch USES threshold signatures');
    expect(names('Intro\nOur current tool, software, stores the secrets.\n')).not.toContain('software');
  });
});

describe('a surname wink reads as a verb, and a participle after a class phrase (own examples)', () => {
  it('reads "Quillnet is a protocol for private payments, founded by Ben Marsh and Harry Grieve"', () => {
    expect(named('Intro\nQuillnet is a protocol for private payments, founded by Ben Marsh and Harry Grieve.\n')).toEqual(['Quillnet DEVELOPED_BY Ben Marsh', 'Quillnet DEVELOPED_BY Harry Grieve']);
  });
});

describe('a title before a person (own examples)', () => {
  it('names "Jane Roe" in "Chief Scientist Jane Roe said" and keeps "Chief Data Office" whole', () => {
    expect(names('Intro\nChief Scientist Jane Roe said the plan works.\n')).toEqual(['Jane Roe']);
    expect(names('Intro\nCommissioner Helena Marsh said the plan works.\n')).toEqual(['Helena Marsh']);
    expect(names('Intro\nThe Chief Data Office said the plan works.\n')).toEqual(['Chief Data Office']);
  });
});

describe('a fronted participle before the main clause (own examples)', () => {
  it('reads "Built on the OP Stack, Quillchain inherited X" with Quillchain as the subject', () => {
    const found = named('Intro\nBuilt on the OP Stack, Quillchain inherited its bridge contracts, and a centralized sequencer was the default.\n');
    expect(found).toContain('Quillchain BUILT_ON OP Stack');
    expect(found.filter((r) => r.includes('Sequencer'))).toEqual([]);
  });

  it('still lists every object of "supports A, B, C and D"', () => {
    expect(named('Intro\nQuillnet relies on Keelproof, Marrowproof, Teskproof and Ladleproof.\n')).toHaveLength(4);
  });
});

describe('a participle that opens an aside (own examples)', () => {
  it('names "keel-rs" in "the prover, called keel-rs, is built on X"', () => {
    expect(named("Intro\nQuillworks' prover, called keel-rs, is built on Marrowproof.\n")).toContain('keel-rs BUILT_ON Marrowproof');
  });
});

describe('a participle after the "for" phrase of a defined class (own examples)', () => {
  it('reads "**Keelsig** — A scheme for Schnorr signatures, proposed by A and B" as Keelsig proposed by A and B', () => {
    const found = named('# Glossary\n\n**Keelsig** — A two-round multi-signature scheme for Schnorr signatures, proposed by Jonas Nick and Tim Ruffing.\n');
    expect(found).toEqual(expect.arrayContaining(['Keelsig PROPOSED_BY Jonas Nick', 'Keelsig PROPOSED_BY Tim Ruffing']));
    expect(found.filter((r) => r.startsWith('Schnorr'))).toEqual([]);
  });
});

describe('an aside naming a class after a list (own examples)', () => {
  it('reads "A and B, the other zkVMs" as both kinds of the class, and "A and B, a rollup" as B alone', () => {
    expect(named('Intro\nQuillvm competes with Keelvm and Marrowvm, the other general-purpose zkVMs that teams evaluate.\n')).toEqual(
      expect.arrayContaining(['Keelvm IS_A zkVMs', 'Marrowvm IS_A zkVMs']),
    );
    const single = named('Intro\nThe bridge links Quillnet and Keelchain, an application-specific rollup.\n');
    expect(single).toContain('Keelchain IS_A Rollups');
    expect(single).not.toContain('Quillnet IS_A Rollups');
  });
});

describe('a class restricted by examples, as the subject (own examples)', () => {
  it('reads "Sidechains such as A and B address X" with the class as the subject', () => {
    const found = named('Intro\nSidechains such as Quillside and Keelside address scalability.\n');
    expect(found).toEqual(expect.arrayContaining(['Keelside IS_A Sidechains', 'Quillside IS_A Sidechains']));
    expect(found.filter((r) => r.includes('ADDRESSES'))).toEqual(['Sidechains ADDRESSES Scalability']);
  });
});

describe('a "Settles on" column (own examples)', () => {
  it('reads what a row settles on as what it is built on', () => {
    const body = '# Rollups\n\n| Project | Settles on |\n|---|---|\n| Quillnet | Ethereum |\n';
    expect(named(body)).toEqual(['Quillnet BUILT_ON Ethereum']);
  });
});

describe('a copula in the past (own examples)', () => {
  it('reads "Keelnet was an optimistic rollup built on Ethereum" like its present', () => {
    expect(named('Intro\nKeelnet was an optimistic rollup built on Ethereum.\n')).toEqual(['Keelnet BUILT_ON Ethereum', 'Keelnet IS_A Optimistic Rollups']);
  });
});

describe('the passive of a cue (own examples)', () => {
  it('reads "<problem> is (already) addressed with / mitigated by <X>" as X ADDRESSES the problem', () => {
    expect(named('Intro\nIn practice, scalability is already addressed with sharding.\n')).toEqual(['Sharding ADDRESSES Scalability']);
    expect(named('Intro\nCentralization is mitigated by validity proofs.\n')).toEqual(['Validity Proofs ADDRESSES Centralization']);
    expect(named('Intro\nMEV, mitigated with state channels, remains a risk.\n')).toEqual(['State Channels ADDRESSES MEV']);
  });

  it('keeps the active reading, and a progressive after an adverb ("are also releasing") is no passive', () => {
    expect(named('Intro\nQuillnet addresses centralization.\n')).toEqual(['Quillnet ADDRESSES Centralization']);
    expect(names('Intro\nWe are also releasing quill-dash, a small dashboard for operators.\n')).toContain('quill-dash');
  });

  it('reads "developed in collaboration with / co-developed with <Org>" as DEVELOPED_BY', () => {
    expect(named('Intro\nQuillnet was developed in collaboration with Acme Labs.\n')).toEqual(['Quillnet DEVELOPED_BY Acme Labs']);
    expect(named('Intro\nQuillnet, co-developed with Acme Labs, uses zk-SNARKs.\n')).toEqual(['Quillnet DEVELOPED_BY Acme Labs', 'Quillnet USES zk-SNARKs']);
  });
});

describe('a participle after one example (own examples)', () => {
  it('gives "Class, such as X, proposed by A, ..." to the example, and keeps two examples\' participle on the class', () => {
    expect(named('Intro\nSidechains, such as Quillnet, proposed by Jane Roe, run their own validators.\n')).toEqual(['Quillnet IS_A Sidechains', 'Quillnet PROPOSED_BY Jane Roe']);
    expect(named('Intro\nSidechains, such as Quillnet and Marrowchain, proposed by Jane Roe, run validators.\n')).toContain('Sidechains PROPOSED_BY Jane Roe');
  });
});

describe('a date before the subject of a cue (own examples)', () => {
  it('reads "In 2024 X released Y" and "In November 2025 X released Y" with X as the whole name, the date left out', () => {
    expect(named('Intro\nIn 2024 Acme Labs released Quillnet.\n')).toEqual(['Quillnet DEVELOPED_BY Acme Labs']);
    expect(named('Intro\nIn November 2025 Acme Labs released Quillnet.\n')).toEqual(['Quillnet DEVELOPED_BY Acme Labs']);
  });
});

describe('a rating cell (own examples)', () => {
  it('takes a one-word adjective cell ("Low", "Possible") for no name, and keeps the row\'s other facts', () => {
    const body = '# Risks\n\n| Mitigation | Risk | Likelihood | Residual risk |\n|---|---|---|---|\n| Sharding | Centralization | Possible | Low |\n';
    expect(named(body)).toEqual(['Sharding ADDRESSES Centralization']);
    expect(names(body).some((n) => /^(Low|Possible)$/.test(n))).toBe(false);
  });
});

describe('an emphasised person with a role (own examples)', () => {
  it('reads "**Jane Roe**, CEO of Acme Labs" and "**Jane Roe** (Acme Labs)" like the plain forms', () => {
    expect(named('Speakers\n\n- **Jane Roe**, CEO of Acme Labs\n')).toEqual(['Jane Roe PART_OF Acme Labs']);
    expect(named('Notes\n\n**Jane Roe** (Acme Labs) spoke first.\n')).toEqual(['Jane Roe PART_OF Acme Labs']);
  });
});

describe('a class with a lower-case modifier (own examples)', () => {
  it('reads "X is a gaming rollup" and "X, a privacy sidechain, ..." as X a kind of the last term', () => {
    expect(named('Intro\nQuillnet is a gaming rollup.\n')).toEqual(['Quillnet IS_A Rollups']);
    expect(named('Intro\nQuillnet, a privacy sidechain, launched in May.\n')).toEqual(['Quillnet IS_A Sidechains']);
  });
});

describe('capitalised words wink tags as verbs (own examples)', () => {
  it('keeps "the Quill Compute Cooperative" and "the lab Marrow Evaluations" whole, and joins "di" inside a name', () => {
    const found = names('Intro\nThe Quill Compute Cooperative joined, and an audit by the lab Marrow Evaluations followed. Jane Roe works at the Politecnico di Quillano.\n');
    expect(found).toEqual(expect.arrayContaining(['Quill Compute Cooperative', 'Marrow Evaluations', 'Politecnico di Quillano']));
  });
});

describe('a paragraph that ends with a colon (own examples)', () => {
  it('finds names in every sentence of a list intro, as in any paragraph', () => {
    expect(named('Intro\n\nQuillnet was proposed by Jane Roe and Tobias Quarrington in 2019. Two parts matter:\n\n- the prover\n- the verifier\n')).toEqual(
      expect.arrayContaining(['Quillnet PROPOSED_BY Tobias Quarrington']),
    );
  });
});

describe('"Label: value" records (own examples)', () => {
  it('reads the fields of a "Name: X" record as facts about X, one record after another', () => {
    const body = '# Directory\n\n## Chains\n\nName: Quillnet\nCategory: Sidechain\nBuilt on: Ethereum\nMaintainer: Acme Labs\n\nName: Marrowchain\nBuilt on: Optimism\nMaintainer: Jane Roe\n';
    expect(named(body)).toEqual(
      expect.arrayContaining(['Marrowchain BUILT_ON Optimism', 'Marrowchain DEVELOPED_BY Jane Roe', 'Quillnet BUILT_ON Ethereum', 'Quillnet DEVELOPED_BY Acme Labs', 'Quillnet IS_A Sidechains']),
    );
    expect(named(body)).not.toContain('Quillnet BUILT_ON Optimism');
  });
  it("takes short field lines in a plain-text infobox for items, not headings, whatever their labels' case", () => {
    const body = 'Quillnet\n\nInfobox\nName: Quillnet\nFormer names: Quillchain (2020–2022)\nSettlement layer: Ethereum\nDeveloper: Acme Labs\nInitial release: March 2020\n';
    expect(named(body)).toEqual(['Quillnet BUILT_ON Ethereum', 'Quillnet DEVELOPED_BY Acme Labs', 'Quillnet FORMERLY_KNOWN_AS Quillchain']);
  });
});

describe('a class a list intro counts (own examples)', () => {
  it('reads the items under "Several <class> ...:" and "the three <adjective> <class> ...:" as kinds of the class', () => {
    const items = '\n\n- **Quillnet** settles hourly.\n- **Marrowchain** settles daily.\n';
    const kinds = ['Marrowchain IS_A Sidechains', 'Quillnet IS_A Sidechains'];
    expect(named(`# Notes\n\nSeveral sidechains compete for the same users:${items}`)).toEqual(expect.arrayContaining(kinds));
    expect(named(`# Notes\n\nJane Roe then compared the three popular sidechains that teams ask her about:${items}`)).toEqual(expect.arrayContaining(kinds));
  });
  it('takes no class from an intro that only counts a plain noun, nor one whose class is an untyped phrase', () => {
    expect(
      named('# Notes\n\nBoth are families of proofs, but they make different trade-offs:\n\n- **Quillnet**: settles hourly.\n- **Marrowchain**: settles daily.\n').filter((r) => r.includes('IS_A')),
    ).toEqual([]);
  });
});

describe('"It" after a sentence whose name stands in an aside (own examples)', () => {
  it('reads "Our pilot, code-named X, trains ... . It uses Y" with X for "It"', () => {
    expect(named('# Notes\n\nOur current pilot, code-named Quillnet, trains a fraud model with two partners. It relies on sharding.\n')).toEqual(['Quillnet USES Sharding']);
  });
  it('takes no name a preposition governs for "It"', () => {
    expect(named('# Notes\n\nBuilt with the Marrow SDK, our pilot trains a fraud model. It relies on sharding.\n')).toEqual([]);
  });
});

describe('a glossary entry: a term over a defining fragment (own examples)', () => {
  it('reads "Quillnet" over an indented "An optimistic rollup that ... . Developed by X." as facts about Quillnet', () => {
    const body = '# Glossary\n\nQuillnet\n    An optimistic rollup that settles to Ethereum and uses fraud proofs. Developed by Acme Labs.\n\nMarrowchain\n    A sidechain built on Optimism.\n';
    expect(named(body)).toEqual([
      'Marrowchain BUILT_ON Optimism',
      'Marrowchain IS_A Sidechains',
      'Quillnet BUILT_ON Ethereum',
      'Quillnet DEVELOPED_BY Acme Labs',
      'Quillnet IS_A Optimistic Rollups',
      'Quillnet USES Fraud Proofs',
    ]);
  });
  it('takes no section title for a term, nor a sentence with its own verb, nor a paragraph that is not indented, for a definition', () => {
    expect(named('# Notes\n\nWhat Quillnet is\n    An optimistic rollup that settles to Ethereum.\n')).toEqual(['Optimistic Rollups BUILT_ON Ethereum']);
    expect(named('# Notes\n\nQuillnet\n    A team at Acme Labs maintains Marrowchain.\n').filter((r) => r.startsWith('Quillnet'))).toEqual([]);
    expect(named('# Notes\n\n## Quillnet\n\nAn optimistic rollup that settles to Ethereum.\n')).toEqual(['Optimistic Rollups BUILT_ON Ethereum']);
  });
});

describe('a two-column table of fields (own examples)', () => {
  it('reads "| Built with | X |" rows as facts about the name the header gives, or else the section\'s topic, and takes no label for a name', () => {
    const rows = '|---|---|\n| Built with | Optimism |\n| Developer | Acme Labs |\n';
    const facts = ['Quillnet DEVELOPED_BY Acme Labs', 'Quillnet USES Optimism'];
    expect(named(`# History\n\nQuillnet launched in 2020.\n\n| Quillnet | |\n${rows}`)).toEqual(facts);
    expect(named(`# Notes\n\n## Quillnet\n\nQuillnet launched in 2020.\n\n| Field | Value |\n${rows}`)).toEqual(facts);
    expect(names(`# Notes\n\n## Quillnet\n\nQuillnet launched in 2020.\n\n| Field | Value |\n${rows}`)).not.toContain('Developer');
  });
  it('reads "| Proof system | A | B |" under "| Criterion | Quillnet | Marrowchain |" as a fact about each column\'s name', () => {
    const body =
      '# Compared\n\nQuillnet and Marrowchain launched in 2020.\n\n| Criterion | Quillnet | Marrowchain |\n|---|---|---|\n| Proof system | Fraud proofs | Validity proofs |\n| Developer | Acme Labs | Jane Roe |\n';
    expect(named(body)).toEqual(['Marrowchain DEVELOPED_BY Jane Roe', 'Marrowchain USES Validity Proofs', 'Quillnet DEVELOPED_BY Acme Labs', 'Quillnet USES Fraud Proofs']);
  });
});

describe('a person with an organization in parentheses (own examples)', () => {
  it('takes two plain words before "(<Org>)" for a person who belongs to the organization', () => {
    expect(named('# Minutes\n\nWe heard from Kalani Akana (Quill DAO) on Tuesday.\n')).toEqual(['Kalani Akana PART_OF Quill DAO']);
  });
});

describe('renames (own examples)', () => {
  it('reads a rename in parentheses right after a name as about that name alone, not the names the list joins to it', () => {
    expect(named('# Chains\n\nOptimism, Quillnet (formerly Larkspur) and Tessel are sidechains.\n').filter((r) => r.includes('FORMERLY'))).toEqual(['Quillnet FORMERLY_KNOWN_AS Larkspur']);
  });
  it('reads a participle after "(formerly X," as about the name before the parenthesis', () => {
    expect(named('# Clients\n\nMost users run Quillnode (formerly quill-d, maintained by Acme Labs) today.\n')).toEqual(['Quillnode DEVELOPED_BY Acme Labs', 'Quillnode FORMERLY_KNOWN_AS quill-d']);
  });
  it('renames the name before a lower-case class word, not the class', () => {
    expect(named('# Payments\n\nPayments settle on the Quillnet sidechain (formerly Marrowchain) today.\n')).toEqual(['Quillnet FORMERLY_KNOWN_AS Marrowchain']);
  });
  it('takes a former name whole, even when a known name stands inside it', () => {
    expect(named('# Chains\n\nQuillnet, formerly known as Optimistic Ethereum, settles to Ethereum.\n').filter((r) => r.includes('FORMERLY'))).toEqual([
      'Quillnet FORMERLY_KNOWN_AS Optimistic Ethereum',
    ]);
    expect(named('# Chains\n\nTessel (formerly Marrow zkEVM) added precompiles.\n')).toEqual(['Tessel FORMERLY_KNOWN_AS Marrow zkEVM']);
  });
  it('keeps a version number whole in a name ("Marrow 2.0")', () => {
    expect(named('# Chains\n\nQuillnet launched as Marrow 2.0 in 2023.\n')).toEqual(['Quillnet FORMERLY_KNOWN_AS Marrow 2.0']);
  });
  it('takes one word set off in backticks or quotes, or no English word, for a former name, and no ordinary word', () => {
    expect(named('# Packages\n\nQuillkit was formerly known as `courier`; it was renamed in 0.6.\n')).toEqual(['Quillkit FORMERLY_KNOWN_AS courier']);
    expect(named('# Packages\n\nQuillkit was known as zkhelpers until version 2.0.\n')).toEqual(['Quillkit FORMERLY_KNOWN_AS zkhelpers']);
    expect(named('# Packages\n\nQuillkit was known as courier until version 2.0.\n')).toEqual([]);
  });
});

describe('numbered parts of a law (own examples)', () => {
  it('takes "Article N", "Annex III" and "Article 6(1)(c)" for names, part of the law right after or before them', () => {
    const body = '# Notes\n\nArticle 22 of the Quill Act limits profiling. The basis is Article 6(1)(c) Quill Act. The Marrow Act’s Annex III lists systems.\n';
    expect(named(body)).toEqual(['Annex III PART_OF Marrow Act', 'Article 22 PART_OF Quill Act', 'Article 6(1)(c) PART_OF Quill Act']);
  });
  it('gives a part with no law next to it the law its sentence or paragraph names', () => {
    expect(named('# Notes\n\nThe Quill Act applies to training. A lawful basis is needed under Article 6, and Article 9 covers health data.\n')).toEqual([
      'Article 6 PART_OF Quill Act',
      'Article 9 PART_OF Quill Act',
    ]);
  });
  it('reads a term right before "under Article N" as part of that article, and no person or group acting under it', () => {
    const withTerm = buildKnowledge([...coreKnowledgeFiles(), { path: 'entities/extra.yaml', text: '- { name: Quill Erasure Duty, type: Concept }\n' }]);
    const { patch } = analyze(articleOf('# Notes\n\nThe Quill Act applies. Honouring the Quill erasure duty under Article 17 is hard on a ledger.\n'), withTerm);
    expect(patch.relations.map((r) => `${r.subjectId} ${r.type} ${r.objectId}`)).toContain('concept:quill-erasure-duty PART_OF regulation:article-17');
    expect(named('# Notes\n\nThe Quill Act applies. Harbor Labs under Article 17 must delete data.\n').filter((r) => r.startsWith('Harbor Labs'))).toEqual([]);
  });
  it('reads a lower-case "article" and a number as a part only when "of" follows', () => {
    expect(names('# Notes\n\nThe article 3 days ago cited clause 9 of the Quill Act.\n')).toEqual(['Clause 9', 'Quill Act']);
  });
});

describe('citations and schedule lines (own examples)', () => {
  it('reads "X et al." as the person X, the first author, with the citation as an alias', () => {
    const { patch } = analyze(articleOf('# Strategies\n\n| Strategy | Proposed by | Idea |\n|---|---|---|\n| QuillProx | Tian Quillworth et al. (2020) | A proximal term |\n'), knowledge);
    expect(patch.entities.filter((e) => /Quillworth/.test(e.name)).map((e) => [e.name, e.type, e.aliases])).toEqual([['Tian Quillworth', 'Person', ['Tian Quillworth et al.']]]);
  });
  it('takes no protocol placeholder party or everyday protocol abbreviation for a name', () => {
    expect(names('# Protocol\n\nBob opens a channel to Quillnet over TLS, and Alice signs.\n')).toEqual(['Quillnet']);
  });
  it('takes no "Week 5" for a name', () => {
    expect(names('# Plan\n\n- Week 5: contracts deployed on Marrowchain.\n- Week 6: audit.\n').some((n) => /^Week/.test(n))).toBe(false);
  });
});

describe('a name that modifies another kind of thing (own examples)', () => {
  it('takes no network for the object when it only modifies a project after it ("the Ethereum light client")', () => {
    expect(named('# Clients\n\nMarrow Labs maintains the Ethereum light client.\n')).toEqual([]);
    expect(named('# Clients\n\nMarrow Labs maintains the Ethereum network.\n')).toEqual(['Ethereum DEVELOPED_BY Marrow Labs']);
  });
});

describe('a list its intro says a design rests on (own examples)', () => {
  it('reads "X\'s design rests on four ideas:" as X using each item', () => {
    expect(named("# Ethereum\n\nEthereum's design rests on two ideas:\n\n- **Data availability sampling**: light nodes sample.\n- **Fraud proofs**: anyone can challenge.\n")).toEqual([
      'Ethereum USES Data Availability Sampling',
      'Ethereum USES Fraud Proofs',
    ]);
  });
});

describe('names in parentheses after a class (own examples)', () => {
  it('reads "optimistic rollups (A, B)" as A and B kinds of the class, but not one acronym or a phrase', () => {
    expect(named('# Chains\n\nOptimistic rollups (Quillnet, Marrowchain and Ostrane) dominate today.\n')).toEqual([
      'Marrowchain IS_A Optimistic Rollups',
      'Ostrane IS_A Optimistic Rollups',
      'Quillnet IS_A Optimistic Rollups',
    ]);
    expect(named('# Chains\n\nOptimistic rollups (mostly Quillnet and Marrowchain) dominate today.\n').filter((r) => r.includes('IS_A'))).toEqual([]);
  });
});

describe('renames by spin-out and first name (own examples)', () => {
  it('reads "was spun out as Y" with the new name second, and "started out as Y" with the old one second', () => {
    expect(named('# History\n\nQuillnet was spun out as Marrowchain in 2024.\n')).toEqual(['Marrowchain FORMERLY_KNOWN_AS Quillnet']);
    expect(named('# History\n\nTessel started out as Quillkit in 2021.\n')).toEqual(['Tessel FORMERLY_KNOWN_AS Quillkit']);
  });
});

describe('a title with a word in parentheses after its name (own examples)', () => {
  it('takes the name before "(sidechain)" as the section\'s subject that "It" stands for', () => {
    const body = '# Quillnet (sidechain)\n\nQuillnet is a sidechain of Bitcoin. Maintained by Tessel Labs, Quillnet launched in 2024. It was formerly known as Marrowchain.\n';
    expect(named(body)).toContain('Quillnet FORMERLY_KNOWN_AS Marrowchain');
  });
});

describe('a lower-case phrase that a naming word follows (own examples)', () => {
  it('reads the name after "called" or "known as" as the object, not the phrase that introduces it', () => {
    expect(named('# Quillnet\n\nQuillnet uses a consensus mechanism called Marrow Consensus.\n')).toEqual(['Quillnet USES Marrow Consensus']);
    expect(named('# Quillnet\n\nQuillnet relies on a watchtower service known as Tesselguard.\n')).toEqual(['Quillnet USES Tesselguard']);
  });
});

describe('institutions and appositions with a type noun that opens a cue (own examples)', () => {
  it('reads a centre as an organization, with the words after "for" in its name', () => {
    expect(analyze(articleOf('Notes\nIts members include the Varnholm Centre for Open Ledgers and two universities.\n'), knowledge).patch.entities.map((e) => `${e.name} ${e.type}`)).toContain(
      'Varnholm Centre for Open Ledgers Organization',
    );
  });

  it('finds the name an aside opening with "the startup behind" describes, at the start of a sentence', () => {
    expect(named('Notes\nBrindlecoast, the startup behind Quorrel, raised a seed round.\n')).toContain('Quorrel DEVELOPED_BY Brindlecoast');
  });
});

describe('citations in brackets (own examples)', () => {
  it('reads a sentence-opening name before a bracketed citation as the subject, and "It" after it as that name', () => {
    const body = 'Related work\nMorrowchain [Tiller et al. 2017] was the first sharding protocol for open networks. It uses proof-of-work to pick committees.\n';
    expect(named(body)).toEqual(expect.arrayContaining(['Morrowchain IS_A Sharding', 'Morrowchain USES Proof of Work']));
  });
});

describe('what "it" stands for in labelled items and after a person (own examples)', () => {
  it('reads "It" after a labelled item\'s second sentence as that sentence\'s opening name, not the label', () => {
    const body = 'Podcast\n\nHOST: Who runs the provers?\n\nRHEA: Independent operators do. Quorrel Network is the largest pool. It is built on the Cosmos SDK.\n';
    expect(named(body)).toContain('Quorrel Network BUILT_ON Cosmos SDK');
    expect(named(body).some((r) => r.startsWith('RHEA'))).toBe(false);
  });

  it('never reads "it" as a person', () => {
    expect(named('Notes\nJane Tiller designed the Quorrel protocol. It runs on Ethereum.\n').some((r) => r.startsWith('Jane Tiller BUILT_ON'))).toBe(false);
  });
});

describe('past tenses before a noun (own examples)', () => {
  it('reads "<Name> employed <noun>" as a verb, not as an adjective before the noun', () => {
    expect(named('Notes\nTessbar employed fraud proofs.\n')).toContain('Tessbar USES Fraud Proofs');
  });
});

describe('people named in many languages (own examples)', () => {
  const typed = (body: string) => analyze(articleOf(body), knowledge).patch.entities.map((e) => `${e.name} ${e.type}`);

  it('knows given names beyond English ones', () => {
    expect(typed('Notes\n**Lead reviewers:** Tolu Adeyinka, Olumide Ashworth\n')).toEqual(expect.arrayContaining(['Tolu Adeyinka Person', 'Olumide Ashworth Person']));
  });

  it('reads "Authors: A and B" as two people', () => {
    expect(typed('Notes\nAuthors: Agnieszka Tillerman and Kwabena Quorrel\n')).toEqual(expect.arrayContaining(['Agnieszka Tillerman Person', 'Kwabena Quorrel Person']));
  });

  it("keeps surname particles inside a person's name", () => {
    expect(typed('Notes\nThe keynote came from Joris van der Tillen, who leads research at Brindle Ventures.\n')).toContain('Joris van der Tillen Person');
  });

  it('keeps surname particles after a middle name, and in the agent of "proposed by"', () => {
    expect(typed('Notes\nJane Roe, Christian Tillerman de Vroom and Tom Hall wrote it.\n')).toContain('Christian Tillerman de Vroom Person');
    expect(typed('Notes\nQuorrel was proposed by Joris van der Tillen.\n')).toContain('Joris van der Tillen Person');
  });
});

describe('names that end before a person, versions and short dates (own examples)', () => {
  it('ends an organization\'s name before "with" and a person\'s name', () => {
    for (const body of ['Notes\nWe talked to Harrowfen Labs with Jane Tiller about rollups.\n', 'Notes\nThe grant went to Harrowfen Labs with Jane Tiller leading it.\n'])
      expect(names(body)).toEqual(expect.arrayContaining(['Harrowfen Labs', 'Jane Tiller']));
  });

  it('finds no entity in a version tag or a date with a short month', () => {
    const found = names('Notes\n| Layer | Launched | Proof |\n|---|---|---|\n| Quorrel | Jul 2024 | KZG |\n\nQuorrel V2 uses KZG, and V2 is built on Ethereum.\n');
    expect(found).not.toContain('Jul 2024');
    expect(found).not.toContain('V2');
  });
});

describe('founders (own examples)', () => {
  it('reads "A, co-founder of B" as A part of B and B developed by A', () => {
    expect(named('Notes\nThe keynote came from Ida Quorrel, co-founder and chief technology officer of Tessmoor Labs.\n')).toEqual(
      expect.arrayContaining(['Tessmoor Labs DEVELOPED_BY Ida Quorrel', 'Ida Quorrel PART_OF Tessmoor Labs']),
    );
  });

  it('reads "Tillerman et al. at Harbor Labs" as the first author part of the group', () => {
    expect(named('Notes\nQuorrel, introduced by Jane Tillerman et al. at Harbor Labs in 2019, is fast.\n')).toContain('Jane Tillerman PART_OF Harbor Labs');
  });

  it('reads "A, B\'s head of policy" as A part of B, even where only the role says B is an organization', () => {
    expect(named('Notes\n"We ship weekly," said Jane Tillerman, Vexmoor\'s head of policy.\n')).toContain('Jane Tillerman PART_OF Vexmoor');
    expect(named("Notes\nJane Tillerman, Vexmoor's biggest fan, said so.\n").filter((r) => r.includes('PART_OF'))).toEqual([]);
  });
});

describe('lower-case names mid-sentence and openers before the subject (own examples)', () => {
  it('reads "As you know, brindlemesh is a <kind> library. It was started by X" as a project X started', () => {
    expect(named('Notes\nAs many readers know, brindlemesh is a state channel library for rollups. It was started by Quorrel Labs.\n')).toContain('brindlemesh DEVELOPED_BY Quorrel Labs');
  });

  it('finds no name in an English word before "is a"', () => {
    expect(names('Notes\nIn short, data is a valuable library for everyone.\n')).not.toContain('data');
  });
});

describe('names listed after a colon that counts a class (own examples)', () => {
  it('reads "Three rollups now lead: A, B and C." as three kinds of rollup', () => {
    expect(named('Notes\nThree optimistic rollups now lead: Quorrel, Tessbar and Marrowfin.\n')).toEqual(
      expect.arrayContaining(['Quorrel IS_A Optimistic Rollups', 'Tessbar IS_A Optimistic Rollups', 'Marrowfin IS_A Optimistic Rollups']),
    );
  });

  it('needs the count: "Optimistic rollups: A and B" in running text is no list of kinds', () => {
    expect(named('Notes\nWe discussed optimistic rollups at length: Quorrel and Tessbar disagreed.\n').some((r) => r.includes('IS_A'))).toBe(false);
  });
});

describe('a fronted "Built with" (own examples)', () => {
  it('reads "Built with X, it ..." as what "it" stands for built on X', () => {
    expect(named('Notes\nQuorrel launched in 2023. Built with the OP Stack, it posts every batch to Ethereum.\n')).toContain('Quorrel BUILT_ON OP Stack');
  });
});

describe('names joined by underscores (own examples)', () => {
  it('keeps "OP_QUORREL" one name', () => {
    const found = names('Notes\nTessbar relies on OP_QUORREL for its covenants.\n');
    expect(found).toContain('OP_QUORREL');
    expect(found).not.toContain('OP');
  });
});

describe("an item described as an organization's thing (own examples)", () => {
  it('reads "X: Acme Labs\' scaling engine" and "Y: Acme\'s C implementation" as developed by the owner', () => {
    expect(named("Notes\n- **Quorrel**: Harrowfen Labs' scaling engine.\n- **Tessbar**: the Varnholt Foundation's C implementation.\n")).toEqual(
      expect.arrayContaining(['Quorrel DEVELOPED_BY Harrowfen Labs', 'Tessbar DEVELOPED_BY Varnholt Foundation']),
    );
  });
});

describe('the roles a person takes (own examples)', () => {
  it('relates a person only as part of a group or as who proposed or developed a thing', () => {
    const relations = named('Intro\nRavi Tillerman and Jane Vexmoor proposed combining staggered payouts with a reputation bond.\n');
    expect(relations).toEqual(expect.arrayContaining(['staggered payouts PROPOSED_BY Jane Vexmoor', 'staggered payouts PROPOSED_BY Ravi Tillerman']));
    expect(relations.filter((r) => /^(?:Ravi Tillerman|Jane Vexmoor) /.test(r))).toEqual([]);
  });
});

describe('what "its" owner goes on to (own examples)', () => {
  it('reads "The chain" after "Its <term> ..." as the owner, not the owned term', () => {
    const body = 'Panel\n\nQuorrel batches every transfer. Its sparse trees keep balances private. The chain is built with the Cosmos SDK.\n';
    expect(named(body)).toContain('Quorrel BUILT_ON Cosmos SDK');
    expect(named(body).filter((r) => r.startsWith('sparse trees'))).toEqual([]);
  });
});

describe('a network before the class of a copula (own examples)', () => {
  it('reads "X is an Ethereum rollup" as X a kind of rollup', () => {
    expect(named('Notes\n\nQuorrel is an Ethereum rollup.\n')).toContain('Quorrel IS_A Rollups');
  });
});

describe("terms joined to a cue's object (own examples)", () => {
  it('reads "addresses spam and bribery" as two things addressed', () => {
    expect(named('Notes\n\nQuorrel addresses spam and bribery in its validator set.\n')).toEqual(expect.arrayContaining(['Quorrel ADDRESSES spam', 'Quorrel ADDRESSES bribery']));
  });
});

describe('a past tense of an "addresses" cue (own examples)', () => {
  it('reads "X mitigated Y" and "X fixed Y" as X addressing Y', () => {
    expect(named('Notes\n\nQuorrel mitigated MEV with a sealed queue.\n')).toContain('Quorrel ADDRESSES MEV');
    expect(named('Notes\n\nTessbar fixed centralization in 2017.\n')).toContain('Tessbar ADDRESSES Centralization');
  });
});

describe('"it" after a sentence that opens with people (own examples)', () => {
  it('reads "A and B proposed X. It runs on Y" as X running on Y', () => {
    const relations = named('Notes\n\nJane Tillerman and Ravi Ostrane proposed the Quorrel Network in 2019. It runs on Ethereum.\n');
    expect(relations).toContain('Quorrel Network BUILT_ON Ethereum');
    expect(relations.filter((r) => r.startsWith('Jane Tillerman'))).toEqual([]);
  });
});

describe('a participle after a generic plural that opens a clause (own examples)', () => {
  it('reads "X makes signing simple: wallets built on Y can sign" as nothing built on Y', () => {
    expect(named('Notes\n\nQuorrel makes signing simple: wallets built on Ethereum can sign.\n')).toEqual([]);
    expect(named('Notes\n\nQuorrel is a rollup built on Ethereum.\n')).toContain('Quorrel BUILT_ON Ethereum');
  });
});

describe('one abstract noun a thing addresses (own examples)', () => {
  it('reads "fixed fragmentation" and "addresses opacity and unfairness" as challenges addressed', () => {
    expect(named('Notes\n\nTessbar fixed fragmentation in 2019.\n')).toEqual(['Tessbar ADDRESSES fragmentation']);
    expect(named('Notes\n\nQuorrel addresses opacity and unfairness.\n')).toEqual(['Quorrel ADDRESSES opacity', 'Quorrel ADDRESSES unfairness']);
  });

  it('takes no plain noun for one: "addresses users"', () => {
    expect(named('Notes\n\nQuorrel addresses users directly.\n')).toEqual([]);
  });
});

describe('words that open a common noun phrase, and hex numbers (own examples)', () => {
  it('finds no name in "Early versions", "Our stack" or "0x0B"', () => {
    const body =
      'Notes\n\n1. An implementation MUST verify the attestation by calling the precompile at address `0x0B` and MUST reject the message if the call fails.\n\n## Our stack\n\nQuorrel runs on Ethereum.\n\nEarly versions used Tessbar.\n';
    expect(names(body).filter((n) => /^(?:Early|Our|0x)/.test(n))).toEqual([]);
  });
});

describe('a cue whose object is a counted class that a colon lists (own examples)', () => {
  it('reads each item of "X combines three ingredients that ...: a, b at ..., and c" as an object', () => {
    const relations = named('Notes\n\nQuorrel combines three ingredients that were long studied apart: rollups, sharding at the base layer, and zk-SNARKs.\n');
    expect(relations).toEqual(['Quorrel COMBINES Rollups', 'Quorrel COMBINES Sharding', 'Quorrel COMBINES zk-SNARKs']);
  });

  it('keeps a name before the colon as the object: "uses Ethereum for two jobs: settlement and data"', () => {
    expect(named('Notes\n\nVexmoor uses Ethereum for two jobs: settlement and data.\n')).toEqual(['Vexmoor USES Ethereum']);
  });
});

describe("a paper's byline and its affiliation line (own examples)", () => {
  const header =
    '# Quorrel: Verifiable Aggregation\n\n**Jane Tillerman¹, Ravi Ostrane², Wei Harrowfen¹**\n\n¹ Quorrel University · ² Tessbar Institute of Technology\n\n## Abstract\n\nWe present Quorrel, a protocol.\n';

  it('reads each author as PART_OF the group its mark points to, marks kept out of the names', () => {
    const relations = named(header);
    expect(relations).toEqual(
      expect.arrayContaining(['Jane Tillerman PART_OF Quorrel University', 'Ravi Ostrane PART_OF Tessbar Institute of Technology', 'Wei Harrowfen PART_OF Quorrel University']),
    );
    expect(relations.filter((r) => r.includes('PART_OF'))).toHaveLength(3);
  });

  it('reads unmarked authors as PART_OF the group that opens the line, and nothing when a part of a group opens it', () => {
    expect(named('Quorrel\n\nJane Tillerman, Ravi Ostrane and Wei Harrowfen\nTessbar Institute of Technology, Department of Physics\n')).toEqual(
      expect.arrayContaining([
        'Jane Tillerman PART_OF Tessbar Institute of Technology',
        'Ravi Ostrane PART_OF Tessbar Institute of Technology',
        'Wei Harrowfen PART_OF Tessbar Institute of Technology',
      ]),
    );
    expect(named('Quorrel\n\nJane Tillerman, Ravi Ostrane\nDepartment of Physics, Tessbar Institute of Technology\n').filter((r) => r.includes('PART_OF'))).toEqual([]);
  });

  it('reads a college on the affiliation line as a group, no person ("¹Harrowfen College")', () => {
    const relations = named('Quorrel\n\nJane Tillerman¹, Ravi Ostrane²\n¹Harrowfen College | ²Tessbar Institute of Technology\n');
    expect(relations).toEqual(expect.arrayContaining(['Jane Tillerman PART_OF Harrowfen College', 'Ravi Ostrane PART_OF Tessbar Institute of Technology']));
  });
});

describe('an aside that names the makers after "by" (own examples)', () => {
  it('reads "X, by A and B," as X made by each, and a technique of people as PROPOSED_BY', () => {
    expect(named('Quorrel\n\nQuorrel Mesh, by Jane Tillerman and Acme Labs, is a rollup.\n')).toEqual(
      expect.arrayContaining(['Quorrel Mesh DEVELOPED_BY Jane Tillerman', 'Quorrel Mesh DEVELOPED_BY Acme Labs']),
    );
    expect(named('Quorrel\n\nTessbarAgg, by Tillerman et al. [12], rewards devices for their updates.\n')).toContain('TessbarAgg DEVELOPED_BY Tillerman');
    expect(named('Quorrel\n\nFraud proofs, by Tillerman et al. (2020), cut the cost.\n')).toContain('Fraud Proofs PROPOSED_BY Tillerman');
  });

  it('reads no maker where the aside goes on past the names ("by Jane Roe in 2019", "by Jane Roe\'s team")', () => {
    for (const aside of ['by Jane Tillerman in 2019', "by Jane Tillerman's team"])
      expect(named(`Quorrel\n\nQuorrel Mesh, ${aside}, is a rollup.\n`).filter((r) => r.includes('DEVELOPED_BY') || r.includes('PROPOSED_BY'))).toEqual([]);
  });
});

describe('a heading that only names a part of the document (own examples)', () => {
  it('finds no catalog name in "## Abstract"', () => {
    const withAbstract = buildKnowledge([...coreKnowledgeFiles(), { path: 'entities/extra.yaml', text: '- { name: Abstract, type: Project, matchCase: true }\n' }]);
    const found = (body: string) => analyze(articleOf(body), withAbstract).patch.entities.map((e) => e.name);
    expect(found('Quorrel\n\n## Abstract\n\nQuorrel runs on Ethereum.\n')).not.toContain('Abstract');
    expect(found('Quorrel\n\nQuorrel runs on Abstract.\n')).toContain('Abstract');
  });
});

describe('a citation in parentheses after a name (own examples)', () => {
  it('reads "X (Roe et al., 2021)" and "X (Roe and Lima, 2019)" as X proposed by the cited authors', () => {
    const relations = named('Notes\n\nQuorrel (Tillerman et al., 2021) relies on a clean root dataset.\n\nThe defence in Tessbar (Ostrane and Vexmoor, 2019) trims outliers.\n');
    expect(relations).toEqual(expect.arrayContaining(['Quorrel PROPOSED_BY Tillerman', 'Tessbar PROPOSED_BY Ostrane', 'Tessbar PROPOSED_BY Vexmoor']));
  });

  it('reads no citation in a parenthesis without a year or a reference number', () => {
    expect(named('Notes\n\nHarrowfen (Vexmoor Labs) runs on Ethereum.\n').filter((r) => r.includes('PROPOSED_BY'))).toEqual([]);
  });
});

describe('a cited first author as the subject (own examples)', () => {
  it('reads "Roe et al. [4] proposed X" and "Roe et al. introduced X" as X proposed by Roe', () => {
    const relations = named('Notes\n\nTillerman et al. [4] proposed Quorrel, which trims outliers.\n\nOstrane et al. introduced Tessbar in 2018.\n');
    expect(relations).toEqual(expect.arrayContaining(['Quorrel PROPOSED_BY Tillerman', 'Tessbar PROPOSED_BY Ostrane']));
  });
});

describe('a clause after a comma and "and" ends a list of objects (own examples)', () => {
  it('reads "X is developed by A, and the B Foundation oversees ..." as X developed by A alone', () => {
    expect(named('Notes\n\nQuorrel is developed by Vexmoor Labs, and the Tessbar Foundation oversees its governance.\n')).toEqual(['Quorrel DEVELOPED_BY Vexmoor Labs']);
  });
});

describe('a name a hyphen fuses to the word before it (own examples)', () => {
  it('finds no name in "non-Tessbar ones", so no class for the examples after it', () => {
    const body = 'Notes\n\nQuorrel supports many chains, including non-Tessbar ones like Solana.\n';
    expect(names(body)).not.toContain('Tessbar');
    expect(named(body)).toEqual([]);
  });
});

describe('a date of more than one word between a participle and its agent (own examples)', () => {
  it('reads "launched in March 2023 by" and "started in early 2020 by" as the participle with its agent', () => {
    expect(named('Notes\n\nQuorrel was launched in March 2023 by Vexmoor Labs.\n')).toEqual(['Quorrel DEVELOPED_BY Vexmoor Labs']);
    expect(named('Notes\n\nTessbar was started in early 2020 by Harrowfen Labs.\n')).toEqual(['Tessbar DEVELOPED_BY Harrowfen Labs']);
  });
});

describe("an item's or a table cell's description that opens with a verb (own examples)", () => {
  it('reads "**X**: Uses A and runs on B" as X using A and built on B', () => {
    expect(named('Notes\n\n## Parts\n\n- **Quorrel prover**: Uses fraud proofs and runs on Ethereum.\n')).toEqual(
      expect.arrayContaining(['Quorrel prover BUILT_ON Ethereum', 'Quorrel prover USES Fraud Proofs']),
    );
  });

  it('reads a cell under no field header, "Relays batches; built on B", as the row subject built on B', () => {
    const body = 'Notes\n\n| Component | Role |\n|---|---|\n| Tessbar relayer | Relays batches; built on Polygon |\n';
    expect(named(body)).toContain('Tessbar relayer BUILT_ON Polygon');
  });
});

describe('a relative clause after an emphasised name (own examples)', () => {
  it('reads "The **X**, which is built on Y" as X built on Y', () => {
    expect(named('Notes\n\nThe **Quorrel Act**, which is built on the GDPR, applies.\n')).toEqual(['Quorrel Act BUILT_ON General Data Protection Regulation']);
  });
});

describe("a possessive pronoun in the clause of the sentence's opening organization (own examples)", () => {
  it('reads "Acme opened its X network" as X developed by Acme, and not past another name', () => {
    expect(named('Notes\n\nVexmoor Labs opened its Quorrel network to outside teams.\n')).toEqual(['Quorrel DEVELOPED_BY Vexmoor Labs']);
    expect(named('Notes\n\nVexmoor Labs joined Tessbar and opened its Quorrel network.\n').filter((r) => r.startsWith('Quorrel'))).toEqual([]);
  });
});

describe("a prepositional cue right after a passive's agent (own examples)", () => {
  it('reads "X was built by A on top of B" as X built on B, not A', () => {
    expect(named('Notes\n\nHarrowfen was built by Vexmoor Labs on top of Ethereum.\n')).toEqual(['Harrowfen BUILT_ON Ethereum', 'Harrowfen DEVELOPED_BY Vexmoor Labs']);
  });
});

describe('a file suffix fused to the name after a cue (own examples)', () => {
  it('reads "relies on Vexmoor.js and Quorrel" as two names, the first with its suffix', () => {
    const body = 'Intro\nTessbar relies on Vexmoor.js and Quorrel.\n';
    expect(names(body)).toEqual(expect.arrayContaining(['Vexmoor.js', 'Quorrel']));
    expect(names(body)).not.toContain('Vexmoor');
    expect(named(body)).toEqual(expect.arrayContaining(['Tessbar USES Vexmoor.js']));
  });
});

describe('a rename in the present: "now called" (own examples)', () => {
  it('reads "A, which is now called B" and "A, now known as B" as B formerly known as A', () => {
    expect(named('Intro\nBuilt by Harrowfen Labs, which is now called Ostrane Systems, it launched in 2021.\n')).toContain('Ostrane Systems FORMERLY_KNOWN_AS Harrowfen Labs');
    expect(named('Intro\nQuorrel, now known as Tessbar, is a rollup.\n')).toContain('Tessbar FORMERLY_KNOWN_AS Quorrel');
  });
});

describe('a table column that says what each row is (own examples)', () => {
  const body = [
    'Intro',
    '',
    '| Project | What it is | Launched by |',
    '|---|---|---|',
    '| Tessbar | Optimistic rollup on Ethereum | Harrowfen Labs |',
    '| Vexmoor | EVM sidechain anchored to Bitcoin | Ostrane Labs |',
    '| Jasper | Rollup that uses fraud proofs | Tillerman Labs |',
    '',
  ].join('\n');

  it('makes the row a kind of the class its cell opens with, and reads a cue after that class as about the row', () => {
    expect(named(body)).toEqual(expect.arrayContaining(['Tessbar IS_A Optimistic Rollups', 'Vexmoor IS_A Sidechains', 'Vexmoor BUILT_ON Bitcoin']));
  });

  it('reads a "Launched by" column as who developed the row', () => {
    expect(named(body)).toEqual(expect.arrayContaining(['Tessbar DEVELOPED_BY Harrowfen Labs', 'Jasper DEVELOPED_BY Tillerman Labs']));
  });

  it('takes no class from a cell with a verb of its own, nor from a column that does not say what the row is', () => {
    expect(named(body)).not.toContain('Jasper IS_A Rollups');
    const other = 'Intro\n\n| Mode | Typical use |\n|---|---|\n| Tessbar | Gaming |\n';
    expect(named(other)).not.toContain('Tessbar IS_A Gaming');
  });
});

describe('an aside that opens with "another" (own examples)', () => {
  it('reads "X, another idea put forward by Y" and "X, another rollup built by Y" as about X', () => {
    expect(named('Intro\nShe pointed to fraud proofs, another idea put forward by Jasper Tillerman, in which a challenger replays a step.\n')).toContain('Fraud Proofs PROPOSED_BY Jasper Tillerman');
    expect(named('Intro\nShe praised Quorrel, another rollup built by Harrowfen Labs.\n')).toEqual(expect.arrayContaining(['Quorrel DEVELOPED_BY Harrowfen Labs', 'Quorrel IS_A Rollups']));
  });
});

describe('a list of parts after a pronoun or a definite noun (own examples)', () => {
  it('reads "It has three modules:" and "The network has four main components:" as the items part of the named thing', () => {
    const body =
      '# Quorrel\n\nQuorrel is a network built by Harrowfen Labs. It has three modules:\n\n- Ostrane Vault\n- Jasper Oracle\n\n## How the pieces fit\n\nThe network has four main components:\n\n- Tessbar Relay\n- Vexmoor Bridge\n';
    expect(named(body)).toEqual(expect.arrayContaining(['Tessbar Relay PART_OF Quorrel', 'Vexmoor Bridge PART_OF Quorrel', 'Ostrane Vault PART_OF Quorrel', 'Jasper Oracle PART_OF Quorrel']));
  });
});

describe("a catalog class word capitalised after a name's word (own examples)", () => {
  it('reads "Tessbar Sidechain" opening an item as one name, not the class alone', () => {
    const body = 'Intro\n\nThe parts:\n\n- Tessbar Sidechain\n- Vexmoor Prover\n';
    expect(names(body)).toContain('Tessbar Sidechain');
    expect(names('Intro\nThe Ethereum sidechain is down.\n')).not.toContain('Ethereum Sidechain');
  });
});

describe('a list intro at the end of a paragraph (own examples)', () => {
  it("reads the cue of the sentence that ends in the colon, not of the paragraph's first sentence", () => {
    const body = '# Quorrel\n\nQuorrel trains models across hospitals. It works with:\n\n- Vexmoor Engine\n- Tessbar Kit\n';
    expect(named(body)).toEqual(expect.arrayContaining(['Quorrel USES Vexmoor Engine', 'Quorrel USES Tessbar Kit']));
  });

  it('reads "It" after "Unlike X, it ..." as the subject before, not X', () => {
    const body =
      '# T\n\nQuorrel matches jobs to operators. Unlike Vexmoor, it verifies work. It uses two mechanisms:\n\n- **Tessbar**: re-runs a sample of jobs.\n- **Ostrane**: runs jobs in enclaves.\n';
    expect(named(body)).toEqual(expect.arrayContaining(['Quorrel USES Tessbar', 'Quorrel USES Ostrane']));
    expect(named(body).some((r) => r.startsWith('Vexmoor '))).toBe(false);
  });

  it('takes no items as objects of a cue whose object is a pronoun or a name with a phrase after it', () => {
    const body =
      '# Quorrel\n\nQuorrel addresses this in two layers:\n\n- **Tessbar**: sums updates.\n\nQuorrel addresses gradient leakage with two layers of protection:\n\n- **Vexmoor**: adds noise.\n';
    expect(named(body).filter((r) => / ADDRESSES (?:Tessbar|Vexmoor)$/.test(r))).toEqual([]);
  });

  it('reads the items after a copula as kinds of its subject', () => {
    const body = '# T\n\nPrivacy techniques are often mixed. The privacy techniques most often cited are:\n\n- **Differential privacy** adds noise.\n- **Federated learning** keeps data local.\n';
    expect(named(body)).toEqual(expect.arrayContaining(['Differential Privacy IS_A privacy techniques', 'Federated Learning IS_A privacy techniques']));
    expect(named(body).filter((r) => r.startsWith('privacy techniques IS_A'))).toEqual([]);
  });
});

describe('"own" after a possessive, and a definite noun after a fronted participle (own examples)', () => {
  it('reads "Acme Labs\' own X" as X developed by Acme Labs', () => {
    expect(named("Intro\nHarrowfen Labs' own Quorrel uses fraud proofs.\n")).toContain('Quorrel DEVELOPED_BY Harrowfen Labs');
  });

  it('reads "Developed by A, the network ..." as about the network named before', () => {
    expect(named('# Quorrel\n\nQuorrel is a rollup.\n\nDeveloped by Harrowfen Labs, the network is a zkEVM.\n')).toContain('Quorrel DEVELOPED_BY Harrowfen Labs');
  });
});

describe('items a colon lists after a counted noun of parts (own examples)', () => {
  it('reads "X sorts systems into four tiers: a, b, c and d" as each tier part of X', () => {
    const rels = named('Intro\nThe Tessbar Act sorts AI systems into four tiers: unacceptable risk, high risk, limited risk and minimal risk.\n');
    expect(rels.filter((r) => r.endsWith('PART_OF Tessbar Act')).length).toBeGreaterThanOrEqual(3);
  });

  it('reads "It organizes the work into three functions:" as parts of what "It" stands for, and "The Act …" in an item as its term', () => {
    expect(named('Intro\nThe Tessbar Framework is widely used. It organizes risk work into three functions: Vexmoor Relay, Ostrane Vault and Jasper Oracle.\n')).toEqual(
      expect.arrayContaining(['Vexmoor Relay PART_OF Tessbar Framework', 'Ostrane Vault PART_OF Tessbar Framework', 'Jasper Oracle PART_OF Tessbar Framework']),
    );
    const item = '# Glossary\n\n**Tessbar Act**: a law on AI. The Act organizes AI systems into two tiers: Vexmoor Relay and Ostrane Vault.\n';
    expect(named(item)).toEqual(expect.arrayContaining(['Vexmoor Relay PART_OF Tessbar Act', 'Ostrane Vault PART_OF Tessbar Act']));
  });

  it('leaves items to a cue before the colon, and a counted noun that names no parts alone', () => {
    expect(named('Intro\nQuorrel consists of three components: Vexmoor Relay, Ostrane Vault and Jasper Oracle.\n').filter((r) => r.includes('counted'))).toEqual([]);
    expect(named('Intro\nThe Tessbar Act was criticised for two reasons: Vexmoor Relay and Ostrane Vault.\n').filter((r) => r.includes('PART_OF'))).toEqual([]);
  });
});

describe('two people a table cell joins by "and" (own examples)', () => {
  it('reads "| Tessbar | Jasper Tillerman and Priya Ostrane |" as two people', () => {
    const body = 'Intro\n\n| Project | Launched by |\n|---|---|\n| Tessbar | Jasper Tillerman and Priya Ostrane |\n| Vexmoor | Harrowfen Labs |\n';
    expect(named(body)).toEqual(expect.arrayContaining(['Tessbar DEVELOPED_BY Jasper Tillerman', 'Tessbar DEVELOPED_BY Priya Ostrane']));
  });
});

describe('table cells that name nothing (own examples)', () => {
  const body = 'Intro\n\n| Project | Data availability | Status |\n|---|---|---|\n| Tessbar | Tessbar nodes | Done |\n| Vexmoor | Quorrel | In progress |\n';

  it("reads a cell of the row name and lower-case words as the row's own thing, and a status value as no name", () => {
    expect(names(body)).not.toContain('Tessbar nodes');
    expect(names(body).filter((n) => /^(?:Done|In progress)$/i.test(n))).toEqual([]);
    expect(named(body)).toContain('Vexmoor USES Quorrel');
  });
});

describe('two people before "of" and an organization (own examples)', () => {
  it('reads "by A Roe and B Doe of Harrowfen University" as two people of the university, not one long name', () => {
    const body = 'Intro\nThe signal was proposed by Jasper Tillerman and Priya Ostrane of Harrowfen University.\n';
    expect(names(body)).toEqual(expect.arrayContaining(['Jasper Tillerman', 'Priya Ostrane', 'Harrowfen University']));
    expect(named(body)).toEqual(expect.arrayContaining(['Priya Ostrane PART_OF Harrowfen University']));
  });
});

describe('a lower-case class in apposition before a name (own examples)', () => {
  it('reads "the payment channels Quorrel" as the name alone, not one long name', () => {
    const body = 'Intro\nTessbar switched to the payment channels Quorrel last year.\n';
    expect(names(body)).toContain('Quorrel');
    expect(names(body).some((n) => /channels Quorrel/i.test(n))).toBe(false);
  });
});

describe('the head noun of the class after "is a" (own examples)', () => {
  it('types "Tessbar is a lending protocol" by "protocol", so "the protocol" after it stands for Tessbar', () => {
    const { patch } = analyze(articleOf('Intro\nTessbar is a lending protocol. The protocol relies on Plasma.\n'), knowledge);
    expect(patch.entities.find((e) => e.name === 'Tessbar')?.type).toBe('Project');
    expect(named('Intro\nTessbar is a lending protocol. The protocol relies on Plasma.\n')).toContain('Tessbar USES Plasma');
  });

  it('types "Vexmoor is a payments network" as a network', () => {
    const { patch } = analyze(articleOf('Intro\nVexmoor is a payments network. The network settles to Ethereum.\n'), knowledge);
    expect(patch.entities.find((e) => e.name === 'Vexmoor')?.type).toBe('Network');
  });
});

describe('names listed in parentheses after a plural class (own examples)', () => {
  it('reads "Hosted wallets (Tessbar, Quorrel and zkVexmoor) …" as three kinds of the class', () => {
    expect(named('Intro\nHosted wallets (Tessbar, Quorrel and zkVexmoor) hold the keys for you.\n')).toEqual([
      'Quorrel IS_A Hosted wallets',
      'Tessbar IS_A Hosted wallets',
      'zkVexmoor IS_A Hosted wallets',
    ]);
  });

  it('reads a bold plural label before the parentheses as the class, not a project', () => {
    const body = 'Intro\n- **Self-custodial wallets** (Tessbar, Quorrel): you hold the keys.\n';
    const { patch } = analyze(articleOf(body), knowledge);
    expect(patch.entities.find((e) => e.name === 'Self-custodial wallets')?.type).toBe('Concept');
    expect(named(body)).toEqual(['Quorrel IS_A Self-custodial wallets', 'Tessbar IS_A Self-custodial wallets']);
  });

  it('lists no names from parentheses of people, places or numbers, and makes no class of a bare noun of parts', () => {
    expect(names('Intro\nThe vote passed in several regions (Europe, Asia) with 62 percent (of 400 votes).\n')).toEqual([]);
    expect(names('Intro\nThe framework has four functions (Govern, Map, Measure, Manage).\n')).not.toContain('functions');
  });

  it('makes no class of a bare noun the lexicon gives no kind ("three sponsors (…)"), and keeps the names', () => {
    const body = 'Intro\nThree sponsors (Tessbar Labs, Quorrel Inc, Vexmoor) paid for the audit.\n';
    expect(names(body)).not.toContain('sponsors');
    expect(names(body)).toEqual(expect.arrayContaining(['Quorrel Inc', 'Tessbar Labs', 'Vexmoor']));
    expect(named(body)).toEqual([]);
  });
});

describe('a listed name with its own head noun (own examples)', () => {
  it('reads "runs on Quorrel consensus and the Vexmoor SDK" as two objects', () => {
    expect(named('Intro\nTessbar runs on Ethereum consensus and the Vexmoor SDK.\n')).toEqual(['Tessbar BUILT_ON Ethereum', 'Tessbar BUILT_ON Vexmoor SDK']);
  });
});

describe('"the proposal", "the design" after a name (own examples)', () => {
  it("reads the noun as the item's term or the previous sentence's subject", () => {
    expect(named('Glossary\nQuorrel Sequencing: A design where the base layer orders transactions. The design was proposed by Jasper Tillerman in 2023.\n')).toContain(
      'Quorrel Sequencing PROPOSED_BY Jasper Tillerman',
    );
    expect(named('Intro\nTessbar is a fee market for rollups. The proposal was authored by Priya Ostrane.\n')).toContain('Tessbar PROPOSED_BY Priya Ostrane');
  });
});

describe("a person's initials (own examples)", () => {
  it('reads "proposed by J. Jasper Tillerman and colleagues", the catalog knowing the name without the initial, as proposed by him', () => {
    const withPerson = buildKnowledge([...coreKnowledgeFiles(), { path: 'entities/extra.yaml', text: '- { name: Jasper Tillerman, type: Person }\n' }]);
    const { patch } = analyze(articleOf('Intro\nQuorrel was proposed by J. Jasper Tillerman and colleagues at Harrowfen University.\n'), withPerson);
    const name = new Map(patch.entities.map((e) => [e.id, e.name]));
    expect(patch.relations.map((r) => `${name.get(r.subjectId)} ${r.type} ${name.get(r.objectId)}`)).toContain('Quorrel PROPOSED_BY Jasper Tillerman');
  });
});

describe('founders of an organization (own examples)', () => {
  it('reads "Vexmoor Labs was founded by Priya Ostrane" as both developed by her and her being part of it', () => {
    const relations = named('Intro\nQuorrel is a rollup developed by Vexmoor Labs. Vexmoor Labs was founded by Priya Ostrane.\n');
    expect(relations).toEqual(expect.arrayContaining(['Vexmoor Labs DEVELOPED_BY Priya Ostrane', 'Priya Ostrane PART_OF Vexmoor Labs']));
  });

  it('keeps a project a person founded as developed by the person only', () => {
    const relations = named('Intro\nQuorrel is a rollup founded by Priya Ostrane.\n');
    expect(relations).toContain('Quorrel DEVELOPED_BY Priya Ostrane');
    expect(relations).not.toContain('Priya Ostrane PART_OF Quorrel');
  });
});

describe('a rename in an aside (own examples)', () => {
  it('gives the rename to the name the aside follows, not to the clause subject', () => {
    const relations = named('Intro\nIts first deployment was Quorrel, launched in 2021 by Vexmoor Labs, formerly known as Tessbar Systems.\n');
    expect(relations).toContain('Vexmoor Labs FORMERLY_KNOWN_AS Tessbar Systems');
    expect(relations).not.toContain('Quorrel FORMERLY_KNOWN_AS Tessbar Systems');
  });

  it('looks past a name inside the aside ("an Ostrane Foundation team formerly known as ...") and takes "which was" asides, in an item too', () => {
    const relations = named(
      'Intro\n\n- Quorrel: a rollup developed with Harrowfen Collective (HC), an Ostrane Foundation team formerly known as Tessbar Group.\n- Vexmoor: maintained by Jasper Labs, the company behind Quorrel Labs, which was previously called Tessbar Systems.\n',
    );
    expect(relations).toEqual(expect.arrayContaining(['Harrowfen Collective FORMERLY_KNOWN_AS Tessbar Group', 'Quorrel Labs FORMERLY_KNOWN_AS Tessbar Systems']));
    expect(relations).not.toContain('Quorrel FORMERLY_KNOWN_AS Tessbar Group');
    expect(relations).not.toContain('Vexmoor FORMERLY_KNOWN_AS Tessbar Systems');
  });
});

describe('a part noun after a copula (own examples)', () => {
  it('reads "X is a key module of Y" as a part of Y, not a kind of it', () => {
    const relations = named('Intro\nQuorrel is a key module of Vexmoor.\nTessbar is a core principle of the Harrowfen Act.\n');
    expect(relations).toEqual(expect.arrayContaining(['Quorrel PART_OF Vexmoor', 'Tessbar PART_OF Harrowfen Act']));
    expect(relations.filter((r) => r.includes(' IS_A '))).toEqual([]);
  });
});

describe('joining a group (own examples)', () => {
  it('reads "X joined the Y Alliance" as X part of it, for an organization as for a person', () => {
    const relations = named('Intro\nQuorrel Labs, which joined the Vexmoor Alliance in 2023, ships Tessbar.\nJasper Tillerman joined Harrowfen Labs in 2021.\n');
    expect(relations).toEqual(expect.arrayContaining(['Quorrel Labs PART_OF Vexmoor Alliance', 'Jasper Tillerman PART_OF Harrowfen Labs']));
  });
});

describe('a relative clause that leaves its object out (own examples)', () => {
  it('makes the head of "X, the platform that Y uses," and "X, which Y is built on," the object of the verb', () => {
    const relations = named(
      'Intro\nVexmoor Labs builds rollups.\nTessbar Monitor, the alerting platform that Vexmoor Labs uses, flagged the release.\nEthereum, which Quorrel Chain is built on, finalized it.\n',
    );
    expect(relations).toEqual(expect.arrayContaining(['Vexmoor Labs USES Tessbar Monitor', 'Quorrel Chain BUILT_ON Ethereum']));
  });

  it('leaves a clause whose preposition has its own object alone ("the service that Y launched on mainnet")', () => {
    expect(named('Intro\nVexmoor Labs builds rollups.\nThe largest service is Tessbar DA, the data service that Vexmoor Labs launched on mainnet in 2024.\n')).not.toContain(
      'Vexmoor Labs BUILT_ON Tessbar DA',
    );
  });
});

describe('a name with its version (own examples)', () => {
  it('reads "Ostrane Network v3" and "Vexmoor Chain 2.0" as versions of their own, not "Vexmoor Chain 2.5 seconds"', () => {
    const { patch } = analyze(articleOf('Intro\nOstrane Network v3 relies on Tessbar.\nVexmoor Chain 2.0 was built by Harrowfen Labs.\nVexmoor Chain finalizes in 2.5 seconds.\n'), seedKnowledge());
    const names = patch.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Ostrane Network v3', 'Vexmoor Chain 2.0']));
    expect(names.filter((n) => /2\.5/.test(n))).toEqual([]);
  });

  it('keeps a variant word, a hyphened size and the rest of a decimal with the version ("Vexmoor 1.0 Prime", "2.4-12B", "Quorrel-2.5")', () => {
    const { patch } = analyze(articleOf('Intro\nThree provers (Vexmoor 1.0 Prime, Tessbar 2.4-12B, Quorrel-2.5) took part.\n'), seedKnowledge());
    const names = patch.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Vexmoor 1.0 Prime', 'Tessbar 2.4-12B', 'Quorrel-2.5']));
    expect(names).not.toContain('Prime');
    expect(names).not.toContain('Quorrel-2');
  });
});

describe('a clause after ", and" with an aside before its verb (own examples)', () => {
  it('does not list "Tessbar" among the objects in "Quorrel enables private payments, and Tessbar, the wallet built by Vexmoor Labs, uses it"', () => {
    const relations = named('Intro\nQuorrel Chain enables private payments, and Tessbar Wallet, the wallet built by Vexmoor Labs, uses it.\n');
    expect(relations).toContain('Tessbar Wallet DEVELOPED_BY Vexmoor Labs');
    expect(relations).not.toContain('Quorrel Chain ENABLES Tessbar Wallet');
  });
});

describe('"it" as the object of a verb (own examples)', () => {
  it('reads "it" after a verb as the name that opened the sentence before, or the clause before ", and"', () => {
    const relations = named(
      'Intro\nQuorrel Chain is a rollup for payments. Tessbar Wallet uses it for settlement.\nVexmoor Network enables private transfers, and Harrowfen Wallet relies on it for payouts.\n',
    );
    expect(relations).toEqual(expect.arrayContaining(['Tessbar Wallet USES Quorrel Chain', 'Harrowfen Wallet USES Vexmoor Network']));
  });

  it('leaves "it" alone when the clause before holds an "it" of its own, or after "enables it to"', () => {
    const relations = named('Intro\nQuorrel Chain is a rollup. Vexmoor Network was the first to use it, and Tessbar Wallet uses it too.\nHarrowfen Labs enables it to scale.\n');
    expect(relations).not.toContain('Tessbar Wallet USES Vexmoor Network');
    expect(relations.filter((r) => r.startsWith('Harrowfen Labs'))).toEqual([]);
  });
});

describe('a description that places its name on a network (own examples)', () => {
  it('reads "X is a permissionless rollup on Y" and an item "X: A rollup on Y" as built on Y', () => {
    const relations = named('Intro\nVexmoor Chain is a permissionless rollup on Ethereum.\n\n- Tessbar Chain: A permissionless zk-rollup on Ethereum, developed by Harrowfen Labs.\n');
    expect(relations).toEqual(expect.arrayContaining(['Vexmoor Chain BUILT_ON Ethereum', 'Tessbar Chain BUILT_ON Ethereum']));
  });
});

describe('a rename names one name (own examples)', () => {
  it('does not rename "Quorrel Chain" to the name listed after the aside ("A, previously called B, and C both run on D")', () => {
    const relations = named('Intro\nQuorrel Chain, previously called Tessbar Chain, and Vexmoor Chain both run on Ethereum.\n');
    expect(relations).toContain('Quorrel Chain FORMERLY_KNOWN_AS Tessbar Chain');
    expect(relations).not.toContain('Quorrel Chain FORMERLY_KNOWN_AS Vexmoor Chain');
  });
});

describe('a list item that opens with a verb of its own (own examples)', () => {
  it('reads "- Adopted X", "- Uses Y" under release notes of Z as Z using them, not "- Use W" (an instruction)', () => {
    const relations = named(
      '# Quorrel Wallet — Release Notes\n\nQuorrel Wallet is a mobile wallet maintained by Vexmoor Labs.\n\n## 2.0.0\n\n- Adopted Tessbar for hashing.\n- Uses Harrowfen Chain for settlement.\n- Use Ostrane Network to test payments.\n',
    );
    expect(relations).toEqual(expect.arrayContaining(['Quorrel Wallet USES Tessbar', 'Quorrel Wallet USES Harrowfen Chain']));
    expect(relations).not.toContain('Quorrel Wallet USES Ostrane Network');
  });
});

describe('a pronoun object of a passive (own examples)', () => {
  it('reads "was built on it" after ", and" as built on the name that opened the sentence', () => {
    const relations = named('Intro\nVexmoor Engine, the scaling engine, supports validium mode, and Jasper Network was built on it for games.\n');
    expect(relations).toContain('Jasper Network BUILT_ON Vexmoor Engine');
  });
});

describe('an adverb inside the copula (own examples)', () => {
  it('reads "X is basically a validium" and "Y is essentially an optimistic rollup" as kinds', () => {
    const relations = named('Intro\nVexmoor Chain is basically a validium that keeps its data off Ethereum.\nTessbar Chain is essentially an optimistic rollup.\n');
    expect(relations).toEqual(expect.arrayContaining(['Vexmoor Chain IS_A Validium', 'Tessbar Chain IS_A Optimistic Rollups']));
  });
});

describe('names listed with names the catalog knows (own examples)', () => {
  const typed = (body: string) =>
    analyze(articleOf(body), knowledge)
      .patch.entities.map((e) => `${e.name}: ${e.type}`)
      .sort();

  it('types the unknown examples of "for example, A, B, C" by the catalog names among them, not by the class noun', () => {
    const body = '# Notes\n\nQuorrel can be used with any machine learning framework, for example, Uniswap, Vexmoor, Aave and Tessbar.\n';
    expect(typed(body)).toEqual(expect.arrayContaining(['Tessbar: Project', 'Vexmoor: Project']));
    expect(named(body)).toEqual(expect.arrayContaining(['Quorrel USES Tessbar', 'Quorrel USES Vexmoor']));
  });

  it('reads each link of an enumeration of links as one name, its words whole', () => {
    const body =
      '# Notes\n\nQuorrel can be used with [Uniswap](https://a.example), [Aave](https://b.example), [Uniswap Harrowfen](https://c.example), [tessbar](https://d.example) and [Ostrane](https://e.example).\n';
    expect(typed(body)).toEqual(expect.arrayContaining(['Uniswap Harrowfen: Project', 'tessbar: Project', 'Ostrane: Project']));
    expect(named(body)).toEqual(expect.arrayContaining(['Quorrel USES Uniswap Harrowfen', 'Quorrel USES tessbar', 'Quorrel USES Ostrane']));
  });

  it('leaves links alone that no two catalog names of one kind vouch for, and links that read as phrases', () => {
    const unvouched = '# Notes\n\nQuorrel can be used with [tessbar](https://a.example), [vexmoor](https://b.example) and [ostrane](https://c.example).\n';
    expect(names(unvouched)).toEqual(['Quorrel']);
    const phrases = '# Notes\n\nQuorrel can be used with [Uniswap](https://a.example), [Aave](https://b.example) and [the one you like best](https://c.example).\n';
    expect(names(phrases)).toEqual(['Aave', 'Quorrel', 'Uniswap']);
  });
});

describe('a list of parts under "comprises the following parts:" (own examples)', () => {
  const body = (opening: string) => `# Notes\n\n${opening} comprises the following parts:\n\n**Tessbar contracts**: They run on Vexmoor.\n\n**Harrowfen engine**: It executes transactions.\n`;

  it('makes each labelled item a part of the whole the intro names, also as "the architecture of X"', () => {
    for (const opening of ['Quorrel', 'The architecture of Quorrel'])
      expect(named(body(opening)).filter((r) => r.includes('PART_OF'))).toEqual(['Harrowfen engine PART_OF Quorrel', 'Tessbar contracts PART_OF Quorrel']);
  });

  it('reads a numbered item that opens with "The" and a name as that name ("1. The Harrowfen Gateway, which …")', () => {
    const body = '# Notes\n\nQuorrel consists of the following components:\n\n1. The Harrowfen Gateway, which receives jobs.\n2. The Tessbar Scheduler, which orders jobs.\n';
    expect(named(body).filter((r) => r.includes('PART_OF'))).toEqual(['Harrowfen Gateway PART_OF Quorrel', 'Tessbar Scheduler PART_OF Quorrel']);
  });

  it('keeps a plain label of dictionary words ("**Message relay**: …") no name', () => {
    expect(names('# Notes\n\nQuorrel comprises the following parts:\n\n**Message relay**: It relays messages.\n')).toEqual(['Quorrel']);
  });
});

describe('a technique one makes and publishes (own examples)', () => {
  it('reads "X posts validity proofs to Y" and "X generates zero-knowledge proofs" as X using them', () => {
    expect(named('# Notes\n\nQuorrel posts validity proofs to Harrowfen.\n')).toContain('Quorrel USES Validity Proofs');
    expect(named('# Notes\n\nQuorrel is a rollup. Quorrel generates zero-knowledge proofs for every batch.\n')).toContain('Quorrel USES Zero-Knowledge Proofs');
  });

  it('relates nothing a verb of making has for its object when that is no technique', () => {
    expect(named('# Notes\n\nQuorrel posts its transaction data to Harrowfen.\n').filter((r) => r.includes('USES'))).toEqual([]);
  });
});

describe("an owner's name before the object (own examples)", () => {
  it('takes the owned name after a few modifiers as the object, not its owner ("uses Harrowfen\'s first-gen Tessbar prover")', () => {
    const relations = named("# Notes\n\nQuorrel uses Harrowfen's first-gen Tessbar Prover to make its proofs.\n").filter((r) => r.startsWith('Quorrel USES'));
    expect(relations).toEqual(['Quorrel USES Tessbar Prover']);
  });

  it('relates nothing when the owned thing is a common noun ("leverages Harrowfen\'s security")', () => {
    expect(named("# Notes\n\nQuorrel leverages Harrowfen's security.\n").filter((r) => r.startsWith('Quorrel USES'))).toEqual([]);
  });
});

describe('a participle after the class phrase of a copula (own examples)', () => {
  const developers = (body: string) => named(body).filter((r) => r.includes('DEVELOPED_BY'));

  it("is about the copula's subject, whatever names or tagger-taken verbs the class phrase holds", () => {
    expect(developers('# Notes\n\nQuorrel is a common development stack, built by Acme Labs.\n')).toEqual(['Quorrel DEVELOPED_BY Acme Labs']);
    expect(developers('# Notes\n\nQuorrel is a stack for building Tessbar chains, built by Acme Labs to power Vexmoor.\n')).toEqual(['Quorrel DEVELOPED_BY Acme Labs']);
  });

  it('is not read across a clause inside the class phrase', () => {
    expect(developers('# Notes\n\nQuorrel is a ledger where Tessbar settles, operated by Acme Labs.\n').filter((r) => r.startsWith('Quorrel'))).toEqual([]);
  });
});

describe('examples of what a cue relates (own examples)', () => {
  it('relates the subject to each example that "including" gives of its object', () => {
    const uses = (body: string) => named(body).filter((r) => r.startsWith('Quorrel USES'));
    expect(uses('# Notes\n\nQuorrel uses zero-knowledge proofs, including zk-SNARKs and zk-STARKs.\n')).toEqual([
      'Quorrel USES Zero-Knowledge Proofs',
      'Quorrel USES zk-SNARKs',
      'Quorrel USES zk-STARKs',
    ]);
    expect(uses('# Notes\n\nQuorrel supports several rollup designs, including optimistic rollups and zk-rollups.\n')).toEqual([
      'Quorrel USES Optimistic Rollups',
      'Quorrel USES Rollups',
      'Quorrel USES zk-Rollups',
    ]);
  });

  it('leaves the examples after "like" alone: it may only compare', () => {
    expect(named('# Notes\n\nQuorrel uses fraud proofs, like Tessbar.\n').filter((r) => r.startsWith('Quorrel USES'))).toEqual(['Quorrel USES Fraud Proofs']);
  });
});

describe('"based on" (own examples)', () => {
  it('reads a named project or network a thing is based on as what it is built on, and a technique as one it uses', () => {
    const relations = named('# Notes\n\nQuorrel is based on Arbitrum. Tessbar is based on zero-knowledge proofs.\n');
    expect(relations).toEqual(['Quorrel BUILT_ON Arbitrum', 'Tessbar USES Zero-Knowledge Proofs']);
  });
});

describe('objects that a naming phrase introduces, listed (own examples)', () => {
  it('keeps listing after "and" when a phrase with "called" or "known as" introduces the next name', () => {
    expect(named('# Notes\n\nQuorrel consists of a consensus layer called Tessbar and an execution layer called Vexmoor.\n')).toEqual(['Tessbar PART_OF Quorrel', 'Vexmoor PART_OF Quorrel']);
  });
});

describe('a list intro that names the parts of a whole (own examples)', () => {
  it('makes each item a part of the whole named after "of", and a bare or linked name item a name', () => {
    const body = '# Notes\n\nThe major components of Quorrel are:\n\n- Tessbar\n- [Vexmoor](https://example.org/vexmoor), a sequencer\n';
    expect(named(body).filter((r) => r.includes('Quorrel'))).toEqual(['Tessbar PART_OF Quorrel', 'Vexmoor PART_OF Quorrel']);
  });

  it('relates the items of a longer intro ("The architecture of X consists of several services, which include:")', () => {
    const body = '# Notes\n\nThe architecture of Quorrel consists of several services, which include:\n\n- Tessbar\n- Vexmoor\n';
    expect(named(body)).toEqual(['Tessbar PART_OF Quorrel', 'Vexmoor PART_OF Quorrel']);
  });

  it('takes no task item for a name ("- Integration with Tessbar", "- Launch Vexmoor Chain")', () => {
    const found = names('# Notes\n\nThe major components of Quorrel are:\n\n- Integration with Tessbar\n- Launch Vexmoor Chain\n');
    expect(found).not.toContain('Integration with Tessbar');
    expect(found).not.toContain('Launch Vexmoor Chain');
  });
});

describe('a name an "as a" phrase describes (own examples)', () => {
  it('is a kind of the class heading the phrase, fronted or after the name', () => {
    expect(named('# Notes\n\nAs a rollup, Quorrel posts all transaction data on Arbitrum.\n')).toContain('Quorrel IS_A Rollups');
    expect(named('# Notes\n\nQuorrel runs fast. Quorrel, as an optimistic rollup on Arbitrum, processes many transactions.\n')).toContain('Quorrel IS_A Optimistic Rollups');
  });

  it('reads no class where the phrase is no class ("As a result, …")', () => {
    expect(named('# Notes\n\nAs a result, Quorrel posts optimistic rollups data on Arbitrum.\n').filter((r) => r.includes('IS_A'))).toEqual([]);
  });
});

describe('a cue in a present participle opening the sentence (own examples)', () => {
  it('relates the subject after the comma ("Using Tessbar, Quorrel …")', () => {
    expect(named('# Notes\n\nQuorrel runs fast. Using zero-knowledge proofs, Quorrel settles every batch quickly.\n')).toContain('Quorrel USES Zero-Knowledge Proofs');
  });
});

describe('who initiated a project, and an organization another owns (own examples)', () => {
  const body = "# Notes\n\nQuorrel is an open-source project initiated by Harrowfen Bank's Tessbar Lab. The Vexmoor Act was initiated by the European Commission.\n";

  it('reads a project "initiated by" an organization as developed by it, and a law as proposed by it', () => {
    expect(named(body)).toEqual(expect.arrayContaining(['Quorrel DEVELOPED_BY Tessbar Lab', 'Vexmoor Act PROPOSED_BY European Commission']));
  });

  it("makes an organization another one owns ('Harrowfen Bank's Tessbar Lab') a part of it", () => {
    expect(named(body)).toContain('Tessbar Lab PART_OF Harrowfen Bank');
  });
});

describe('an "as a" phrase that places a name on a network (own examples)', () => {
  it('builds the name on the network ("X, as a rollup for the Harrowfen network, …")', () => {
    expect(named('# Notes\n\nQuorrel runs fast. Quorrel, as a rollup for the Harrowfen network, processes many transactions.\n')).toContain('Quorrel BUILT_ON Harrowfen');
  });
});

describe('a link to the repository or package a name names (own examples)', () => {
  it('names a project by the link words that spell the repository, lower-case and unrelated as it may be', () => {
    const found = names('# Notes\n\nThe daemon ships with [`tessbard`](https://github.com/acme/tessbar) and [vexmoor-sdk](https://npmjs.com/package/vexmoor-sdk).\n');
    expect(found).toEqual(expect.arrayContaining(['tessbard', 'vexmoor-sdk']));
  });

  it('takes no link words that name something else ("[here](…)", "[the docs](…)")', () => {
    const found = names('# Notes\n\nRead [here](https://github.com/acme/tessbar) or [docs](https://github.com/acme/vexmoor).\n');
    expect(found).toEqual([]);
  });
});

describe('a field that lists authors (own examples)', () => {
  it('splits the last "and" of a comma list of names into two people, whoever their given names', () => {
    expect(names('# Quorrel\n\n**Authors:** Tian Lo, Anit Kumar Tessbar, Ameet Talwar and Vexa Harrowfen.\n')).toEqual(['Ameet Talwar', 'Anit Kumar Tessbar', 'Tian Lo', 'Vexa Harrowfen']);
  });
});

describe('a field that lists contributors (own examples)', () => {
  it('reads its names as people, two joined by "and" as two, and its label as no name', () => {
    const body = '# Quorrel\n\nQuorrel is a baseline.\n\n**Contributors:** Tianyu Beaumont and Vexa Fernandez-Marques.\n';
    const typed = analyze(articleOf(body), knowledge)
      .patch.entities.map((e) => `${e.type}:${e.name}`)
      .sort();
    expect(typed).toEqual(['Person:Tianyu Beaumont', 'Person:Vexa Fernandez-Marques', 'Project:Quorrel']);
  });
});

describe('a gerund cue after "by" (own examples)', () => {
  it('names the means of the sentence\'s opening name ("X is a framework for scaling Y by using Z")', () => {
    expect(named('# Notes\n\nQuorrel is a framework for scaling Arbitrum by using zero-knowledge proofs.\n')).toContain('Quorrel USES Zero-Knowledge Proofs');
  });
});

describe('an upgrade (own examples)', () => {
  it('makes an upgrade part of what it upgrades, not an instance of it', () => {
    expect(named('# Notes\n\nQuorrel is an upgrade to Ethereum.\n')).toEqual(['Quorrel PART_OF Ethereum']);
    expect(named('# Notes\n\nTessbar, a planned upgrade to Ethereum, adds blob space.\n')).toEqual(['Tessbar PART_OF Ethereum']);
    expect(named('# Notes\n\nUsers can upgrade to Ethereum.\n')).toEqual([]);
  });
});

describe('a verb the tagger takes for a plural noun (own examples)', () => {
  it('reads "<name> stores data ... and relies on X" as the name relying on X', () => {
    expect(named('# Notes\n\nArbitrum stores data off-chain and relies on fraud proofs.\n')).toEqual(['Arbitrum USES Fraud Proofs']);
  });

  it('keeps a name before a mass noun a modifier ("Ethereum gas fees")', () => {
    expect(named('# Notes\n\nEthereum gas fees rose and rely on demand.\n')).toEqual([]);
  });
});

describe('a network before a class (own examples)', () => {
  it('takes the class, not the network that modifies it, for what a name is ("an Ethereum Layer 2")', () => {
    expect(named('# Notes\n\nQuorrel is an Ethereum Layer 2.\n')).toEqual(['Quorrel IS_A Layer 2']);
  });
});

describe('a governing group (own examples)', () => {
  it('takes the organization that governs a project for its steward, and a governing law for none', () => {
    expect(named('# Notes\n\nArbitrum is governed by the Arbitrum DAO.\n')).toEqual(['Arbitrum DEVELOPED_BY Arbitrum DAO']);
    expect(named('# Notes\n\nThe processing is governed by the GDPR.\n')).toEqual([]);
  });
});

describe('a participle after the class a copula gives (own examples)', () => {
  it("takes the copula's subject for what the participle is about, when the class names no entity of its own", () => {
    expect(named('# Notes\n\nQuorrel is an open-source federated learning framework maintained by Offchain Labs.\n')).toEqual(['Quorrel DEVELOPED_BY Offchain Labs']);
  });
});

describe('a dependencies list (own examples)', () => {
  it('relates the section subject to the libraries a "Dependencies" heading lists', () => {
    expect(named('# Quillnet\n\nQuillnet is a library for validity proofs.\n\n## Dependencies\n\n- halo2\n- zk-SNARKs\n')).toEqual(
      expect.arrayContaining(['Quillnet USES halo2', 'Quillnet USES zk-SNARKs']),
    );
  });
});

describe('where a chain gets its security and posts its data (own examples)', () => {
  it('reads "inherit their security from X" as built on X and "posts its data to X" as using X', () => {
    expect(named('# Notes\n\nRollups inherit their security from Ethereum.\n')).toEqual(['Rollups BUILT_ON Ethereum']);
    expect(named('# Notes\n\nArbitrum posts its data to Ethereum.\n')).toEqual(['Arbitrum USES Ethereum']);
  });
});

describe('a name modifying the class after a copula (own examples)', () => {
  it('reads "is a <language> library" as using the language and "is a <network> chain" as built on the network', () => {
    expect(named('# Notes\n\nMarrowd is a Cosmos chain.\n')).toEqual(['Marrowd BUILT_ON Cosmos']);
    expect(named('# Notes\n\nQuillkit is a Rust library for validity proofs.\n')).toContain('Quillkit USES Rust');
  });
});

describe('a bold field line and its neighbours (own examples)', () => {
  it('reads "**Contributors:** A and B" as a field of people, with no full stop after it', () => {
    const body = '# Quorrel\n\nQuorrel is a baseline.\n\n**Contributors:** Tianyu Beaumont and Vexa Fernandez-Marques\n';
    const typed = analyze(articleOf(body), knowledge)
      .patch.entities.map((e) => `${e.type}:${e.name}`)
      .sort();
    expect(typed).toEqual(['Person:Tianyu Beaumont', 'Person:Vexa Fernandez-Marques', 'Project:Quorrel']);
  });

  it('takes the authors of a proposal as proposing it, and a bold "**Status:**" line over them for no topic', () => {
    const body = '# QIP-9: Fund the Quorrel audits\n\n**Status:** Final\n**Authors:** Tianyu Beaumont (Quorrel Foundation), Vexa Harrowfen\n\n## Summary\n\nQIP-9 is a funding initiative.\n';
    const { patch } = analyze(articleOf(body), knowledge);
    const name = new Map(patch.entities.map((e) => [e.id, e.name]));
    const facts = patch.relations.map((r) => `${name.get(r.subjectId)} ${r.type} ${name.get(r.objectId)}`);
    expect(facts).toEqual(expect.arrayContaining(['QIP-9 PROPOSED_BY Tianyu Beaumont', 'QIP-9 PROPOSED_BY Vexa Harrowfen']));
    expect(facts.filter((f) => f.includes('DEVELOPED_BY'))).toEqual([]);
    expect(patch.entities.map((e) => e.name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/Status|Final/)]));
  });
});

describe('a name before "and the" (own examples)', () => {
  it('ends the name at the connector: "uses Tessflow and the Vorn prover" names Tessflow and Vorn apart', () => {
    const found = named('# Notes\n\nQuorrel uses Tessflow and the Vorn prover.\n');
    expect(found).toEqual(expect.arrayContaining(['Quorrel USES Tessflow']));
    expect(found.filter((f) => / and the /.test(f))).toEqual([]);
  });
});

describe('the maker field of a named initiative (own examples)', () => {
  it('reads "Publisher: <organization>" under a known initiative as proposing it', () => {
    const body = '# Notes\n\n## OECD AI Principles\n\nPublisher: Harrowfen Institute of Standards, May 2026.\nStatus: Final.\n';
    expect(named(body)).toEqual(['OECD AI Principles PROPOSED_BY Harrowfen Institute of Standards']);
  });
});

describe('a participle after a preposition (own examples)', () => {
  it('reads "on supported Quorrel chains" as an adjective, no use of Quorrel', () => {
    const found = named('# Notes\n\nTessbar watches the Harrow contract on supported Quorrel chains.\n');
    expect(found.filter((f) => f.includes('Quorrel'))).toEqual([]);
  });
});

describe('"used in" a named thing (own examples)', () => {
  it('reads "X is used in <name>" as the name using X, and "used in <use case>" as no use', () => {
    expect(named('# Notes\n\nQuorrel is a rollup. Fraud proofs are used in Quorrel.\n')).toContain('Quorrel USES Fraud Proofs');
    expect(named('# Notes\n\nQuorrel is a rollup. Fraud proofs, used in Quorrel, settle disputes.\n')).toContain('Quorrel USES Fraud Proofs');
    expect(named('# Notes\n\nFederated learning is used in healthcare.\n').filter((f) => f.includes(' USES '))).toEqual([]);
  });
});

describe('a fronted place and an agentless passive (own examples)', () => {
  it('reads "In Quorrel, fraud proofs are used …" as Quorrel using them, and no date or plain noun as the place', () => {
    expect(named('# Notes\n\nQuorrel is a rollup. In Quorrel, fraud proofs are used to settle disputes.\n')).toContain('Quorrel USES Fraud Proofs');
    expect(named('# Notes\n\nQuorrel is a rollup. Within Quorrel, zero-knowledge proofs are widely used.\n')).toContain('Quorrel USES Zero-Knowledge Proofs');
    expect(named('# Notes\n\nQuorrel is a rollup. In 2024, fraud proofs were used.\n')).toEqual(['Quorrel IS_A Rollups']);
  });
});

describe('a discovered name placed by its class (own examples)', () => {
  it('reads "Quorrel is a rollup on Ethereum" as built on Ethereum, whatever type the class lent the name', () => {
    expect(named('# Notes\n\nQuorrel is a rollup on Ethereum.\n')).toEqual(expect.arrayContaining(['Quorrel BUILT_ON Ethereum', 'Quorrel IS_A Rollups']));
  });
});

describe('"the <class>" after a name said to be one (own examples)', () => {
  it('reads "Quorrel is a sidechain. The sidechain relies on Plasma." as Quorrel relying on it, not all sidechains', () => {
    const found = named('# Notes\n\nQuorrel is a sidechain. The sidechain relies on Plasma.\n');
    expect(found).toEqual(expect.arrayContaining(['Quorrel USES Plasma']));
    expect(found.filter((f) => f.startsWith('Sidechains USES'))).toEqual([]);
    // (With no name said to be one, the class stays the subject.)
    expect(named('# Notes\n\nSidechains are popular. The sidechain relies on Plasma.\n')).toContain('Sidechains USES Plasma');
  });
});

describe('one cue word, two readings, one per object (own examples)', () => {
  it('reads "supports zero-knowledge proofs and private payments" as a use of the technique and the use case enabled, in either order', () => {
    for (const body of ['# Notes\n\nQuorrel supports zero-knowledge proofs and private payments.\n', '# Notes\n\nQuorrel supports private payments and zero-knowledge proofs.\n'])
      expect(named(body).sort()).toEqual(['Quorrel ENABLES private payments', 'Quorrel USES Zero-Knowledge Proofs']);
  });
});

describe('an agent group "from" an organization (own examples)', () => {
  it('reads "maintained by a team of volunteer engineers from Tessbar GmbH" as developed by the organization', () => {
    expect(named('# Notes\n\nQuorrel is maintained by a team of volunteer engineers from Tessbar GmbH.\n')).toEqual(['Quorrel DEVELOPED_BY Tessbar GmbH']);
    expect(named('# Notes\n\nQuorrel was proposed by researchers from Tessbar Labs.\n')).toEqual(['Quorrel PROPOSED_BY Tessbar Labs']);
  });
});

describe('a participle after a class and its purpose phrase (own examples)', () => {
  it('reads "X is a framework for private learning built on Tessflow" as X built on Tessflow', () => {
    expect(named('# Notes\n\nQuorrel is a framework for private learning built on Tessflow.\n')).toContain('Quorrel BUILT_ON Tessflow');
  });
});

describe('a paragraph indented under a list item (own examples)', () => {
  it('continues the item, so the items after it still belong to the intro', () => {
    const body =
      '# Quorrel\n\nThe Quorrel platform consists of the following components:\n\n1. A set of ***shards***. Every shard keeps a ledger.\n\n\tShards differ in size.\n\n' +
      '2. The ***Quorrel chain*** serves as a system of record.\n3. The ***Quorrel SDK***, a set of tools.\n\nQuorrel is open source.\n';
    expect(named(body)).toEqual(expect.arrayContaining(['Quorrel chain PART_OF Quorrel', 'Quorrel SDK PART_OF Quorrel']));
  });
});

describe('a reference-style link as an item term (own examples)', () => {
  it('reads "* [Quorrel]: a wallet … developed by X" and "* [Tessbar][2] - a rollup …" as about the linked name, and no footnote mark', () => {
    const body =
      '# Wallets\n\n* [Quorrel]: An early wallet written in Go, developed by Jane Roe and Ravi Ostrane.\n* [Tessbar][2] - A rollup built on Ethereum.\n\n' +
      '[Quorrel]: https://example.org/quorrel\n[^1]: A footnote about mints.\n';
    const found = named(body);
    expect(found).toEqual(expect.arrayContaining(['Quorrel DEVELOPED_BY Jane Roe', 'Quorrel DEVELOPED_BY Ravi Ostrane', 'Tessbar BUILT_ON Ethereum']));
    expect(found.filter((f) => f.includes('^1'))).toEqual([]);
  });
});

describe('a cue word used as a noun (own examples)', () => {
  it('reads "thankful for the kind support … such as:" over sponsors as no use or capability', () => {
    const body = '# Quorrel\n\n## Sponsors\n\nQuorrel is thankful for the kind support and grants of its sponsors such as:\n\n- Tessbar Labs\n- Vornfield Capital\n';
    expect(named(body).filter((f) => / (USES|ENABLES) /.test(f))).toEqual([]);
    // ("This protocol addresses X" still reads the verb.)
    expect(named('# Notes\n\nQuorrel adopted the Tessbar protocol. This protocol addresses censorship.\n')).toContain('Quorrel ADDRESSES censorship');
  });
});

describe('an owned name glued to a lower-case word (own examples)', () => {
  it('reads "Acme Labs\'s Tessbar-inspired model" as nothing Acme Labs owns, linked or not', () => {
    expect(named("# Notes\n\nAcme Labs's Tessbar-inspired design is new.\n")).toEqual([]);
    expect(named("# Notes\n\nAcme Labs's [Tessbar](https://example.org/t)-inspired design is new.\n")).toEqual([]);
  });
});

describe('the listed applications of a thing (own examples)', () => {
  it('reads "X has many use cases, including A and B" as X enabling them, and "applications in" as no list', () => {
    expect(named('# Notes\n\nQuorrel has many use cases, including private payments and decentralized exchanges.\n').sort()).toEqual([
      'Quorrel ENABLES Decentralized Exchanges',
      'Quorrel ENABLES private payments',
    ]);
    expect(named('# Notes\n\nQuorrel has applications in healthcare.\n')).toEqual([]);
    // (An example aside before the verb leaves the class the subject.)
    expect(named('# Notes\n\nRollups including Quorrel have many applications such as private payments.\n')).toContain('Rollups ENABLES private payments');
  });
});

describe('"in this category include" under a term or a heading (own examples)', () => {
  it('reads the names listed as kinds of what the item term or the heading names', () => {
    const item = '# Terms\n\n- **Quorrel chains**: Chains that settle to Tessbar. Chains in this category include Vornet and Kelpie.\n';
    expect(named(item)).toEqual(expect.arrayContaining(['Vornet IS_A Quorrel chains', 'Kelpie IS_A Quorrel chains']));
    const section = '# Terms\n\n## Sidechains\n\nChains with their own consensus. Networks of this kind include Vornet and Kelpie.\n';
    expect(named(section)).toEqual(expect.arrayContaining(['Vornet IS_A Sidechains', 'Kelpie IS_A Sidechains']));
  });
});

describe('a technique named as the means, "via" (own examples)', () => {
  it('reads "X secures withdrawals via <technique>" as X using it, and a route "via <network>" as nothing', () => {
    expect(named('# Notes\n\nQuorrel secures withdrawals via fraud proofs.\n')).toEqual(['Quorrel USES Fraud Proofs']);
    expect(named('# Notes\n\nTessbar reaches agreement by means of threshold signatures.\n')).toEqual(['Tessbar USES threshold signatures']);
    expect(named('# Notes\n\nQuorrel moves assets to Tessbar via Ethereum.\n').filter((r) => r.includes('USES'))).toEqual([]);
  });

  it('states nothing a negator farther back denies, and keeps the verb joined after it', () => {
    expect(named('# Notes\n\nQuorrel uses STARK-based proofs, which are not exposed to replay via fraud proofs.\n')).not.toContain('Quorrel USES Fraud Proofs');
    expect(named('# Notes\n\nQuorrel does not in any practical way rely on fraud proofs.\n')).toEqual([]);
    expect(named('# Notes\n\nQuorrel does not rely on a sequencer and uses fraud proofs.\n')).toContain('Quorrel USES Fraud Proofs');
  });
});

describe('"the best-known example of a <class>" (own examples)', () => {
  it('reads a name said to be an example of a class, whatever stands before "example", as a kind of it', () => {
    expect(named('# Notes\n\nQuorrel is the best-known example of a sidechain.\n')).toEqual(['Quorrel IS_A Sidechains']);
    expect(named('# Notes\n\nQuorrel is one more example of an optimistic rollup.\n')).toEqual(['Quorrel IS_A Optimistic Rollups']);
  });
});

describe('the network a thing exists or operates on (own examples)', () => {
  it('reads "X operates on <network>" as built on it, and "operates on user data" as nothing', () => {
    expect(named('# Notes\n\nQuorrel operates on Ethereum.\n')).toEqual(['Quorrel BUILT_ON Ethereum']);
    expect(named('# Notes\n\nTessbar and Quorrel both live on Ethereum.\n')).toEqual(['Quorrel BUILT_ON Ethereum', 'Tessbar BUILT_ON Ethereum']);
    expect(named('# Notes\n\nQuorrel operates on user data.\n')).toEqual([]);
  });
});

describe('the forms a class takes, listed (own examples)', () => {
  it('reads "<class> may take several forms, including A and B" as A and B kinds of the class', () => {
    const forms = (body: string) => named(body).filter((r) => r.includes('IS_A'));
    expect(forms('# Notes\n\nRollups may take **several forms**, including optimistic rollups and validity rollups.\n')).toEqual(['Optimistic Rollups IS_A Rollups', 'zk-Rollups IS_A Rollups']);
    expect(forms('# Notes\n\nSidechains have many forms such as Quorrel and Tessbar.\n')).toEqual(['Quorrel IS_A Sidechains', 'Tessbar IS_A Sidechains']);
    // (A list that goes on into a clause of its own is no list of forms.)
    expect(forms('# Notes\n\nSidechains can take many forms, including Quorrel, which relies on fraud proofs.\n')).toEqual([]);
  });
});

describe('a class after describing words and a kind noun (own examples)', () => {
  it('reads "X is a special kind of Y" and "X are a much broader form of Y" as X a kind of Y, not "the final form of the Y design"', () => {
    expect(named('# Notes\n\nQuorrel is a special kind of sidechain.\n')).toEqual(['Quorrel IS_A Sidechains']);
    expect(named('# Notes\n\nQuorrel and Tessbar are a much broader form of payment channels.\n')).toEqual(['Quorrel IS_A Payment Channels', 'Tessbar IS_A Payment Channels']);
    expect(named('# Notes\n\nQuorrel is the final form of the Tessbar design.\n')).toEqual([]);
  });
});

describe('a list intro whose cue object is followed by a purpose clause (own examples)', () => {
  it('gives the items no reading of the cue in "Quorrel relies on X to offer two safety properties:"', () => {
    const body =
      '# T\n\nQuorrel relies on fraud proofs to offer two safety properties:\n\n- **Sender anonymity**: nobody learns who sent it.\n- **Unlinkable votes**: two votes cannot be tied together.\n';
    expect(named(body)).toEqual(['Quorrel USES Fraud Proofs']);
  });
});

describe('examples of a class placed on a network (own examples)', () => {
  it('reads "rollups on Ethereum, including A and B" as A and B rollups built on Ethereum', () => {
    expect(named('# Notes\n\nRollups on Ethereum, including Quorrel and Tessbar, post their data to blobs.\n')).toEqual(
      expect.arrayContaining(['Quorrel BUILT_ON Ethereum', 'Quorrel IS_A Rollups', 'Tessbar BUILT_ON Ethereum', 'Tessbar IS_A Rollups']),
    );
    // (A name that is no network places nothing.)
    expect(named('# Notes\n\nRollups on Quorrel Labs, including Tessbar, post their data to blobs.\n').filter((r) => r.includes('BUILT_ON'))).toEqual([]);
  });
});

describe('what a thing reduces, needs or creates (own examples)', () => {
  const relationsOf = (body: string) => namedWith(withLatency, body);

  it('reads a challenge a thing reduces, lowers or minimizes as one it addresses', () => {
    expect(relationsOf('# Quorrel\n\nQuorrel batches every transfer, reducing ledger latency.\n')).toEqual(['Quorrel ADDRESSES Ledger Latency']);
    expect(relationsOf('# Quorrel\n\nQuorrel minimizes ledger latency for every wallet.\n')).toEqual(['Quorrel ADDRESSES Ledger Latency']);
  });

  it('relates nothing a thing reduces that names no challenge', () => {
    expect(relationsOf('# Quorrel\n\nQuorrel reduces fees for Tessbar users.\n').filter((r) => r.includes('ADDRESSES'))).toEqual([]);
  });

  it('reads a named thing one needs as one it uses, and a technique one creates', () => {
    expect(named('# Quorrel\n\nQuorrel needs Tessbar to settle its batches.\n')).toEqual(['Quorrel USES Tessbar']);
    expect(relationsOf('# Quorrel\n\nQuorrel creates Quill proofs for every batch.\n')).toEqual(['Quorrel USES Quill Proofs']);
  });

  it('reads what a thing focuses on as a use or a technique it enables, not a network', () => {
    expect(named('# Quorrel\n\nQuorrel focuses on private payments.\n')).toEqual(['Quorrel ENABLES private payments']);
    expect(named('# Quorrel\n\nTessbar, a wallet focused on private payments, launched in 2024.\n')).toEqual(expect.arrayContaining(['Tessbar ENABLES private payments']));
    expect(named('# Quorrel\n\nQuorrel focuses on Tessbar Network.\n').filter((r) => r.includes('ENABLES'))).toEqual([]);
  });
});

describe('a combination a cue takes (own examples)', () => {
  it('uses what "a clever combination of" names, as it does right after the cue', () => {
    expect(named('# Notes\n\nQuorrel relies on a clever combination of Tessbar and Vexmoor.\n')).toEqual(expect.arrayContaining(['Quorrel USES Tessbar', 'Quorrel USES Vexmoor']));
  });
});

describe('a name after a common noun of a cue object (own examples)', () => {
  it('takes no author after the noun\'s "by" for the cue\'s object', () => {
    expect(named('# Quorrel\n\nQuorrel is a part of the complete overview by Harbor Labs.\n').filter((r) => r.includes('PART_OF'))).toEqual([]);
    expect(named('# Notes\n\nQuorrel is a part of Tessbar.\n')).toEqual(['Quorrel PART_OF Tessbar']);
  });
});

describe("a page's author line (own examples)", () => {
  const withNetwork = buildKnowledge([...coreKnowledgeFiles(), { path: 'entities/extra.yaml', text: '- { name: Quorrel Chain, type: Network }\n' }]);
  const relationsOf = (body: string) => {
    const { patch } = analyze(articleOf(body), withNetwork);
    const name = new Map(patch.entities.map((e) => [e.id, e.name]));
    return { names: patch.entities.map((e) => e.name), relations: patch.relations.map((r) => `${name.get(r.subjectId)} ${r.type} ${name.get(r.objectId)}`) };
  };

  it('relates no network to the author of a page about it', () => {
    expect(relationsOf('# Quorrel Chain\n\n**Author:** Jane Tillerman\n\nQuorrel Chain is a ledger.\n').relations.filter((r) => r.includes('Tillerman'))).toEqual([]);
  });

  it('leaves an emoji after a labelled value out of the name', () => {
    expect(relationsOf('# QIP-9: Fund the audits\n\n**Author:** [Jane Tillerman](https://example.org/jt) 👨‍💻\n\nQIP-9 is a funding initiative.\n').names).toContain('Jane Tillerman');
  });
});

describe('a definition that opens with a kind noun (own examples)', () => {
  it('makes the term a kind of the class after "A type of" under a term heading, and after an aside\'s "a kind of"', () => {
    expect(named('# Glossary\n\n### Quorrel chains\n\n    A type of sidechain that settles every batch on its own.\n')).toEqual(['Quorrel chains IS_A Sidechains']);
    expect(named('# Notes\n\nQuorrel, a kind of sidechain, settles every batch on its own.\n')).toEqual(['Quorrel IS_A Sidechains']);
  });
});

describe("an infinitive after the subject's verb group (own examples)", () => {
  const relationsOf = (body: string) => namedWith(withLatency, body);

  it('makes the subject do what "was designed to" or "was conceived as a method to" says', () => {
    expect(relationsOf('# Quorrel\n\nQuorrel was designed to solve ledger latency.\n')).toEqual(['Quorrel ADDRESSES Ledger Latency']);
    expect(relationsOf('# Notes\n\nQuorrel was originally conceived as a method to solve ledger latency.\n')).toEqual(['Quorrel ADDRESSES Ledger Latency']);
  });

  it('takes no name a preposition holds for the subject ("an upgrade to X is to …")', () => {
    expect(relationsOf('# Notes\n\nA suggested upgrade to Quorrel is to solve ledger latency.\n')).toEqual([]);
  });
});

describe('a sentence of prose with no subject of its own (own examples)', () => {
  it("gives the section topic to a sentence that opens with a cue's participle and has no verb of its own", () => {
    expect(named('# Quorrel\n\nQuorrel is a ledger.\n\nDeveloped by Harbor Labs for over a year.\n')).toEqual(expect.arrayContaining(['Quorrel DEVELOPED_BY Harbor Labs']));
  });

  it('leaves a fronted participle with a subject of its own to that subject', () => {
    expect(named('# Quorrel\n\nQuorrel is a ledger.\n\nDeveloped by Harbor Labs, Tessbar settles every batch.\n').filter((r) => r.startsWith('Quorrel DEVELOPED_BY'))).toEqual([]);
  });
});
