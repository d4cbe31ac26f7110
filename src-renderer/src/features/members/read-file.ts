// A chosen file's bytes as base64, the form the import operations take them in.

// FileReader rather than Blob.arrayBuffer(): every renderer and test DOM has it.
function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}

export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = await readBytes(file);
  let binary = '';
  // In slices, because String.fromCharCode takes its bytes as arguments and the stack has a limit.
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}
