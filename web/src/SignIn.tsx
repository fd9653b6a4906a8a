import { type FormEvent, useState } from 'react';
import { createApi } from './api/client';

/** Signs in with an API key, checked against the API before it is kept. */
export function SignIn({ onSignedIn }: { onSignedIn: (key: string, remember: boolean) => void }) {
  const [key, setKey] = useState('');
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const { response } = await createApi(key.trim()).GET('/v1/trips', { params: { query: { limit: 1 } } });
    if (response.ok) onSignedIn(key.trim(), remember);
    else
      setError(
        response.status === 401
          ? 'That key is not valid (or was revoked).'
          : `Sign-in failed (${response.status}).`,
      );
  }

  return (
    <main id="main" tabIndex={-1} className="page narrow">
      <h1>Trip planner</h1>
      <p>
        Type a trip in plain words; get back a complete, checked plan you can follow, keep and put in your
        calendar.
      </p>
      <form onSubmit={submit} className="card">
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          type="password"
          autoComplete="current-password"
          required
          value={key}
          onChange={(e) => setKey(e.target.value)}
          aria-describedby="api-key-help"
        />
        <p id="api-key-help" className="muted">
          Ask your operator for one (<code>npm run keys -- create my-team</code>). It stays in this browser.
        </p>
        <label className="check">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />{' '}
          Remember me on this device
        </label>
        {error ? <p role="alert">{error}</p> : null}
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}
