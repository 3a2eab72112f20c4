import { fold } from './search/fold.ts';

/** ASCII slug of a text: folded (diacritics dropped, đ→d), lowercase words of [a-z0-9] joined by '-'. */
export function toSlug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
