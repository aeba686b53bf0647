import type { Entity } from '../domain/graph';
import { type EntityType, RelationType } from '../domain/vocabulary';
import { AskIntent } from './intents';

/** The slots of a reading once looked up: entities for names, the type, or the words to search for. */
export interface ResolvedSlots {
  x?: Entity;
  y?: Entity;
  type?: EntityType;
  text?: string;
}

/** A GraphQL operation of our public API, as `ask` runs it and shows it (paste it into GraphiQL as is). */
export interface AskOperation {
  operationName: string;
  /** The root field whose answer the summary reads. */
  field: string;
  text: string;
  variables(slots: ResolvedSlots): Record<string, unknown>;
}

const STEP = `subject { id name } type object { id name } evidence { sentence section article { title } }`;

const RELATED = `query AskRelated($name: String!, $relation: RelationType!, $direction: Direction!, $via: [RelationType!]!, $maxHops: Int!) {
  related(name: $name, relation: $relation, direction: $direction, via: $via, maxHops: $maxHops) {
    hops
    entity { __typename id name }
    path { steps { ${STEP} } }
  }
}`;

/** The selection of tests/e2e/operations/solutions-using.graphql, so `ask` answers exactly as that operation. */
const SOLUTIONS_USING = `query SolutionsUsing($technique: String!, $maxHops: Int = 3) {
  solutionsUsing(technique: $technique, maxHops: $maxHops) {
    hops
    entity { __typename id name }
    path { steps { subject { name } type object { name } evidence { sentence section article { title } } } }
  }
}`;

const DESCRIBE = `query AskDescribe($id: ID!) {
  entity(id: $id) {
    __typename id name description aliases discovered
    relations(first: 20) {
      totalCount
      edges { type direction confidence node { __typename id name } evidence(first: 1) { sentence section article { title } } }
    }
  }
}`;

const NEIGHBORHOOD = `query AskNeighborhood($id: ID!) {
  neighborhood(id: $id, depth: 1, limit: 50) {
    center { __typename id name }
    nodes { __typename id name }
    edges { ${STEP.replace('evidence {', 'confidence evidence(first: 1) {')} }
    truncated
  }
}`;

const PATH = `query AskPath($from: String!, $to: String!) {
  path(from: $from, to: $to, maxHops: 4) {
    length
    nodes { __typename id name }
    steps { ${STEP} }
  }
}`;

const REGULATIONS = `query AskRegulations($id: ID!) {
  entities(where: { type: [Regulation], related: { to: $id, direction: BOTH } }, first: 20) {
    totalCount
    edges { node { __typename id name description relations(first: 10) { edges { type direction node { id name } evidence(first: 1) { sentence section article { title } } } } } }
  }
}`;

const MENTIONS = `query AskMentions($id: ID!) {
  entity(id: $id) {
    __typename id name
    mentions(first: 20) { count article { id title } occurrences(first: 1) { surface sentence } }
  }
}`;

const LIST = `query AskList($type: EntityType!) {
  entities(where: { type: [$type] }, orderBy: { field: CONNECTIONS, direction: DESC }, first: 50) {
    totalCount
    edges { node { __typename id name description discovered } }
  }
}`;

const SEARCH = `query AskSearch($text: String!) {
  search(text: $text, first: 20) {
    score matchedField
    entity { __typename id name }
    evidence { sentence section article { title } }
  }
}`;

const related = (relation: RelationType, direction: 'IN' | 'OUT' | 'BOTH', via: RelationType[], maxHops: number): AskOperation => ({
  operationName: 'AskRelated',
  field: 'related',
  text: RELATED,
  variables: ({ x }) => ({ name: x?.id, relation, direction, via, maxHops }),
});

const byId = (operationName: string, field: string, text: string): AskOperation => ({ operationName, field, text, variables: ({ x }) => ({ id: x?.id }) });

const { USES, BUILT_ON, IS_A, PART_OF, ENABLES, ADDRESSES, PROPOSED_BY, DEVELOPED_BY, FORMERLY_KNOWN_AS, ALTERNATIVE_TO } = RelationType;

/** What each intent runs. A Record over AskIntent, so a new intent does not compile until it has one. */
export const ASK_OPERATIONS: Record<AskIntent, AskOperation> = {
  [AskIntent.SOLUTIONS_USING]: { operationName: 'SolutionsUsing', field: 'solutionsUsing', text: SOLUTIONS_USING, variables: ({ x }) => ({ technique: x?.id, maxHops: 3 }) },
  [AskIntent.USES]: related(USES, 'OUT', [USES, IS_A], 2),
  [AskIntent.BUILT_ON]: related(BUILT_ON, 'OUT', [BUILT_ON, IS_A], 3),
  [AskIntent.BUILT_ON_IT]: related(BUILT_ON, 'IN', [BUILT_ON], 3),
  [AskIntent.DEVELOPED_BY]: related(DEVELOPED_BY, 'OUT', [], 1),
  [AskIntent.PROPOSED_BY]: related(PROPOSED_BY, 'OUT', [], 1),
  [AskIntent.ALTERNATIVES]: related(ALTERNATIVE_TO, 'BOTH', [], 1),
  [AskIntent.FORMER_NAME]: related(FORMERLY_KNOWN_AS, 'BOTH', [], 1),
  [AskIntent.ENABLES]: related(ENABLES, 'OUT', [], 1),
  [AskIntent.ENABLED_BY]: related(ENABLES, 'IN', [], 1),
  [AskIntent.ADDRESSES]: related(ADDRESSES, 'OUT', [IS_A], 2),
  [AskIntent.ADDRESSED_BY]: related(ADDRESSES, 'IN', [IS_A], 2),
  [AskIntent.KIND_OF]: related(IS_A, 'OUT', [IS_A], 3),
  [AskIntent.KINDS]: related(IS_A, 'IN', [IS_A], 3),
  [AskIntent.PART_OF]: related(PART_OF, 'OUT', [PART_OF], 3),
  [AskIntent.PARTS]: related(PART_OF, 'IN', [PART_OF], 3),
  [AskIntent.RELATION_BETWEEN]: { operationName: 'AskPath', field: 'path', text: PATH, variables: ({ x, y }) => ({ from: x?.id, to: y?.id }) },
  [AskIntent.MENTIONS]: byId('AskMentions', 'entity', MENTIONS),
  [AskIntent.NEIGHBORHOOD]: byId('AskNeighborhood', 'neighborhood', NEIGHBORHOOD),
  [AskIntent.DESCRIBE]: byId('AskDescribe', 'entity', DESCRIBE),
  [AskIntent.REGULATIONS]: byId('AskRegulations', 'entities', REGULATIONS),
  [AskIntent.LIST]: { operationName: 'AskList', field: 'entities', text: LIST, variables: ({ type }) => ({ type }) },
  [AskIntent.SEARCH]: { operationName: 'AskSearch', field: 'search', text: SEARCH, variables: ({ text }) => ({ text }) },
};

/** Which slots an intent needs looked up as entities (SEARCH takes words, LIST a type). */
export function entitySlots(intent: AskIntent): ('x' | 'y')[] {
  if (intent === AskIntent.RELATION_BETWEEN) return ['x', 'y'];
  if (intent === AskIntent.LIST || intent === AskIntent.SEARCH) return [];
  return ['x'];
}
