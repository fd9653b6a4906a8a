/** What the composition root and the World may use of the real sources (one interface per kind). */
export type { FlightSource } from './flights.source.js';
export { CabinClass, FlightOffer, FlightSearch, FlightSegment, OfferSlice } from './flights.source.js';
export type { GeocodingSource } from './geocoding.source.js';
export { GeocodedPlace, GeocodeQuery } from './geocoding.source.js';
export type { GroundRouteSource } from './ground-routes.source.js';
export { GroundRouteMode, GroundRouteQuery, SourceGroundRoute } from './ground-routes.source.js';
export { createRateLimiter, type RateLimiter, type StartGate } from './http/rate-limiter.js';
export { createRedisStartGate } from './http/redis-start-gate.js';
export {
  createMemorySourceCache,
  createRedisSourceCache,
  SOURCE_TTL_SECONDS,
  type SourceCache,
} from './http/source-cache.js';
export { createSourceCaller, type SourceCaller, sourceUserAgent } from './http/source-caller.js';
export { buildSourceHttp, type SourceHttp } from './http/source-http.js';
export type { RestaurantSource } from './restaurants.source.js';
export { RestaurantSearch, SourceRestaurant } from './restaurants.source.js';
export type { SightSource } from './sights.source.js';
export { SightSearch, SourceSight } from './sights.source.js';
export { Attribution, GeoPoint, Money, Party } from './source-common.schema.js';
export { isSourceError, SourceError, type SourceErrorCode } from './source-error.js';
export type { StaySource } from './stays.source.js';
export { StayOffer, StayRate, StaySearch } from './stays.source.js';
export type { WeatherSource } from './weather.source.js';
export { SourceWeatherDay, WeatherQuery } from './weather.source.js';
