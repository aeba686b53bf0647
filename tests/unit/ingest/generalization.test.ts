import { analyze } from '../../../src/ingest/pipeline';
import { articleOf, seedKnowledge } from './helpers';

const knowledge = seedKnowledge();
/** Relations as "subject TYPE object (rule)" lines. */
function facts(body: string): string[] {
  const { patch } = analyze(articleOf(body), knowledge);
  return patch.relations.map((r) => `${r.subjectId} ${r.type} ${r.objectId} (${r.evidence.map((e) => e.rule).join(', ')})`);
}

/** Relations as "subject TYPE object" by name. */
function named(body: string): string[] {
  const { patch } = analyze(articleOf(body), knowledge);
  const name = new Map(patch.entities.map((e) => [e.id, e.name]));
  return patch.relations.map((r) => `${name.get(r.subjectId)} ${r.type} ${name.get(r.objectId)}`);
}

describe('extraction of unseen phrasings', () => {
  it('gives every coordinated subject the relation', () => {
    expect(facts('Intro\nThe Harbor Foundation and the Quill Institute announced the Open Ledger Pledge.\n')).toEqual([
      'initiative:open-ledger-pledge PROPOSED_BY organization:harbor-foundation (cue:announced)',
      'initiative:open-ledger-pledge PROPOSED_BY organization:quill-institute (cue:announced)',
    ]);
  });

  it('reads "the pledge" as the latest name headed by "Pledge", across verbs joined by "and"', () => {
    expect(facts('Intro\nThe Open Ledger Pledge was signed in May.\nThe pledge was drafted by a committee and builds on the OECD AI Principles.\n')).toEqual([
      'initiative:open-ledger-pledge BUILT_ON initiative:oecd-ai-principles (cue:builds on)',
    ]);
  });

  it('relates a list intro with a verb cue to its plain "Term: text" bullets, typed by the intro noun', () => {
    const body = 'Intro\nThe Open Ledger Pledge was signed.\nThe pledge tackles two risks:\n- Key Theft: stolen signing keys.\n- Vote Buying: bribed validators.\n';
    expect(facts(body)).toEqual([
      'initiative:open-ledger-pledge ADDRESSES challenge:key-theft (section:list-cue:tackles)',
      'initiative:open-ledger-pledge ADDRESSES challenge:vote-buying (section:list-cue:tackles)',
    ]);
  });

  it('reads a definition item as "term is a class ..." and lends the term to subjectless cues', () => {
    const body = '# Rollups\n\n- **Quill**: an optimistic rollup launched by Consensys.\n- **Harbor**: chains that only use Celestia for data.\n';
    expect(facts(body)).toEqual([
      'project:harbor USES network:celestia (cue:use)',
      'project:quill DEVELOPED_BY organization:consensys (cue:launched by)',
      'project:quill IS_A technique:optimistic-rollups (structure:definition)',
    ]);
  });

  // Known failure (issue 8): a name the catalog lacks, seen only as the object of "use", takes the
  // role's default type (Technique); a one-word proper name used by a chain is more often a network or project.
  it.failing('types a one-word proper name that is only used by something as a project, not a technique', () => {
    expect(facts('Intro\nQuillchain, a zk-rollup developed by Harbor Labs, uses Marrowfield for data.\n')).toContain('project:quillchain USES project:marrowfield (cue:uses)');
  });

  it('gives "developed by" a named subject, reads emphasised appositives, and lists no name that modifies a noun', () => {
    const body =
      '# Data layers\n\n- **Marrowfield**, an actively validated service (AVS) built on Quillchain restaking.\n' +
      '- **Tessel Guard**: model cards + continuous drift monitoring, sold by Harbor Governance Ltd.\n\n' +
      'The Kestrel light client is built on top of Lumen, a Rust implementation of a light node.\n';
    expect(facts(body)).toEqual([
      // "a Rust implementation": Lumen is written in Rust.
      'network:lumen USES project:rust (structure:placed)',
      'project:kestrel BUILT_ON network:lumen (cue:is built on)',
      'project:marrowfield BUILT_ON network:quillchain (cue:built on)',
      'project:marrowfield IS_A project:actively-validated-service (structure:definition)',
      'project:tessel-guard DEVELOPED_BY organization:harbor-governance-ltd (cue:sold by)',
    ]);
  });

  it('reads a news sentence after its dateline, past a time word, and a name in apposition before "was"', () => {
    const body =
      'Intro\nOSLO, 3 March 2025 — The Harbor Foundation and the Quill Institute today announced the Open Ledger Pledge.\n' + 'The measure, HIP-7, was proposed by Quillon Ardent, a delegate.\n';
    expect(facts(body)).toEqual([
      'initiative:hip-7 PROPOSED_BY person:quillon-ardent (cue:proposed by)',
      'initiative:open-ledger-pledge PROPOSED_BY organization:harbor-foundation (cue:announced)',
      'initiative:open-ledger-pledge PROPOSED_BY organization:quill-institute (cue:announced)',
    ]);
  });

  it('takes a lower-case noun phrase after a cue as a term of the cue\'s kind, not a phrase an "of" completes', () => {
    expect(
      facts('Intro\nKestrelnet relies on model inventories rather than manual spreadsheets. Kestrelnet employs confidential transactions. Kestrelnet adopts the best features of sharding.\n'),
    ).toEqual([
      'project:kestrelnet USES technique:confidential-transactions (cue:employs)',
      'project:kestrelnet USES technique:model-inventories (cue:relies on)',
      'project:kestrelnet USES technique:sharding (cue:adopts)', // the features of sharding it adopts; "best features" is no term
      'technique:model-inventories ALTERNATIVE_TO technique:manual-spreadsheets (cue:rather than)',
    ]);
  });

  it('completes a participle with its agent, reads "they" after ", and", and "A + B" descriptions as combinations', () => {
    const body =
      '# Tools\n\n- **Marrowd**, written in Go by Quillon Labs.\n- **Tessel Guard**: bias audits + AI Act risk classification.\n\n' +
      'Plasma chains anchor to Ethereum, and they rely on fraud proofs.\n';
    expect(facts(body)).toEqual([
      'project:marrowd DEVELOPED_BY organization:quillon-labs (cue:written by)',
      'project:marrowd USES technique:go (cue:written in)',
      'project:tessel-guard COMBINES technique:bias-audits (structure:combination)',
      'project:tessel-guard COMBINES technique:risk-classification (structure:combination)',
      'technique:plasma BUILT_ON network:ethereum (cue:anchor to)',
      'technique:plasma USES technique:fraud-proofs (cue:rely on)',
    ]);
  });

  it('reads "It" opening a paragraph as the name that opened the paragraph before, and "by a person at an organization"', () => {
    const body = '# marrowd\n\nmarrowd is a small library for rollup operators.\n\nIt was created by Quillon Ardent at Harbor Labs in 2024.\n';
    expect(facts(body)).toEqual([
      'person:quillon-ardent PART_OF organization:harbor-labs (structure:affiliation)',
      'project:marrowd DEVELOPED_BY organization:harbor-labs (cue:created by)',
      'project:marrowd DEVELOPED_BY person:quillon-ardent (cue:created by)',
    ]);
  });

  it('reads a former name after "launched as" only when it is a name, and "was called" before a lower-case name', () => {
    const body = 'Intro\nKestrel Network, which was spun out of a larger group and originally launched as KNX, does not use sharding. Kestrel Network launched as a sidechain.\n';
    expect(facts(body)).toEqual(['network:kestrel-network FORMERLY_KNOWN_AS project:knx (cue:originally launched as)']);
  });

  it('reads a short form defined after a catalog name as that name, wherever it stands ("Later" opening the sentence is no part of it)', () => {
    expect(facts('Intro\nFederated learning (FL) was introduced by Quillon Ardent in 2017. Later FL uses secure aggregation.\n')).toEqual([
      'technique:federated-learning PROPOSED_BY person:quillon-ardent (cue:introduced by)',
      'technique:federated-learning USES technique:secure-aggregation (cue:uses)',
    ]);
  });

  it('reads "X, the Name its letters spell" as no class, and "a Rust library developed by" as about the library', () => {
    expect(facts('# Nodes\n\n- **QDK**, the Quillon Development Kit, a Rust library developed by Harbor Labs.\n')).toEqual([
      // The asides describe the item's term, QDK (which "Quillon Development Kit" spells out): the library is QDK.
      'project:qdk DEVELOPED_BY organization:harbor-labs (cue:developed by)',
    ]);
  });

  it('lists no class after ", a" as a further object ("deployed on X, an optimistic rollup")', () => {
    expect(facts('Intro\nKestrelNet is deployed on Arbitrum One, an optimistic rollup.\n')).toEqual([
      'network:arbitrum-one IS_A technique:optimistic-rollups (structure:definition)',
      'project:kestrelnet BUILT_ON network:arbitrum-one (cue:deployed on)', // and not BUILT_ON the class
    ]);
  });

  it('closes an aside after "and co-authors", reads emphasised names before ", previously named", "developed inside", and "the Go implementation maintained by"', () => {
    const body =
      'Intro\nFederated learning, proposed by Quillon Ardent and co-authors, uses pairwise masking.\n**Marrow zkVM**, previously named Shale, proves execution directly.\n\n' +
      '- **Tessa**, originally developed inside Harbor Labs, which uses sharding.\n\nIf you need a node, run TessaNode, the Go implementation maintained by Harbor Labs.\n';
    expect(facts(body)).toEqual([
      'project:marrow-zkvm FORMERLY_KNOWN_AS project:shale (cue:previously named)',
      'project:tessanode DEVELOPED_BY organization:harbor-labs (cue:maintained by)',
      'project:tessa DEVELOPED_BY organization:harbor-labs (cue:developed inside)',
      'project:tessa USES technique:sharding (cue:uses)',
      'technique:federated-learning PROPOSED_BY person:quillon-ardent (cue:proposed by)',
      'technique:federated-learning USES technique:pairwise-masking (cue:uses)',
    ]);
  });

  it('reads an appositive "X, a class developed by Y, uses Z"', () => {
    expect(facts('Intro\nQuillchain, a zk-rollup developed by Harbor Labs, uses Celestia for data.\n')).toEqual([
      'project:quillchain DEVELOPED_BY organization:harbor-labs (cue:developed by)',
      'project:quillchain IS_A technique:zk-rollups (structure:definition)',
      'project:quillchain USES network:celestia (cue:uses)',
    ]);
  });

  it('lets a later verb cue take the object, and picks the cue spelled alike by the object type', () => {
    expect(facts('Intro\nArkade is a payment design introduced by Consensys.\nThe Liquid Network is secured by merge-mining and built with Consensys.\n')).toEqual([
      'network:liquid-network DEVELOPED_BY organization:consensys (cue:built with)',
      'network:liquid-network USES technique:merge-mining (cue:secured by)',
      'use-case:arkade PROPOSED_BY organization:consensys (cue:introduced by)',
    ]);
  });

  it('reads "rather than", "written in" and "combines A with B"', () => {
    expect(facts('Intro\nStarkNet relies on zk-STARKs rather than zk-SNARKs. StarkNet programs are written in Cairo. Fedimint combines Chaumian e-cash with federated custody.\n')).toEqual([
      'network:starknet USES project:cairo (cue:are written in)',
      'network:starknet USES technique:zk-starks (cue:relies on)',
      'project:fedimint COMBINES technique:chaumian-e-cash (cue:combines)',
      'project:fedimint COMBINES use-case:federated-custody (cue:combines)',
      'technique:zk-starks ALTERNATIVE_TO technique:zk-snarks (cue:rather than)',
    ]);
  });

  it('makes a possessive between organizations PART_OF, and a relative clause with an auxiliary about the name before it', () => {
    expect(facts("Intro\nLinea is built with the Ethereum Foundation's Harbor Research group. The Tallinn Accord, which was proposed by the G7, follows.\n")).toEqual([
      'initiative:tallinn-accord PROPOSED_BY organization:g7 (cue:proposed by)',
      'network:linea DEVELOPED_BY organization:harbor-research (cue:built with)',
      'organization:harbor-research PART_OF organization:ethereum-foundation (structure:possessive)',
    ]);
  });
});

describe('extraction of phrasings from the third dev batch (own examples)', () => {
  it('takes the name right after "developed by" as the agent whatever its head noun, and an adverb does not break the aside', () => {
    expect(named('Intro\nOrbit Vault, developed by Tools for Privacy, also uses threshold signatures.\n')).toEqual([
      'Orbit Vault DEVELOPED_BY Tools for Privacy',
      'Orbit Vault USES threshold signatures',
    ]);
  });

  it('gives the verb after an aside holding another name to the name that opens the sentence', () => {
    expect(named('Intro\nTidewater Stack, the framework behind Harbor Chain, was created by Moss Labs.\n')).toEqual(['Tidewater Stack DEVELOPED_BY Moss Labs']);
  });

  it('keeps a number word glued by a hyphen in a lower-case term', () => {
    expect(named('Intro\nPellucid relies on two-party computation.\n')).toEqual(['Pellucid USES two-party computation']);
  });

  it('reads a proper noun opening a sentence as a name when it is the subject of the verb after it, and "the protocol" as that name', () => {
    expect(named('Intro\nKelvar lets users stake tokens. The protocol relies on threshold signatures.\n')).toEqual(['Kelvar USES threshold signatures']);
    expect(named('Intro\nRobust systems need care. The protocol relies on threshold signatures.\n')).toEqual([]);
  });
});

describe('extraction of phrasings from the fourth dev batch (own examples)', () => {
  it('reads a lower-case noun phrase opening the sentence as the subject, and a noun with a gerund head as the object', () => {
    expect(named('Intro\nRemote attestation addresses operator tampering.\n')).toEqual(['Remote attestation ADDRESSES operator tampering']);
  });

  it('gives a relative clause\'s verb the name before ", which" as its object, and the verb after the clause the opening name', () => {
    expect(named('Intro\nLumen Chain inherits the Kova client, which Brightline Labs maintains, and uses threshold signatures.\n').sort()).toEqual([
      'Kova DEVELOPED_BY Brightline Labs',
      'Lumen Chain USES threshold signatures',
    ]);
  });

  it('reads "X, a component of Y" and "came out of"', () => {
    expect(named('Intro\nWren, a component of Harbor Chain, rotates keys.\nQuay came out of the Tessel Lab.\n')).toEqual(['Quay DEVELOPED_BY Tessel Lab', 'Wren PART_OF Harbor Chain']);
  });
});

describe('names and terms from the fourth dev batch (own examples)', () => {
  it('takes a discovered name and the typed lower-case nouns after it as one term', () => {
    expect(named('Intro\nTollgate Pass addresses Sybil attacks.\nVesta uses KZG polynomial commitments to prove data.\n')).toEqual([
      'Tollgate Pass ADDRESSES Sybil attacks',
      'Vesta USES KZG polynomial commitments',
    ]);
  });

  it('keeps initials in a person\'s name, and gives a second passive joined by "and" the first one\'s subject', () => {
    expect(named('Intro\nLookdown was proposed by Ariel Gabizon and Zachary J. Williamson.\nVeri was written by D. R. Halvorsen and is maintained by Orrery Labs.\n').sort()).toEqual([
      'Lookdown PROPOSED_BY Ariel Gabizon',
      'Lookdown PROPOSED_BY Zachary J. Williamson',
      'Veri DEVELOPED_BY D. R. Halvorsen',
      'Veri DEVELOPED_BY Orrery Labs',
    ]);
    expect(named('Intro\nThe library was written by Kalani J. Whitfield and is maintained by Orrery Labs.\n')).toEqual([]);
  });
});

describe('numbered documents (own examples)', () => {
  it('names a numbered document, typed by its head noun, and keeps a date out', () => {
    const { patch } = analyze(articleOf('Intro\nThe duty is explained in Opinion 28/2024. It took effect in March 2024.\n'), knowledge);
    expect(patch.entities.filter((e) => e.discovered).map((e) => e.id)).toEqual(['regulation:opinion-28-2024']);
  });
});

describe('asides and replacements (own examples)', () => {
  it('finds a name before ", the <class> developed by", and gives the verbs after the aside to it', () => {
    expect(named('Intro\nPhoenix, the mobile wallet developed by Acinq Labs, is built on Eclair Chain.\n').sort()).toEqual(['Phoenix BUILT_ON Eclair Chain', 'Phoenix DEVELOPED_BY Acinq Labs']);
    expect(named('Intro\nMeanwhile, the team shipped a wallet, which uses fraud proofs.\n')).toEqual([]);
  });

  it('reads "X replaced A with B" as B an alternative to A', () => {
    expect(named('Intro\nKova replaced Zstandard with Brotli last year.\n')).toEqual(['Brotli ALTERNATIVE_TO Zstandard']);
  });

  it('states nothing in a question', () => {
    expect(named('Intro\nIs Kova an alternative to Brotli?\n')).toEqual([]);
  });
});

describe('possessives and clauses joined by "and" (own examples)', () => {
  it('gives what "its <term>" is written in to the name that opened the sentence before, and lets the next clause keep its subject', () => {
    expect(named('Intro\nTidewell relies on sharding. Its proof circuits are written in Noir, and membership proofs rely on Semaphore.\n').sort()).toEqual([
      'Tidewell USES Noir',
      'Tidewell USES Sharding',
      'membership proofs USES Semaphore',
    ]);
  });
});

describe('glossary lines and link lists (own examples)', () => {
  it('reads "**Term** — description" as an item about the term', () => {
    expect(named('Glossary\n\n**Tidemark** — A two-round signing scheme for threshold wallets, proposed by Jonas Nick and Tim Ruffing.\n').sort()).toEqual([
      'Tidemark PROPOSED_BY Jonas Nick',
      'Tidemark PROPOSED_BY Tim Ruffing',
    ]);
  });

  it('reads "supports" a named project as USES and a use case as ENABLES', () => {
    expect(named('Intro\nKelpie supports Torchlight, a tensor library.\n')).toEqual(['Kelpie USES Torchlight']);
    expect(named('Intro\nKelpie supports micropayments.\n')).toEqual(['Kelpie ENABLES Micropayments']);
  });

  it('reads an item described as "<Organization>\'s <thing>" as developed by that organization, and no name inside a link target', () => {
    const body = "Frameworks\n\n- [Kelp Federated](https://github.example.org/kelp) - Google's open-source framework for federated computation.\n";
    expect(named(body)).toEqual(['Kelp Federated DEVELOPED_BY Google']);
    expect(analyze(articleOf(body), knowledge).patch.mentions.map((m) => m.surface)).toEqual(['Kelp Federated', 'Google']);
  });

  it('reads "[Term](url) - description" as an item about the term, and the link target as no name', () => {
    const body = 'Frameworks\n\n- [Kelpie](https://kelpie.example.org) - Lightweight FL framework developed by Kelp Labs that relies on secure aggregation.\n';
    expect(named(body).sort()).toEqual(['Kelpie DEVELOPED_BY Kelp Labs', 'Kelpie USES secure aggregation']);
    expect(analyze(articleOf(body), knowledge).patch.mentions.map((m) => m.surface)).not.toContain('kelpie.example.org');
  });
});

describe('comparison tables (own examples)', () => {
  it('drops a parenthesis from a cell name, and reads a header by its last words ("Core mechanism")', () => {
    const body =
      'Rules\n\n| Instrument | Proposed by | Core mechanism | Main harm targeted |\n|---|---|---|---|\n| Harbor Data Act (Act 12/2025) | Harbor Commission | Impact assessments | Algorithmic discrimination |\n';
    expect(named(body).sort()).toEqual(['Harbor Data Act ADDRESSES Algorithmic discrimination', 'Harbor Data Act PROPOSED_BY Harbor Commission', 'Harbor Data Act USES Impact assessments']);
  });
});

describe('relative clauses without an auxiliary (own examples)', () => {
  it('reads ", which sits within Y" as about the name before it', () => {
    expect(named('Intro\nThe Harbor Office, which sits within the Harbor Commission, supervises models.\n')).toEqual(['Harbor Office PART_OF Harbor Commission']);
  });
});

describe('field labels and participle clauses (own examples)', () => {
  it('takes no subject from a field label ("Stewardship:")', () => {
    expect(named('Tools\n\n- Stewardship: open-sourced in 2023 and now stewarded by the Harbor Foundation.\n')).toEqual([]);
  });

  it("gives a participle clause after a comma the sentence's subject", () => {
    expect(named('Intro\nKelpie runs as a rollup, settling to Ethereum.\n').sort()).toEqual(['Kelpie BUILT_ON Ethereum', 'Kelpie IS_A Rollups']);
  });
});

describe('agents after a date, and "used by" (own examples)', () => {
  it('reads "founded in 2024 by X" as "founded by X", and "used by X" as X using the thing', () => {
    expect(named('Intro\nKelpie Labs was founded in 2024 by Oksana V. Hrytsenko.\nThe Tidewell library is used by Harbor Labs.\n').sort()).toEqual([
      'Harbor Labs USES Tidewell',
      'Kelpie Labs DEVELOPED_BY Oksana V. Hrytsenko',
      // A founder is part of the organization as well.
      'Oksana V. Hrytsenko PART_OF Kelpie Labs',
    ]);
  });

  it('still matches an inflected cue whose spelling starts a longer cue ("relied on")', () => {
    expect(named('Intro\nKelpie relied on Solana for settlement.\n')).toEqual(['Kelpie USES Solana']);
  });
});

describe('widely used technology and the languages things are written in (own examples)', () => {
  it('knows a programming language, a database and a machine-learning method with no cue near them', () => {
    const { patch } = analyze(articleOf('Intro\nThe Harbor toolkit ships Python bindings, a Redis cache and logistic regression baselines.\n'), knowledge);
    expect(patch.entities.map((e) => `${e.type}:${e.name}`)).toEqual(expect.arrayContaining(['Project:Python', 'Project:Redis', 'Technique:Logistic Regression']));
  });

  it('reads "X, the <language> client" as X using the language, and "a <language>-like language" as no relation', () => {
    expect(named('Intro\nKelpie relies on Quillnode, the Rust execution client from Harbor Labs.\n').sort()).toEqual([
      'Kelpie USES Quillnode',
      'Quillnode DEVELOPED_BY Harbor Labs',
      'Quillnode USES Rust', // written in Rust, not built on it
    ]);
    expect(named('Intro\nContracts on Kelpie are written in Tidescript, a Rust-like language.\n')).toEqual(['Kelpie USES Tidescript']);
  });
});

describe('an aside in parentheses (own examples)', () => {
  it('reads "X (a <class> developed by Y)" as X is a class, developed by Y', () => {
    expect(named('Intro\nKelpie settles to Quillnet (an optimistic rollup developed by Harbor Labs) every hour.\n').sort()).toEqual([
      'Kelpie BUILT_ON Quillnet',
      'Quillnet DEVELOPED_BY Harbor Labs', // not the class
      'Quillnet IS_A Optimistic Rollups',
    ]);
  });
});

describe('a copula with an owner and a clause on its class (own examples)', () => {
  it('reads "X is <Org>\'s <class>, which uses Y" as X developed by Org and X using Y, not the class', () => {
    expect(named("Intro\nQuillprove is Harbor Labs' proof aggregator, which uses recursive proofs.\n").sort()).toEqual(['Quillprove DEVELOPED_BY Harbor Labs', 'Quillprove USES recursive proofs']);
  });

  it('reads "X is a <class>, which relies on Y" as about X', () => {
    expect(named('Intro\nQuillprove is a framework for private payments, which relies on Kestrelnet.\n')).toEqual(['Quillprove ENABLES private payments', 'Quillprove USES Kestrelnet']);
  });
});

describe('a new name before an aside (own examples)', () => {
  it('finds the name that opens a sentence when one aside stands between it and the verb', () => {
    expect(named("Intro\nQuorrel, Harbor Labs' payment framework, relies on Kestrelnet.\n")).toContain('Quorrel USES Kestrelnet');
    expect(named('Intro\nQuorrel, which Harbor Labs maintains, uses Kestrelnet.\n')).toContain('Quorrel USES Kestrelnet');
  });

  it('takes no title for a name ("Dr. Jane Roe, Acme\'s chief scientist, leads …")', () => {
    const { patch } = analyze(articleOf("Intro\nDr. Katla Vorn, Harbor Labs' chief scientist, uses Kestrelnet.\n"), knowledge);
    expect(patch.entities.map((e) => e.name)).not.toContain('Dr. Katla Vorn');
  });
});

describe('a paper page and a package list (own examples)', () => {
  const paper =
    '# FedQuill: Federated Optimization in Sparse Networks\n\n**Paper:** https://example.org/abs/1234\n\n' +
    '**Authors:** Katla Vorn, Jon Tessmer and Ada Quill.\n\n**Abstract:** We study sparse networks.\n';

  it('reads a title "Name: subtitle" as about the coined name, past a bold field line', () => {
    const { patch } = analyze(articleOf(paper), knowledge);
    const name = new Map(patch.entities.map((e) => [e.id, e.name]));
    const facts = patch.relations.map((r) => `${name.get(r.subjectId)} ${r.type} ${name.get(r.objectId)}`);
    expect(facts.sort()).toEqual(['FedQuill DEVELOPED_BY Ada Quill', 'FedQuill DEVELOPED_BY Jon Tessmer', 'FedQuill DEVELOPED_BY Katla Vorn']);
    // A bold field line is no name, and neither is a label that only names a part of the document.
    expect(patch.entities.map((e) => e.name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/Paper|Abstract/)]));
  });

  it("reads the authors of a technique as proposing it, and takes no kind of page for a title's name", () => {
    expect(named('# Notes\n\n## Gradient Boosting\n\n- **Authors:** Katla Vorn and Ada Quill.\n').sort()).toEqual([
      'Gradient Boosting PROPOSED_BY Ada Quill',
      'Gradient Boosting PROPOSED_BY Katla Vorn',
    ]);
    expect(named('# Model Card: Quorrel-7B\n\n- **Authors:** Katla Vorn and Ada Quill.\n')).not.toContain('Model Card DEVELOPED_BY Ada Quill');
  });

  it('reads the code-named items of an architecture list as parts of the system', () => {
    const body = '# Quorrel: A Library for Private Payments\n\n## Architecture\n\n- **quorrel_core**: the low-level package.\n- **quorrel_api**: the high-level package.\n';
    expect(named(body).sort()).toEqual(['quorrel_api PART_OF Quorrel', 'quorrel_core PART_OF Quorrel']);
  });
});

describe('what a thing scales (own examples)', () => {
  it('reads "a framework for scaling <network>" and "a way to scale <network>" as built on it', () => {
    expect(named('Intro\nQuorrel is a framework for scaling Kestrel Chain by using payment channels.\n')).toContain('Quorrel BUILT_ON Kestrel Chain');
    expect(named('Intro\nQuorrel is a way to scale Kestrel Chain by batching transactions.\n')).toContain('Quorrel BUILT_ON Kestrel Chain');
  });
});

describe('a name beside "other <class>" (own examples)', () => {
  it('reads "X and other <class>", "X, like other <class>," and "Unlike other <class>, X" as X is one of the class', () => {
    expect(named('Intro\nKestrel Chain and other optimistic rollups post data to Tessbar.\n')).toContain('Kestrel Chain IS_A Optimistic Rollups');
    expect(named('Intro\nKestrel Chain, like other sidechains, has its own validators.\n')).toContain('Kestrel Chain IS_A Sidechains');
    const unlike = named('Intro\nUnlike other zk-rollups, Quorrel uses validity proofs.\n');
    expect(unlike).toContain('Quorrel IS_A zk-Rollups');
    expect(unlike).not.toContain('Quorrel ALTERNATIVE_TO zk-Rollups'); // set apart from the others, not from its class
  });
});

describe('examples of a plain noun phrase a cue governs (own examples)', () => {
  it('relates the examples after "including" to the subject of the cue before them', () => {
    expect(named('Intro\nQuorrel supports secure computation of various classifiers, including logistic regression and decision trees.\n')).toEqual(
      expect.arrayContaining(['Quorrel USES Logistic Regression', 'Quorrel USES Decision Trees']),
    );
  });

  it('takes a longer phrase of two coordinated noun phrases before "including"', () => {
    expect(named('Intro\nQuorrel supports federated learning setups and secure computation of various machine learning classifiers, including logistic regression and decision trees.\n')).toEqual(
      expect.arrayContaining(['Quorrel USES Logistic Regression', 'Quorrel USES Decision Trees']),
    );
  });
});

describe('a chain of pronoun subjects (own examples)', () => {
  it('reads "It" after a sentence that "It" opens as the name the first one stands for', () => {
    expect(named('Intro\nQuorrel is a mesh library. It uses fraud proofs. It supports federated learning.\n')).toEqual(
      expect.arrayContaining(['Quorrel USES Fraud Proofs', 'Quorrel USES Federated Learning']),
    );
  });
});

describe('a list of objects with asides (own examples)', () => {
  it('reads past an aside in parentheses after an item to the items after it', () => {
    expect(named('Intro\nQuorrel relies on several pluggable back-end services, including Tessbar (a full node), Vexmoor, and Harrowfen.\n')).toEqual(
      expect.arrayContaining(['Quorrel USES Tessbar', 'Quorrel USES Vexmoor', 'Quorrel USES Harrowfen']),
    );
  });

  it('reads names "like" gives right after the class as examples of the object, and no comparison as one', () => {
    expect(named('Intro\nQuorrel runs large language models like Tessbar-176B collaboratively.\n')).toContain('Quorrel USES Tessbar-176B');
    // ("like" after a comma, or before another class, compares.)
    expect(named('Intro\nQuorrel runs large language models, like Tessbar-176B.\n')).not.toContain('Quorrel USES Tessbar-176B');
    expect(named('Intro\nQuorrel uses validity proofs like a zk-rollup.\n')).not.toContain('Quorrel USES zk-Rollups');
  });
});

describe('"a way for X to …" (own examples)', () => {
  it('makes the name after "for" use the name that is or offers the way, past an aside', () => {
    expect(named('Intro\nQuorrel Network, also known as Q-Mesh, is a way for rollups to post cheaper data.\n')).toContain('Rollups USES Quorrel Network');
    expect(named('Intro\nQuorrel, a data layer built by Acme Labs, offers a cheaper way for Kestrel Network to settle payments.\n')).toContain('Kestrel Network USES Quorrel');
  });

  it('reads no use where the way belongs to no named provider or no name follows "for"', () => {
    expect(named('Intro\nThere is a way for rollups to post cheaper data.\n').filter((r) => r.includes('USES'))).toEqual([]);
    expect(named('Intro\nQuorrel is a way for many people to post cheaper data.\n').filter((r) => r.includes('USES'))).toEqual([]);
  });
});

describe('the agent of a purpose infinitive (own examples)', () => {
  it('makes the name right before "to <verb>" the one that does it', () => {
    expect(named('Intro\nAcme Labs built Quorrel to solve data unavailability.\n')).toEqual(['Quorrel ADDRESSES data unavailability', 'Quorrel DEVELOPED_BY Acme Labs']);
    expect(named('Intro\nWe introduce a framework, Quorrel, to tackle data unavailability.\n')).toEqual(['Quorrel ADDRESSES data unavailability']);
  });
});

describe("a participle cue after a copula's class (own examples)", () => {
  it('relates the subject, not the class, when the participle is a plain cue ("based on")', () => {
    expect(named('Intro\nQuorrel is an open source federated learning framework based on Kestrel Network.\n')).toContain('Quorrel BUILT_ON Kestrel Network');
  });
});

describe('people of an organization as the agent after "by" (own examples)', () => {
  it('takes the organization the people belong to for the agent', () => {
    expect(named('Intro\nQuorrel was proposed by researchers in Acme Labs.\n')).toEqual(['Quorrel PROPOSED_BY Acme Labs']);
    expect(named('Intro\nQuorrel is maintained by a small team of engineers at Acme Labs.\n')).toEqual(['Quorrel DEVELOPED_BY Acme Labs']);
  });
});

describe('"its" before a type noun (own examples)', () => {
  it('reads "Its contracts" as the owner\'s contracts, not as an earlier name of the noun\'s type', () => {
    expect(named('Intro\nQuorrel is a rollup. Its contracts are written in Vyper and its frontend uses ethers.js.\n')).toEqual([
      'Quorrel IS_A Rollups',
      'Quorrel USES ethers.js',
      'Quorrel USES Vyper',
    ]);
  });
});

describe('more general phrasings (own examples)', () => {
  it('reads no kind of an organization ("a project of the Acme Foundation")', () => {
    expect(named('Intro\nQuorrel is a project of the Acme Foundation.\n').filter((r) => r.includes('IS_A'))).toEqual([]);
  });

  it('reads "is implemented by" as the implementer\'s use and "was renamed to" as a rename', () => {
    expect(named('Intro\nThe Lightning Network is implemented by Quorrel.\n')).toEqual(['Quorrel USES Lightning Network']);
    expect(named('Intro\nQuorrel was renamed to Tessbar in 2023.\n')).toEqual(['Tessbar FORMERLY_KNOWN_AS Quorrel']);
  });
});

describe('the items of one bullet list (own examples)', () => {
  it('types a discovered item like the catalog items of its list', () => {
    const { patch } = analyze(articleOf('Intro\nQuorrel can be instantiated with these designs:\n\n- [x] Fraud Proofs\n- [x] Validity Proofs\n- [x] KQ12-377\n'), knowledge);
    expect(patch.entities.find((e) => e.name === 'KQ12-377')?.type).toBe('Technique');
  });
});

describe("a table's first column (own examples)", () => {
  it('lets the relations type a name under an ambiguous header noun ("Framework"), not the header alone', () => {
    const { patch } = analyze(articleOf('# FL tools\n\n| Framework | Maintainer |\n|---|---|\n| Quorrel | Acme Labs |\n| Tessbar | Kestrel Foundation |\n'), knowledge);
    expect(patch.entities.filter((e) => e.name === 'Quorrel' || e.name === 'Tessbar').map((e) => e.type)).toEqual(['Project', 'Project']);
  });
});

describe('a class "one of the …" places on a network (own examples)', () => {
  it('reads "is one of the first zk-rollups on Ethereum" as built on Ethereum', () => {
    expect(named('Intro\nQuorrel is one of the first zk-rollups on Ethereum.\n')).toEqual(['Quorrel BUILT_ON Ethereum', 'Quorrel IS_A zk-Rollups']);
  });
});

describe('a table cell that is one link (own examples)', () => {
  it("takes the link's words for the name, without brackets, and keeps a repository of its own name", () => {
    const body = '# Quorrel\n\nQuorrel is a library.\n\n## Backends\n\n| # | Chain | Backend |\n|---|---|---|\n| 0 | Tessbar | [tessbar-backend](https://example.org/acme/tessbar-backend) |\n';
    expect(analyze(articleOf(body), knowledge).patch.entities.map((e) => e.name)).toContain('tessbar-backend');
  });
});

describe('a cue right after a copula (own examples)', () => {
  it('lets "is a combination of" govern its objects, so they are no classes of the subject', () => {
    expect(named('Intro\nQuorrel is a combination of plasma and rollups.\n')).toEqual(['Quorrel COMBINES Plasma', 'Quorrel COMBINES Rollups']);
  });
});

describe('a technique before a kind noun (own examples)', () => {
  it('reads "a zk-rollup solution" and "a sidechain solution" as an instance of the technique', () => {
    expect(named('Intro\nVexmoor is a zk-rollup solution.\nFalcor is a sidechain solution for payments.\n')).toEqual(['Falcor IS_A Sidechains', 'Vexmoor IS_A zk-Rollups']);
  });
});

describe('a class name that modifies a noun before "such as" (own examples)', () => {
  it('reads no kind of the modifier when the head noun is no noun of instances ("privacy measures such as X")', () => {
    expect(named('Intro\nThe toolkit offers zk-SNARK gadgets such as QMSM and QNTT.\n')).toEqual([]);
    expect(named('Intro\nWe met Quillnet. Optimistic rollup protocols such as Quillnet post batches.\n')).toContain('Quillnet IS_A Optimistic Rollups');
  });
});

describe('a name after a preposition of the copula noun phrase (own examples)', () => {
  it('reads no class from "is the address of a X" or "is the final form of X", but "a key module of" still makes a part', () => {
    expect(named('Intro\nQuorrel is the final form of the optimistic rollup design.\nTessbar is the address of a zk-rollup.\n')).toEqual([]);
    expect(named('Intro\nQuorrel is a key module of Vexmoor.\n')).toEqual(['Quorrel PART_OF Vexmoor']);
  });
});

describe('a participle after a plural common noun a preposition takes (own examples)', () => {
  it('relates nothing of the sentence subject to the agent of "the list of batches produced by X"', () => {
    expect(named('Intro\nThe Tessbar layer keeps the list of batches produced by Marrow Labs in a tree.\n')).toEqual([]);
    expect(named('Intro\nQuorrel, developed by Marrow Labs, is fast.\n')).toEqual(['Quorrel DEVELOPED_BY Marrow Labs']);
  });
});

describe("a purpose infinitive after a preposition's object (own examples)", () => {
  it('gives "to scale X" to the subject of the earlier cue, not to the name after its preposition', () => {
    expect(named('Intro\nTessbar relies on Vexmoor to scale Ethereum.\n').sort()).toEqual(['Tessbar BUILT_ON Ethereum', 'Tessbar USES Vexmoor']);
    expect(named('Intro\nQuorrel uses distributed sampling across shards to scale Ethereum.\n')).not.toContain('Shards BUILT_ON Ethereum');
  });
});

describe('an aside inside a fronted contrast (own examples)', () => {
  it('reads no definition from "Instead of posting X as Y, a Z is used"', () => {
    expect(named('Intro\nInstead of posting the large Quill proofs as validity proofs, a zk-SNARK is used to check them.\n')).toEqual([]);
  });
});

describe('a gerund with its object opening a line (own examples)', () => {
  it('reads "Cutting fees using X" as an action, so "Cutting fees" names nothing', () => {
    const { patch } = analyze(articleOf('Intro\n\n**Cutting fees using offchain data availability**\n\nText.\n'), knowledge);
    expect(patch.entities.map((e) => e.name)).not.toContain('Cutting fees');
  });
});

describe('what a thing powers (own examples)', () => {
  it('reads a project or network it powers as a user of it, and anything else as enabled', () => {
    expect(named('Intro\nQuorrel powers the Marrow Network.\nQuorrel powers private payments.\n').sort()).toEqual(['Marrow Network USES Quorrel', 'Quorrel ENABLES private payments']);
  });
});

describe('examples of a named network or project (own examples)', () => {
  it('reads no kind of a network a class phrase names ("Quillnet networks such as Tessnet")', () => {
    expect(named('Intro\nWe met Quillnet, a network.\nYou can check proofs on Quillnet networks such as Tessnet.\n').filter((r) => r.includes('IS_A Quillnet'))).toEqual([]);
  });
});

describe('a unit of an organization (own examples)', () => {
  it('types "X Department" an organization, a part of its owner', () => {
    expect(named("Intro\nQuorrel is a project initiated by Acme Bank's Research Department to help.\n")).toContain('Research Department PART_OF Acme Bank');
  });
});

describe("counted parts placed in a whole, and names after a clause's colon (own examples)", () => {
  it('reads "There are two components in X: A and B" as parts of X', () => {
    expect(named('Intro\nThere are mainly two components in Tessbar: Vexmoor Core and the Marrow Engine.\n').sort()).toEqual(['Marrow Engine PART_OF Tessbar', 'Vexmoor Core PART_OF Tessbar']);
  });

  it('reads no part from an item whose name only modifies the counted part noun ("- Tessnet layer — ...")', () => {
    expect(named('Intro\nThe Quorrel Network is divided into three layers:\n\n* Tessnet layer — a set of contracts.\n* Marrow layer — a set of nodes.\n')).toEqual([]);
  });
});

describe('two participles sharing one agent (own examples)', () => {
  it('reads "drafted and passed by X" as the agent cue', () => {
    expect(named('Intro\nThe Marrow Act is a privacy law, drafted and passed by the European Union (EU).\n')).toEqual(['Marrow Act PROPOSED_BY European Union']);
  });
});

describe('a reference list entry (own examples)', () => {
  it('reads "Authors. Name: Title." as the named work proposed by its authors, not a field a title opens with', () => {
    const body =
      '# Background\n\n[3]. Jane Roe and Ravi Ostrane. QuorrelX: A Framework for Private Training. In Proc. of a workshop 2019\n\n[4]. Mara Tillerman. Federated Learning: Strategies for Efficiency. 2016\n';
    expect(named(body).sort()).toEqual(['QuorrelX PROPOSED_BY Jane Roe', 'QuorrelX PROPOSED_BY Ravi Ostrane']);
  });
});

describe('what a named tool is for (own examples)', () => {
  it('reads "X is a <lang> library for T" and "X, a toolkit for building T and U," as X ENABLES T', () => {
    expect(named('Intro\nTorchquill is a Python library for privacy-preserving federated learning.\n')).toContain('Torchquill ENABLES Federated Learning');
    const aside = named('Intro\nMarrowkit, a toolkit for building payment channels and state channels, shipped in May.\n');
    expect(aside).toEqual(expect.arrayContaining(['Marrowkit ENABLES Payment Channels', 'Marrowkit ENABLES State Channels']));
  });

  it('relates nothing a name after "for" only modifies ("for FRI-based proofs", "for federated learning experiments")', () => {
    expect(named('Intro\nTorchquill is a Python toolkit for running federated learning experiments.\n')).not.toContain('Torchquill ENABLES Federated Learning');
    expect(named('Intro\nMarrowkit is a library for rollup-based payment apps.\n').filter((f) => f.includes('ENABLES'))).toEqual([]);
  });
});

describe('a list of lower-case defined terms (own examples)', () => {
  it('relates the intro\'s subject to each "term - description" item the intro\'s cue introduces', () => {
    const body = 'Intro\n\nMarrowkit employs the following testing methods:\n* replay testing - we rerun old blocks\n* differential fuzzing - we compare two clients\n';
    expect(named(body)).toEqual(expect.arrayContaining(['Marrowkit USES replay testing', 'Marrowkit USES differential fuzzing']));
  });
});

describe('items nested under an item (own examples)', () => {
  it('makes named items indented under an item that only names a thing its parts, and a nested sentence no part', () => {
    const body = 'Parts\n\nThe main components of Quorrel are:\n\n- Marrow Node\n    - Synchronizer\n    - Tessbar\n- Harrowfen\n    - The Kestrel fees go to the prover.\n';
    const facts = named(body);
    expect(facts).toEqual(expect.arrayContaining(['Synchronizer PART_OF Marrow Node', 'Tessbar PART_OF Marrow Node', 'Marrow Node PART_OF Quorrel', 'Harrowfen PART_OF Quorrel']));
    expect(facts.filter((f) => f.startsWith('Synchronizer') || f.startsWith('Kestrel'))).toEqual(['Synchronizer PART_OF Marrow Node']);
  });

  it('makes the lower-case terms under a "term:" item its parts', () => {
    expect(named('Checks\n\nMarrowkit employs the following testing methods:\n* fuzz testing:\n  - input fuzzing - we mutate inputs\n')).toContain('input fuzzing PART_OF fuzz testing');
  });
});

describe('hedged claims, "built upon", and a verb wink tags as a plural noun (own examples)', () => {
  it('reads "can be viewed as" as a class, and a cue after it as the subject\'s own', () => {
    expect(named('Intro\nQuorrel can be viewed as a generalization of Tessbar.\n')).toContain('Quorrel BUILT_ON Tessbar');
    expect(named('Intro\nQuorrel can be seen as a sidechain.\n')).toContain('Quorrel IS_A Sidechains');
    expect(named('Intro\nQuorrel is built upon Tessbar.\n')).toContain('Quorrel BUILT_ON Tessbar');
    expect(named('Intro\nQuorrel is widely seen as the Ethereum of privacy.\n')).toEqual([]);
  });

  it('takes a plural after a name for the verb it is, not a word of a compound or of the phrase "from" ends', () => {
    const facts = named('Intro\nThe Marrow Prover aggregates proofs from the Flux Prover.\n');
    expect(facts.filter((f) => f.includes('DEVELOPED_BY'))).toEqual([]);
    expect(analyze(articleOf('Intro\nThe Marrow Prover aggregates proofs from the Flux Prover.\n'), knowledge).patch.entities.map((e) => e.name)).not.toContain('Marrow Prover aggregates proofs');
    expect(named('Intro\nThe Quill zkVM from Acme Labs is fast.\n').filter((f) => f.endsWith('DEVELOPED_BY Acme Labs'))).toHaveLength(1);
  });

  it('reads "makes it possible to" as enabling what follows', () => {
    expect(named('Intro\nQuorrel makes it possible to run federated learning.\n')).toContain('Quorrel ENABLES Federated Learning');
  });
});

describe('a name that modifies a component noun after a copula (own examples)', () => {
  it('makes the subject part of the name before "module" or "component", describing words between', () => {
    expect(named('Intro\nQuill is a Tessnet Layer module that keeps state.\n')).toContain('Quill PART_OF Tessnet Layer');
    expect(named('Intro\nMarrow is a proposed Harrow Layer module.\n')).toContain('Marrow PART_OF Harrow Layer');
  });

  it('lets the subject carry its own component noun ("The Quill module is a Tessnet Layer module"), but no other noun', () => {
    expect(named('Intro\nThe Quill module is a proposed Tessnet Layer module.\n')).toContain('Quill PART_OF Tessnet Layer');
    expect(named('Intro\nThe Quill team is a Tessnet Layer module.\n').filter((f) => f.includes('PART_OF'))).toEqual([]);
  });

  it('leaves a kind noun ("service") and a noun that goes on ("module system") alone', () => {
    expect(named('Intro\nAtlas is a managed Harrow Prover service.\n').filter((f) => f.includes('PART_OF'))).toEqual([]);
    expect(named('Intro\nAtlas is a Harrow module system.\n').filter((f) => f.includes('PART_OF'))).toEqual([]);
  });
});

describe('a BibTeX entry in a code block (own examples)', () => {
  const bib = (title: string) =>
    `Quill\n\nQuill is a prover.\n\n## Citation\n\n\`\`\`bib\n@software{quill,\n  author = {Jane Roe and\n            Ostrane, Ravi J and Wang, Shi-han and others},\n  title  = {${title}},\n  year   = 2024\n}\n\`\`\`\n`;

  it('makes the authors people, given name first, who developed the work the title names', () => {
    const { patch } = analyze(articleOf(bib('acme/quill: v1.0')), knowledge);
    const people = patch.entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.name).sort()).toEqual(['Jane Roe', 'Ravi J Ostrane', 'Shi-han Wang']);
    expect(people.find((e) => e.name === 'Ravi J Ostrane')?.aliases).toContain('Ostrane, Ravi J');
    expect(
      named(bib('Quill: a prover for everyone'))
        .filter((f) => f.includes('DEVELOPED_BY'))
        .sort(),
    ).toEqual(['Quill DEVELOPED_BY Jane Roe', 'Quill DEVELOPED_BY Ravi J Ostrane', 'Quill DEVELOPED_BY Shi-han Wang']);
  });

  it('relates nothing when the title names no thing of the article', () => {
    expect(named(bib('Provers at scale: a survey')).filter((f) => f.includes('DEVELOPED_BY') || f.includes('PROPOSED_BY'))).toEqual([]);
  });
});

describe('an additive opener (own examples)', () => {
  it('relates the names before the comma of "In addition to X," the way the main clause relates its object', () => {
    expect(named('Intro\nIn addition to fraud proofs, Quorrel utilizes Tessbar to settle disputes.\n')).toEqual(expect.arrayContaining(['Quorrel USES Tessbar', 'Quorrel USES Fraud Proofs']));
  });

  it('leaves an organization beside a used thing alone', () => {
    expect(named('Intro\nBesides Acme Labs, Quorrel utilizes Tessbar.\n').filter((f) => f.includes('Acme'))).toEqual([]);
  });
});

describe('what a thing introduces (own examples)', () => {
  it('reads a technique a system introduces as one it uses, and one a company introduces as proposed by it', () => {
    expect(named('Intro\nQuorrel introduces validity proofs for every batch.\n')).toContain('Quorrel USES Validity Proofs');
    expect(named('Intro\nAcme Labs introduced Quorrel in 2021.\n')).toContain('Quorrel PROPOSED_BY Acme Labs');
  });
});

describe('a name between an article and a cue noun (own examples)', () => {
  it('reads "a scalability alternative to X" as modified by the name, which is no subject', () => {
    expect(named('Intro\nThe scheme was proposed as a scalability alternative to payment channels.\n')).toEqual([]);
    expect(named('Intro\nQuorrel is an alternative to Plasma.\n')).toContain('Quorrel ALTERNATIVE_TO Plasma');
  });
});

describe('people "from" an organization (own examples)', () => {
  it('reads "an author from Acme" as a person of Acme, not as what developed the name before', () => {
    expect(named('Intro\nIn How to Defend Quorrel, an author from Acme Labs highlights a risk.\n').filter((f) => f.includes('DEVELOPED_BY'))).toEqual([]);
    expect(named('Intro\nQuorrel is a browser extension from Acme Labs.\n')).toContain('Quorrel DEVELOPED_BY Acme Labs');
  });
});

describe('what a thing lets others do (own examples)', () => {
  it('reads a technique a thing enables others to use as one it enables, and a named tool as still used', () => {
    expect(named('Intro\nQuorrel enables developers to use validity proofs in their apps.\n')).toEqual(['Quorrel ENABLES Validity Proofs']);
    expect(named('Intro\nQuorrel lets teams run validity proofs.\n')).toEqual(['Quorrel ENABLES Validity Proofs']);
    expect(named('Intro\nQuorrel allows the user to use Marrowtorch.\n')).toEqual(['Quorrel USES Marrowtorch']);
  });

  it('reads the same after the relative pronoun of the class a copula gives the thing', () => {
    expect(named('Intro\nQuorrel is a networking protocol that allows nodes to use validity proofs.\n')).toEqual(['Quorrel ENABLES Validity Proofs']);
    expect(named('Intro\nQuorrel is a networking protocol that uses validity proofs.\n')).toEqual(['Quorrel USES Validity Proofs']);
  });
});

describe('a name after the gerund an enabling cue takes (own examples)', () => {
  it("reads a tool that modifies what the enabled action acts on as used, and the action's own object as not enabled", () => {
    expect(named('Intro\nQuorrel is a library that enables training Marrowtorch models.\n')).toEqual(['Quorrel USES Marrowtorch']);
    expect(named('Intro\nQuorrel enables bridging Kestrelnet.\n').filter((f) => f.includes('Kestrelnet'))).toEqual([]);
    expect(named('Intro\nQuorrel enables state channels.\n')).toEqual(['Quorrel ENABLES State Channels']);
  });
});

describe('a citation in brackets (own examples)', () => {
  it('makes a name followed by its short form and "[Roe 2017, …]" proposed by the surname, the year no part of it', () => {
    const body = 'Intro\nWe track it with Quorrel Privacy (QP) [[Tillerman 2017](https://example.org/1), [Tillerman et al. 2019](https://example.org/2)].\n';
    expect(named(body)).toContain('Quorrel Privacy PROPOSED_BY Tillerman');
    expect(analyze(articleOf(body), knowledge).patch.entities.map((e) => e.name)).not.toContain('Tillerman 2017');
  });
});

describe('boilerplate and code literals (own examples)', () => {
  const names = (body: string) => analyze(articleOf(body), knowledge).patch.entities.map((e) => e.name);

  it('reads nothing under a licence or disclaimer heading', () => {
    const body = '# Quorrel\n\nQuorrel uses validity proofs.\n\n## Licence\n\nTHE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTIES OF MERCHANTABILITY OR FITNESS. Kestrel Labs uses Tessbar.\n';
    expect(names(body).filter((n) => /WARRANT|FITNESS|Kestrel|Tessbar/.test(n))).toEqual([]);
    expect(named(body)).toContain('Quorrel USES Validity Proofs');
  });

  it('takes no code literal, plural of an everyday abbreviation or bare "algorithm" for a name', () => {
    const body = 'Intro\n\nSee the FAQs and the URLs below. Set `secure_rng` to `False` or `True`. Tessgrad is an algorithm that Quorrel runs.\n';
    expect(names(body).filter((n) => ['FAQs', 'URLs', 'False', 'True', 'algorithm'].includes(n))).toEqual([]);
  });
});

describe('a bold term with its short form (own examples)', () => {
  it('ends the term before the short form in parentheses', () => {
    const names = analyze(articleOf('Intro\n\nThe field of **Quorrel Sampling (QS)** is young.\n'), knowledge).patch.entities.map((e) => e.name);
    expect(names).toContain('Quorrel Sampling');
    expect(names).not.toContain('Quorrel Sampling (QS)');
  });
});

describe('a reference line in the author-date style (own examples)', () => {
  it('makes its authors people, who made the work its title names when the article mentions it', () => {
    const body =
      '# Quorrel\n\nQuorrel uses fraud proofs [1].\n\n## Sources\n\n<sup>[1](https://example.org/1)</sup> Roe, J., Al-Ostrane, KD., & Tillerman, M. (2019). _Quorrel: Scaling Chains with Proofs._\n';
    const { patch } = analyze(articleOf(body), knowledge);
    expect(
      patch.entities
        .filter((e) => e.type === 'Person')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['J. Roe', 'KD. Al-Ostrane', 'M. Tillerman']);
    expect(named(body).filter((f) => f.includes(' J. Roe'))).toHaveLength(1);
  });

  it('reads no prose with a year in parentheses as a reference', () => {
    expect(named('Intro\n\nQuorrel, Tessbar (2019). Marrow uses fraud proofs.\n').filter((f) => f.includes('DEVELOPED_BY') || f.includes('PROPOSED_BY'))).toEqual([]);
  });
});

describe('a bold field label on a line of its own (own examples)', () => {
  it('reads "**Maintainer(s)**: Jane Roe" under a title as a field, not a heading', () => {
    expect(named('# Quorrel\n\n**Maintainer(s)**: [Jane Roe](https://example.org/jroe)\n\nQuorrel uses fraud proofs.\n')).toContain('Quorrel DEVELOPED_BY Jane Roe');
    expect(named('# Quorrel\n\n**Maintainers**: Acme Labs\n\nQuorrel uses fraud proofs.\n')).toContain('Quorrel DEVELOPED_BY Acme Labs');
  });
});

describe('modifiers that share a head noun (own examples)', () => {
  it('reads "payment and state channels" as two catalog terms, and a pair the catalog lacks as one', () => {
    expect(named('Intro\nQuorrel is an alternative to payment and state channels.\n').sort()).toEqual(['Quorrel ALTERNATIVE_TO Payment Channels', 'Quorrel ALTERNATIVE_TO State Channels']);
    expect(named('Intro\nQuorrel is an alternative to privacy and state channels.\n').filter((f) => f.includes('Privacy'))).toEqual([]);
  });
});

describe('coordinated names typed only by a guess (own examples)', () => {
  it('relates both names of "Marrow and Tessbar are examples of X"', () => {
    expect(named('Intro\nMarrow and Tessbar are examples of zk rollups.\n').sort()).toEqual(['Marrow IS_A zk-Rollups', 'Tessbar IS_A zk-Rollups']);
  });
});

describe('"built using" (own examples)', () => {
  it('reads a stack a thing is built using as what it is built on, and a technique as used', () => {
    expect(named('Intro\nQuorrel is built using the Harbor Stack.\n')).toContain('Quorrel BUILT_ON Harbor Stack');
    expect(named('Intro\nQuorrel is built using zero-knowledge proofs.\n')).toContain('Quorrel USES Zero-Knowledge Proofs');
  });
});

describe('a comparison aside, acquisitions, native tokens and data storage (own examples)', () => {
  it('keeps the opening name the subject across ", like X,"', () => {
    expect(named('Intro\nTessbar, like Kestrel, uses fraud proofs.\n')).toContain('Tessbar USES Fraud Proofs');
  });

  it('reads acquisitions as parts, a native token as a part and where data is stored as used', () => {
    expect(named('Intro\nQuorrel was acquired by Acme Labs in 2023.\n')).toContain('Quorrel PART_OF Acme Labs');
    expect(named('Intro\nAcme Labs acquired Marrow in 2022.\n')).toContain('Marrow PART_OF Acme Labs');
    expect(named('Intro\nVexmoor is the native token of Quorrel.\n')).toContain('Vexmoor PART_OF Quorrel');
    expect(named('Intro\nQuorrel stores its data on Kestrelnet.\n')).toContain('Quorrel USES Kestrelnet');
  });
});

describe('a technique named after a broader one (own examples)', () => {
  it('reads "interactive fraud proofs" as a kind of the fraud proofs the same sentence names, splitting names at spaces only', () => {
    const body = 'Intro\nTessbar relies on **non-interactive fraud proofs** where most fraud proofs are interactive, and Marrow relies on **interactive fraud proofs**.\n';
    expect(
      named(body)
        .filter((f) => f.includes('IS_A'))
        .sort(),
    ).toEqual(['interactive fraud proofs IS_A Fraud Proofs', 'non-interactive fraud proofs IS_A Fraud Proofs']);
    expect(named('Intro\nQuorrel is an optimistic rollup, one of the rollups that batch transactions.\n')).toContain('Optimistic Rollups IS_A Rollups');
  });

  it('relates nothing when no sentence names the broader technique with the narrower one (the evidence would show only one)', () => {
    expect(named('Intro\nQuorrel is an optimistic rollup.\n')).toEqual(['Quorrel IS_A Optimistic Rollups']);
    expect(named('Intro\nQuorrel is an optimistic rollup. Rollups batch transactions.\n')).not.toContain('Optimistic Rollups IS_A Rollups');
  });
});

describe('an "Examples" section under a class, and names in parentheses after an item (own examples)', () => {
  const body =
    '# Designs\n\n## Sidechains\n\nSidechains move assets to a chain of their own.\n\n#### Examples\n\n- Tessbar (Bitcoin);\n- Marrowchain (Ethereum and Bitcoin)\n- Quillnet (retired after the Ethereum merge)\n';

  it('reads each example as a kind of the class the section is about', () => {
    expect(
      named(body)
        .filter((f) => f.includes('IS_A'))
        .sort(),
    ).toEqual(['Marrowchain IS_A Sidechains', 'Quillnet IS_A Sidechains', 'Tessbar IS_A Sidechains']);
  });

  it('reads a list of networks in parentheses as what the item is built on, and no other parenthesis', () => {
    expect(
      named(body)
        .filter((f) => f.includes('BUILT_ON'))
        .sort(),
    ).toEqual(['Marrowchain BUILT_ON Bitcoin', 'Marrowchain BUILT_ON Ethereum', 'Tessbar BUILT_ON Bitcoin']);
  });

  it('relates no example to a section about one named thing', () => {
    expect(named('# Tools\n\n## Quorrel\n\nQuorrel is a wallet.\n\n#### Examples\n\n- Tessbar\n').filter((f) => f.includes('Tessbar'))).toEqual([]);
  });
});

describe('"another type of X is Y" and "belongs to the family of X" (own examples)', () => {
  it('reads the name after the copula as a kind of the class a kind noun opens with', () => {
    expect(named('Intro\nAnother major type of rollup is **Quorrel**.\n')).toEqual(['Quorrel IS_A Rollups']);
    expect(named('Intro\nThe type of rollup is **Quorrel**.\n')).toEqual(['Quorrel IS_A Rollups']);
    expect(named('Intro\nA rollup of this type is **Quorrel**.\n')).toEqual([]);
  });

  it('reads "belongs to the family of" a class as a kind of it', () => {
    expect(named('Intro\nQuorrel belongs to the family of state channels.\n')).toEqual(['Quorrel IS_A State Channels']);
  });
});

describe('a possessive subject (own examples)', () => {
  it('gives the owner of the part that opens the sentence the relation, and names a coined owner that opens it', () => {
    expect(named("Intro\nTessbar is a rollup. Tessbar's sequencer relies on Kestrelnet for data.\n")).toContain('Tessbar USES Kestrelnet');
    expect(named("Intro\nQuorrel's prover uses Marrowhash.\n")).toEqual(['Quorrel USES Marrowhash']);
    expect(named("Intro\nToday's provers use Marrowhash.\n")).toEqual([]);
  });
});

describe('origins in a post, a competitor, state anchored to a chain (own examples)', () => {
  it('reads the lexicon phrasings', () => {
    expect(named('Intro\nQuorrel stems from a post by Jane Roe.\n')).toEqual(['Quorrel PROPOSED_BY Jane Roe']);
    expect(named('Intro\nQuorrel anchors its state to Ethereum.\n')).toEqual(['Quorrel BUILT_ON Ethereum']);
    expect(named('Intro\nQuorrel is a competitor of Tessbar.\n')).toEqual(['Quorrel ALTERNATIVE_TO Tessbar']);
    expect(named('Intro\nQuorrel is a project of the Tessbar Foundation.\n')).toEqual(['Quorrel DEVELOPED_BY Tessbar Foundation']);
    expect(named('Intro\nQuorrel complies with GDPR.\n')).toEqual(['Quorrel ADDRESSES General Data Protection Regulation']);
  });
});

describe('a participle that qualifies the noun before it (own examples)', () => {
  it('gives the subject of the sentence no relation from "to call contracts deployed on X"', () => {
    expect(named('Intro\nKestrel Labs proposed Quillcall that allows contracts on Tessnet to call contracts deployed on Ethereum.\n')).toEqual(['Quillcall PROPOSED_BY Kestrel Labs']);
    expect(named('Intro\nQuorrel uses Quillcall that allows apps on Tessnet to call contracts deployed on Ethereum.\n')).toEqual(['Quorrel USES Quillcall']);
  });
});

describe('a gerund that opens the sentence before a name (own examples)', () => {
  it('leaves "Choosing" out of the name the cue is about', () => {
    expect(named('Intro\nChoosing Quorrel-7 instead of Tessbar-3 opens new options.\n')).toEqual(['Quorrel-7 ALTERNATIVE_TO Tessbar-3']);
  });
});

describe('an item that is a link, its description on the lines under it (own examples)', () => {
  it("takes the link for the item's term and the description's first word for its opening, no name", () => {
    const body = '# Quorrel\n\n## Crates\n\n1. [quorrel-net](./quorrel-net)\n  Helpers for the network stack using the Marrow runtime.\n2. [quorrel-store](./quorrel-store)\n  Storage helpers.\n';
    expect(named(body)).toEqual(['quorrel-net USES Marrow']);
  });
});

describe('a counting sentence over a list that names the whole its parts serve (own examples)', () => {
  it('makes each item part of the name a relative clause after the part noun is about', () => {
    const body =
      '# Quorrel\n\n## Core services\n\nThere are several core services that run the Tessbar network as its storage layer.\n\n- Cron Service - a scheduler that runs jobs.\n- Vault Service - keeps the funds.\n';
    expect(named(body)).toEqual(expect.arrayContaining(['Cron Service PART_OF Tessbar', 'Vault Service PART_OF Tessbar']));
  });

  it('finds no whole in a sentence that counts no parts', () => {
    const body = '# Quorrel\n\n## Notes\n\nThere are several reasons that favour the Tessbar network.\n\n- Cron Service - a scheduler that runs jobs.\n- Vault Service - keeps the funds.\n';
    expect(named(body).filter((f) => f.includes('PART_OF'))).toEqual([]);
  });
});

describe("a determiner after a list intro's cue (own examples)", () => {
  it('reads "uses these strategies:" as the cue over its items, and "addresses this in two layers:" as a pronoun object', () => {
    expect(named('# Quorrel\n\nQuorrel implements these strategies:\n\n- **Tessbar**: the default one\n- **Vexmoor**: the other one\n')).toEqual(['Quorrel USES Tessbar', 'Quorrel USES Vexmoor']);
    expect(named('# Quorrel\n\nQuorrel addresses this in two layers:\n\n- **Tessbar**: the default one\n- **Vexmoor**: the other one\n').filter((f) => f.startsWith('Quorrel'))).toEqual([]);
  });
});

describe('support a thing adds or provides (own examples)', () => {
  it('reads "adds support for X" as a use, and takes no subject from "Experimental support for X"', () => {
    expect(named('Intro\nQuorrel adds support for Tessbar.\n')).toEqual(['Quorrel USES Tessbar']);
    expect(named('Intro\nQuorrel provides support for Tessbar.\n')).toEqual(['Quorrel USES Tessbar']);
    expect(named('Intro\nExperimental support for Tessbar arrived.\n')).toEqual([]);
  });
});

describe('a plural class that the copula lists names of (own examples)', () => {
  it('makes each listed name a kind of the class, when the list closes the sentence', () => {
    expect(named('Intro\nThe supported rollups are Quorrel, Tessbar and Marrow.\n').sort()).toEqual(['Marrow IS_A Rollups', 'Quorrel IS_A Rollups', 'Tessbar IS_A Rollups']);
    expect(named("Intro\nRollups are Quorrel's main product.\n")).toEqual([]);
  });
});

describe('a copula after a name and the noun of its kind (own examples)', () => {
  it('reads "the Quorrel protocol is a Y" as a fact about Quorrel, but not a plural noun after the name', () => {
    expect(named('Intro\nThe Quorrel protocol is a rollup.\n')).toEqual(['Quorrel IS_A Rollups']);
    expect(named('Intro\nQuorrel uses Halo2. Quorrel wallets are smart contracts.\n')).toEqual(['Quorrel USES Halo2']);
    expect(named('Intro\nEvery node is a validator.\n')).toEqual([]);
  });
});

describe('"based on" as a participle (own examples)', () => {
  it('relates the name after a fronted "Based on X," and the name before ", based on X,"', () => {
    expect(named('Intro\nBased on Tessflow, Quillnet is fast.\n')).toEqual(['Quillnet BUILT_ON Tessflow']);
    expect(named('Intro\nQuillnet, based on Tessflow, is fast.\n')).toEqual(['Quillnet BUILT_ON Tessflow']);
    expect(named('Intro\nBased on zero-knowledge proofs, Quillnet is fast.\n')).toEqual(['Quillnet USES Zero-Knowledge Proofs']);
  });
});

describe('a name fused to "-based" after a USES cue (own examples)', () => {
  it('takes the name as what is used, but not a name fused to another word', () => {
    expect(named('Intro\nQuillnet relies on Plasma-based chains.\n')).toEqual(['Quillnet USES Plasma']);
    expect(named('Intro\nQuillnet relies on Plasma-compatible chains.\n')).toEqual([]);
  });
});

describe('a name of a person shape after an article (own examples)', () => {
  it('is no person', () => {
    expect(facts('Intro\nThe Quill Prover relies on zk-STARKs.\n')).toEqual(['project:quill-prover USES technique:zk-starks (cue:relies on)']);
    expect(facts('Intro\nQuillnet was proposed by Jane Roe.\n')).toContainEqual(expect.stringContaining('PROPOSED_BY person:jane-roe'));
  });
});

describe('"includes" after a name that opens the sentence (own examples)', () => {
  it('lists parts of a thing, and kinds of a class', () => {
    expect(named('Intro\nQuillnet uses Halo2. Quillnet includes Tessbar, Marrow and Kestrel.\n').sort()).toEqual([
      'Kestrel PART_OF Quillnet',
      'Marrow PART_OF Quillnet',
      'Quillnet USES Halo2',
      'Tessbar PART_OF Quillnet',
    ]);
    expect(named('Intro\nRollups include Tessbar and Marrow.\n').sort()).toEqual(['Marrow IS_A Rollups', 'Tessbar IS_A Rollups']);
  });
});

describe('a name before "based" and a noun, after a copula (own examples)', () => {
  it('is what the subject is built on, spaced or fused, and no class of it', () => {
    expect(named('Intro\nQuillnet is an OP Stack based chain.\n')).toEqual(['Quillnet BUILT_ON OP Stack']);
    expect(named('Intro\nQuillnet is an OP Stack-based chain.\n')).toEqual(['Quillnet BUILT_ON OP Stack']);
  });
});

describe('a group name and a role before a person (own examples)', () => {
  it('makes the person a member, a founder the group\'s maker, and the person the agent after "by"', () => {
    expect(named('Intro\nQuillnet uses Halo2. Quillnet co-founder Jane Roe proposed the Tessbar Pledge.\n').sort()).toEqual(
      ['Quillnet DEVELOPED_BY Jane Roe', 'Quillnet USES Halo2', 'Jane Roe PART_OF Quillnet', 'Tessbar Pledge PROPOSED_BY Jane Roe'].sort(),
    );
    expect(named('Intro\nQuillnet uses Halo2. The Tessbar Pledge was proposed by Quillnet researcher Jane Roe.\n').sort()).toEqual(
      ['Jane Roe PART_OF Quillnet', 'Quillnet USES Halo2', 'Tessbar Pledge PROPOSED_BY Jane Roe'].sort(),
    );
    expect(named('Intro\nQuillnet uses Halo2. Former Quillnet researcher Jane Roe proposed the Tessbar Pledge.\n')).not.toContain('Jane Roe PART_OF Quillnet');
  });
});

describe('a project led by a person (own examples)', () => {
  it('is developed by the person, who may be described by a former group and role', () => {
    expect(named('Intro\nQuillnet uses Halo2. Polygon is led by former Quillnet co-founder Jane Roe.\n').sort()).toEqual(['Polygon DEVELOPED_BY Jane Roe', 'Quillnet USES Halo2']);
    expect(named('Intro\nAcme Labs, led by Jane Roe, uses Halo2.\n')).toContain('Jane Roe PART_OF Acme Labs');
    // (After "and", a group's name and a role describe the next agent.)
    expect(named('Intro\nQuillnet uses Halo2. Polygon is led by Jane Roe and former Quillnet research lead Ravi Ostrane.\n')).toContain('Polygon DEVELOPED_BY Ravi Ostrane');
    // (A role ends the group's name: "Tessbar co-founder Jane Roe" is no one name.)
    expect(named('Intro\nPolygon is led by Tessbar co-founder Jane Roe.\n')).toContain('Polygon DEVELOPED_BY Jane Roe');
    // (The name a role and a person follow after an agent's "by" is the person's group.)
    expect(facts('Intro\nThe Quill Pledge was proposed by Tessbar researcher Jane Roe.\n')).toContain('person:jane-roe PART_OF organization:tessbar (structure:affiliation)');
  });
});

describe('examples after a relative clause (own examples)', () => {
  it('reads examples after the comma that closes a relative clause as kinds of no noun inside the clause', () => {
    expect(named('Intro\nQuorrel supports proving schemes that do not need validity proofs, such as Tessbar or Vellmark.\n').filter((f) => f.includes('IS_A Validity Proofs'))).toEqual([]);
    expect(named('Intro\nQuorrel sits on top of a layer 1 blockchain like Tessnet or Vellchain.\n').filter((f) => f.includes('IS_A'))).toContain('Tessnet IS_A Layer 1');
  });
});

describe('front-matter (own examples)', () => {
  const fields =
    '---\ntitle: ORU - Optimistic Rollups\nauthor: Jane Roe (@jroe), Priya Tillerman <priya@example.org>, Quill Grants Council\nstatus: Draft\ncategory: Core\n---\n\n## Abstract\n\nThe design settles on Ethereum.\n';

  it("reads who made the thing from its fields as relations of the title's one name, its long form beside it", () => {
    expect(
      named(fields)
        .filter((f) => f.includes('PROPOSED_BY') || f.includes('DEVELOPED_BY'))
        .sort(),
    ).toEqual(['Optimistic Rollups PROPOSED_BY Jane Roe', 'Optimistic Rollups PROPOSED_BY Priya Tillerman', 'Optimistic Rollups PROPOSED_BY Quill Grants Council']);
  });

  it('types a group among the authors by its head noun, drops a handle and an address, and reads no other key', () => {
    const { patch } = analyze(articleOf(fields), knowledge);
    expect(patch.entities.filter((e) => e.discovered).map((e) => `${e.type}:${e.name}`)).toEqual(['Organization:Quill Grants Council', 'Person:Jane Roe', 'Person:Priya Tillerman']);
  });

  it('reads a value that is a sentence as text', () => {
    expect(named('---\ntitle: Quorrel\nlead: Discover how Quorrel combines state channels and rollups.\n---\n\nQuorrel is a network.\n')).toEqual(
      expect.arrayContaining(['Quorrel COMBINES State Channels', 'Quorrel COMBINES Rollups']),
    );
  });
});

describe('front-matter of a numbered document (own examples)', () => {
  it('names the document by its series and number, its title another name of it, unless the title is one name', () => {
    const text = '---\nrip: 9001\ntitle: Message Boxes for Tessbar Chains\nauthor: Jane Roe (@jroe)\n---\n\n## Abstract\n\nThis proposal defines an interface.\n';
    expect(named(text)).toContain('RIP-9001 PROPOSED_BY Jane Roe');
    const { patch } = analyze(articleOf(text), knowledge);
    expect(patch.entities.find((e) => e.name === 'RIP-9001')).toMatchObject({ type: 'Initiative', aliases: ['Message Boxes for Tessbar Chains'] });
    expect(named(text.replace('Message Boxes for Tessbar Chains', 'ORU - Optimistic Rollups'))).toContain('Optimistic Rollups PROPOSED_BY Jane Roe');
  });

  it("reads the fields over a text that opens with its own title heading as that title's", () => {
    expect(named('---\nauthors: Jane Roe (@jroe)\n---\n\n# Quorrel\n\nQuorrel is a network.\n')).toContain('Quorrel DEVELOPED_BY Jane Roe');
  });
});

describe('the document itself (own examples)', () => {
  it('reads "this post" as the document, which stands for no name', () => {
    expect(named('Quorrel\nQuorrel uses rollups. This post was authored by Jane Roe.\n').filter((f) => f.includes('Jane Roe'))).toEqual([]);
  });
});

describe('where a thing began (own examples)', () => {
  it('reads "grown from a project at X" and "grew out of X" as developed by X', () => {
    expect(named('Intro\nQuorrel has grown from a project at Harbor Labs.\n')).toContain('Quorrel DEVELOPED_BY Harbor Labs');
    expect(named('Intro\nQuorrel grew out of Harbor Labs, a research team.\n')).toContain('Quorrel DEVELOPED_BY Harbor Labs');
  });
});

describe('what a whole holds (own examples)', () => {
  it('reads "the X provided in Y" and "X shipped with Y" as parts of Y', () => {
    expect(named('Intro\nThe Marrowkit provided in Quorrel can help to download datasets.\n')).toContain('Marrowkit PART_OF Quorrel');
    expect(named('Intro\nQuorrel shipped with the Tessbar upgrade in March.\n')).toContain('Quorrel PART_OF Tessbar');
  });
});

describe('a heading that names a part of the document (own examples)', () => {
  it('reads "this" under "## Introduction" as the name of the title above it', () => {
    const text = '# Quorrel: Private Proofs for Everyone\n\n## Introduction\n\nThis toolkit consists of three core components:\n\n1. Marrowkit: a circuit library.\n2. Tessbar: a prover.\n';
    expect(
      named(text)
        .filter((f) => f.includes('PART_OF'))
        .sort(),
    ).toEqual(['Marrowkit PART_OF Quorrel', 'Tessbar PART_OF Quorrel']);
  });
});

describe('an item whose text is a sentence of its own (own examples)', () => {
  it('reads no class from a description whose noun phrase its own verb follows', () => {
    expect(named('Intro\n- **Quorrel Attacker**: The privacy attack algorithms are important to check the protection.\n').filter((f) => f.includes('IS_A'))).toEqual([]);
    expect(named('Intro\n- **Quorrel**: A zk rollup for payments.\n').filter((f) => f.includes('IS_A'))).toEqual(['Quorrel IS_A zk-Rollups']);
  });
});

describe('a "that" clause with a subject of its own (own examples)', () => {
  it('reads no relation of what an opening "this" stands for from a cue whose clause has its own common-noun subject', () => {
    expect(named('# Arbitrum\n\nThis added layer ensures that only authorized parties can access and utilize fraud proofs.\n')).toEqual([]);
  });
});
