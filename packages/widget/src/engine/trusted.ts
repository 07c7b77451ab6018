/**
 * The engine's script address as a `TrustedScriptURL`, for pages that enforce
 * Trusted Types (`require-trusted-types-for 'script'`), where `new Worker()`
 * takes nothing else. Such a page lets the finder start its worker by naming
 * the policy: `trusted-types lit-html repere-finder`. A page that does not is
 * still served, on its own thread (the browser reports the refused policy).
 * Elsewhere the address is used as it is.
 */
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
}

let policy: { createScriptURL(url: string): unknown } | undefined;

export function trustedScriptUrl(engine: string): string {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return engine;
  policy ??= tt.createPolicy('repere-finder', {
    // Only ever the engine's own address: the policy cannot vouch for anything else.
    createScriptURL: (candidate) => {
      if (candidate !== engine) throw new TypeError('repere-finder: not the engine script');
      return candidate;
    },
  });
  return policy.createScriptURL(engine) as string;
}
