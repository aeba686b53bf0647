import { execute, GraphQLError, parse, type DocumentNode, type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import { ask } from '../ask/ask';
import type { AskOperation } from '../ask/operations';
import { loadPhrasings } from '../ask/phrasings';
import type { Context } from '../context';
import { BadInputError } from '../errors';
import { AskResultObject } from '../schema/ask.object';
import { findEntity } from './entity-ref';

/** Longest question accepted. */
export const MAX_QUESTION_LENGTH = 300;

const documents = new Map<string, DocumentNode>();

@Resolver()
export class AskResolver {
  @Query(() => AskResultObject, {
    description:
      'A question in words ("which solutions use <technique>?", "what is <project> built on?", "how is <name> related to <name>?"), answered by one operation of this API with no model and no network: returns how it read the question, the operation and variables it ran, and the answer with evidence. When it understands nothing it says so and suggests questions it understands.',
  })
  async ask(
    @Arg('question', { description: `The question, at most ${MAX_QUESTION_LENGTH} characters.` }) question: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AskResultObject> {
    if (question.length > MAX_QUESTION_LENGTH) throw new BadInputError(`question must be at most ${MAX_QUESTION_LENGTH} characters (got ${question.length}).`, 'question');
    const outcome = await ask(question, {
      phrasings: loadPhrasings(),
      lookup: {
        byName: (name) => findEntity(ctx.loaders, name),
        search: async (text, limit) => (await ctx.repos.search.search({ text, types: null, limit, evidence: true })).map((h) => h.entity),
      },
      run: async (operation: AskOperation, variables) => {
        let document = documents.get(operation.text);
        if (!document) {
          document = parse(operation.text);
          documents.set(operation.text, document);
        }
        const result = await execute({ schema: info.schema, document, variableValues: variables, contextValue: ctx });
        const error = result.errors?.[0];
        if (error) throw error.originalError instanceof GraphQLError ? error.originalError : (error.originalError ?? error);
        return (result.data ?? {}) as Record<string, unknown>;
      },
    });
    const answer = outcome.answer && {
      ...outcome.answer,
      entities: (await ctx.loaders.entityById.loadMany(outcome.answer.entityIds)).filter((e): e is NonNullable<typeof e> => e !== null && !(e instanceof Error)),
    };
    return { ...outcome, answer } as AskResultObject;
  }
}
