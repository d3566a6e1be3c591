import { describe, expect, it } from 'vitest';
import { chooseLanguage, cohortLanguage, langFlag, localeLanguage } from '../../src/domain/language.js';
import { groupedFor } from '../../src/i18n/numbers.js';

describe('chooseLanguage: --lang, then WOTN_LANG, then the config, then the locale, then English', () => {
  it.each([
    ['nothing at all', {}, undefined, undefined, { lang: 'en' }],
    ['--lang wins over everything', { WOTN_LANG: 'en', LANG: 'en_US.UTF-8' }, 'en', 'vi', { lang: 'vi' }],
    ['WOTN_LANG over the config', { WOTN_LANG: 'vi' }, 'en', undefined, { lang: 'vi' }],
    ['the config over the locale', { LANG: 'vi_VN.UTF-8' }, 'en', undefined, { lang: 'en' }],
    ['LANG=vi_VN.UTF-8', { LANG: 'vi_VN.UTF-8' }, undefined, undefined, { lang: 'vi' }],
    ['LC_MESSAGES over LANG', { LC_MESSAGES: 'vi_VN', LANG: 'en_US.UTF-8' }, undefined, undefined, { lang: 'vi' }],
    ['LC_ALL over LC_MESSAGES', { LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'vi_VN' }, undefined, undefined, { lang: 'en' }],
    ['an empty LC_ALL is not set', { LC_ALL: '', LANG: 'vi' }, undefined, undefined, { lang: 'vi' }],
    ['LANG=C', { LANG: 'C' }, undefined, undefined, { lang: 'en' }],
    ['LANG=POSIX', { LANG: 'POSIX' }, undefined, undefined, { lang: 'en' }],
    ['a locale wotn does not speak is English', { LANG: 'fr_FR.UTF-8' }, undefined, undefined, { lang: 'en' }],
    ['a config naming an unknown language is skipped', { LANG: 'vi_VN' }, 'xx', undefined, { lang: 'vi' }],
    ['--lang xx is a problem named by its flag', {}, undefined, 'xx', { problem: { source: '--lang', value: 'xx' } }],
    ['WOTN_LANG=fr is a problem named by its variable', { WOTN_LANG: 'fr' }, undefined, undefined, { problem: { source: 'WOTN_LANG', value: 'fr' } }],
  ])('%s', (_name, env, config, flag, expected) => {
    expect(chooseLanguage({ env, ...(config ? { config } : {}), ...(flag !== undefined ? { flag } : {}) })).toEqual(expected);
  });

  it.each([
    ['vi_VN.UTF-8', 'vi'], ['vi', 'vi'], ['VI_VN', 'vi'], ['en_US.UTF-8', 'en'], ['C.UTF-8', 'en'], ['', 'en'], ['de_DE@euro', 'en'],
  ])('the locale %j reads as %s', (locale, lang) => expect(localeLanguage(locale)).toBe(lang));

  it.each([
    [['status'], undefined],
    [['--lang', 'vi', 'status'], 'vi'],
    [['status', '--lang=vi'], 'vi'],
    [['status', '--lang'], ''],
    [['publish', '--', '--lang', 'vi'], undefined],
  ])('--lang in %j is %j', (args, found) => expect(langFlag(args)).toBe(found));

  it('a cohort without a language is English; with one, that one', () => {
    expect(cohortLanguage({})).toBe('en');
    expect(cohortLanguage({ lang: 'vi' })).toBe('vi');
    expect(cohortLanguage({ lang: 'xx' })).toBe('en');
  });
});

describe('numbers as each language writes them', () => {
  it.each([
    ['en', 312, '312'], ['vi', 312, '312'], ['en', 1250, '1,250'], ['vi', 1250, '1.250'],
    ['en', 1234567, '1,234,567'], ['vi', 1234567, '1.234.567'], ['vi', -1250, '-1.250'], ['en', 0, '0'],
    ['en', 2.5, '2.5'], ['vi', 2.5, '2,5'],
  ])('%s %d → %s', (lang, n, text) => expect(groupedFor(lang, n)).toBe(text));
});
