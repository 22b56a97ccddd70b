// Calls to the candidate API. Same origin; the candidate's HttpOnly cookie authenticates. Every
// error body is {"error", "detail"}; ApiError carries it, with the status and any Retry-After.

export class ApiError extends Error {
  constructor(status, error, detail, retryAfterSeconds) {
    super(detail ? `${error}: ${detail}` : error);
    this.status = status;
    this.error = error;
    this.detail = detail || '';
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** One sentence for the page. */
  describe() {
    if (this.status === 429 && this.retryAfterSeconds) {
      return `${this.error}. Try again in ${this.retryAfterSeconds} s.`;
    }
    return this.detail ? `${capitalise(this.error)}: ${this.detail}` : capitalise(this.error);
  }
}

function capitalise(text) {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * JSON in and out. No CSRF token: the server checks form posts only; a cross-site page cannot send
 * Content-Type: application/json without a CORS preflight, which Redline never grants.
 */
const JSON_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' };

export async function api(method, path, body, { keepalive = false } = {}) {
  const init = { method, headers: JSON_HEADERS, credentials: 'same-origin', keepalive };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'The server could not be reached', 'check your connection; your work is kept in this page.');
  }
  const text = await response.text().catch(() => '');
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const retry = Number.parseInt(response.headers.get('Retry-After') || '', 10);
    throw new ApiError(response.status, data?.error || `Request failed (HTTP ${response.status})`,
      data?.detail || '', Number.isFinite(retry) ? retry : null);
  }
  return data;
}

export function exercisePath(exerciseId, rest) {
  return `/api/candidate/exercises/${encodeURIComponent(exerciseId)}/${rest}`;
}

export function submissionPath(submissionId, rest = '') {
  return `/api/candidate/submissions/${encodeURIComponent(submissionId)}${rest}`;
}

/** A key that makes a retried POST count once. */
export function clientKey() {
  if (window.crypto?.randomUUID) {
    return window.crypto.randomUUID();
  }
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
