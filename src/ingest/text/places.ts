import { continents, countries, languages } from 'countries-list';

/**
 * Names of countries, their capitals and the continents (the countries-list package): "a start-up
 * from Singapore", "the Lisbon studio". The graph has no place type, so a discovered name that is
 * only a place is no entity; a catalog entity of the same name (a language called Cairo) still is.
 */
export const PLACE_NAMES: ReadonlySet<string> = new Set([...Object.values(countries).flatMap((c) => [c.name, c.capital]), ...Object.values(continents)].filter((name) => name !== ''));

/** English names of languages (the same package): "French", "Estonian" before a noun are adjectives of nationality, no names. */
export const LANGUAGE_NAMES: ReadonlySet<string> = new Set(Object.values(languages).map((l) => l.name));
