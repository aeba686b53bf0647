import { readdirSync, readFileSync } from 'node:fs';
import { analyze } from '../../../src/ingest/pipeline';
import { parseArticle } from '../../../src/ingest/stages/read-article';
import { shippedKnowledge } from './helpers';

const knowledge = shippedKnowledge();

/** The golden test: an extraction change shows up as a reviewed snapshot diff. */
describe('analyze', () => {
  for (const file of readdirSync('seed/articles').sort()) {
    it(file, () => {
      const result = parseArticle(file, readFileSync(`seed/articles/${file}`));
      if (!result.article) {
        expect(result.issue).toMatchSnapshot();
        return;
      }
      const { patch, issues } = analyze(result.article, knowledge);
      expect({
        article: patch.article,
        issues,
        entities: patch.entities.map((e) => `${e.id}${e.discovered ? ` (discovered ${e.confidence})` : ''}${e.aliases.length && e.discovered ? ` aka ${e.aliases.join(', ')}` : ''}`),
        mentionCount: patch.mentions.length,
        relations: patch.relations.map((r) => ({
          fact: `${r.subjectId} ${r.type} ${r.objectId} @${r.confidence}`,
          evidence: r.evidence.map((e) => `[${e.start}-${e.end}] ${e.rule} ${e.confidence} §${e.section ?? '-'}: ${e.sentence}`),
        })),
      }).toMatchSnapshot();
    });
  }

  it('is deterministic', () => {
    const { article } = parseArticle('layer-2-scaling.txt', readFileSync('seed/articles/layer-2-scaling.txt'));
    expect(analyze(article!, knowledge)).toEqual(analyze(article!, knowledge));
  });
});
