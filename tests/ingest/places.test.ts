// findPlaces(): cities and venues the text names, resolved to the archive's place and country.
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../src/lib/ingest/places.ts';

describe('findPlaces', () => {
  it.each([
    ['Hai bên hội đàm tại Nhà Trắng.', ['Washington, D.C.'], 'US'],
    ['tại thủ đô Washington, D.C., hai bên', ['Washington, D.C.'], 'US'],
    ['Cuộc gặp diễn ra bên lề Đại hội đồng tại trụ sở Liên hợp quốc.', ['New York'], 'US'],
    ['Đoàn thăm Honolulu, bang Hawaii.', ['Honolulu', 'Honolulu'], 'US'],
    ['Chiều 8/6, tại Nhà khách Chính phủ, hai Bộ trưởng hội đàm.', ['Hà Nội'], 'VN'],
    ['Lễ đón diễn ra tại Phủ Chủ tịch.', ['Hà Nội'], 'VN'],
    ['Đoàn thăm TP.HCM và Đà Nẵng.', ['TP Hồ Chí Minh', 'Đà Nẵng'], 'VN'],
    ['Tàu sân bay cập cảng Hải Phòng.', ['Hải Phòng'], 'VN'],
    ['Chiều 31/5 (giờ địa phương, tức rạng sáng 1/6 giờ Hà Nội), tại Nhà Trắng, hai bên hội đàm.', ['Washington, D.C.'], 'US'],
    ['Lúc 20 giờ Washington, tức 8 giờ sáng Hà Nội, hai bên điện đàm.', ['Hà Nội'], 'VN'],
  ])('%s', (text, places, country) => {
    const got = findPlaces(text);
    expect(got.map((p) => p.place)).toEqual(places);
    expect(got.every((p) => p.country === country)).toBe(true);
    expect(got.map((p) => p.index)).toEqual([...got.map((p) => p.index)].sort((a, b) => a - b));
  });

  it.each([['Bà Washingtonia phát biểu.'], ['Đại sứ quán Hoa Kỳ thông báo.'], ['Hà Nộii']])('no place in %s', (text) => {
    expect(findPlaces(text)).toEqual([]);
  });
});
