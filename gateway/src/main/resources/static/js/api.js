// Calls the platform's public APIs through the gateway with the session cookie; changes carry the CSRF token.

/** A refused or failed call, with the problem+json body the platform answers with. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
  /** The gateway says a service is down or too slow (503/504 problem naming the service). */
  get serviceDown() { return (this.status === 503 || this.status === 504) || this.status === 0; }
  get service() { return this.problem.service || ''; }
  get unauthenticated() { return this.status === 401; }
  /** errors[{field, message}] of a 400/422 problem. */
  get fieldErrors() { return Array.isArray(this.problem.errors) ? this.problem.errors : []; }
}

function csrfToken() {
  const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : '';
}

export async function request(method, path, body, { etag } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken();
  if (etag) headers['If-Match'] = etag;
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, { detail: e.message, service: 'gateway' });
  }
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = { detail: text }; }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

export const get = (path) => request('GET', path);
export const post = (path, body, opts) => request('POST', path, body, opts);
export const put = (path, body, opts) => request('PUT', path, body, opts);

/** A query string from the non-empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * Signs out with a real form post, not fetch: the gateway answers with a redirect to the identity
 * provider's end-session endpoint, which must be followed by the browser for the provider's session to
 * end too (else "Logga in" would sign the same person straight back in); the provider sends it back to /.
 */
export function signOut() {
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = '/logout';
  form.hidden = true;
  const token = document.createElement('input');
  token.type = 'hidden';
  token.name = '_csrf';
  token.value = csrfToken();
  form.append(token);
  document.body.append(form);
  form.submit();
}
