/**
 * Language names as directories write them ("French", "français", "LSQ")
 * and as reports show them: the one table the importers and `repere stats`
 * share. Names Intl does not know (Algonquin, Naskapi, Quebec Sign Language)
 * are given here in English and French.
 */
import { fold } from './base.js';
import type { Lang } from './messages.js';
import { LANGUAGE_TAG_PATTERN } from '@repere/sdk/internal';


// Words people type for a language, in English and French, folded; the codes are BCP 47.
const NAMES: Readonly<Record<string, string>> = {
  francais: 'fr', french: 'fr', anglais: 'en', english: 'en', espagnol: 'es', spanish: 'es', espanol: 'es', arabe: 'ar', arabic: 'ar',
  portugais: 'pt', portuguese: 'pt', italien: 'it', italian: 'it', allemand: 'de', german: 'de', chinois: 'zh', chinese: 'zh',
  mandarin: 'cmn', cantonais: 'yue', cantonese: 'yue', vietnamien: 'vi', vietnamese: 'vi', tagalog: 'tl', filipino: 'fil',
  pendjabi: 'pa', punjabi: 'pa', persan: 'fa', persian: 'fa', farsi: 'fa', dari: 'prs', russe: 'ru', russian: 'ru',
  ukrainien: 'uk', ukrainian: 'uk', 'creole haitien': 'ht', 'haitian creole': 'ht', creole: 'ht', hindi: 'hi', ourdou: 'ur',
  urdu: 'ur', tamoul: 'ta', tamil: 'ta', bengali: 'bn', polonais: 'pl', polish: 'pl', grec: 'el', greek: 'el', coreen: 'ko',
  korean: 'ko', japonais: 'ja', japanese: 'ja', somali: 'so', tigrinya: 'ti', amharique: 'am', amharic: 'am', swahili: 'sw',
  turc: 'tr', turkish: 'tr', roumain: 'ro', romanian: 'ro', nepali: 'ne', 'langue des signes quebecoise': 'fcs', lsq: 'fcs',
  'quebec sign language': 'fcs', 'american sign language': 'ase', asl: 'ase', 'langue des signes americaine': 'ase',
  inuktitut: 'iu', cri: 'cr', cree: 'cr', innu: 'moe', 'innu-aimun': 'moe', atikamekw: 'atj', algonquin: 'alq', 'mi\'kmaq': 'mic',
  micmac: 'mic', "mi'kmaw": 'mic', mohawk: 'moh', naskapi: 'nsk', ojibwe: 'oj', ojibwa: 'oj',
};

// Languages of Quebec that Intl.DisplayNames may not name.
const EXTRA_NAMES: Readonly<Record<string, Record<Lang, string>>> = {
  alq: { en: 'Algonquin', fr: 'algonquin' },
  nsk: { en: 'Naskapi', fr: 'naskapi' },
  fcs: { en: 'Quebec Sign Language', fr: 'langue des signes québécoise' },
  atj: { en: 'Atikamekw', fr: 'atikamekw' },
  moe: { en: 'Innu-aimun', fr: 'innu-aimun' },
};

/**
 * The language code for a name or a code as written in an input: `French`,
 * `français`, `LSQ`, `fr-CA`. `undefined` when it is neither.
 */
export function languageCode(text: string): string | undefined {
  const key = fold(text).replace(/\s+/g, ' ');
  return NAMES[key] ?? (LANGUAGE_TAG_PATTERN.test(key) ? key : undefined);
}

const DISPLAY = new Map<Lang, Intl.DisplayNames>();

/** A language's name in French or English: Intl's, else this module's, else the code. */
export function languageName(code: string, lang: Lang): string {
  let name: string | undefined;
  try {
    if (!DISPLAY.has(lang)) DISPLAY.set(lang, new Intl.DisplayNames([lang], { type: 'language' }));
    name = DISPLAY.get(lang)!.of(code);
  } catch {
    name = undefined;
  }
  return name && name.toLowerCase() !== code.toLowerCase() ? name : EXTRA_NAMES[code.toLowerCase()]?.[lang] ?? code;
}
