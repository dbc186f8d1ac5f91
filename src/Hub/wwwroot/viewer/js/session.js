// Whose view the viewer shows: anonymous, or the organisation and roles a bearer token names.

import { getToken, graphql, HubError, readClaims, setToken } from './api.js';

const ANONYMOUS = Object.freeze({ signedIn: false, organisation: null, roles: [], subject: null, expiresAt: null });

let state = ANONYMOUS;
const listeners = new Set();

export const session = () => state;

export function onSessionChange(listener) {
  listeners.add(listener);
}

function change(next) {
  state = next;
  for (const listener of listeners) listener(state);
}

const ME = 'query ViewerMe { me { organisation { code name nameEn } roles subject } }';
const ORGANISATION = 'query ViewerOrganisation($code: String!) { organisation(code: $code) { code name nameEn } }';

/** Asks the Hub who a token makes the caller; throws REJECTED or EXPIRED when it names nobody. */
async function identify(token) {
  const claims = readClaims(token);
  const expiresAt = claims?.exp ? new Date(claims.exp * 1000) : null;
  if (expiresAt && expiresAt.getTime() < Date.now()) throw new HubError('expired', 'EXPIRED', 0);
  let me;
  try {
    me = (await graphql(ME, {}, { token })).me;
  } catch (error) {
    if (error.code === 'UNAUTHENTICATED' || error.code === 'NETWORK') throw error.code === 'NETWORK' ? error : rejected();
    // A Hub without the `me` field: show what the token itself says, the organisation looked up by its code.
    const code = claims?.org;
    if (!code) throw rejected();
    const organisation = (await graphql(ORGANISATION, { code }, { token })).organisation;
    if (!organisation) throw rejected();
    const roles = [claims.roles ?? []].flat().flatMap((r) => String(r).split(' ')).filter(Boolean);
    return { signedIn: true, organisation, roles, subject: claims.sub ?? null, expiresAt };
  }
  if (!me?.organisation) throw rejected();
  return { signedIn: true, organisation: me.organisation, roles: me.roles ?? [], subject: me.subject ?? null, expiresAt };
}

const rejected = () => new HubError('The Hub did not accept the token', 'REJECTED', 0);

/** On start: a token kept from earlier in this tab is checked again; one the Hub no longer accepts is dropped. */
export async function restoreSession() {
  const token = getToken();
  if (!token) return state;
  try {
    change(await identify(token));
  } catch (error) {
    if (error.code !== 'NETWORK') setToken(null);
    change(ANONYMOUS);
  }
  return state;
}

export async function signIn(token, expiresAt = null) {
  const next = await identify(token.trim());
  setToken(token.trim());
  change(expiresAt ? { ...next, expiresAt: new Date(expiresAt) } : next);
  return state;
}

export function signOut() {
  setToken(null);
  change(ANONYMOUS);
}
