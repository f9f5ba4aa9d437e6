import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';

/**
 * Monaco's web workers, bundled by Vite from our own package (no CDN): the JSON
 * language service for the flow document, the generic editor worker for the rest
 * (diff computation, the expression input).
 */
export function installMonacoEnvironment(): void {
  self.MonacoEnvironment = {
    getWorker(_workerId: string, label: string): Worker {
      return label === 'json' ? new JsonWorker() : new EditorWorker();
    },
  };
}
