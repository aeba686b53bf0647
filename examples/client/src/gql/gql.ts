/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Article($id: ID! = \"article:layer-2-scaling\") {\n  article(id: $id) {\n    id\n    title\n    path\n    source\n    date\n    entities(first: 10) {\n      __typename\n      id\n      name\n    }\n    facts(first: 10) {\n      subject {\n        name\n      }\n      type\n      object {\n        name\n      }\n      evidence {\n        sentence\n        section\n      }\n    }\n  }\n}": typeof types.ArticleDocument,
    "query Articles($first: Int = 10, $after: String) {\n  articles(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        path\n        ingestedAt\n        entities {\n          __typename\n          name\n        }\n        facts {\n          subject {\n            name\n          }\n          type\n          object {\n            name\n          }\n          evidence {\n            sentence\n            section\n            rule\n          }\n        }\n      }\n    }\n  }\n}": typeof types.ArticlesDocument,
    "query Ask($question: String! = \"which solutions use fraud proofs?\") {\n  ask(question: $question) {\n    understood\n    message\n    interpretation {\n      intent\n      entities {\n        text\n        match\n        entity {\n          __typename\n          id\n          name\n        }\n      }\n      operationName\n      operation\n      variables\n    }\n    answer {\n      summary\n      data\n      entities {\n        __typename\n        id\n        name\n      }\n    }\n    suggestions\n  }\n}": typeof types.AskDocument,
    "query EntitiesPage($where: EntityWhere, $orderBy: EntityOrderBy, $first: Int = 10, $after: String) {\n  entities(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        __typename\n        id\n        name\n        type\n        discovered\n      }\n    }\n  }\n}": typeof types.EntitiesPageDocument,
    "query EntityWithEvidence($name: String = \"arbitrum\") {\n  entity(name: $name) {\n    __typename\n    id\n    name\n    aliases\n    description\n    relations(first: 10) {\n      totalCount\n      edges {\n        direction\n        type\n        confidence\n        node {\n          __typename\n          id\n          name\n        }\n        evidence {\n          sentence\n          start\n          end\n          section\n          rule\n          confidence\n          article {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n}": typeof types.EntityWithEvidenceDocument,
    "query Health {\n  health {\n    status\n    apiVersion\n    database {\n      name\n      version\n      edition\n    }\n  }\n}": typeof types.HealthDocument,
    "query Neighborhood($id: ID! = \"project:arbitrum\", $depth: Int! = 1, $limit: Int = 20) {\n  neighborhood(id: $id, depth: $depth, limit: $limit) {\n    center {\n      __typename\n      id\n      name\n    }\n    nodes {\n      __typename\n      id\n      name\n      discovered\n    }\n    edges {\n      subject {\n        id\n      }\n      type\n      object {\n        id\n      }\n      confidence\n      evidenceCount\n    }\n    truncated\n  }\n}": typeof types.NeighborhoodDocument,
    "query Path($from: String! = \"Arbitrum\", $to: String! = \"Fraud Proofs\", $maxHops: Int = 4) {\n  path(from: $from, to: $to, maxHops: $maxHops) {\n    length\n    nodes {\n      name\n    }\n    steps {\n      subject {\n        name\n      }\n      type\n      object {\n        name\n      }\n      evidence {\n        sentence\n        article {\n          title\n        }\n      }\n    }\n  }\n}": typeof types.PathDocument,
    "query Related($name: String! = \"Polygon\", $relation: RelationType! = BUILT_ON, $direction: Direction! = OUT, $maxHops: Int = 3) {\n  related(\n    name: $name\n    relation: $relation\n    direction: $direction\n    maxHops: $maxHops\n  ) {\n    hops\n    entity {\n      __typename\n      id\n      name\n    }\n    path {\n      steps {\n        subject {\n          name\n        }\n        type\n        object {\n          name\n        }\n        evidence {\n          sentence\n          section\n          article {\n            title\n          }\n        }\n      }\n    }\n  }\n}": typeof types.RelatedDocument,
    "query Search($text: String! = \"rollups\", $types: [EntityType!], $first: Int = 10) {\n  search(text: $text, types: $types, first: $first) {\n    score\n    matchedField\n    entity {\n      __typename\n      id\n      name\n    }\n    evidence {\n      sentence\n    }\n  }\n}": typeof types.SearchDocument,
    "query SolutionsUsing($technique: String! = \"fraud proofs\", $maxHops: Int = 3) {\n  solutionsUsing(technique: $technique, maxHops: $maxHops) {\n    hops\n    entity {\n      __typename\n      id\n      name\n    }\n    path {\n      steps {\n        subject {\n          name\n        }\n        type\n        object {\n          name\n        }\n        evidence {\n          sentence\n          section\n          article {\n            title\n          }\n        }\n      }\n    }\n  }\n}": typeof types.SolutionsUsingDocument,
    "query Stats {\n  stats {\n    entities\n    relations\n    articles\n    evidence\n    entitiesByType {\n      type\n      count\n    }\n    relationsByType {\n      type\n      count\n    }\n    mostConnected(first: 5) {\n      degree\n      entity {\n        __typename\n        name\n      }\n    }\n  }\n}": typeof types.StatsDocument,
};
const documents: Documents = {
    "query Article($id: ID! = \"article:layer-2-scaling\") {\n  article(id: $id) {\n    id\n    title\n    path\n    source\n    date\n    entities(first: 10) {\n      __typename\n      id\n      name\n    }\n    facts(first: 10) {\n      subject {\n        name\n      }\n      type\n      object {\n        name\n      }\n      evidence {\n        sentence\n        section\n      }\n    }\n  }\n}": types.ArticleDocument,
    "query Articles($first: Int = 10, $after: String) {\n  articles(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        path\n        ingestedAt\n        entities {\n          __typename\n          name\n        }\n        facts {\n          subject {\n            name\n          }\n          type\n          object {\n            name\n          }\n          evidence {\n            sentence\n            section\n            rule\n          }\n        }\n      }\n    }\n  }\n}": types.ArticlesDocument,
    "query Ask($question: String! = \"which solutions use fraud proofs?\") {\n  ask(question: $question) {\n    understood\n    message\n    interpretation {\n      intent\n      entities {\n        text\n        match\n        entity {\n          __typename\n          id\n          name\n        }\n      }\n      operationName\n      operation\n      variables\n    }\n    answer {\n      summary\n      data\n      entities {\n        __typename\n        id\n        name\n      }\n    }\n    suggestions\n  }\n}": types.AskDocument,
    "query EntitiesPage($where: EntityWhere, $orderBy: EntityOrderBy, $first: Int = 10, $after: String) {\n  entities(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        __typename\n        id\n        name\n        type\n        discovered\n      }\n    }\n  }\n}": types.EntitiesPageDocument,
    "query EntityWithEvidence($name: String = \"arbitrum\") {\n  entity(name: $name) {\n    __typename\n    id\n    name\n    aliases\n    description\n    relations(first: 10) {\n      totalCount\n      edges {\n        direction\n        type\n        confidence\n        node {\n          __typename\n          id\n          name\n        }\n        evidence {\n          sentence\n          start\n          end\n          section\n          rule\n          confidence\n          article {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n}": types.EntityWithEvidenceDocument,
    "query Health {\n  health {\n    status\n    apiVersion\n    database {\n      name\n      version\n      edition\n    }\n  }\n}": types.HealthDocument,
    "query Neighborhood($id: ID! = \"project:arbitrum\", $depth: Int! = 1, $limit: Int = 20) {\n  neighborhood(id: $id, depth: $depth, limit: $limit) {\n    center {\n      __typename\n      id\n      name\n    }\n    nodes {\n      __typename\n      id\n      name\n      discovered\n    }\n    edges {\n      subject {\n        id\n      }\n      type\n      object {\n        id\n      }\n      confidence\n      evidenceCount\n    }\n    truncated\n  }\n}": types.NeighborhoodDocument,
    "query Path($from: String! = \"Arbitrum\", $to: String! = \"Fraud Proofs\", $maxHops: Int = 4) {\n  path(from: $from, to: $to, maxHops: $maxHops) {\n    length\n    nodes {\n      name\n    }\n    steps {\n      subject {\n        name\n      }\n      type\n      object {\n        name\n      }\n      evidence {\n        sentence\n        article {\n          title\n        }\n      }\n    }\n  }\n}": types.PathDocument,
    "query Related($name: String! = \"Polygon\", $relation: RelationType! = BUILT_ON, $direction: Direction! = OUT, $maxHops: Int = 3) {\n  related(\n    name: $name\n    relation: $relation\n    direction: $direction\n    maxHops: $maxHops\n  ) {\n    hops\n    entity {\n      __typename\n      id\n      name\n    }\n    path {\n      steps {\n        subject {\n          name\n        }\n        type\n        object {\n          name\n        }\n        evidence {\n          sentence\n          section\n          article {\n            title\n          }\n        }\n      }\n    }\n  }\n}": types.RelatedDocument,
    "query Search($text: String! = \"rollups\", $types: [EntityType!], $first: Int = 10) {\n  search(text: $text, types: $types, first: $first) {\n    score\n    matchedField\n    entity {\n      __typename\n      id\n      name\n    }\n    evidence {\n      sentence\n    }\n  }\n}": types.SearchDocument,
    "query SolutionsUsing($technique: String! = \"fraud proofs\", $maxHops: Int = 3) {\n  solutionsUsing(technique: $technique, maxHops: $maxHops) {\n    hops\n    entity {\n      __typename\n      id\n      name\n    }\n    path {\n      steps {\n        subject {\n          name\n        }\n        type\n        object {\n          name\n        }\n        evidence {\n          sentence\n          section\n          article {\n            title\n          }\n        }\n      }\n    }\n  }\n}": types.SolutionsUsingDocument,
    "query Stats {\n  stats {\n    entities\n    relations\n    articles\n    evidence\n    entitiesByType {\n      type\n      count\n    }\n    relationsByType {\n      type\n      count\n    }\n    mostConnected(first: 5) {\n      degree\n      entity {\n        __typename\n        name\n      }\n    }\n  }\n}": types.StatsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Article($id: ID! = \"article:layer-2-scaling\") {\n  article(id: $id) {\n    id\n    title\n    path\n    source\n    date\n    entities(first: 10) {\n      __typename\n      id\n      name\n    }\n    facts(first: 10) {\n      subject {\n        name\n      }\n      type\n      object {\n        name\n      }\n      evidence {\n        sentence\n        section\n      }\n    }\n  }\n}"): typeof import('./graphql').ArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Articles($first: Int = 10, $after: String) {\n  articles(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        path\n        ingestedAt\n        entities {\n          __typename\n          name\n        }\n        facts {\n          subject {\n            name\n          }\n          type\n          object {\n            name\n          }\n          evidence {\n            sentence\n            section\n            rule\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').ArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Ask($question: String! = \"which solutions use fraud proofs?\") {\n  ask(question: $question) {\n    understood\n    message\n    interpretation {\n      intent\n      entities {\n        text\n        match\n        entity {\n          __typename\n          id\n          name\n        }\n      }\n      operationName\n      operation\n      variables\n    }\n    answer {\n      summary\n      data\n      entities {\n        __typename\n        id\n        name\n      }\n    }\n    suggestions\n  }\n}"): typeof import('./graphql').AskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntitiesPage($where: EntityWhere, $orderBy: EntityOrderBy, $first: Int = 10, $after: String) {\n  entities(where: $where, orderBy: $orderBy, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        __typename\n        id\n        name\n        type\n        discovered\n      }\n    }\n  }\n}"): typeof import('./graphql').EntitiesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityWithEvidence($name: String = \"arbitrum\") {\n  entity(name: $name) {\n    __typename\n    id\n    name\n    aliases\n    description\n    relations(first: 10) {\n      totalCount\n      edges {\n        direction\n        type\n        confidence\n        node {\n          __typename\n          id\n          name\n        }\n        evidence {\n          sentence\n          start\n          end\n          section\n          rule\n          confidence\n          article {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').EntityWithEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Health {\n  health {\n    status\n    apiVersion\n    database {\n      name\n      version\n      edition\n    }\n  }\n}"): typeof import('./graphql').HealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Neighborhood($id: ID! = \"project:arbitrum\", $depth: Int! = 1, $limit: Int = 20) {\n  neighborhood(id: $id, depth: $depth, limit: $limit) {\n    center {\n      __typename\n      id\n      name\n    }\n    nodes {\n      __typename\n      id\n      name\n      discovered\n    }\n    edges {\n      subject {\n        id\n      }\n      type\n      object {\n        id\n      }\n      confidence\n      evidenceCount\n    }\n    truncated\n  }\n}"): typeof import('./graphql').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Path($from: String! = \"Arbitrum\", $to: String! = \"Fraud Proofs\", $maxHops: Int = 4) {\n  path(from: $from, to: $to, maxHops: $maxHops) {\n    length\n    nodes {\n      name\n    }\n    steps {\n      subject {\n        name\n      }\n      type\n      object {\n        name\n      }\n      evidence {\n        sentence\n        article {\n          title\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').PathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Related($name: String! = \"Polygon\", $relation: RelationType! = BUILT_ON, $direction: Direction! = OUT, $maxHops: Int = 3) {\n  related(\n    name: $name\n    relation: $relation\n    direction: $direction\n    maxHops: $maxHops\n  ) {\n    hops\n    entity {\n      __typename\n      id\n      name\n    }\n    path {\n      steps {\n        subject {\n          name\n        }\n        type\n        object {\n          name\n        }\n        evidence {\n          sentence\n          section\n          article {\n            title\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').RelatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($text: String! = \"rollups\", $types: [EntityType!], $first: Int = 10) {\n  search(text: $text, types: $types, first: $first) {\n    score\n    matchedField\n    entity {\n      __typename\n      id\n      name\n    }\n    evidence {\n      sentence\n    }\n  }\n}"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SolutionsUsing($technique: String! = \"fraud proofs\", $maxHops: Int = 3) {\n  solutionsUsing(technique: $technique, maxHops: $maxHops) {\n    hops\n    entity {\n      __typename\n      id\n      name\n    }\n    path {\n      steps {\n        subject {\n          name\n        }\n        type\n        object {\n          name\n        }\n        evidence {\n          sentence\n          section\n          article {\n            title\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').SolutionsUsingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Stats {\n  stats {\n    entities\n    relations\n    articles\n    evidence\n    entitiesByType {\n      type\n      count\n    }\n    relationsByType {\n      type\n      count\n    }\n    mostConnected(first: 5) {\n      degree\n      entity {\n        __typename\n        name\n      }\n    }\n  }\n}"): typeof import('./graphql').StatsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
