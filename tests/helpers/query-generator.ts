import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { listBoundOf } from '../../src/schema/list-size';

type Fields = GraphQLObjectType | GraphQLInterfaceType;
type Field = GraphQLField<unknown, unknown>;

/** One generated operation: its text, and the values that set each page-size variable to its maximum. */
export interface GeneratedQuery {
  /** Root field, then the field names the chain passes through. */
  chain: string[];
  query: string;
  /** Page sizes (and maxHops, depth) at their maxima. */
  maxVariables: Record<string, number>;
}

export interface GeneratorOptions {
  /** Literal arguments for root fields that require some, e.g. `{ entity: 'name: "Ethereum"' }`. */
  rootArguments: Record<string, string>;
  /** Maximum of each integer argument given by a variable (`first`, `limit`, `maxHops`, `depth`). */
  maxima: Record<string, number>;
  /** Fields per chain, root included: the depth limit. */
  depth: number;
}

const isList = (field: Field) => isListType(getNullableType(field.type));
const composite = (field: Field) => isCompositeType(getNamedType(field.type));
const fieldsOf = (type: unknown): Field[] => (isObjectType(type) || isInterfaceType(type) ? Object.values((type as Fields).getFields()) : []);
const needsArgument = (field: Field) => field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/**
 * Operations from the schema: for each root field and each list field it can reach, the shortest
 * chain to that list, continued through further lists (then single objects) to `depth` fields.
 * Every integer argument named in `maxima` is a variable, so the caller sends it at its maximum or
 * leaves it out (its default).
 */
export function generateQueries(schema: GraphQLSchema, options: GeneratorOptions): GeneratedQuery[] {
  const root = schema.getQueryType() as GraphQLObjectType;
  const targets = listFields(schema);
  const seen = new Set<string>();
  const out: GeneratedQuery[] = [];
  for (const rootField of Object.values(root.getFields())) {
    if (!composite(rootField)) continue;
    for (const target of targets) {
      const route = routeTo(rootField, target);
      if (!route) continue;
      const chain = extend(route, options.depth);
      const key = chain.map((f) => f.name).join('.');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(render(chain, options));
    }
  }
  return out;
}

/** Every list of objects (and connection) in the schema, once per interface (implementations share it). */
function listFields(schema: GraphQLSchema): Field[] {
  const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && t !== schema.getMutationType());
  const implementsInterface = (t: unknown) => isObjectType(t) && t.getInterfaces().length > 0;
  return types.filter((t) => !implementsInterface(t)).flatMap((t) => fieldsOf(t).filter((f) => composite(f) && (isList(f) || listBoundOf(f))));
}

/** The shortest chain of fields from `start` (a root field) to `target`, by breadth-first search. */
function routeTo(start: Field, target: Field): Field[] | null {
  const queue: Field[][] = [[start]];
  const visited = new Set<string>();
  while (queue.length > 0) {
    const chain = queue.shift() as Field[];
    const last = chain[chain.length - 1] as Field;
    if (last === target) return chain;
    const type = getNamedType(last.type);
    if (visited.has(type.name)) continue;
    visited.add(type.name);
    for (const next of fieldsOf(type)) if (composite(next) && !needsArgument(next)) queue.push([...chain, next]);
  }
  return null;
}

/** Continues a chain to `depth` fields: lists first (in turn), else any object field, else it stops. */
function extend(chain: Field[], depth: number): Field[] {
  const out = [...chain];
  while (out.length < depth - 1) {
    const options = fieldsOf(getNamedType((out[out.length - 1] as Field).type)).filter((f) => composite(f) && !needsArgument(f));
    const lists = options.filter((f) => isList(f) || listBoundOf(f));
    const pool = lists.length > 0 ? lists : options;
    if (pool.length === 0) break;
    out.push(pool[out.length % pool.length] as Field);
  }
  return out;
}

/** The operation text: each level selects its first scalar field and the next field of the chain. */
function render(chain: Field[], { rootArguments, maxima }: GeneratorOptions): GeneratedQuery {
  const variables: string[] = [];
  const maxVariables: Record<string, number> = {};
  const argumentsOf = (field: Field, isRoot: boolean) => {
    const given = isRoot && rootArguments[field.name] ? [rootArguments[field.name] as string] : [];
    const variable = (arg: GraphQLArgument) => {
      const name = `v${variables.length + 1}`;
      variables.push(`$${name}: Int`);
      maxVariables[name] = maxima[arg.name] as number;
      return `${arg.name}: $${name}`;
    };
    const all = [...given, ...field.args.filter((a) => maxima[a.name] !== undefined && getNamedType(a.type).name === 'Int').map(variable)];
    if (isRoot && field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined) && given.length === 0) {
      throw new Error(`query-generator: root field ${field.name} needs arguments; add it to rootArguments`);
    }
    return all.length > 0 ? `(${all.join(', ')})` : '';
  };
  let body = '';
  for (let i = chain.length - 1; i >= 0; i--) {
    const field = chain[i] as Field;
    const scalar = fieldsOf(getNamedType(field.type)).find((f) => !composite(f) && f.args.length === 0);
    const inner = [scalar?.name ?? '__typename', body].filter(Boolean).join(' ');
    body = `${field.name}${argumentsOf(field, i === 0)} { ${inner} }`;
  }
  const header = variables.length > 0 ? `(${variables.join(', ')})` : '';
  return { chain: chain.map((f) => f.name), query: `query${header} { ${body} }`, maxVariables };
}
