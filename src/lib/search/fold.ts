/** Fold Vietnamese text for matching: NFD, drop combining marks, đ→d, lowercase, NFC. "Đảng Hoà" → "dang hoa". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}
