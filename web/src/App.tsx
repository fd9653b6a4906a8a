import { useEffect, useMemo, useState } from 'react';
import { createApi } from './api/client';
import { HomePage } from './HomePage';
import { SignIn } from './SignIn';
import { clearKey, storedKey, storeKey } from './session';
import { TripPage } from './trip/TripPage';
import { WebhookPage } from './WebhookPage';

/** Routes live in the URL hash (#/trips/<id>), so the API serves one index.html and no fallback. */
function useHashRoute(): string {
  const [hash, setHash] = useState(window.location.hash.startsWith('#/') ? window.location.hash : '#/');
  useEffect(() => {
    // Other hashes are in-page anchors (the skip link's #main), not routes.
    const onChange = () => {
      const next = window.location.hash || '#/';
      if (next.startsWith('#/')) setHash(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

export function App() {
  const [apiKey, setApiKey] = useState<string | null>(storedKey());
  const api = useMemo(() => (apiKey ? createApi(apiKey) : null), [apiKey]);
  const route = useHashRoute();

  if (!apiKey || !api) {
    return (
      <>
        <a className="skip" href="#main">
          Skip to content
        </a>
        <SignIn
          onSignedIn={(key, remember) => {
            storeKey(key, remember);
            setApiKey(key);
          }}
        />
      </>
    );
  }
  const trip = /^#\/trips\/([\w-]+)/.exec(route)?.[1];
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top no-print">
        <a href="#/" className="brand">
          Trip planner
        </a>
        <nav aria-label="Main">
          <a href="#/">Trips</a>
          <a href="#/webhook">Webhook</a>
          <button
            type="button"
            className="link"
            onClick={() => {
              clearKey();
              setApiKey(null);
              window.location.hash = '#/';
            }}
          >
            Sign out
          </button>
        </nav>
      </header>
      {trip ? (
        <TripPage key={trip} api={api} apiKey={apiKey} tripId={trip} />
      ) : route.startsWith('#/webhook') ? (
        <WebhookPage api={api} />
      ) : (
        <HomePage
          api={api}
          onOpen={(id) => {
            window.location.hash = `#/trips/${id}`;
          }}
        />
      )}
    </>
  );
}
