import { useState } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { JsonDocumentEditor } from '../monaco';
import { isDrawableFlow } from './drawable-flow';
import { useFlowEditor } from './flow-editor-context';

/**
 * The whole document as JSON, kept in sync both ways: canvas edits show here, and text
 * that parses to a drawable flow replaces the document (one undo step while typing).
 */
export function JsonTab() {
  const { t } = useI18n();
  const { document: flow, catalog, apply } = useFlowEditor();
  const [refused, setRefused] = useState<'shape' | 'id' | null>(null);
  function onChange(next: unknown) {
    if (!isDrawableFlow(next)) return setRefused('shape');
    if (next.id !== flow.id) return setRefused('id');
    setRefused(null);
    apply(() => next, { coalesceKey: 'json' });
  }
  return (
    <div className="json-tab" data-testid="json-tab">
      {refused && (
        <p className="notice notice--error small" role="status">
          {t(refused === 'id' ? 'editing.json.idFixed' : 'editing.json.notDrawable')}
        </p>
      )}
      <JsonDocumentEditor value={flow} onChange={onChange} catalog={catalog} />
    </div>
  );
}
