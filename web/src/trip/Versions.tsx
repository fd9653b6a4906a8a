import { useEffect, useState } from 'react';
import { type Api, unwrap, type VersionDiff, type VersionList } from '../api/client';
import { money, when } from '../format';

function Side({ title, lines }: { title: string; lines: string[] }) {
  return (
    <div className="side">
      <h4>{title}</h4>
      {lines.length === 0 ? (
        <p className="muted">—</p>
      ) : (
        <ul>
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The diff in words (the API's sentence) and side by side: each changed leg, stay and day. */
function DiffView({ diff }: { diff: VersionDiff }) {
  const rows: { key: string; label: string; before: string[]; after: string[] }[] = [];
  for (const leg of diff.legs) {
    const text = (s: typeof leg.before) =>
      s
        ? [
            `${s.flightNumber ?? s.mode} ${s.departureTime ?? ''}${s.arrivalTime ? `–${s.arrivalTime}` : ''} · ${money(s.cost, diff.cost.currency)}`,
          ]
        : [];
    rows.push({
      key: `leg-${leg.day}-${leg.from}`,
      label: `Day ${leg.day} ${leg.from} → ${leg.to}`,
      before: text(leg.before),
      after: text(leg.after),
    });
  }
  for (const stay of diff.stays) {
    const text = (s: typeof stay.before) =>
      s ? [`${s.name} · ${s.nights} nights · ${money(s.cost, diff.cost.currency)}`] : [];
    rows.push({
      key: `stay-${stay.city}-${stay.firstNight}`,
      label: `Stay in ${stay.city}`,
      before: text(stay.before),
      after: text(stay.after),
    });
  }
  for (const day of diff.days) {
    for (const field of day.fields) {
      rows.push({
        key: `day-${day.day}-${field.field}`,
        label: `Day ${day.day} ${field.field}`,
        before: field.before,
        after: field.after,
      });
    }
  }
  return (
    <div className="diff" data-testid="version-diff">
      <p className="diff-sentence">{diff.sentence}</p>
      <p className="muted">
        Version {diff.version} against {diff.against}: {diff.reason}. Total{' '}
        {money(diff.cost.before, diff.cost.currency)} → {money(diff.cost.after, diff.cost.currency)}.
      </p>
      {rows.length > 0 ? (
        <table className="side-by-side">
          <caption className="visually-hidden">Changes side by side</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Version {diff.against}</th>
              <th scope="col">Version {diff.version}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>
                  <Side title="" lines={row.before} />
                </td>
                <td>
                  <Side title="" lines={row.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

export function Versions({ api, tripId, refresh }: { api: Api; tripId: string; refresh: number }) {
  const [list, setList] = useState<VersionList | null>(null);
  const [diff, setDiff] = useState<VersionDiff | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void refresh;
    api
      .GET('/v1/trips/{id}/versions', { params: { path: { id: tripId } } })
      .then(unwrap)
      .then(setList)
      .catch((e: Error) => setError(e.message));
  }, [api, tripId, refresh]);

  async function showDiff(version: number) {
    try {
      setDiff(
        unwrap(
          await api.GET('/v1/trips/{id}/versions/{v}/diff', { params: { path: { id: tripId, v: version } } }),
        ),
      );
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <section aria-labelledby="versions-title" className="card no-print-break">
      <h2 id="versions-title">Versions</h2>
      {error ? <p role="alert">{error}</p> : null}
      {list === null ? (
        <p>Loading versions…</p>
      ) : (
        <ol className="versions" data-testid="versions">
          {list.versions.map((v) => (
            <li key={v.version}>
              <strong>Version {v.version}</strong>
              {v.version === list.current ? ' (current)' : ''} · {when(v.createdAt)} · {v.reason} ·{' '}
              {money(v.total, v.currency)}
              {v.version > 1 ? (
                <button type="button" className="link" onClick={() => void showDiff(v.version)}>
                  What changed in version {v.version}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {diff ? <DiffView diff={diff} /> : null}
    </section>
  );
}
