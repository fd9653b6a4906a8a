import type { Plan } from '../api/client';
import { money } from '../format';

const BAR_HEIGHT = 28;
const GAP = 14;
const LABEL_WIDTH = 120;
const WIDTH = 520;

/** Transport, stays, meals and the total as horizontal bars against the budget line (plain SVG). */
export function CostChart({ cost }: { cost: Plan['cost'] }) {
  const rows = [
    { label: 'Transport', value: cost.transport, className: 'bar-transport' },
    { label: 'Stays', value: cost.accommodation, className: 'bar-stays' },
    { label: 'Meals', value: cost.meals, className: 'bar-meals' },
    { label: 'Total', value: cost.total, className: 'bar-total' },
  ];
  const scale = Math.max(cost.total, cost.budget ?? 0, 1);
  const barSpace = WIDTH - LABEL_WIDTH - 90;
  const height = rows.length * (BAR_HEIGHT + GAP) + 24;
  const budgetX = cost.budget === null ? null : LABEL_WIDTH + (cost.budget / scale) * barSpace;
  const summary = `${rows.map((r) => `${r.label} ${money(r.value, cost.currency)}`).join(', ')}${
    cost.budget === null ? '' : `; budget ${money(cost.budget, cost.currency)}`
  }`;
  return (
    <section aria-labelledby="cost-title" className="card">
      <h2 id="cost-title">Cost</h2>
      <p>
        {money(cost.total, cost.currency)}
        {cost.budget === null
          ? ' (no budget given)'
          : ` of a ${money(cost.budget, cost.currency)} budget — ${
              cost.total <= cost.budget
                ? `${money(cost.budget - cost.total, cost.currency)} left`
                : `${money(cost.total - cost.budget, cost.currency)} over`
            }`}
      </p>
      {cost.asStated && (
        <p data-testid="cost-as-stated">
          In {cost.asStated.currency}: {money(cost.asStated.total, cost.asStated.currency)} of your{' '}
          {money(cost.asStated.budget, cost.asStated.currency)} budget (1 {cost.asStated.currency} ={' '}
          {Number(cost.asStated.rate.toPrecision(3))} {cost.currency}).
        </p>
      )}
      <svg
        className="chart"
        data-testid="cost-chart"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={`Cost breakdown: ${summary}`}
      >
        {rows.map((row, index) => {
          const y = index * (BAR_HEIGHT + GAP) + 8;
          const width = Math.max(2, (row.value / scale) * barSpace);
          return (
            <g key={row.label}>
              <text x={0} y={y + BAR_HEIGHT * 0.68} className="chart-label">
                {row.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y}
                width={width}
                height={BAR_HEIGHT}
                className={row.className}
                rx={3}
              />
              <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT * 0.68} className="chart-value">
                {money(row.value, cost.currency)}
              </text>
            </g>
          );
        })}
        {budgetX === null ? null : (
          <g>
            <line x1={budgetX} x2={budgetX} y1={0} y2={height - 14} className="budget-line" />
            <text x={budgetX} y={height - 2} textAnchor="middle" className="chart-label">
              budget
            </text>
          </g>
        )}
      </svg>
    </section>
  );
}
