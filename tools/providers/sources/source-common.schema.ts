import { z } from 'zod';

/** A point on the globe, WGS84 degrees. */
export const GeoPoint = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });
export type GeoPoint = z.infer<typeof GeoPoint>;

/** ISO 4217 code, e.g. "EUR". */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code like EUR');

/** An amount in the currency the source quoted; converting it is the caller's business (with the rate shown). */
export const Money = z.object({ amount: z.number().nonnegative().finite(), currency: CurrencyCode });
export type Money = z.infer<typeof Money>;

/**
 * Where an answer came from, shown with the plan. Open data must carry its licence
 * (OpenStreetMap: ODbL; Open-Meteo: CC BY 4.0).
 */
export const Attribution = z.object({
  /** The source's name, e.g. "duffel", "open-meteo", "openstreetmap". */
  source: z.string().min(1),
  /** The text to show, e.g. "© OpenStreetMap contributors". */
  text: z.string().min(1),
  licence: z.string().min(1).nullable(),
  url: z.url().nullable(),
});
export type Attribution = z.infer<typeof Attribution>;

/** Who travels: adults and the ages of children (fares and rooms depend on both). */
export const Party = z.object({
  adults: z.number().int().min(1).max(9),
  childAges: z.array(z.number().int().min(0).max(17)).max(8).default([]),
});
export type Party = z.infer<typeof Party>;

/** Instant with offset or Z, as services send them. */
export const Instant = z.iso.datetime({ offset: true });
/** Local date-time without offset (`2027-04-09T08:50:00`), as airlines publish schedules. */
export const LocalDateTime = z.iso.datetime({ local: true });
