/**
 * The distress lexicon, as data: how residents write that they are in
 * danger, and how the services that answer each kind of distress are named.
 * French and English, folded (lower case, no accents, apostrophes and
 * hyphens as spaces). A trailing `*` matches any ending ("suicid*":
 * suicide, suicidaire, suicidal); words are matched whole.
 *
 * Kept apart from the code that reads it (`../distress.ts`), so that a
 * reviewer (a 211 counsellor, a translator) reads it as a list.
 */
import type { DistressKind } from '../../feed/vocabulary.js';

/** What a query says, per kind of distress. */
export const DISTRESS_WORDS: Readonly<Record<DistressKind, readonly string[]>> = {
  suicide: [
    'suicid*', 'sucid*', 'suicd*', 'idees noires', 'idee noire', 'idees suicidaires', 'me tuer', 'me suicider', 'se tuer',
    'en finir', 'mourir', 'veux mourir', 'envie de mourir', 'plus envie de vivre', 'veux plus vivre', 'plus le gout de vivre',
    'me pendre', 'disparaitre pour toujours', 'kill myself', 'killing myself', 'kill me', 'want to die', 'wanna die',
    'wish i was dead', 'wish i were dead', 'end my life', 'end it all', 'take my life', 'dont want to live', 'don t want to live',
    'do not want to live', 'no reason to live', 'better off dead', 'not worth living', 'don t want to be here',
    'dont want to be here', 'do not want to be here', 'want to disappear', 'don t want to wake up', 'dont want to wake up',
    'veux disparaitre', 'veux plus etre la', 'plus envie d etre la', 'ne plus me reveiller', 'pas me reveiller',
    'tanne de vivre', 'tannee de vivre', 'fatigue de vivre', 'fatiguee de vivre', 'tired of living',
  ],
  'self-harm': [
    'self harm', 'selfharm', 'self harming', 'self injury', 'automutil*', 'auto mutil*', 'scarif*', 'me couper', 'me mutiler',
    'me faire du mal', 'me blesser', 'cutting myself', 'cut myself', 'hurt myself', 'hurting myself', 'burn myself',
  ],
  violence: [
    'violence*', 'violent*', 'violente*', 'me frappe', 'me frappent', 'm a frappe*', 'me bat', 'me battent', 'me bats', 'me battre',
    'm a battu*', 'me violente', 'me menace*', 'me tape', 'abus*', 'abuse*', 'abusive', 'abused', 'maltrait*', 'agress*', 'viol',
    'violee', 'viole', 'rape', 'raped', 'assault*', 'hits me', 'hit me', 'hitting me', 'beats me', 'beat me', 'beating me',
    'hurts me', 'threatens me', 'threatening me', 'threatened me', 'battered', 'peur de mon mari', 'peur de mon conjoint', 'peur de mon chum', 'peur de mon ex', 'afraid of my husband',
    'afraid of my partner', 'scared of my husband', 'scared of my partner', 'harcel*', 'stalk*', 'inceste', 'incest',
  ],
  overdose: [
    'overdos*', 'over dose', 'surdos*', 'od', 'fentanyl', 'naloxone', 'narcan', 'intoxication', 'intoxique*', 'poisoned',
  ],
  shelter: [
    'dormir dehors', 'nulle part ou dormir', 'nulle part ou aller', 'pas de place ou dormir', 'a la rue', 'dans la rue',
    'sans abri', 'sans logis', 'mis a la porte', 'mise a la porte', 'nowhere to sleep', 'nowhere to go', 'sleep outside',
    'sleeping outside', 'sleeping rough', 'on the street', 'homeless', 'kicked out', 'thrown out',
  ],
  crisis: [
    'detresse', 'distress', 'crise', 'crisis', 'danger', 'en danger', 'desespo*', 'desesper*', 'hopeless', 'au secours',
    'aidez moi', 'help me', 'sos', 'panique', 'panic attack', 'je craque', 'breaking down', 'can t go on', 'cant go on',
    'plus capable', 'pu capable', 'pus capable', 'en peux plus', 'en peux pu', 'bout du rouleau', 'a bout',
    'can t take it anymore', 'cant take it anymore', 'can t do this anymore', 'end of my rope',
  ],
};

/**
 * Phrases that look like distress but are not ("me couper l'électricité" is
 * a bill, not self-harm): taken out of a query before it is read.
 */
export const NOT_DISTRESS: readonly string[] = [
  'couper l electricite', 'couper l hydro', 'couper le courant', 'couper le chauffage', 'couper le gaz', 'couper le telephone',
  'couper internet', 'couper le cable', 'couper les cheveux', 'couper mes cheveux', 'couper les ongles', 'couper le gazon',
  'couper du bois', 'cut my hair', 'cut off', 'cutting off',
];

/**
 * Categories named like crisis help that are not help for the person at
 * risk: programs for people who use violence, prevention workshops. Their
 * names are taken out before {@link DISTRESS_ANSWERS} is read.
 */
export const NOT_ANSWERS: readonly string[] = [
  'who use violence', 'who used violence', 'using violence', 'who are violent', 'auteurs? de violence',
  'ayant des comportements violents', 'comportements? violents?', 'hommes violents', 'violent men', 'abusive men',
  'prevention de la violence', 'violence prevention', 'prevention des agressions',
];

/**
 * How a category that answers each kind of distress is named (its id, names
 * or keywords), for feeds whose categories do not say it (`distress`). A
 * category answers `crisis` only when it is one of crisis help itself.
 */
export const DISTRESS_ANSWERS: Readonly<Record<DistressKind, readonly string[]>> = {
  // Not "helpline" alone: 211 and other information lines call themselves so.
  suicide: ['suicid*', 'crise', 'crises', 'crisis', 'ligne d ecoute', 'lignes d ecoute', 'distress line*', 'crisis line*', '988'],
  'self-harm': ['suicid*', 'crise', 'crisis', 'automutil*', 'self harm', 'ligne d ecoute', 'distress line*', 'sante mentale', 'mental health'],
  violence: [
    'violen*', 'maison d hebergement', 'maisons d hebergement', 'victim*', 'cavac', 'calacs', 'agression*', 'domestic', 'conjugal*',
    'sexual assault', 'womens shelter', 'women s shelter', 'refuge pour femmes', 'hebergement pour femmes', 'abuse',
    'maltraitance', 'mistreatment', 'elder abuse', 'protection de la jeunesse', 'child protection',
  ],
  overdose: [
    'dependanc*', 'toxicoman*', 'addiction*', 'reduction des mefaits', 'harm reduction', 'naloxone', 'substance use', 'substances',
    'usage de substances', 'consommation supervisee', 'supervised consumption', 'site d injection', 'drogue*', 'drug*', 'alcool*',
    'alcohol*', 'surdose*', 'overdose*',
  ],
  shelter: [
    'hebergement d urgence', 'refuge*', 'shelter*', 'itineran*', 'homeless*', 'sans abri', 'halte chaleur', 'warming centre',
    'warming center', 'maison d hebergement', 'emergency housing',
  ],
  crisis: ['crise', 'crises', 'crisis', 'ligne d ecoute', 'lignes d ecoute', 'distress line*', 'centre de crise', 'intervention de crise', 'urgence sociale'],
};
