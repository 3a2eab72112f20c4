import type { Country } from '../../content.config.ts';
import { NOT_PLACE_BEFORE, PLACES } from '../../data/vietnamese.ts';
import { literalAlternation, WORD_END, wordStartMatches } from './regex.ts';

/** A place the text names, resolved to the archive's canonical place and country. */
export interface PlaceMention {
  place: string;
  country: Country;
  index: number;
}

const byName = new Map(PLACES.flatMap((p) => p.names.map((n) => [n, p] as const)));
const byCapitals = new Map(PLACES.flatMap((p) => p.names.map((n) => [n.toUpperCase(), p] as const)));
/** Every place name, longest first, as a whole word (a match counts where a word starts). */
const PLACE_RE = new RegExp(`(?:${literalAlternation([...byName.keys()].sort((a, b) => b.length - a.length))})${WORD_END}`, 'gu');

/** Ends with a word that makes the place after it a clock ("giờ Hà Nội"), tested on the few characters before a match. */
const CLOCK_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${NOT_PLACE_BEFORE.join('|')})\\s+$`, 'iu');

/** Every known place the text names, in order (a venue like "Nhà Trắng" resolves to its city; "giờ Hà Nội" is a clock, left out). */
export function findPlaces(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const m of wordStartMatches(text, PLACE_RE)) {
    if (CLOCK_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const p = byName.get(m[0])!;
    found.push({ place: p.place, country: p.country, index: m.index });
  }
  return found;
}

/** The place a name alone names, in any case ("Hà Nội", "HÀ NỘI", "WASHINGTON", "Nhà Trắng"); undefined for a name no place has. */
export function placeNamed(name: string): { place: string; country: Country } | undefined {
  const p = byName.get(name) ?? byCapitals.get(name.toUpperCase());
  return p && { place: p.place, country: p.country };
}
