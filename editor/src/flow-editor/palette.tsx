import { useReactFlow } from '@xyflow/react';
import { useMemo, useState, type DragEvent } from 'react';
import { NodeIcon } from '../canvas/node-icon';
import { useI18n } from '../i18n/use-i18n';
import { addNode, createNode } from './changes';
import { useFlowEditor } from './flow-editor-context';
import { paletteGroups } from './palette-groups';

/** The drag payload: a node type from the palette. */
export const PALETTE_MIME = 'application/x-kefu-node-type';

/** Node types to drag onto the canvas (or click to add in the middle of the view). */
export function Palette() {
  const { locale, t } = useI18n();
  const { catalog, document: flow, apply, select } = useFlowEditor();
  const { screenToFlowPosition } = useReactFlow();
  const [search, setSearch] = useState('');
  const groups = useMemo(() => paletteGroups(catalog, search, locale), [catalog, search, locale]);

  function addAtCentre(type: string) {
    const entry = catalog.find((candidate) => candidate.type === type);
    const canvas = window.document.querySelector('[data-testid="flow-canvas"]')?.getBoundingClientRect();
    if (!entry || !canvas) return;
    const centre = screenToFlowPosition({ x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 });
    const node = createNode(entry, centre, new Set(flow.nodes.map((existing) => existing.id)));
    apply(addNode(node));
    select([node.id]);
  }

  function startDrag(event: DragEvent, type: string) {
    event.dataTransfer.setData(PALETTE_MIME, type);
    event.dataTransfer.effectAllowed = 'copy';
  }

  return (
    <aside className="palette" data-testid="palette">
      <input
        className="input palette__search"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder={t('editing.palette.search')}
        aria-label={t('editing.palette.search')}
      />
      {groups.length === 0 && <p className="muted small">{t('editing.palette.none')}</p>}
      {groups.map((group) => {
        return (
          <section key={group.category} className="palette__group">
            <h3 className="palette__category">{t(`editing.category.${group.category}`)}</h3>
            {group.entries.map((entry) => (
              <button
                type="button"
                key={entry.type}
                className={`palette__item kefu-node--${entry.category}`}
                draggable
                onDragStart={(event) => startDrag(event, entry.type)}
                onClick={() => addAtCentre(entry.type)}
                title={entry.description?.[locale] ?? entry.type}
                data-testid={`palette-item-${entry.type}`}
              >
                <span className="kefu-node__icon">
                  <NodeIcon name={entry.icon} />
                </span>
                <span>{entry.title[locale]}</span>
              </button>
            ))}
          </section>
        );
      })}
    </aside>
  );
}
