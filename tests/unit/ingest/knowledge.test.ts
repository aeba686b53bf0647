import { readFileSync } from 'node:fs';
import { buildKnowledge } from '../../../src/ingest/knowledge';
import { seedKnowledge } from './helpers';

const lexicon = { path: 'seed/catalog/lexicon.yaml', text: readFileSync('seed/catalog/lexicon.yaml', 'utf8') };

describe('buildKnowledge', () => {
  it('loads the seed catalog without issues', () => {
    const knowledge = seedKnowledge();
    expect(knowledge.issues).toEqual([]);
    expect(knowledge.entities.get('technique:fraud-proofs')).toMatchObject({ name: 'Fraud Proofs', type: 'Technique' });
  });

  it('reports bad entries with their file and keeps the good ones', () => {
    const entities = {
      path: 'catalog/entities/bad.yaml',
      text: [
        '- { name: Good One, type: Project }',
        '- { name: Bad Type, type: Protocol }',
        '- { type: Project }',
        '- { name: Good One, type: Project }',
        '- { id: "project:wrong", name: Other, type: Project }',
        '- { name: Twin, type: Technique, aliases: [Good One] }',
      ].join('\n'),
    };
    const knowledge = buildKnowledge([lexicon, entities]);
    expect([...knowledge.entities.keys()]).toEqual(['project:good-one', 'technique:twin']);
    expect(knowledge.issues.map((i) => [i.stage, i.articleId, i.message])).toEqual([
      ['knowledge', 'catalog/entities/bad.yaml', expect.stringMatching(/entry 2: type: Invalid option.*skipped$/)],
      ['knowledge', 'catalog/entities/bad.yaml', expect.stringMatching(/entry 3: name: .*skipped$/)],
      ['knowledge', 'catalog/entities/bad.yaml', 'catalog/entities/bad.yaml entry 4: duplicate id "project:good-one"; skipped'],
      ['knowledge', 'catalog/entities/bad.yaml', 'catalog/entities/bad.yaml entry 5: id "project:wrong" should be "project:other"; skipped'],
      ['knowledge', 'catalog/entities/bad.yaml', 'catalog/entities/bad.yaml entry 6: "Good One" also names project:good-one; both kept, left unresolved in text'],
    ]);
  });

  it('reports a file that is not YAML or not a list', () => {
    const knowledge = buildKnowledge([lexicon, { path: 'a.yaml', text: 'name: [' }, { path: 'b.yaml', text: 'name: x' }]);
    expect(knowledge.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^not valid YAML/), 'expected a list of entities', 'expected a list of entities']);
  });

  it('refuses a lexicon with an unknown relation type', () => {
    const bad = { path: 'lexicon.yaml', text: lexicon.text.replace('  - type: USES\n', '  - type: USED_BY\n') };
    expect(() => buildKnowledge([bad])).toThrow(/lexicon\.yaml is invalid: cues\.0\.type/);
  });
});
