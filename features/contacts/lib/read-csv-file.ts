// Excel on a Chilean Windows machine saves "CSV" as Windows-1252 unless told otherwise: read UTF-8
// when the bytes are valid UTF-8 (dropping its BOM), else fall back so "Ñuñoa" survives either way.
export async function readCsvFile(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
