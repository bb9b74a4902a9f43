/** Bytes that crossed the API as base64, back to a Blob. */
export function base64ToBlob(base64: string, type = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** Saves a generated file through the browser's download (Electron shows its save dialog). */
export function downloadBase64(fileName: string, base64: string): void {
  const url = URL.createObjectURL(base64ToBlob(base64));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A chosen file as base64 (without the `data:` prefix). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
