// The HTTP policy of the model client. The SDK's fetch follows redirects wherever they lead: a
// 307 from the endpoint would send the whole prompt — the writer's unpublished article — to
// another host, even from https to plain http. Plume follows a redirect only within the origin it
// was given (same scheme, host and port), a few hops at most, and refuses any other one.

/** A redirect Plume refused to follow: it names both URLs. */
export class RedirectRefused extends Error {
  constructor(readonly from: string, readonly to: string) {
    super(`redirect from ${from} to ${to} refused: another origin`);
    this.name = 'RedirectRefused';
  }
}

// Proxies normalise paths (a trailing slash) with a redirect or two; more is a loop.
const MAX_SAME_ORIGIN_HOPS = 5;

type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

const urlOf = (input: string | URL | Request): string => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

/**
 * A fetch that never leaves the origin of the URL it is called with. `onRefused` hears of a refused
 * redirect before the error is thrown (the SDK wraps fetch errors, and would retry them).
 */
export function guardedFetch(onRefused: (refusal: RedirectRefused) => void, base: Fetch = fetch): Fetch {
  return async (input, init) => {
    let url = urlOf(input);
    for (let hops = 0; ; hops++) {
      const response = await base(url, { ...init, redirect: 'manual' });
      const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
      if (!location) return response;
      const target = new URL(location, url);
      if (target.origin !== new URL(url).origin || hops >= MAX_SAME_ORIGIN_HOPS) {
        const refusal = new RedirectRefused(url, target.href);
        onRefused(refusal);
        throw refusal;
      }
      // A same-origin redirect: the same request again, body included.
      await response.body?.cancel();
      url = target.href;
    }
  };
}
