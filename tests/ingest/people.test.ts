// findPeople(): registered names and aliases, and unregistered people standing after a title.
import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/content.config.ts';
import { normalize } from '../../src/lib/ingest/normalize.ts';
import { findPeople, findReferences, indexRegister, parseRegister, shortNames, titledPeople } from '../../src/lib/ingest/people.ts';

const PEOPLE: Person[] = parseRegister(`
- slug: hoang-minh-thuy
  name: Hoàng Minh Thủy
  aliases: [Hoàng Thị Minh Thủy]
  country: VN
  offices:
    - { title: Thứ trưởng Ngoại giao, en: Deputy Foreign Minister, from: "2019-03", to: "2022-12" }
- slug: jane-roe
  name: Jane Roe
  aliases: [Jane Q. Roe, Jane Quincy Roe]
  country: US
  offices:
    - { title: Đại sứ, en: Ambassador, from: "2021", to: null }
`);
const register = indexRegister(PEOPLE);
const people = (text: string) => findPeople(normalize(text), register).map((p) => ({ name: p.name, registered: p.registered, country: p.country }));

describe('findPeople: the register', () => {
  it.each([
    ['Thứ trưởng Hoàng Minh Thủy tiếp Đại sứ Jane Roe.', ['Hoàng Minh Thủy', 'Jane Roe']],
    ['Bà Hoàng Thị Minh Thủy làm việc với bà Jane Q. Roe tại Hà Nội.', ['Hoàng Minh Thủy', 'Jane Roe']],
    ['Đại sứ Jane Quincy Roe phát biểu.', ['Jane Roe']],
    // the other tone placement and NFD both reach the register once normalized
    ['Thứ trưởng Hoàng Minh Thuỷ phát biểu.', ['Hoàng Minh Thủy']],
    ['Thứ trưởng Hoàng Minh Thủy phát biểu.'.normalize('NFD'), ['Hoàng Minh Thủy']],
  ])('%s', (text, want) => {
    const got = people(text);
    expect(got.map((p) => p.name)).toEqual(want);
    expect(got.every((p) => p.registered)).toBe(true);
  });

  it('gives the register country and the span of the alias', () => {
    const text = 'Chiều 3/5, bà Jane Q. Roe trình Quốc thư.';
    const [p] = findPeople(text, register);
    expect(p).toMatchObject({ name: 'Jane Roe', registered: true, country: 'US' });
    expect(text.slice(p!.start, p!.end)).toBe('Jane Q. Roe');
  });

  it('matches whole words only', () => {
    expect(people('Đại sứ Jane Roeder phát biểu.').map((p) => p.name)).not.toContain('Jane Roe');
  });

  it('works with an empty register', () => {
    expect(findPeople('Đại sứ Nguyễn Văn A phát biểu.', indexRegister([]))).toMatchObject([{ name: 'Nguyễn Văn A', registered: false }]);
  });

  it('rejects a malformed register entry, naming it', () => {
    expect(() => parseRegister('- slug: Bad Slug\n  name: X\n  country: VN')).toThrow(/person 0\.slug/);
    expect(() => parseRegister('- slug: x\n  name: X\n  country: FR')).toThrow(/person 0\.country/);
  });

  it('rejects a register that is not YAML, with the line', () => {
    expect(() => parseRegister('- slug: x\n  name: X\n   country: VN')).toThrow(/^line 3: bad indentation/);
    expect(() => parseRegister('- slug: x\n  name: "X\n  country: VN')).toThrow(/^line \d+: unexpected end of the stream/);
  });

  it('reads the register as Astro’s file() loader does: an unquoted date is the same date', () => {
    const [p] = parseRegister('- slug: x\n  name: X\n  country: VN\n  offices:\n    - { title: Đại sứ, en: Ambassador, from: 2016-04-08, to: 2019 }');
    expect(p!.offices[0]).toMatchObject({ from: '2016-04-08', to: '2019' });
  });
});

describe('findPeople: unregistered people after a title', () => {
  it.each([
    ['Đại sứ Nguyễn Văn A đã trình Quốc thư.', 'Nguyễn Văn A', 'VN'],
    ['Ngoại trưởng Hoa Kỳ John Doe tới Hà Nội.', 'John Doe', 'US'],
    ['Ngoại trưởng Mỹ John Doe tới Hà Nội.', 'John Doe', 'US'],
    ['Bộ trưởng Ngoại giao Lê Văn B hội đàm với đối tác.', 'Lê Văn B', 'VN'],
    ['Theo ông Trần Quốc Khánh, hai bên đã nhất trí.', 'Trần Quốc Khánh', 'VN'],
    ['ông Peter Haas cho biết.', 'Peter Haas', null],
    ['Thượng nghị sĩ Tammy Duckworth phát biểu.', 'Tammy Duckworth', 'US'],
    ['Phó Thủ tướng Trần Lưu Quang tiếp đoàn.', 'Trần Lưu Quang', 'VN'],
    ['Bộ trưởng Quốc phòng Hoa Kỳ Lloyd J. Austin đến Hà Nội.', 'Lloyd J. Austin', 'US'],
    ['Phó Tổng thống Mỹ J.D. Vance phát biểu.', 'J.D. Vance', 'US'],
    ['Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper cho biết.', 'Marc Knapper', 'US'],
    ['Đại sứ Việt Nam tại Hoa Kỳ Nguyễn Quốc Dũng cho biết.', 'Nguyễn Quốc Dũng', 'VN'],
    ['Đại sứ Việt Nam tại Washington D.C. Nguyễn Văn Cảnh phát biểu.', 'Nguyễn Văn Cảnh', 'VN'],
    ['Đại sứ Hoa Kỳ tại TP. Hồ Chí Minh John Doe phát biểu.', 'John Doe', 'US'],
    ['Tổng thống Hoa Kỳ Joe Biden.', 'Joe Biden', 'US'],
    // a Vietnamese family name outweighs an American-sounding title
    ['Hạ nghị sĩ Phạm Quang Bảo bang Virginia', 'Phạm Quang Bảo', 'VN'],
  ])('%s → %s (%s)', (text, name, country) => {
    expect(people(text)).toEqual([{ name, registered: false, country }]);
  });

  it('reads "Mỹ" and "Hoa Kỳ" as the same country', () => {
    const a = people('Bộ trưởng Thương mại Mỹ Mary Major phát biểu.');
    const b = people('Bộ trưởng Thương mại Hoa Kỳ Mary Major phát biểu.');
    expect(a).toEqual(b);
    expect(a[0]!.country).toBe('US');
  });

  it('finds both sides of a meeting sentence in order', () => {
    expect(people('Bộ trưởng Ngoại giao Lê Văn Bảo hội đàm với Ngoại trưởng Mỹ Richard Poe tại Hà Nội.')).toEqual([
      { name: 'Lê Văn Bảo', registered: false, country: 'VN' },
      { name: 'Richard Poe', registered: false, country: 'US' },
    ]);
  });

  it('prefers the register over a title match on the same words', () => {
    expect(people('Đại sứ Jane Roe tới Đà Nẵng.')).toEqual([{ name: 'Jane Roe', registered: true, country: 'US' }]);
  });

  it.each([
    ['Đại sứ tại Hà Nội cho biết hai bên sẽ gặp lại.'],
    ['Đại sứ quán Hoa Kỳ tại Hà Nội thông báo.'],
    ['Bộ trưởng Ngoại giao Việt Nam cho biết.'],
    ['Ngoại trưởng Mỹ tại ASEAN đã phát biểu.'],
    ['ông cho biết Nhà Trắng sẽ ra thông báo.'],
    ['Tổng thống Hoa Kỳ và Thủ tướng Việt Nam'],
    ['Phó Chủ tịch Quốc hội, Chủ tịch Trung ương Hội hữu nghị'],
    ['Bộ trưởng Thương mại và Đại sứ đã gặp nhau tại Washington.'],
  ])('no person from places and bodies: %s', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('shortNames / findReferences: one-word names of people the article named in full', () => {
  const found = (text: string) => {
    const named = findPeople(text, register);
    return findReferences(text, shortNames(named, register), new Map(), named).map((m) => [m.name, text.slice(m.start, m.end)]);
  };

  it.each([
    ['Đại sứ Jane Roe tới Hà Nội. Sau đó, bà Roe gặp báo chí.', [['Jane Roe', 'Roe']]],
    ['Thứ trưởng Hoàng Minh Thủy tiếp khách. Thứ trưởng Thủy cho biết …', [['Hoàng Minh Thủy', 'Thủy']]],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    ['Đại sứ Jane Roe tới Hà Nội. Roe gặp báo chí.'], // no title before the word
    ['Ông Roe tới Hà Nội.'], // nobody named in full
  ])('none: %s', (text) => expect(found(text)).toEqual([]));

  it('drops a word two people named in the article share', () => {
    const two = indexRegister(parseRegister(`
- { slug: a-harris, name: Ann Harris, country: US }
- { slug: b-harris, name: Bob Harris, country: US }
`));
    expect([...shortNames(findPeople('Đại sứ Ann Harris và Đô đốc Bob Harris.', two), two).keys()]).toEqual([]);
    expect([...shortNames(findPeople('Đại sứ Ann Harris tới.', two), two).keys()]).toEqual(['Harris']);
  });
});

describe('titledPeople / findReferences: a title alone as the subject, for the one person named after it', () => {
  const bare = (...texts: string[]) => {
    const named = texts.map((t) => findPeople(t, register));
    const titled = titledPeople(texts, named);
    return texts.flatMap((t, i) => findReferences(t, new Map(), titled, named[i]!).map((m) => [m.name, t.slice(m.start, m.end)]));
  };

  it('finds "Thứ trưởng đã tiếp" after "Thứ trưởng Hoàng Minh Thủy"', () => {
    expect(bare('Thứ trưởng Hoàng Minh Thủy tới Washington.', 'Chiều 5/3, Thứ trưởng đã tiếp Đại sứ Jane Roe.')).toEqual([['Hoàng Minh Thủy', 'Thứ trưởng']]);
  });

  it.each([
    [['Thứ trưởng Hoàng Minh Thủy tới Washington.', 'Thứ trưởng Jane Roe tới Hà Nội.', 'Thứ trưởng đã tiếp khách.']], // two people after one title
    [['Thứ trưởng Hoàng Minh Thủy tới Washington.', 'Thứ trưởng Hoàng Minh Thủy đã tiếp khách.']], // the title is followed by the name
    [['Bà Jane Roe tới Hà Nội.', 'Bà đã gặp báo chí.']], // "bà", "ông" name nobody on their own
    [['Thứ trưởng Hoàng Minh Thủy tới Washington.', 'Các Thứ trưởng khác cho biết …']], // not a subject
  ])('none: %j', (texts) => expect(bare(...texts)).toEqual([]));
});
