import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type Api, unwrap, type WatchView } from '../api/client';
import { when } from '../format';

/** The trip's watch: its schedule and thresholds, the last check, check now, stop. */
export function WatchPanel({ api, tripId, onChecked }: { api: Api; tripId: string; onChecked: () => void }) {
  const [watch, setWatch] = useState<WatchView['watch'] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [every, setEvery] = useState('360');
  const [pct, setPct] = useState('10');
  const [weather, setWeather] = useState(true);
  // The form stays disabled until the current settings are in, so nothing typed is overwritten by them.
  const [loaded, setLoaded] = useState(false);
  // Settings read again later (after a check, a save elsewhere) never overwrite what is being typed.
  const edited = useRef(false);
  const typed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      edited.current = true;
      set(value);
    };

  async function load() {
    try {
      const view = unwrap(await api.GET('/v1/trips/{id}/watch', { params: { path: { id: tripId } } }));
      setWatch(view.watch);
      if (!edited.current) {
        setEvery(String(view.watch.settings.everyMinutes ?? 360));
        setPct(String(view.watch.settings.priceChangePct));
        setWeather(view.watch.settings.weather);
      }
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setLoaded(true);
    }
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once per trip.
  useEffect(() => {
    void load();
  }, [tripId]);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      const body = { everyMinutes: Number(every), priceChangePct: Number(pct), weather };
      unwrap(await api.PUT('/v1/trips/{id}/watch', { params: { path: { id: tripId } }, body }));
      setMessage('Watch settings saved.');
      edited.current = false;
      await load();
    } catch (e) {
      setMessage((e as Error).message);
    }
  }

  async function checkNow() {
    setMessage('Checking…');
    try {
      const before = watch?.checks ?? 0;
      unwrap(await api.POST('/v1/trips/{id}/watch/check', { params: { path: { id: tripId } } }));
      // The check runs on a worker; a finished trip's event stream has ended, so ask until it is recorded.
      // Every 2 s for up to 2 minutes: well inside the tenant's rate limit.
      for (let asked = 0; asked < 60; asked++) {
        await new Promise((resolve) => setTimeout(resolve, 2000));
        const view = unwrap(await api.GET('/v1/trips/{id}/watch', { params: { path: { id: tripId } } }));
        if (view.watch.checks > before) {
          setWatch(view.watch);
          setMessage(`Checked: ${view.watch.lastCheck?.summary ?? 'done'}`);
          onChecked();
          return;
        }
      }
      setMessage('The check is queued; it has not finished yet.');
    } catch (e) {
      setMessage((e as Error).message);
    }
  }

  async function stop() {
    try {
      const result = await api.DELETE('/v1/trips/{id}/watch', { params: { path: { id: tripId } } });
      if (!result.response.ok) unwrap(result);
      setMessage('Watch stopped.');
      await load();
    } catch (e) {
      setMessage((e as Error).message);
    }
  }

  return (
    <section aria-labelledby="watch-title" className="card no-print">
      <h2 id="watch-title">Watch</h2>
      {watch ? (
        <p data-testid="watch-state">
          {watch.status === 'active' ? 'Watching' : `Ended (${watch.endedReason ?? 'stopped'})`} ·{' '}
          {watch.checks} check
          {watch.checks === 1 ? '' : 's'} · last check:{' '}
          {watch.lastCheck
            ? `${when(watch.lastCheck.at)} — ${watch.lastCheck.outcome}: ${watch.lastCheck.summary}`
            : 'none yet'}
        </p>
      ) : (
        <p>No watch for this trip.</p>
      )}
      <form onSubmit={save} className="inline-form">
        <label>
          Check every (minutes)
          <input
            type="number"
            min={1}
            value={every}
            disabled={!loaded}
            onChange={(e) => typed(setEvery)(e.target.value)}
          />
        </label>
        <label>
          Price change that triggers a repair (%)
          <input
            type="number"
            min={0}
            max={1000}
            value={pct}
            disabled={!loaded}
            onChange={(e) => typed(setPct)(e.target.value)}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={weather}
            disabled={!loaded}
            onChange={(e) => typed(setWeather)(e.target.checked)}
          />{' '}
          Watch the weather
        </label>
        <button type="submit" disabled={!loaded}>
          Save watch
        </button>
      </form>
      <div className="actions">
        <button type="button" onClick={() => void checkNow()}>
          Check now
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void stop()}
          disabled={watch?.status !== 'active'}
        >
          Stop watching
        </button>
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
