// The viewer's only ways into the Hub: POST /graphql (as any client) and, in development, POST /auth/dev-token.

const TOKEN_KEY = 'hub.viewer.token';

/** A failure the viewer can explain: code is the Hub's extensions.code, or NETWORK / HTTP / UNAUTHENTICATED. */
export class HubError extends Error {
  constructor(message, code, status, errors = []) {
    super(message);
    this.code = code;
    this.status = status;
    this.errors = errors;
  }
}

// The token lives in sessionStorage: it ends with the tab and is never sent anywhere but to this Hub.
export function getToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(token) {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage may be forbidden (private browsing); the viewer then works anonymously.
  }
}

/** Runs a GraphQL operation and returns its data; any error becomes a HubError. */
export async function graphql(query, variables = {}, { token = getToken() } = {}) {
  const headers = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json;q=0.9',
  };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (error) {
    throw new HubError(String(error), 'NETWORK', 0);
  }
  if (response.status === 401) {
    const reason = (await response.json().catch(() => null))?.errors?.[0]?.message ?? 'Unauthenticated';
    // The kept token no longer works (expired, or the Hub stopped trusting it): forget it and let the page say so.
    if (token && token === getToken()) {
      setToken(null);
      window.dispatchEvent(new CustomEvent('hub:token-rejected', { detail: reason }));
    }
    throw new HubError(reason, 'UNAUTHENTICATED', 401);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new HubError(`HTTP ${response.status}`, 'HTTP', response.status);
  }
  const errors = body?.errors ?? [];
  if (errors.length > 0) {
    const first = errors[0];
    throw new HubError(first.message, first.extensions?.code ?? 'GRAPHQL', response.status, errors);
  }
  if (!body?.data) throw new HubError(`HTTP ${response.status}`, 'HTTP', response.status);
  return body.data;
}

/** Asks a Hub running in development for a token; a Hub in any other environment answers 404. */
export async function devToken(org, roles) {
  let response;
  try {
    response = await fetch('/auth/dev-token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ org, roles }),
    });
  } catch (error) {
    throw new HubError(String(error), 'NETWORK', 0);
  }
  if (response.status === 404) throw new HubError('Development tokens are not available', 'DEV_TOKEN_UNAVAILABLE', 404);
  const body = await response.json().catch(() => null);
  if (!response.ok || !body?.token) {
    throw new HubError(body?.detail ?? body?.message ?? body?.title ?? `HTTP ${response.status}`, 'HTTP', response.status);
  }
  return body;
}

/** The claims of a JWT, read without checking it (the Hub checks it; this is only for showing who it names). */
export function readClaims(token) {
  try {
    const payload = token.split('.')[1];
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))));
  } catch {
    return null;
  }
}
