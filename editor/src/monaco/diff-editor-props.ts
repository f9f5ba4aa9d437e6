/** Props of `<DiffEditor>`: two texts (e.g. two flow documents as JSON) compared side by side. */
export interface DiffEditorProps {
  original: string;
  modified: string;
  /** Monaco language id of both texts; default `json`. */
  language?: string;
  height?: string;
}
