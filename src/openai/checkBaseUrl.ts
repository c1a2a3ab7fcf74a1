export type BaseUrlProblem = 'invalid' | 'insecure';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Whether an endpoint is on this machine (Ollama, LM Studio, a test server): no key needed, plain http allowed. */
export function isLocalBaseUrl(baseURL: string): boolean {
  try {
    const { hostname } = new URL(baseURL);
    return LOCAL_HOSTS.has(hostname) || hostname.endsWith('.localhost');
  } catch {
    return false;
  }
}

/**
 * An endpoint Plume may send a key to: https anywhere, plain http only on this machine
 * (Ollama, LM Studio, a test server), where nothing crosses a network.
 */
export function checkBaseUrl(baseURL: string): BaseUrlProblem | undefined {
  let url: URL;
  try {
    url = new URL(baseURL);
  } catch {
    return 'invalid';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') return LOCAL_HOSTS.has(url.hostname) || url.hostname.endsWith('.localhost') ? undefined : 'insecure';
  return 'invalid';
}
