import { recognizeEntities } from '../../../src/ingest/stages/recognize-entities';
import { segment } from '../../../src/ingest/stages/segment';
import { buildKnowledge } from '../../../src/ingest/knowledge';
import { analyze } from '../../../src/ingest/pipeline';
import { articleOf, coreKnowledgeFiles, seedKnowledge } from './helpers';

const knowledge = seedKnowledge();
function recognize(body: string) {
  const article = articleOf(body);
  return recognizeEntities(article, segment(article, knowledge.lexicon), knowledge);
}
const names = (body: string) =>
  recognize(body)
    .mentions.filter((m) => !m.nested)
    .map((m) => [m.text, m.entityId ?? `${m.type}:${m.name}`]);

describe('recognizeEntities', () => {
  it('matches catalog names across case, plural, hyphen and spacing variants', () => {
    expect(names('Intro\nZK rollup, zk-Rollups and zero-knowledge rollups are one technique.\n')).toEqual([
      ['ZK rollup', 'technique:zk-rollups'],
      ['zk-Rollups', 'technique:zk-rollups'],
      ['zero-knowledge rollups', 'technique:zk-rollups'],
    ]);
  });

  it("types a name of a person's shape listed with a person as a person", () => {
    const found = recognize('Intro\nThe scheme came from a paper by Jane Roe and Quillon Ardent.\nThe Harbor Vell team joined.\n').mentions;
    expect(found.map((m) => [m.text, m.type])).toEqual([
      ['Jane Roe', 'Person'],
      ['Quillon Ardent', 'Person'],
      ['Harbor Vell', 'Organization'],
    ]);
  });

  it('takes no place for an entity (the graph has no place type), but a catalog name spelled like one', () => {
    const found = recognize('Intro\nKestrelnet, a testing library from Singapore, was built by the Lisbon studio Quillon Labs. StarkNet programs are written in Cairo.\n').mentions;
    expect(found.map((m) => m.text)).toEqual(['Kestrelnet', 'Quillon Labs', 'StarkNet', 'Cairo']);
  });

  it('finds no name in the words of a headline-case title, but keeps names that prepositions join in prose', () => {
    const titled = recognize('Intro\nRead the paper [Advances and Open Problems in Quorrel Mesh Design](https://example.org/p) first.\n').mentions;
    expect(titled.map((m) => m.text)).toEqual([]);
    const prose = recognize('Intro\nRewards are paid in USDC on Harrowfen or in ETH on Kestrelnet.\n').mentions;
    expect(prose.map((m) => m.text)).toContain('Kestrelnet');
  });

  it("finds no name in a headline-case description after a label's colon, but keeps the label", () => {
    const found = recognize('Intro\nThe parts:\n\n- Quorrel: Onion Routing and Channel Discovery\n- Kestrelnet: a mesh for Harrowfen\n').mentions;
    expect(found.map((m) => m.text)).toEqual(['Quorrel', 'Kestrelnet', 'Harrowfen']);
  });

  it('takes no name from a table of contents (items that only link to a section of the page)', () => {
    const found = recognize('Intro\n**Contents**\n\n- [Protocol Guarantees](#protocol-guarantees)\n- [Network Participants](#network-participants)\n\nQuorrel relies on Kestrel Network.\n').mentions;
    expect(found.map((m) => m.text)).toEqual(['Quorrel', 'Kestrel Network']);
  });

  it('takes a lone surname for the one person the article names in full with it', () => {
    const found = recognize('Intro\n**Authors:** Ravik Salur and Ilse Varn.\n\nAs Salur et al. show, the method converges.\n').mentions;
    expect(found.filter((m) => m.text === 'Salur').map((m) => m.name)).toEqual(['Ravik Salur']);
  });

  it("takes an item label of dictionary words that items repeat for the document's own field, no name; the headings over it are the topics", () => {
    const body = [
      'Intro',
      '### 1. **Quorrel Drift**',
      '- **Rationale**: Scores move.',
      '- **Next Steps**:',
      '    1. **Tessbar Review**: Check weekly.',
      '### 2. **Marrow Lag**',
      '- **Rationale**: Jobs wait.',
      '- **Next Steps**:',
      '    1. **Quillon Audit**: Check daily.',
      '### 3. **Harbor Gaps**',
      '- **Rationale**: Data is missing.',
      '- **Next Steps**:',
      '    1. **Vell Sampling**: Sample more.',
      '',
    ].join('\n');
    const found = recognize(body).mentions.filter((m) => !m.nested);
    expect(found.map((m) => m.text)).not.toContain('Rationale');
    expect(found.map((m) => m.text)).not.toContain('Next Steps');
    expect(found.filter((m) => m.rule === 'discover:field-topic').map((m) => m.text)).toEqual(['Quorrel Drift', 'Marrow Lag', 'Harbor Gaps']);
  });

  it('takes a short name in parentheses after a field topic for its alias, but no examples a cue opens there', () => {
    const body = 'Intro\n\n## Vell pools (vp)\n\n- **Developer**: Harbor Labs\n\n## Marrow pools (e.g. cold)\n\n- **Developer**: Harbor Labs\n';
    const topics = recognize(body).mentions.filter((m) => m.rule === 'discover:field-topic');
    expect(topics.map((m) => [m.text, m.alias])).toEqual([
      ['Vell pools', 'vp'],
      ['Marrow pools', null],
    ]);
  });

  it('takes a title-case label of dictionary words the text writes in lower case inside a sentence for a common phrase, no name', () => {
    const body = 'Intro\n\n- **Review Steps**:\n    1. **Tessbar Audit**: Run the audit weekly.\n\nFollow the review steps above.\n';
    const found = recognize(body).mentions;
    expect(found.map((m) => m.name)).not.toContain('Review Steps');
    expect(found.map((m) => m.name)).toContain('Tessbar Audit');
  });

  it('takes no name from a short form that is a word of no name ("Frequently Asked Questions (FAQ)")', () => {
    const found = recognize('Intro\nRead the Frequently Asked Questions (FAQ) before you start.\n').mentions.map((m) => m.text);
    expect(found).not.toContain('Frequently Asked Questions');
    expect(found).not.toContain('FAQ');
  });

  it('takes the noun of an existential copula ("There is a risk that …") for no class', () => {
    expect(recognize('Intro\nThere is a risk that reviewers trust Quorrel too much.\n').mentions.map((m) => m.text)).toEqual(['Quorrel']);
  });

  it('takes a lone hyphened surname for the person named in full with it, and no hyphened pair alone for a person', () => {
    const surname = recognize('Intro\nThe scheme was proposed by Jane Tellweather-Quist in 2019. Tellweather-Quist went on to found Tessbar Labs.\n').mentions;
    expect(surname.filter((m) => m.text === 'Tellweather-Quist').map((m) => [m.name, m.type])).toEqual([['Jane Tellweather-Quist', 'Person']]);
    // ("Vera" is a given name, but two names joined by a hyphen alone name a scheme after its two authors.)
    const pair = recognize('Intro\nTessbar supports two schemes: Vera-Quist and Low-Overhead Masking.\n').mentions;
    expect(pair.filter((m) => m.text === 'Vera-Quist').map((m) => m.type)).not.toContain('Person');
  });

  it('takes a number after a catalog acronym for a numbered document of its own ("GDPR 2")', () => {
    const found = recognize('Intro\nKestrelnet, a testing library, follows GDPR 2 closely.\n').mentions.filter((m) => !m.nested);
    expect(found.map((m) => [m.text, m.type])).toEqual([
      ['Kestrelnet', 'Project'],
      ['GDPR 2', 'Regulation'],
    ]);
  });

  it('reads a character reference ("&#x20;") as markup, no name', () => {
    const found = recognize('Intro\nKestrelnet, a testing library, ships proofs.&#x20;[Was this page helpful?](https://example.org/form)&#x20;\n').mentions;
    expect(found.map((m) => m.text)).toEqual(['Kestrelnet']);
  });

  it('takes no everyday abbreviation, document word or punctuated junk word for a name', () => {
    const found = recognize('Intro\nTL;DR: the CEO said the CI runs on a GPU under Section 73 while Kestrelnet ships.\n').mentions;
    expect(found.map((m) => m.text)).toEqual(['Kestrelnet']);
  });

  it('types a name by a typing noun right before it ("the engineering firm Quillonworks")', () => {
    const found = recognize('Intro\nA researcher at the governance engineering firm Quillonworks voted no.\n').mentions;
    expect(found.map((m) => [m.text, m.type])).toEqual([['Quillonworks', 'Organization']]);
  });

  it('joins a capitalised word after "of" inside a name begun mid-sentence ("the Court of Appeal"), typed by its head', () => {
    const found = recognize('Intro\nThe appeal went to the Court of Appeal last year.\n').mentions;
    expect(found.map((m) => [m.text, m.type])).toEqual([['Court of Appeal', 'Organization']]);
  });

  it('takes no date for a name ("August 2025", "Q3 2024")', () => {
    const found = recognize('Intro\nKestrelnet shipped in August 2025. Q3 2024 was slow for Kestrelnet.\n').mentions;
    expect(found.map((m) => m.text)).toEqual(['Kestrelnet', 'Kestrelnet']);
  });

  it('prefers the longest name and stops a name at a possessive', () => {
    expect(names('Intro\nThe Lightning Network’s fees are low; Layer 2 scaling solutions help.\n')).toEqual([
      ['Lightning Network', 'project:lightning-network'],
      ['Layer 2 scaling solutions', 'concept:layer-2'],
    ]);
  });

  it('splits a glue word stuck to a name ("asPolygon") but not a camel-case name', () => {
    expect(names('Intro\nThe chain, known asPolygon, differs from zkSync.\n')).toEqual([
      ['Polygon', 'project:polygon'],
      ['zkSync', 'project:zksync'],
    ]);
  });

  it('matches case-sensitive names and acronyms only in their case', () => {
    expect(names('Intro\nThe user base grew; Base and plasma differ from Plasma, and ai is not AI.\n').map(([t]) => t)).toEqual(['Base', 'Plasma', 'AI']);
  });

  it('discovers an acronym definition and its later uses', () => {
    const found = recognize('Intro\nThe Markets in Crypto-Assets Regulation (MiCA) applies. MiCA is strict.\n').mentions;
    expect(found.map((m) => [m.text, m.name, m.type, m.discovered])).toEqual([
      ['Markets in Crypto-Assets Regulation', 'Markets in Crypto-Assets Regulation', 'Regulation', true],
      ['MiCA', 'Markets in Crypto-Assets Regulation', 'Regulation', true],
      ['MiCA', 'Markets in Crypto-Assets Regulation', 'Regulation', true],
    ]);
  });

  it('discovers a former name with the type of the current one', () => {
    const found = recognize('Intro\nOptimism, formerly known as Plasma Group, scales Ethereum.\n').mentions;
    expect(found.find((m) => m.text === 'Plasma Group')).toMatchObject({ discovered: true, type: 'Project', rule: 'discover:cue-object' });
  });

  it('types listed examples by their own head noun, else by the noun before "such as"', () => {
    const found = recognize('Intro\nIt addresses global challenges such as climate change, healthcare, and model theft.\nIt fights risks such as front-running.\n').mentions;
    expect(found.map((m) => [m.text, m.type])).toEqual([
      ['climate change', 'Challenge'],
      ['healthcare', 'UseCase'],
      ['model theft', 'Challenge'],
      ['front-running', 'Challenge'],
    ]);
  });

  it('takes a name fused to an adjective suffix ("Quillnet-based") for an adjective, no name', () => {
    expect(recognize('Intro\nMarrow and Verdant all use Quillnet-based systems. Marrow is fast.\n').mentions.map((m) => m.text)).not.toContain('Quillnet-based');
  });

  it('ends the last listed example at its verb, and takes no participle clause or preposition-ended phrase for one', () => {
    const texts = (body: string) => recognize(body).mentions.map((m) => m.text);
    expect(texts('Intro\nIt fights risks such as model theft and data leakage remain.\n')).toEqual(['model theft', 'data leakage']);
    expect(texts('Intro\nIt fights risks such as Quillchain, developed by Acme Labs, and key leakage.\n')).not.toContain('developed by Acme Labs');
    expect(texts('Intro\nIt fights risks such as a network in which miners compete.\n')).not.toContain('network in');
  });

  it('discovers item terms, typed by their list label, with catalog names nested inside', () => {
    const found = recognize('Topic\nImplementation:\nMulti-Party Channels: These open channels. Sharding with Rollups: Both combine.\n').mentions;
    expect(found.map((m) => [m.text, m.type, m.nested])).toEqual([
      ['Multi-Party Channels', 'Technique', false],
      ['Sharding with Rollups', 'Technique', false],
      ['Sharding', 'Technique', true],
      ['Rollups', 'Technique', true],
    ]);
  });

  it('discovers owners and named projects from their type noun', () => {
    const found = recognize('Intro\nOne example is the Open Data Institute\'s "Data Commons" project.\n').mentions;
    expect(found.map((m) => [m.text, m.type])).toEqual([
      ['Open Data Institute', 'Organization'],
      ['Data Commons', 'Project'],
    ]);
  });
});

describe('a capitalised role or component (own examples)', () => {
  it('types "the Batch Scheduler" a concept before any model, and a coined name a project', () => {
    const found = recognize('Intro\nWe met the Batch Scheduler and Tessbar in May.\n').mentions;
    expect(found.map((m) => [m.text, m.type])).toEqual([
      ['Batch Scheduler', 'Concept'],
      ['Tessbar', 'Project'],
    ]);
  });
});

describe('a name whose head is a catalog class name (own examples)', () => {
  const withTree = buildKnowledge([...coreKnowledgeFiles(), { path: 'entities/extra.yaml', text: '- { name: Quill Tree, type: Technique }\n' }]);

  it('takes a title-case word and a catalog class name of several words as one name, and its kind noun as an alias', () => {
    const { patch } = analyze(articleOf('# Notes\n\nQuorrel relies on the Sparse Quill Tree scheme for its accounts.\n'), withTree);
    const tree = patch.entities.find((e) => e.name === 'Sparse Quill Tree scheme');
    expect(tree?.aliases).toEqual(['Sparse Quill Tree']);
    expect(patch.entities.map((e) => e.name)).not.toContain('Sparse');
  });
});
