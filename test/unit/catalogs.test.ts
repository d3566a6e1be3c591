// Every catalog has every key of the English one (the source of keys), and nothing else;
// each message names the same placeholders in every language, and compiles to functions.
import { readFileSync } from 'node:fs';
import { parse, type Token } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { compileCatalog, LANGUAGES, readCatalog } from '../../src/i18n/compile.mjs';
import { english, translator } from '../../src/i18n/index.js';

/** The placeholder names a message uses (a translation may use one plainly where English needs a plural or a select). */
function placeholders(message: string, lang: string): string[] {
  const found = new Set<string>();
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'argument') found.add(`${token.arg}`);
      if (token.type === 'function') found.add(token.arg);
      if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
        found.add(token.arg);
        for (const c of token.cases) visit(c.tokens);
      }
    }
  };
  visit(parse(message, { cardinal: lang === 'vi' ? ['other'] : ['one', 'other'] }));
  return [...found].sort();
}

const source = readCatalog('en');

describe('message catalogs', () => {
  it('English is the source: it has keys, and the Vietnamese catalog is a full one', () => {
    expect(LANGUAGES).toEqual(['en', 'vi']);
    expect(Object.keys(source).length).toBeGreaterThan(150);
  });

  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    const catalog = readCatalog(lang);
    it(`${lang}: no key missing, none extra`, () => {
      expect(Object.keys(source).filter((k) => !(k in catalog))).toEqual([]);
      expect(Object.keys(catalog).filter((k) => !(k in source))).toEqual([]);
    });
    it(`${lang}: every message has the placeholders of its English one`, () => {
      const differ = Object.keys(source).filter((k) => k in catalog && placeholders(catalog[k]!, lang).join() !== placeholders(source[k]!, 'en').join());
      expect(differ.map((k) => `${k}: ${placeholders(catalog[k]!, lang)} vs ${placeholders(source[k]!, 'en')}`)).toEqual([]);
    });
    it(`${lang}: no message is left in English`, () => {
      // Commands, flags, URLs and examples are the same in every language; prose is not.
      const same = Object.keys(source).filter((k) => catalog[k] === source[k] && /[a-z]{3,} [a-z]{3,} [a-z]{3,}/.test(source[k]!) && !/^\{/.test(source[k]!));
      expect(same).toEqual([]);
    });
  }

  it.each(LANGUAGES)('%s compiles, with no Intl on the way (numbers are grouped by hand)', (lang) => {
    const code = compileCatalog(lang);
    expect(code).not.toMatch(/@messageformat\/runtime/);
    expect(code).not.toMatch(/Intl\./);
  });

  it('fills plurals and numbers per language: "1.250 từ" and "1,250 words"', async () => {
    const vi = await translator('vi');
    expect(english.t('unit.words', { count: 1 })).toBe('1 word');
    expect(english.t('unit.words', { count: 1250 })).toBe('1,250 words');
    expect(vi.t('unit.words', { count: 1250 })).toBe('1.250 từ');
    expect(vi.t('publish.refused', { file: 'bai.md', words: 312, minimum: 500 })).toBe('bai.md: 312/500 từ. Viết thêm chút nữa, rồi chạy lại wotn publish.');
  });

  it('ships thirty Vietnamese writing prompts of its own, one per day', () => {
    const lines = (file: string) => readFileSync(new URL(`../../templates/${file}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    const vi = lines('vi/prompts.txt');
    expect(vi).toHaveLength(30);
    expect(new Set(vi).size).toBe(30);
    expect(vi.every((p) => /[ạảãáàâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]/i.test(p))).toBe(true);
    expect(lines('prompts.txt')).toHaveLength(30);
  });
});
