import names from '../../../data/names.json';
import { normName } from '../../../src/extract/steps/03-people';
import { normaliseName } from '../../../src/names/normalise';
import { familyNameFirst, isSurnameOnly, personKey, surnameKey } from '../../../src/resolve/names';
import { eventKey, invitationReadingKey, normaliseQuote, quoteHash, statementFactId, visitReadingKey } from '../../../src/resolve/keys';

describe('person keys', () => {
  it('reads every family name of data/names.json first, whatever its spelling', () => {
    for (const surname of names.eastAsianSurnames) {
      expect(familyNameFirst(`${surname} Jin-ho`, null)).toBe(true);
      expect(familyNameFirst(`${surname.toUpperCase()} Jin-ho`, null)).toBe(true);
    }
    expect(surnameKey('Tsai Ing-wen', null)).toBe('tsai');
    expect(surnameKey('Ban Ki-moon', null)).toBe('ban');
    expect(familyNameFirst('Vladimir Putin', null)).toBe(false);
  });

  it('extraction and resolution normalise a name alike (apostrophes, compatibility forms, dashes)', () => {
    for (const [name, normal] of [
      ["O'Brien", 'o brien'],
      ['O’Brien', 'o brien'],
      ['Kim Jong‑un', 'kim jong un'],
      ['Ｋｉｍ Ｊｏｎｇ Ｕｎ', 'kim jong un'],
      ['Nguyễn Xuân Phúc', 'nguyen xuan phuc'],
    ] as const) {
      expect(normaliseName(name)).toBe(normal);
      expect(normName(name)).toBe(normal);
    }
  });

  it.each([
    ['Kim Jong-un', 'person:kim jong un'],
    ['Kim Jong Un', 'person:kim jong un'],
    ['KIM JONG UN', 'person:kim jong un'],
    ['  Kim   Jong-Un ', 'person:kim jong un'],
    ['François Hollande', 'person:francois hollande'],
    ['Recep Tayyip Erdoğan', 'person:recep tayyip erdogan'],
    ['J.D. Vance', 'person:j d vance'],
    ['Sergei Lavrov', 'person:sergei lavrov'],
  ])('%s → %s', (name, key) => {
    expect(personKey(name)).toBe(key);
  });

  it('keeps the order of East Asian names', () => {
    expect(normaliseName('Park Geun-hye')).toBe('park geun hye');
    expect(normaliseName('Xi Jinping')).toBe('xi jinping');
  });

  it.each([
    ['Kim Jong-un', 'PRK', 'kim'],
    ['Kim Jong-un', null, 'kim'],
    ['Park Geun-hye', 'KOR', 'park'],
    ['Xi Jinping', 'CHN', 'xi'],
    ['Hua Chunying', null, 'hua'],
    ['Vladimir Putin', 'RUS', 'putin'],
    ['Sergei Lavrov', null, 'lavrov'],
    ['Kim Darroch', 'GBR', 'darroch'],
    ['Shinzo Abe', 'JPN', 'abe'],
    ['Putin', 'RUS', 'putin'],
  ])('surname of %s (%s) is %s', (name, state, key) => {
    expect(surnameKey(name, state)).toBe(key);
  });

  it('tells family-name-first names by state, else by a known family name', () => {
    expect(familyNameFirst('Min Kyung-wook', 'KOR')).toBe(true);
    expect(familyNameFirst('Angela Merkel', null)).toBe(false);
    expect(familyNameFirst('Kim Darroch', 'GBR')).toBe(false);
  });

  it('knows a bare surname', () => {
    expect(isSurnameOnly('Putin')).toBe(true);
    expect(isSurnameOnly(' Putin. ')).toBe(true);
    expect(isSurnameOnly('Vladimir Putin')).toBe(false);
    expect(isSurnameOnly('Kim Jong-un')).toBe(false);
  });
});

describe('event and fact keys', () => {
  it('keys events by kind, date and place', () => {
    expect(eventKey({ kind: 'ceremony', date: '2015-05-09', place: 'RUS', name: 'Victory Day ceremony' })).toBe('event:ceremony|2015-05-09|RUS');
    expect(eventKey({ kind: 'ceremony', date: '2015-05-09', place: 'RUS', name: 'the May 9 ceremony' })).toBe('event:ceremony|2015-05-09|RUS');
  });

  it('keeps undated events of different names apart', () => {
    const a = eventKey({ kind: 'summit', date: null, place: 'USA', name: 'Nuclear Security Summit' });
    const b = eventKey({ kind: 'summit', date: null, place: 'USA', name: 'G20 summit' });
    expect(a).not.toBe(b);
    expect(a).toBe('event:summit||USA|nuclear security summit');
  });

  it('keys an article’s readings of invitations and visits', () => {
    expect(invitationReadingKey('person:vladimir putin', 'person:kim jong un', 'event:ceremony|2015-05-09|RUS', false)).toBe(
      'inv|person:vladimir putin|person:kim jong un|event:ceremony|2015-05-09|RUS|false',
    );
    expect(visitReadingKey('person:xi jinping', 'KOR', null, '2014-07-03', false)).toBe('vis|person:xi jinping|KOR|2014-07|false');
    expect(visitReadingKey('person:xi jinping', 'KOR', null, null, true)).toBe('vis|person:xi jinping|KOR||true');
    expect(visitReadingKey('person:kim jong un', 'RUS', 'event:ceremony|2015-05-09|RUS', '2015-05', false)).toBe(
      'vis|person:kim jong un|RUS|event:ceremony|2015-05-09|RUS|false',
    );
  });

  it('matches quotes that differ only in case, punctuation and spacing', () => {
    expect(normaliseQuote('“North Korea and Russia are  friendly.”')).toBe('north korea and russia are friendly');
    expect(quoteHash('North Korea and Russia are friendly')).toBe(quoteHash('"north korea and russia are friendly."'));
    expect(statementFactId('person:hua chunying', 'PRK', '2015-01-22', 'a')).not.toBe(statementFactId('person:hua chunying', 'PRK', '2015-01-22', 'b'));
  });
});
