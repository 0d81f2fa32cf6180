import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertEnglish, parseArticle, ArticleError } from '../../../src/article';

const codeOf = (text: string): string => {
  try {
    assertEnglish(text);
    return 'ok';
  } catch (e) {
    return e instanceof ArticleError ? e.code : 'other';
  }
};

describe('English or not: stop-word ratio', () => {
  it.each([
    ['French', 'Le président russe a invité le dirigeant nord-coréen à assister aux cérémonies du 9 mai à Moscou, a déclaré mercredi le ministre des Affaires étrangères.'],
    ['Spanish', 'El presidente ruso invitó al líder norcoreano a asistir a la ceremonia del 9 de mayo en Moscú, según dijo el canciller, que no dio más detalles.'],
    ['German', 'Der russische Präsident hat den nordkoreanischen Machthaber zu den Feierlichkeiten am 9. Mai nach Moskau eingeladen, sagte der Außenminister am Mittwoch.'],
    ['Italian', 'Il presidente russo ha invitato il leader nordcoreano alla cerimonia del 9 maggio a Mosca, ha detto il ministro degli Esteri, che non ha fornito altri dettagli.'],
    ['Russian', 'Президент России пригласил лидера КНДР на торжества 9 мая в Москве, заявил министр иностранных дел.'],
    ['Chinese', '俄罗斯总统邀请朝鲜领导人出席5月9日在莫斯科举行的纪念活动，外交部长周三表示。'],
    ['Korean', '러시아 대통령이 북한 지도자를 5월 9일 모스크바 기념식에 초청했다고 외무장관이 밝혔다.'],
  ])('rejects %s', (_lang, text) => {
    expect(codeOf(text)).toBe('NOT_ENGLISH');
  });

  it.each([
    ['a short headline', 'Yoon invites Chinese leader Xi to visit S. Korea'],
    ['a headline of names', 'Putin, Xi hold talks in Beijing'],
    ['a sentence with foreign names', 'Mexican President Andres Manuel Lopez Obrador said on Monday that he would not attend the summit in Los Angeles.'],
    ['a sentence quoting a French phrase', 'The minister called the accord "une étape importante" and said the two countries would meet again in the spring to review it.'],
  ])('accepts %s', (_name, text) => {
    expect(codeOf(text)).toBe('ok');
  });

  it('accepts the seed article', () => {
    const seed = readFileSync(join(__dirname, '../../../seeds/yonhap-2015-01-22-kim-russia-visit.txt'), 'utf8');
    expect(codeOf(seed)).toBe('ok');
  });

  it('is applied by parseArticle', () => {
    expect(() => parseArticle(JSON.stringify({ text: 'Der Außenminister sagte, die Gespräche seien gut verlaufen und man werde sich im Frühjahr wieder treffen, um das Abkommen zu prüfen.' }))).toThrow(
      expect.objectContaining({ code: 'NOT_ENGLISH' }),
    );
  });
});
