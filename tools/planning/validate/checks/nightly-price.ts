import { capInQuoteCurrency, QUOTE_CURRENCY } from '../../../domain/currency.js';
import { formatMoney } from '../../money.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { dayRange, quoted } from '../format.js';
import { staysInUse } from '../plan-view.js';

/**
 * Hard: no stay used costs more a night, per room or whole home, than the request allows ("hotels
 * under $200 a night"). Prices are in the quote currency; the cap is converted as budgets are.
 */
export function checkNightlyPrice({ draft, facts }: CheckContext): CheckResult {
  const written = draft.spec.constraints.maxPricePerNight;
  if (written === null) return checkResult([]);
  const limit = capInQuoteCurrency(written);
  if (limit === undefined) {
    return checkResult([`nightly prices in ${written.currency} cannot be compared: no exchange rate`]);
  }
  const asked =
    written.currency === QUOTE_CURRENCY
      ? formatMoney(limit, QUOTE_CURRENCY)
      : `${formatMoney(written.amount, written.currency)} (${formatMoney(limit, QUOTE_CURRENCY)})`;
  const problems = staysInUse(draft, facts.stays)
    .filter(({ stay }) => stay.pricePerNight > limit)
    .map(
      ({ stay, nights }) =>
        `${dayRange(nights)}: ${quoted(stay.name)} in ${stay.city} costs ${formatMoney(stay.pricePerNight, QUOTE_CURRENCY)} a night, over the ${asked} a night the request allows; choose a stay within it`,
    );
  return checkResult(problems);
}
