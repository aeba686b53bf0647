import { getArgumentValues, getNamedType, isInterfaceType, isObjectType, valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import { validPageSize, DEFAULT_EVIDENCE_PER_RELATION, type PageLimits } from '../schema/pagination';

/** The field nodes named `name` directly under the field being resolved (fragments included). */
function childFields(info: GraphQLResolveInfo, selections: readonly SelectionNode[], name: string): FieldNode[] {
  return selections.flatMap((s): FieldNode[] => {
    if (s.kind === 'Field') return s.name.value === name ? [s] : [];
    if (s.kind === 'InlineFragment') return childFields(info, s.selectionSet.selections, name);
    const fragment = info.fragments[s.name.value];
    return fragment ? childFields(info, fragment.selectionSet.selections, name) : [];
  });
}

/** The fields at `path` below `nodes` (fragments included). */
function fieldsAt(info: GraphQLResolveInfo, nodes: readonly FieldNode[], path: readonly string[]): FieldNode[] {
  const [head, ...rest] = path;
  if (head === undefined) return [...nodes];
  return fieldsAt(
    info,
    nodes.flatMap((n) => childFields(info, n.selectionSet?.selections ?? [], head)),
    rest,
  );
}

/**
 * The value of argument `name` that every field at `path` below `nodes` is given (null when none gives
 * it), or undefined when no field is there or they differ: a prefetch then leaves the field to its resolver.
 */
function agreedArgument(info: GraphQLResolveInfo, nodes: readonly FieldNode[], path: readonly string[], name: string): unknown {
  const values = fieldsAt(info, nodes, path).map((field) => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    return arg ? (valueFromASTUntyped(arg.value, info.variableValues) ?? null) : null;
  });
  const [first] = values;
  return values.length > 0 && values.every((v) => v === first) ? first : undefined;
}

/**
 * The arguments (coerced, defaults applied) of the one `field` the operation selects under the field
 * being resolved, with its nodes; null when it is not selected or selected twice with other arguments.
 */
export function selectedChild(info: GraphQLResolveInfo, field: string): { args: Record<string, unknown>; nodes: FieldNode[] } | null {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type) && !isInterfaceType(type)) return null;
  const definition = type.getFields()[field];
  const nodes = info.fieldNodes.flatMap((n) => childFields(info, n.selectionSet?.selections ?? [], field));
  if (!definition || nodes.length === 0) return null;
  const all = nodes.map((n) => getArgumentValues(definition, n, info.variableValues));
  const first = all[0] ?? {};
  return all.every((a) => JSON.stringify(a) === JSON.stringify(first)) ? { args: first, nodes } : null;
}

/** True when some field at `path` below `nodes` is selected (fragments included). */
export function selectsAt(info: GraphQLResolveInfo, nodes: readonly FieldNode[], path: readonly string[]): boolean {
  return fieldsAt(info, nodes, path).length > 0;
}

/**
 * How many pieces of evidence the `evidence` fields at `path` below `nodes` ask for, so a statement can
 * fetch them ahead: null when none is selected, or when they disagree or are out of range (their own
 * resolvers then load them, and report a bad `first`).
 */
export function evidencePrefetch(info: GraphQLResolveInfo, nodes: readonly FieldNode[], path: readonly string[], limits: PageLimits): number | null {
  const first = agreedArgument(info, nodes, path, 'first');
  if (first === undefined || (first !== null && typeof first !== 'number')) return null;
  return validPageSize(first, { defaultPageSize: Math.min(DEFAULT_EVIDENCE_PER_RELATION, limits.maxPageSize), maxPageSize: limits.maxPageSize });
}
