import type { CategoryNode } from './kb-service.js';

/** The category tree implied by the articles' category paths; counts include descendants. */
export function categoryTree(paths: readonly string[][]): CategoryNode[] {
  const root: CategoryNode = { name: '', path: [], count: 0, children: [] };
  for (const path of paths) {
    let node = root;
    for (const [depth, name] of path.entries()) {
      let child = node.children.find((candidate) => candidate.name === name);
      if (!child) {
        child = { name, path: path.slice(0, depth + 1), count: 0, children: [] };
        node.children.push(child);
      }
      child.count += 1;
      node = child;
    }
  }
  const sort = (nodes: CategoryNode[]): CategoryNode[] => {
    nodes.sort((a, b) => a.name.localeCompare(b.name));
    for (const node of nodes) sort(node.children);
    return nodes;
  };
  return sort(root.children);
}
