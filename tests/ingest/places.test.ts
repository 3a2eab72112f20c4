// findPlaces(): cities and venues the text names, resolved to the archive's place and country.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/lib/ingest/normalize.ts';
import { findPlaces, placeNamed } from '../../src/lib/ingest/places.ts';

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

describe('placeNamed', () => {
  it.each([
    ['Hà Nội', 'Hà Nội', 'VN'],
    ['HÀ NỘI', 'Hà Nội', 'VN'],
    ['WASHINGTON', 'Washington, D.C.', 'US'],
    ['Washington, D.C.', 'Washington, D.C.', 'US'],
    ['NEW YORK', 'New York', 'US'],
    ['TP.HCM', 'TP Hồ Chí Minh', 'VN'],
    ['Nhà Trắng', 'Washington, D.C.', 'US'],
  ])('%s', (name, place, country) => {
    // The text reaches it normalized (NFC), whichever form the seed was written in.
    for (const form of ['NFC', 'NFD'] as const) expect(placeNamed(normalize(name.normalize(form)))).toEqual({ place, country });
  });

  it.each([['Jakarta'], ['Hoa Kỳ'], ['Hà'], ['Hà Nội Mới']])('no place is named %s', (name) => {
    expect(placeNamed(name)).toBeUndefined();
  });
});
