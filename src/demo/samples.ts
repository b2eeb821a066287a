/** The sample workbooks the demo offers (copied from seeds/ into the build). */
export const SAMPLES = ['delarsrapport-2024.xlsx', 'arsbokslut-2019.xlsx'];

/** The sample named in the address (`?sample=`), or the first one. */
export function pickSample(name?: string | null): string {
  return name && SAMPLES.includes(name) ? name : SAMPLES[0];
}

/** Fetch a sample's bytes from the server. */
export async function fetchSample(file: string): Promise<ArrayBuffer> {
  const res = await fetch(`seeds/${encodeURIComponent(file)}`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.arrayBuffer();
}
