// Files the reader picks: read as text with FileReader, which every webview has (Blob.text is
// newer, and jsdom lacks it).

/** The text of a file, decoded as UTF-8. */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file, 'utf-8');
  });
}
