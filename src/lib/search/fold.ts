/**
 * Folds Vietnamese (or any Latin-script) text for accent-insensitive matching: decomposes to NFD,
 * drops every combining mark, maps đ/Đ to d/D (they have no decomposition, so NFD alone keeps them),
 * lowercases and recomposes to NFC. "Đảng Hòa bình" → "dang hoa binh".
 * The same function folds the text we index and the query a reader types, so both sides agree.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .toLowerCase()
    .normalize('NFC');
}
