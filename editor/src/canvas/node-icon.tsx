import { memo } from 'react';

/** Stroke paths (24×24 grid) of the icon names node types may use; unknown names get a generic box. */
const PATHS: Record<string, string> = {
  play: 'M8 5v14l11-7z',
  message: 'M4 5h16v11H9l-5 4z',
  help: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.5v.01',
  split: 'M5 4v6a4 4 0 0 0 4 4h10M15 10l4 4-4 4M5 14v6',
  stop: 'M6 6h12v12H6z',
  flow: 'M4 6h6v4H4zM14 14h6v4h-6zM7 10v6h7',
  variable: 'M8 4c-2 0-3 1-3 3v2l-2 3 2 3v2c0 2 1 3 3 3M16 4c2 0 3 1 3 3v2l2 3-2 3v2c0 2-1 3-3 3M9 9l6 6M15 9l-6 6',
  book: 'M4 5a2 2 0 0 1 2-2h14v16H6a2 2 0 0 0-2 2zM4 19V5',
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
  plug: 'M9 3v5M15 3v5M6 8h12v3a6 6 0 0 1-12 0zM12 17v4',
  unknown: 'M5 5h14v14H5zM12 9v4M12 16v.01',
};

export const NodeIcon = memo(function NodeIcon({ name, size = 16 }: { name: string; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={PATHS[name] ?? PATHS.unknown} />
    </svg>
  );
});
