/**
 * Polls `probe` until it returns (or resolves to) something truthy, for what
 * no promise announces: rendering in iframes, a server's view of a request,
 * a copy saved in the background. Fails with what it waited for.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeout = 10_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    let value: T | undefined | null | false;
    try {
      value = await probe();
    } catch {
      value = undefined;
    }
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 30));
  }
}
