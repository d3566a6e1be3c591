// The plural rules of the languages wotn speaks, from CLDR by way of make-plural (ES
// module: only these two are bundled, not every language's).
export { en, vi } from 'make-plural/cardinals';
