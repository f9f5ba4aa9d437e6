import { useMutation } from '@tanstack/react-query';
import { trpcClient } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { downloadBase64File, type ImportFormat } from './file-content';

const FORMATS: ImportFormat[] = ['jsonl', 'csv', 'xlsx'];

/** Downloads the whole knowledge base in any import format (what an import reads back unchanged). */
export function ExportButtons({ kb }: { kb: string }) {
  const { t } = useI18n();
  // A query on the server, fetched on demand: a download is an action, not cached page data.
  const download = useMutation({
    mutationFn: (format: ImportFormat) => trpcClient.kb.export.query({ kb, format }),
    onSuccess: (file, format) => downloadBase64File(file.filename, file.contentBase64, format),
  });
  return (
    <div className="kb-export">
      {FORMATS.map((format) => (
        <button key={format} type="button" className="button" disabled={download.isPending} onClick={() => download.mutate(format)} data-testid={`kb-export-${format}`}>
          {t('kb.export.as', { format: format.toUpperCase() })}
        </button>
      ))}
      {download.error && (
        <div className="notice notice--error" role="alert">
          {t('common.error', { message: download.error.message })}
        </div>
      )}
    </div>
  );
}
