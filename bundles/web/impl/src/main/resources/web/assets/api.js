// The pages are clients of /crm/api like any other: this is the one place that calls it.

let csrfToken = null;

/** An answer that was not a success: the problem document the API sent. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export function rememberCsrf(token) {
  csrfToken = token;
}

/** Calls the API; resolves to the parsed JSON (or text), rejects with ApiError. */
export async function api(path, { method = 'GET', body, headers = {}, raw = false } = {}) {
  const request = { method, credentials: 'same-origin', headers: { 'X-Requested-With': 'mosaic-web', Accept: 'application/json', ...headers } };
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) {
    request.headers['X-CSRF-Token'] = csrfToken;
  }
  if (body !== undefined) {
    if (typeof body === 'string' || body instanceof Blob || body instanceof FormData) {
      request.body = body;
    } else {
      request.body = JSON.stringify(body);
      request.headers['Content-Type'] = 'application/json';
    }
  }
  const response = await fetch(path.startsWith('/') ? path : `/crm/api/${path}`, request);
  if (response.status === 401 && !path.includes('session')) {
    window.dispatchEvent(new CustomEvent('crm:logged-out'));
  }
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    let problem = { title: response.statusText, status: response.status };
    if (type.includes('json')) {
      problem = await response.json();
    }
    throw new ApiError(response.status, problem);
  }
  if (raw) return response;
  if (response.status === 204) return null;
  const result = type.includes('json') ? await response.json() : await response.text();
  const total = response.headers.get('X-Total-Count');
  if (total !== null && Array.isArray(result)) {
    result.total = Number(total);
  }
  const etag = response.headers.get('ETag');
  if (etag && result && typeof result === 'object') {
    Object.defineProperty(result, 'etag', { value: etag, enumerable: false });
  }
  return result;
}

export async function login(user, password) {
  const session = await api('session', { method: 'POST', body: { user, password } });
  rememberCsrf(session.csrfToken);
  return session;
}

/** The session of this browser, or null. */
export async function currentSession() {
  const session = await api('session');
  if (!session.loggedIn) return null;
  rememberCsrf(session.csrfToken);
  return session;
}

export async function logout() {
  await api('session', { method: 'DELETE' });
  rememberCsrf(null);
}
