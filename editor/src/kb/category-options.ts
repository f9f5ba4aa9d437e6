/** The category tree flattened for a <select>: depth-first, each path once, with its count. */
import type { CategoryNode } from './kb-api';

export interface CategoryOption {
  /** The path joined with ` / `: the select's value and how the article table shows it. */
  value: string;
  path: string[];
  depth: number;
  name: string;
  count: number;
}

export function categoryOptions(tree: readonly CategoryNode[], depth = 0): CategoryOption[] {
  return tree.flatMap((node) => [
    { value: node.path.join(' / '), path: node.path, depth, name: node.name, count: node.count },
    ...categoryOptions(node.children, depth + 1),
  ]);
}
