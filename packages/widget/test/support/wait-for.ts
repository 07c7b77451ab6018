/**
 * Polls `probe` until it returns something truthy, for pages in iframes whose
 * rendering no promise announces. Fails with what it waited for.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | null | false, timeout = 10_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    let value: T | undefined | null | false;
    try {
      value = probe();
    } catch {
      value = undefined;
    }
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 30));
  }
}
