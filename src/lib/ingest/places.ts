import type { Country } from '../../content.config.ts';
import { PLACES } from '../../data/vietnamese.ts';
import { literalAlternation, WORD_END, wordStartMatches } from './regex.ts';

/** A place the text names, resolved to the archive's canonical place and country. */
export interface PlaceMention {
  place: string;
  country: Country;
  index: number;
}

const byName = new Map(PLACES.flatMap((p) => p.names.map((n) => [n, p] as const)));
/** Every place name, longest first, as a whole word (a match counts where a word starts). */
const PLACE_RE = new RegExp(`(?:${literalAlternation([...byName.keys()].sort((a, b) => b.length - a.length))})${WORD_END}`, 'gu');

/** Every known place the text names, in order (a venue like "Nhà Trắng" resolves to its city). */
export function findPlaces(text: string): PlaceMention[] {
  return wordStartMatches(text, PLACE_RE).map((m) => {
    const p = byName.get(m[0])!;
    return { place: p.place, country: p.country, index: m.index! };
  });
}
