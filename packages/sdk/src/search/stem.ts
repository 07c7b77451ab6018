/**
 * A light stemmer for French and English, in the spirit of Savoy's French
 * light stemmer (as in Lucene's `FrenchLightStemmer`) and of an English
 * "s-stemmer": it takes off plural, feminine and a few derivational endings
 * so that the forms a resident types meet the forms a service writes
 * ("sociaux" = "sociale" = "social", "violentée" = "violence",
 * "familiaux" = "familiale", "families" = "family", "housing" = "house").
 *
 * It works on folded words (lower case, no accents: see `fold`) and is used
 * identically at index and query time; a stem need not be a word, only the
 * same for the forms that should meet. It never takes a word below four
 * letters, so short words ("mer", "bus", "art") keep their meaning.
 */

/** Endings replaced, longest first; each applies only when the word is longer than `min`. */
const SUFFIXES: readonly (readonly [ending: string, replacement: string, min: number])[] = [
  // French feminine and derivational endings.
  ['trice', 'teu', 6], // directrice = directeur
  ['euse', 'eu', 5], // travailleuse = travailleur, heureuse = heureux
  ['eur', 'eu', 5],
  ['elle', 'el', 5], // personnelle = personnel
  ['enne', 'en', 5], // ancienne = ancien
  ['ence', 'ent', 6], // violence = violent, urgence = urgent
  ['ance', 'ant', 6], // itinérance = itinérant, dépendance = dépendant
  ['ive', 'if', 5], // collective = collectif
  ['ere', 'er', 5], // première = premier
  ['ee', 'e', 4], // violentée = violente
  // English.
  ['ing', '', 5], // housing = house, gambling = gamble
  ['ied', 'y', 4],
  ['ed', '', 5], // abused = abuse
];

const VOWEL = /[aeiouy]/;

/** Plurals that no rule gets right, and that residents write: "baux" (leases) = "bail". */
const IRREGULAR: Readonly<Record<string, string>> = { baux: 'bail', travaux: 'travail', vitraux: 'vitrail' };

/** The stem of a folded word. */
export function stem(word: string): string {
  let w = word;
  let n = w.length;
  if (n < 4 || !/^[a-z]+$/.test(w)) return w;
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  // Plurals: -aux = -al (sociaux = social), -eaux = -eau, -eux = -eu, -ies = -y, -s.
  if (n === 4 && (w.endsWith('eux') || w.endsWith('oux'))) {
    w = w.slice(0, -1);
  } else if (n > 4 && w.endsWith('x')) {
    if (w.endsWith('aux') && !w.endsWith('eaux')) w = `${w.slice(0, -3)}al`;
    else if (w.endsWith('eux') || w.endsWith('oux') || w.endsWith('eaux')) w = w.slice(0, -1);
  } else if (n > 4 && w.endsWith('ies')) {
    w = `${w.slice(0, -3)}y`;
  } else if (n > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    w = w.slice(0, -1);
  }
  n = w.length;
  for (const [ending, replacement, min] of SUFFIXES) {
    if (n > min && w.endsWith(ending)) {
      const base = w.slice(0, n - ending.length);
      // "-ing"/"-ed" only after a syllable of its own: "thing" and "bed" stay.
      if (replacement === '' && !VOWEL.test(base)) break;
      w = base + replacement;
      break;
    }
  }
  // A final mute e: "sociale" = "social", "aide" = "aid" (and "aidé").
  n = w.length;
  if (n > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // Doubled final consonant left by an ending: "counselling" = "counsel".
  n = w.length;
  if (n > 4 && w[n - 1] === w[n - 2] && !VOWEL.test(w[n - 1]!) && w[n - 1] !== 's') w = w.slice(0, -1);
  return w;
}
