import { arrayArgument, invalidArgument, objectArgument } from '../core/argument.js';
import { createIssue, type Issue } from '../core/issue.js';
import { type Decided, decided } from '../core/result.js';

/** What one remote network perspective found, and where it is. */
export interface PerspectiveResult {
  /** A name for the messages (`aws-eu-central-1`). */
  readonly id?: string;
  readonly latitude: number;
  readonly longitude: number;
  /** The perspective saw what the primary saw (the same DCV answer, or CAA permitting). */
  readonly corroborates: boolean;
}

/** What {@link judgeCorroboration} counted. */
export interface Corroboration {
  /** Distinct perspectives (at least 500 km from every other counted one). */
  readonly distinct: number;
  /** Distinct perspectives that did not corroborate (a group of close ones counts as one, and disagrees if any of them does). */
  readonly disagreeing: number;
  /** How many may disagree with this many distinct perspectives. */
  readonly maxDisagreeing: number;
}

/** Perspectives closer than this are one perspective (BR §3.2.2.9). */
export const DISTINCT_PERSPECTIVE_KM = 500;
const EARTH_RADIUS_KM = 6371.0088;

/**
 * STD-06 (BR §3.2.2.9, multi-perspective issuance corroboration, since 2025-03-15): whether the
 * remote perspectives corroborate the primary's DCV or CAA result. Perspectives count as distinct
 * only 500 km or more apart (great-circle distance); one closer to an already counted perspective
 * joins its group, and a group disagrees when any member does (so a duplicate cannot outvote a
 * dissent). With 2–5 distinct perspectives at most 1 may disagree, with 6 or more at most 2;
 * fewer than 2 distinct perspectives never corroborate.
 *
 * @example
 * judgeCorroboration([
 *   { latitude: 50.1, longitude: 8.7, corroborates: true },   // Frankfurt
 *   { latitude: 39.0, longitude: -77.5, corroborates: true }, // Virginia
 *   { latitude: 1.35, longitude: 103.8, corroborates: false }, // Singapore
 * ]).allowed // => true (3 distinct, 1 disagrees)
 */
export function judgeCorroboration(results: readonly PerspectiveResult[]): Decided<Corroboration, Corroboration> {
  arrayArgument(results, 'results');
  const groups: { readonly at: PerspectiveResult; agrees: boolean }[] = [];
  results.forEach((result, index) => {
    const perspective = readPerspective(result, `results[${index}]`);
    const near = groups.find((group) => distanceKm(group.at, perspective) < DISTINCT_PERSPECTIVE_KM);
    if (near === undefined) groups.push({ at: perspective, agrees: perspective.corroborates });
    else near.agrees &&= perspective.corroborates;
  });
  const distinct = groups.length;
  const disagreeing = groups.filter((group) => !group.agrees).length;
  const maxDisagreeing = distinct >= 6 ? 2 : distinct >= 2 ? 1 : 0;
  const counts = { distinct, disagreeing, maxDisagreeing };
  const issues: Issue[] = [];
  if (distinct < 2) issues.push(createIssue('dcv.corroboration.too-few', 'STD-06', { distinct, required: 2 }));
  else if (disagreeing > maxDisagreeing) issues.push(createIssue('dcv.corroboration.quorum', 'STD-06', counts));
  return decided(issues, counts);
}

/** One result read at the door: coordinates in range, `corroborates` a boolean. */
function readPerspective(result: PerspectiveResult, path: string): PerspectiveResult {
  objectArgument(result, path);
  const { latitude, longitude, corroborates } = result;
  if (typeof latitude !== 'number' || !(latitude >= -90 && latitude <= 90))
    throw invalidArgument(`${path}.latitude`, 'degrees from -90 to 90', latitude);
  if (typeof longitude !== 'number' || !(longitude >= -180 && longitude <= 180))
    throw invalidArgument(`${path}.longitude`, 'degrees from -180 to 180', longitude);
  if (typeof corroborates !== 'boolean') throw invalidArgument(`${path}.corroborates`, 'boolean', corroborates);
  return result;
}

/** Great-circle distance (haversine) in kilometres. */
export function distanceKm(a: PerspectiveResult, b: PerspectiveResult): number {
  const radians = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * radians;
  const dLon = (b.longitude - a.longitude) * radians;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * radians) * Math.cos(b.latitude * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
