import type { ServerProblem } from './server-problems';

interface Props {
  problems: readonly ServerProblem[];
  /** Focuses the node a problem is about on the canvas. */
  onFocusNode?(nodeId: string): void;
}

/** Problems the server reported, each with where it is; a node's problem is a link to the node. */
export function ProblemList({ problems, onFocusNode }: Props) {
  if (problems.length === 0) return null;
  return (
    <ul className="problem-list" data-testid="server-problems">
      {problems.map((problem, index) => (
        <li key={`${problem.path}-${index}`}>
          {problem.nodeId && onFocusNode ? (
            <button type="button" className="link-button" onClick={() => onFocusNode(problem.nodeId ?? '')}>
              {problem.nodeId}
            </button>
          ) : (
            <code>{problem.line !== null ? `${problem.line}: ` : ''}{problem.path || '/'}</code>
          )}{' '}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
