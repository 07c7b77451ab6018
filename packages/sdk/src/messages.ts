/**
 * Every message the SDK produces, in French and English, in one place.
 *
 * Problems and errors carry a stable `code` and `params`; these catalogues turn
 * them into sentences for a data maintainer (`repere validate --lang fr`) or a
 * resident (the widget localizes feed errors by code with its own strings).
 */

/** Codes of problems found in a feed's records. */
export type ProblemCode =
  | 'invalid-header'
  | 'invalid-record'
  | 'invalid-field'
  | 'duplicate-id'
  | 'unknown-category'
  | 'unknown-region'
  | 'unknown-parent'
  | 'cycle'
  | 'unsafe-url'
  | 'invalid-phone'
  | 'invalid-email'
  | 'missing-translation'
  | 'no-hours'
  | 'reversed-season'
  | 'no-region'
  | 'no-contact'
  | 'string-too-long'
  | 'invalid-timezone'
  | 'too-many-records'
  | 'extra-cells'
  | 'too-deep'
  | 'too-many-items';

/** Codes of errors that make a whole feed unusable. */
export type FeedErrorCode =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'http'
  | 'not-json'
  | 'format'
  | 'version'
  | 'too-large'
  | 'invalid-source'
  | 'invalid-option'
  | 'shard-mismatch';

type Params = Readonly<Record<string, string | number | undefined>>;
type Catalogue<K extends string> = Record<K, (p: Params) => string>;

const problemsEn: Catalogue<ProblemCode> = {
  'invalid-header': (p) => `The feed's "${p.field}" is invalid (${p.detail}); a default was used.`,
  'invalid-record': (p) => `This record was skipped: ${p.detail}.`,
  'invalid-field': (p) => `The field "${p.field}" was removed: ${p.detail}.`,
  'duplicate-id': (p) => `Another record already uses the id "${p.value}"; this one was skipped.`,
  'unknown-category': (p) => `The category "${p.value}" does not exist in the feed's categories.`,
  'unknown-region': (p) => `The region "${p.value}" does not exist in the feed's regions.`,
  'unknown-parent': (p) => `The parent "${p.value}" does not exist; this entry was placed at the top level.`,
  cycle: (p) => `"${p.value}" is its own ancestor; its parent link was removed.`,
  'unsafe-url': (p) => `The ${p.field} "${p.value}" is not a safe http(s), mailto: or tel: address and was removed.`,
  'invalid-phone': (p) => `The phone number "${p.value}" cannot be dialled and was removed.`,
  'invalid-email': (p) => `The e-mail address "${p.value}" is not valid and was removed.`,
  'missing-translation': (p) => `The ${p.field} has no "${p.locale}" version.`,
  'no-hours': () => `No opening hours are given.`,
  'reversed-season': (p) => `These hours apply from ${p.from} to ${p.to}, which ends before it starts: they never apply.`,
  'no-region': () => `No region (service area) is given: the record is shown for every place, after the local ones.`,
  'no-contact': () => `No phone, e-mail, website or address is given: a resident cannot reach this service.`,
  'string-too-long': (p) => `The ${p.field} is ${p.length} characters long and was cut to ${p.max}.`,
  'invalid-timezone': (p) => `"${p.value}" is not an IANA time zone; "${p.fallback}" was used.`,
  'too-many-records': (p) => `The feed has ${p.count} records; only the first ${p.max} were loaded.`,
  'extra-cells': (p) => `This row has ${p.count} more value(s) than the table has columns; they were ignored.`,
  'too-deep': (p) => `This value is nested more than ${p.max} levels deep and was removed.`,
  'too-many-items': (p) => `The list "${p.field}" has ${p.count} entries; only the first ${p.max} were kept.`,
};

const problemsFr: Catalogue<ProblemCode> = {
  'invalid-header': (p) => `Le champ « ${p.field} » du flux est invalide (${p.detail}) ; une valeur par défaut est utilisée.`,
  'invalid-record': (p) => `Cette fiche a été ignorée : ${p.detail}.`,
  'invalid-field': (p) => `Le champ « ${p.field} » a été retiré : ${p.detail}.`,
  'duplicate-id': (p) => `Une autre fiche utilise déjà l’identifiant « ${p.value} » ; celle-ci a été ignorée.`,
  'unknown-category': (p) => `La catégorie « ${p.value} » n’existe pas dans les catégories du flux.`,
  'unknown-region': (p) => `La région « ${p.value} » n’existe pas dans les régions du flux.`,
  'unknown-parent': (p) => `Le parent « ${p.value} » n’existe pas ; l’entrée a été placée au premier niveau.`,
  cycle: (p) => `« ${p.value} » est son propre ancêtre ; son lien de parenté a été retiré.`,
  'unsafe-url': (p) => `Le champ ${p.field} « ${p.value} » n’est pas une adresse http(s), mailto: ou tel: sûre et a été retiré.`,
  'invalid-phone': (p) => `Le numéro « ${p.value} » ne peut pas être composé et a été retiré.`,
  'invalid-email': (p) => `L’adresse courriel « ${p.value} » n’est pas valide et a été retirée.`,
  'missing-translation': (p) => `Le champ ${p.field} n’a pas de version « ${p.locale} ».`,
  'no-hours': () => `Aucun horaire n’est indiqué.`,
  'reversed-season': (p) => `Ces horaires s’appliquent du ${p.from} au ${p.to}, une période qui finit avant de commencer : ils ne s’appliquent jamais.`,
  'no-region': () => `Aucune région (territoire desservi) n’est indiquée : la fiche est affichée pour tous les lieux, après les fiches locales.`,
  'no-contact': () => `Aucun téléphone, courriel, site Web ni adresse : impossible de joindre ce service.`,
  'string-too-long': (p) => `Le champ ${p.field} compte ${p.length} caractères ; il a été coupé à ${p.max}.`,
  'invalid-timezone': (p) => `« ${p.value} » n’est pas un fuseau horaire IANA ; « ${p.fallback} » est utilisé.`,
  'too-many-records': (p) => `Le flux compte ${p.count} fiches ; seules les ${p.max} premières ont été chargées.`,
  'extra-cells': (p) => `Cette ligne a ${p.count} valeur(s) de plus que le tableau n’a de colonnes ; elles ont été ignorées.`,
  'too-deep': (p) => `Cette valeur est imbriquée sur plus de ${p.max} niveaux et a été retirée.`,
  'too-many-items': (p) => `La liste « ${p.field} » compte ${p.count} entrées ; seules les ${p.max} premières ont été gardées.`,
};

const errorsEn: Catalogue<FeedErrorCode> = {
  network: () => 'The feed could not be reached (network error).',
  timeout: (p) => `The feed did not answer within ${p.seconds} seconds.`,
  aborted: () => 'Loading the feed was cancelled.',
  http: (p) => `The feed server answered with HTTP ${p.status}.`,
  'not-json': () => 'The feed is not valid JSON.',
  format: (p) => `This is not a Repère feed: ${p.detail}.`,
  version: (p) => `This feed uses version ${p.value} of the format; only version 1 is supported.`,
  'too-large': (p) => `The feed is larger than the limit of ${p.max} bytes.`,
  // With a detail: a feed object the page could not copy to its search engine (worker/connect.ts).
  'invalid-source': (p) => (p.detail ? `The feed cannot be sent to the search engine (${p.detail}).` : 'The feed source must be a URL or a feed object.'),
  'invalid-option': (p) => `The option "${p.name}" must be a finite number, 0 or more (it is ${p.value}).`,
  'shard-mismatch': (p) => `The feed's part "${p.file}" is not the one its manifest lists (its ${p.what} differs): the files were published from different versions.`,
};

const errorsFr: Catalogue<FeedErrorCode> = {
  network: () => 'Le flux est injoignable (erreur réseau).',
  timeout: (p) => `Le flux n’a pas répondu en ${p.seconds} secondes.`,
  aborted: () => 'Le chargement du flux a été annulé.',
  http: (p) => `Le serveur du flux a répondu par une erreur HTTP ${p.status}.`,
  'not-json': () => "Le flux n’est pas un document JSON valide.",
  format: (p) => `Ce n’est pas un flux Repère : ${p.detail}.`,
  version: (p) => `Ce flux utilise la version ${p.value} du format ; seule la version 1 est prise en charge.`,
  'too-large': (p) => `Le flux dépasse la limite de ${p.max} octets.`,
  'invalid-source': (p) => (p.detail ? `Le flux ne peut pas être transmis au moteur de recherche (${p.detail}).` : 'La source du flux doit être une URL ou un objet de flux.'),
  'invalid-option': (p) => `L’option « ${p.name} » doit être un nombre fini, positif ou nul (elle vaut ${p.value}).`,
  'shard-mismatch': (p) => `La partie « ${p.file} » du flux n’est pas celle que son manifeste annonce (${p.what === 'size' ? 'sa taille' : 'son empreinte SHA-256'} diffère) : les fichiers viennent de versions différentes.`,
};

function pick(locale: string | undefined): 'fr' | 'en' {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * A problem's sentence in English. Kept apart from {@link problemMessage} so
 * that a bundle which never shows problems in French (the widget) leaves the
 * French catalogue out.
 */
export function problemMessageEn(code: ProblemCode, params: Params = {}): string {
  return problemsEn[code](params);
}

/** A problem's sentence in French or English (English for any other locale). */
export function problemMessage(code: ProblemCode, params: Params = {}, locale?: string): string {
  return (pick(locale) === 'fr' ? problemsFr : problemsEn)[code](params);
}

/** A feed error's sentence in French or English (English for any other locale). */
export function errorMessage(code: FeedErrorCode, params: Params = {}, locale?: string): string {
  return (pick(locale) === 'fr' ? errorsFr : errorsEn)[code](params);
}
