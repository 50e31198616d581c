import { describe, expect, it } from 'vitest';
import { isEnglish, looksEnglish } from '../../../src/core/language.ts';

const english =
  'The officials said on Tuesday that the government would not comment on the report, which was first published by the newspaper. It is the third time this year that the agency has been accused of failing to act on warnings from its own staff.';
const german =
  'Die Regierung hat am Dienstag mitgeteilt, dass sie den Bericht nicht kommentieren werde, der zuerst von der Zeitung veröffentlicht wurde. Es ist das dritte Mal in diesem Jahr, dass der Behörde vorgeworfen wird, Warnungen ihrer eigenen Mitarbeiter ignoriert zu haben.';
const french =
  "Le gouvernement a déclaré mardi qu'il ne commenterait pas le rapport, publié d'abord par le journal. C'est la troisième fois cette année que l'agence est accusée de ne pas avoir tenu compte des avertissements de son propre personnel, selon plusieurs responsables.";

describe('language', () => {
  it('tells English prose from German and French', () => {
    expect(looksEnglish(english)).toBe(true);
    expect(looksEnglish(german)).toBe(false);
    expect(looksEnglish(french)).toBe(false);
  });

  it('trusts a page declared English, and a declared other language unless the text is clearly English', () => {
    expect(isEnglish('en-GB', german)).toBe(true);
    expect(isEnglish('de', german)).toBe(false);
    expect(isEnglish('de', english)).toBe(true); // a template that declares the wrong language
    expect(isEnglish('fr', 'Bonjour')).toBe(false);
  });

  it('reads short or undeclared text as English rather than hiding its highlights', () => {
    expect(looksEnglish('Officials said.')).toBeUndefined();
    expect(isEnglish(undefined, 'Officials said.')).toBe(true);
  });
});
