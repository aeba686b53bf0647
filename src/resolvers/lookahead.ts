import { getArgumentValues, getNamedType, isInterfaceType, isObjectType, type FieldNode, type GraphQLResolveInfo, type SelectionNode } from 'graphql';

/** The field nodes named `name` directly under the field being resolved (fragments included). */
function childFields(info: GraphQLResolveInfo, selections: readonly SelectionNode[], name: string): FieldNode[] {
  return selections.flatMap((s): FieldNode[] => {
    if (s.kind === 'Field') return s.name.value === name ? [s] : [];
    if (s.kind === 'InlineFragment') return childFields(info, s.selectionSet.selections, name);
    const fragment = info.fragments[s.name.value];
    return fragment ? childFields(info, fragment.selectionSet.selections, name) : [];
  });
}

/** True when the field being resolved selects `path` (e.g. `['edges', 'evidence']`) below `node`. */
export function selectsPath(info: GraphQLResolveInfo, nodes: readonly FieldNode[], path: readonly string[]): boolean {
  const [head, ...rest] = path;
  if (head === undefined) return nodes.length > 0;
  return nodes.some((n) => selectsPath(info, childFields(info, n.selectionSet?.selections ?? [], head), rest));
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
