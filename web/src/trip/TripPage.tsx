import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { type Api, type Places, type Plan, type Trip, unwrap } from '../api/client';
import { followTripEvents, type TripEventMessage } from '../api/sse';
import { longDate, when } from '../format';
import { Checks, Understanding } from '../plan/Checks';
import { CostChart } from '../plan/CostChart';
import { RouteMap } from '../plan/RouteMap';
import { Timeline } from '../plan/Timeline';
import { Versions } from './Versions';
import { WatchPanel } from './WatchPanel';

const OPEN = ['queued', 'running', 'needs_input'];

/** The .ics through fetch (the key goes in a header, never a URL), saved as a file. */
async function downloadCalendar(apiKey: string, tripId: string): Promise<void> {
  const response = await fetch(`/v1/trips/${encodeURIComponent(tripId)}/calendar.ics`, {
    headers: { authorization: `Bearer ${apiKey}` },
  });
  if (!response.ok) throw new Error(`calendar download failed (${response.status})`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `trip-${tripId}.ics`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Indianapolis → Colorado Springs → Denver → Boulder · from 10 May 2027 · 7 days" */
function tripTitle(plan: Plan): string {
  const cities = [plan.spec.origin, ...plan.route.cities];
  const start = plan.days[0]?.date;
  return `${cities.join(' → ')}${start ? ` · from ${longDate(start)}` : ''} · ${plan.days.length} days`;
}

function ProgressList({ events }: { events: TripEventMessage[] }) {
  return (
    <ol className="progress" aria-live="polite" data-testid="progress">
      {events.map((event) => (
        <li key={event.id}>
          <span className="tag">{event.agent ?? event.node ?? event.status ?? event.type}</span>{' '}
          {event.message}
        </li>
      ))}
    </ol>
  );
}

/** What the request was understood as (newer APIs send it with the question). */
function questionNotes(question: NonNullable<Trip['question']>): string[] {
  const { notes, warnings } = question as { notes?: string[]; warnings?: string[] };
  return [...(notes ?? []), ...(warnings ?? [])];
}

export function TripPage({ api, apiKey, tripId }: { api: Api; apiKey: string; tripId: string }) {
  const [trip, setTrip] = useState<Trip | null>(null);
  const [events, setEvents] = useState<TripEventMessage[]>([]);
  const [places, setPlaces] = useState<Places | null>(null);
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [versionsRefresh, setVersionsRefresh] = useState(0);

  const load = useCallback(async () => {
    const current = unwrap(await api.GET('/v1/trips/{id}', { params: { path: { id: tripId } } }));
    setTrip(current);
    if (current.status === 'completed') {
      const found = await api.GET('/v1/trips/{id}/places', { params: { path: { id: tripId } } });
      if (found.data) setPlaces(found.data);
    }
    return current;
  }, [api, tripId]);

  useEffect(() => {
    const abort = new AbortController();
    setEvents([]);
    // A replayed history brings several status lines at once: one reload answers them all.
    let reloadQueued = false;
    const reload = () => {
      if (reloadQueued) return;
      reloadQueued = true;
      setTimeout(() => {
        reloadQueued = false;
        if (!abort.signal.aborted) void load();
      }, 200);
    };
    load()
      .then(() =>
        followTripEvents(
          tripId,
          apiKey,
          (event) => {
            setEvents((all) => [...all, event]);
            // A status line (or a watch line: a new version) changes what the page shows.
            if (event.type === 'status' || event.type === 'watch') {
              reload();
              if (event.type === 'watch') setVersionsRefresh((n) => n + 1);
            }
          },
          abort.signal,
        ),
      )
      .catch((e: Error) => {
        if (!abort.signal.aborted) setError(e.message);
      });
    return () => abort.abort();
  }, [tripId, apiKey, load]);

  async function answerWith(text: string) {
    try {
      unwrap(await api.POST('/v1/trips/{id}/resume', { params: { path: { id: tripId } }, body: { text } }));
      setAnswer('');
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function sendAnswer(event: FormEvent) {
    event.preventDefault();
    await answerWith(answer);
  }

  async function cancel() {
    try {
      unwrap(await api.POST('/v1/trips/{id}/cancel', { params: { path: { id: tripId } } }));
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  if (!trip) {
    return (
      <main id="main" tabIndex={-1} className="page">
        {error ? <p role="alert">{error}</p> : <p>Loading trip…</p>}
      </main>
    );
  }
  const plan = trip.plan;
  return (
    <main id="main" tabIndex={-1} className="page">
      <p className="no-print">
        <a href="#/">← All trips</a>
      </p>
      <h1>{plan ? tripTitle(plan) : (trip.request.text ?? 'Your trip')}</h1>
      <p>
        Status:{' '}
        <span className={`status status-${trip.status}`} data-testid="trip-status">
          {trip.status.replace('_', ' ')}
        </span>
        {trip.planVersion > 0 ? ` · version ${trip.planVersion}` : ''} · updated {when(trip.updatedAt)}
      </p>
      {error ? <p role="alert">{error}</p> : null}
      {trip.attention ? (
        <p role="alert" className="attention">
          Needs your attention: {trip.attention.message}
        </p>
      ) : null}

      {trip.status === 'needs_input' && trip.question ? (
        <form onSubmit={sendAnswer} className="card question" aria-labelledby="question-title">
          <h2 id="question-title">One question</h2>
          <p id="question-text">{trip.question.question}</p>
          {questionNotes(trip.question).length > 0 ? (
            <ul className="muted">
              {questionNotes(trip.question).map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
          {trip.question.ideas && trip.question.ideas.length > 0 ? (
            <ul className="ideas" aria-label="Places that fit">
              {trip.question.ideas.map((idea) => (
                <li key={idea.city}>
                  <button type="button" className="secondary" onClick={() => void answerWith(idea.city)}>
                    Plan {idea.city}
                  </button>{' '}
                  <span className="muted">
                    {idea.region === idea.country ? idea.country : `${idea.region}, ${idea.country}`}:{' '}
                    {idea.why}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
          <label htmlFor="answer">Your answer</label>
          <input
            id="answer"
            required
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
            aria-describedby="question-text"
          />
          <button type="submit">Answer</button>
        </form>
      ) : null}

      {OPEN.includes(trip.status) ? (
        <section className="card no-print" aria-labelledby="progress-title">
          <h2 id="progress-title">Progress</h2>
          <ProgressList events={events.slice(-12)} />
          <button type="button" className="secondary" onClick={() => void cancel()}>
            Cancel trip
          </button>
        </section>
      ) : events.length > 0 ? (
        <details className="card no-print">
          <summary>How it was planned ({events.length} steps)</summary>
          <ProgressList events={events} />
        </details>
      ) : null}

      {trip.status === 'failed' && trip.error ? (
        <section className="card" aria-labelledby="failed-title">
          <h2 id="failed-title">This trip cannot be planned</h2>
          <p>{trip.error.message}</p>
          <ul>
            {trip.error.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {plan ? (
        <>
          <section className="card" aria-labelledby="summary-title">
            <h2 id="summary-title">Summary</h2>
            <p>{plan.summary}</p>
            <div className="actions no-print">
              <button
                type="button"
                onClick={() => void downloadCalendar(apiKey, tripId).catch((e: Error) => setError(e.message))}
              >
                Add to calendar (.ics)
              </button>
              <button type="button" className="secondary" onClick={() => window.print()}>
                Print or save as PDF
              </button>
            </div>
          </section>
          <Understanding plan={plan} />
          <div className="grid">
            <RouteMap plan={plan} places={places} />
            <CostChart cost={plan.cost} />
          </div>
          <Timeline plan={plan} />
          <Checks plan={plan} />
          {trip.status === 'completed' ? (
            <>
              <Versions api={api} tripId={tripId} refresh={versionsRefresh + trip.planVersion} />
              <WatchPanel
                api={api}
                tripId={tripId}
                onChecked={() => {
                  setVersionsRefresh((n) => n + 1);
                  void load();
                }}
              />
            </>
          ) : null}
        </>
      ) : null}
    </main>
  );
}
