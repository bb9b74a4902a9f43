import { EVIDENCE_MAX_BYTES } from '../../../shared/api/measures';

/** Megabytes with one decimal, for messages ("31.5 MB"). */
export const megabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/**
 * Checks a picked file before its bytes are read and sent: the same limit the main process
 * enforces, so a huge file is refused at once with the same message (`validation.evidenceTooBig`).
 */
export function evidenceFileProblem(file: { size: number }): { key: string; params: Record<string, number> } | null {
  if (file.size === 0) return { key: 'validation.evidenceEmpty', params: {} };
  if (file.size > EVIDENCE_MAX_BYTES) return { key: 'validation.evidenceTooBig', params: { size: megabytes(file.size), max: megabytes(EVIDENCE_MAX_BYTES) } };
  return null;
}

/** A file size for people: bytes, KB or MB (one decimal), with the caller's digits. */
export function fileSize(bytes: number, num: (value: number) => string): string {
  if (bytes < 1024) return `${num(bytes)} B`;
  if (bytes < 1024 * 1024) return `${num(Math.round(bytes / 1024))} KB`;
  return `${num(megabytes(bytes))} MB`;
}
