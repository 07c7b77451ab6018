/**
 * Everyday words for needs, as data: what residents write (`words`, French
 * and English, single words or phrases) and the words that services use for
 * what answers it (`means`). A query word found here also finds the records
 * that use one of its `means`, ranked below the records that use the query's
 * own word. Both sides go through the search normalizer (folding, stemming),
 * so plural and feminine forms need not be listed.
 *
 * `means` holds words specific enough to find the right services on their
 * own: never "aide", "help", "service", "soutien", "centre".
 *
 * A feed adds its own with `synonyms` (docs/feed-format.md).
 */

/** One line a need: `[words, means]`, each a `|`-separated list. */
export const NEEDS: readonly (readonly [words: string, means: string])[] = [
  // Food
  [
    'faim|affamé|manger|nourriture|bouffe|épicerie|frigo vide|rien à manger|repas|dîner|souper|déjeuner|lunch|hungry|hunger|starving|eat|eating|food|groceries|grocery|meal|nothing to eat|empty fridge|cook|cooking|cuisiner|can’t cook|faire à manger|lunch pour les enfants|lunches|un seul repas|seul repas|one meal a day|only one meal',
    'alimentaire|alimentation|nourriture|food|repas|meal|meals|dépannage|popote|soupe|cuisine collective|comptoir|épicerie solidaire|pantry|grocery|frigo|bouffe',
  ],
  // Meals brought home
  [
    'popote|popote roulante|meals on wheels|repas à domicile|repas livrés|livraison de repas|meal delivery|home-delivered meals|frozen meals|repas congelés',
    'popote|popote roulante|meals on wheels|repas livrés|livraison de repas|meal delivery|home-delivered|repas à domicile|repas congelés|frozen meals',
  ],
  // Rent, landlord, eviction
  [
    'loyer|rent|landlord|propriétaire|proprio|éviction|évincé|expulsion|expulsé|évicted|eviction|bail|baux|lease|locataire|tenant|appartement|appart|apartment|déménager|déménagement|moving|insalubre|moisissure|mold|mould|punaises|bedbugs|hausse de loyer|rent increase|reprise de logement|renoviction',
    'logement|housing|locataire|tenant|tenants|loyer|rent|bail|hlm|habitation|comité logement|droit au logement|tribunal administratif du logement|office municipal d’habitation|housing help',
  ],
  // Somewhere to sleep
  [
    'dormir|sleep|coucher|dehors|rue|street|homeless|sans-abri|itinérant|itinérance|couch surfing|hébergement|hebergement|shelter|refuge|lit pour la nuit|bed for the night|somewhere to stay|place to stay|stay tonight|nowhere to stay|où dormir|place pour dormir|ce soir|tonight',
    'hébergement|shelter|refuge|itinérance|homelessness|homeless|sans-abri|halte-chaleur|dormir|emergency housing',
  ],
  // Alcohol, drugs, gambling
  [
    'boire|bois|boit|drink|drinking|drunk|saoul|soûl|alcool|alcoolique|alcoholic|alcohol|bière|beer|vin|wine|drogue|drug|drugs|dope|cannabis|weed|cocaïne|cocaine|coke|crack|meth|crystal|fentanyl|opioïde|opioid|héroïne|heroin|gambling|gamble|casino|loterie|gratteux|machines à sous|slot machines|betting|pilules|pills|addict|accro|sobre|sober|sevrage|withdrawal|rehab|désintox|consommer|consomme|consommation|using|is using|uses drugs|overdose',
    'dépendance|addiction|toxicomanie|alcool|alcohol|drogue|drug|jeu compulsif|gambling|substance|sevrage|detox|désintoxication|réduction des méfaits|harm reduction|alcooliques anonymes',
  ],
  // Harm reduction: clean equipment, naloxone
  [
    'seringue|seringues|syringe|syringes|needle|needles|échange de seringues|needle exchange|matériel d’injection|injection|pipe|crack pipe|naloxone|narcan|fentanyl test|test strips|bandelettes',
    'réduction des méfaits|harm reduction|seringues|syringes|needle exchange|naloxone|matériel d’injection|injection supervisée|supervised consumption|safer use',
  ],
  // Clothing
  [
    'manteau|coat|jacket|veste|vêtement|clothes|clothing|bottes|boots|linge|chaussures|shoes|mitaines|mittens|tuque|habit|habits|friperie|thrift|winter coat|snowsuit|habit de neige',
    'vêtement|clothing|clothes|friperie|vestiaire|comptoir vestimentaire|thrift|manteau|coat|ressourcerie|boutique solidaire',
  ],
  // Hit, threatened or forced by someone: help for victims, and for violence by a partner
  [
    'frappe|frapper|me frappe|me bat|battu|battue|hits me|hit me|beats me|beat me|hurts me|menace|threatens|violence conjugale|domestic violence|jaloux|jealous|contrôlant|controlling',
    'victimes|victims|victim services|aide aux victimes|cavac|violence conjugale|conjugal|domestic|femmes violentées|intimate partner',
  ],
  // Hit by a parent: help for young people
  [
    'mon père me frappe|ma mère me frappe|mes parents me frappent|my dad hits me|my father hits me|my mom hits me|my mother hits me|my parents hit me|battu par mon père',
    'jeunesse|youth|jeunes|teen|kids|enfants|protection de la jeunesse|child protection|tel-jeunes',
  ],
  [
    'viol|violée|violé|rape|raped|agression sexuelle|sexual assault|attouchements|touched me|inceste|incest',
    'agression sexuelle|sexual assault|calacs|cavac|victimes|victims|sexual violence|violence sexuelle',
  ],
  // Teenagers
  [
    'ado|ados|adolescent|adolescente|teen|teens|teenager|teenagers|jeune|youth|hangout|mdj|12-17|secondaire|high school',
    'jeunes|jeunesse|youth|adolescent|teen|maison des jeunes|ados|mdj|young people',
  ],
  // Babies, parents, pregnancy
  [
    'bébé|baby|babies|enceinte|pregnant|grossesse|pregnancy|nouveau-né|newborn|nouvelle maman|new mom|new mother|jeune maman|young mother|nouveau papa|new dad|parent|parents|garderie|daycare|couches|diapers|allaitement|breastfeeding|poussette|stroller|enfant|enfants|kid|kids|child|children|toddler|naissance|birth|parent seul|parents seuls|famille monoparentale|monoparental|monoparentale|single parent|single parents|single father|single dad|lone parent',
    'famille|family|families|parent|parents|enfant|child|children|périnatalité|périnatal|perinatal|maison de la famille|garderie|maternité|grossesse|pregnancy|parentalité|parenting',
  ],
  // Health, doctor, hospital
  [
    'hôpital|hospital|médecin|doctor|docteur|rendez-vous|appointment|clinique|clinic|infirmière|nurse|malade|sick|médicament|medication|medicine|pharmacie|prise de sang|chimio|chemo|dialyse|dialysis|santé|health|soins',
    'santé|health|médical|medical|soins|care|clinique|clinic|transport médical|accompagnement|rendez-vous médical|medical appointments',
  ],
  // Teeth
  [
    'dentiste|dentist|dentists|dents|dent|teeth|tooth|mal de dents|toothache|dentier|dentures|dental|dentaire|hygiéniste|cavity|carie',
    'dentaire|dental|dentiste|dentist|dents|teeth|denturologiste|denturist|hygiéniste',
  ],
  // Eyes
  [
    'lunettes|glasses|eyeglasses|optométriste|optometrist|yeux|eyes|vision|vue|examen de la vue|eye exam',
    'lunettes|eyeglasses|glasses|optométriste|optometrist|vision|vue|optique',
  ],
  // Getting somewhere
  [
    'lift|ride|rides|transport|conduire|drive|driving|voiture|pas d’auto|no car|autobus|bus|taxi|me rendre|get to|getting to|accompagner|accompany',
    'transport|accompagnement|transport bénévole|accompagnement-transport|transport adapté|ride|rides|driving|drivers|escort|paratransit',
  ],
  // Legal
  [
    'avocat|avocate|lawyer|juridique|legal|tribunal|court|juge|judge|droits|rights|plainte|complaint|contrat|contract|divorce|séparation|separation|garde|custody|pension alimentaire|child support|petites créances|small claims|poursuite|sued|sue|notaire|testament|mandat|power of attorney',
    'juridique|legal|aide juridique|legal aid|droit|rights|avocat|lawyer|justice|clinique juridique|information juridique|legal information|pro bono',
  ],
  // Taxes
  [
    'impôt|impôts|tax|taxes|déclaration de revenus|rapport d’impôt|tax return|income tax|revenu québec|crédit d’impôt|tax credit|tps|gst|solidarité|allocation canadienne',
    'impôt|impôts|tax|taxes|déclaration|income tax|clinique d’impôts|tax clinic|bénévoles en impôt|crédit d’impôt',
  ],
  // Money, debt, bills
  [
    'dette|dettes|debt|debts|argent|money|budget|cash|broke|cassé|pauvre|poor|pauvreté|poverty|facture|factures|bill|bills|électricité|hydro|chauffage|heating|couper|cut off|faillite|bankruptcy|prêt|loan|payday|fin de mois|aide sociale|welfare|chèque|assurance-emploi|huissier|bailiff|collection agency|recouvrement',
    'budget|dette|debt|endettement|finances|financial|argent|money|consultation budgétaire|acef|aide financière|financial assistance|faillite|bankruptcy|budgeting',
  ],
  // Loneliness and isolation, as residents and their families say it. A
  // counsellor answers with friendly visits and calls, check-in (security)
  // calls, listening lines, day centres and seniors' drop-ins: not meals,
  // unless the words say meals. "Seul" alone is read here; the phrases where
  // it means something else ("parent seul", "un seul repas") are listed
  // with their own need below, and a phrase wins over its words.
  [
    'seul|seule|seuls|seules|tout seul|toute seule|vit seul|vit seule|vivent seuls|vivre seul|vis seul|vis seule|habite seul|habite seule|seul toute la journée|seule toute la journée|seul à la maison|seule à la maison|seul chez lui|seule chez elle|se sent seul|se sent seule|me sens seul|me sens seule|sentiment de solitude|solitude|isolé|isolée|isolés|isolement|s’isole|isoler|ennui|s’ennuie|s’ennuient|s’ennuyer|ne sort jamais|sort plus de la maison|sort jamais de la maison|personne ne vient la voir|personne ne vient le voir|personne ne vient me voir|personne vient la voir|personne vient le voir|pas de visite|aucune visite|personne ne l’appelle|personne ne m’appelle|aucun ami|pas d’amis|personne à qui parler|lonely|loneliness|alone|all alone|alone all day|home alone all day|lives alone|living alone|live alone|isolated|isolation|socially isolated|shut in|shut-in|housebound|homebound|never leaves the house|doesn’t leave the house|no visitors|no one visits|nobody visits|no one visits her|no one visits him|no one calls|nobody calls|no friends|nobody to talk to|no one to talk to',
    'isolement|isolation|isolated|solitude|loneliness|lonely|visites d’amitié|appels d’amitié|friendly visits|friendly visiting|friendly calls|appels sécurisants|sécurisants|reassurance|befriending',
  ],
  // Older people
  [
    'vieux|vieille|older|elderly|aîné|aînée|senior|seniors|grand-mère|grand-père|grandmother|grandfather|retraité|retired|retraite|âge d’or|personne âgée|personnes âgées|old age',
    'aînés|seniors|older adults|âge d’or|personnes âgées|elderly|aging|vieillissement',
  ],
  // Sadness, anxiety, someone to talk to
  [
    'triste|tristesse|sad|sadness|déprime|déprimé|déprimée|depressed|depression|dépression|anxieux|anxieuse|anxious|anxiety|anxiété|angoisse|stress|stressé|burnout|épuisé|épuisée|exhausted|pleurer|pleure|crying|cry|ça va pas|pas bien|mal dans ma peau|insomnie|insomnia|psy|psychologue|psychologist|therapist|thérapeute|therapy|thérapie|parler à quelqu’un|parler|jaser|confier|talk|talk to someone|someone to talk to|deuil|grief|grieving|bereavement|mourning|mental',
    'santé mentale|mental health|écoute|listening|soutien psychologique|counselling|counseling|consultation|thérapie|therapy|détresse|groupe d’entraide|support group|deuil|grief|bereavement|psychosocial|anxiété|dépression',
  ],
  // Grief
  [
    'deuil|grief|grieving|bereavement|décès|décédé|décédée|died|passed away|mort|morte|veuf|veuve|widow|widower|funérailles|funeral|perdu mon mari|perdu ma femme|lost my husband|lost my wife',
    'deuil|grief|bereavement|endeuillés|bereaved|groupe de deuil|grief support',
  ],
  // Elder abuse, money taken
  [
    'maltraitance|elder abuse|abus envers les aînés|financial abuse|prend mon argent|vole mon argent|takes my money|takes my pension|steals my money|stealing my money|exploitation financière',
    'maltraitance|elder abuse|abus|aînés|seniors|ligne aide abus aînés|exploitation',
  ],
  // Caring for someone
  [
    'aidant|aidante|caregiver|caregiving|caring for|prendre soin|take care of|ma mère|mon père|my mom|my mother|my father|my dad|alzheimer|alzheimer’s|démence|dementia|parkinson|répit|respite|épuisement|épuisé|épuisée|exhausted|burnout|mémoire|memory loss',
    'proche aidant|proches aidants|caregiver|caregivers|répit|respite|alzheimer|dementia|démence|aidant',
  ],
  // Help at home
  [
    'ménage|cleaning|housework|entretien|home care|home help|soins à domicile|bain|bath|bathing|courses|errands|à domicile|at home|maintien à domicile|stay at home|autonomie|perte d’autonomie',
    'domicile|home|soutien à domicile|home support|entretien ménager|aide domestique|homecare|home care|maintien à domicile|services à domicile|autonomie',
  ],
  // Work
  [
    'emploi|job|jobs|travail|work|chômage|unemployed|unemployment|sans emploi|laid off|layoff|lost my job|fired|congédié|congédiée|mis à pied|mise à pied|perdu mon emploi|perdu ma job|cv|resume|résumé|entrevue|interview|embauche|hiring|carrière|career|formation|training|stage|internship',
    'emploi|employment|job|jobs|travail|work|recherche d’emploi|job search|carrefour jeunesse-emploi|employabilité|employability|insertion|intégration professionnelle|career',
  ],
  // Newcomers
  [
    'moved to canada|new to canada|new in canada|arrived in canada|just arrived|recently arrived|arrivé au canada|arrivée au canada|nouveau au canada|nouvelle au canada|arrivé au québec|moved to quebec|new to quebec|immigrant|immigrante|immigré|immigration|réfugié|réfugiée|refugee|newcomer|newcomers|nouvel arrivant|nouveaux arrivants|arrivé au canada|francisation|apprendre le français|learn french|french classes|cours de français|asile|asylum|visa|permis de travail|work permit|résidence permanente|permanent residence|citoyenneté|citizenship',
    'immigrant|immigration|newcomer|newcomers|nouveaux arrivants|réfugié|refugee|francisation|intégration|accueil|settlement|demandeur d’asile|asylum',
  ],
  // School, reading, homework
  [
    'devoirs|homework|école|school|tutorat|tutoring|tutor|lire|read|reading|écrire|write|writing|alphabétisation|literacy|décrochage|dropout|examen|exam|retour aux études|back to school|diplôme|diploma',
    'devoirs|homework|tutorat|tutoring|scolaire|school|alphabétisation|literacy|éducation|education|soutien scolaire|persévérance|adult education',
  ],
  // Disability
  [
    'handicap|handicapé|handicapée|disabled|disability|fauteuil roulant|wheelchair|aveugle|blind|malvoyant|sourd|sourde|deaf|autisme|autism|autiste|tsa|déficience|intellectual disability|mobilité réduite|reduced mobility',
    'handicap|disability|disabilities|déficience|accessibilité|accessibility|limitation fonctionnelle|adapté|autisme|autism|special needs',
  ],
  // Women
  [
    'femme|femmes|woman|women|mère monoparentale|single mother|single mom',
    'femmes|women|centre de femmes|women’s centre|condition féminine',
  ],
  // Sexual and gender diversity
  [
    'gai|gay|lesbienne|lesbian|trans|transgenre|transgender|queer|non binaire|non-binary|coming out|sortie du placard|lgbt|lgbtq|orientation sexuelle|identité de genre',
    'lgbt|lgbtq|2elgbtqi|queer|diversité sexuelle|gender|genre|trans|gai|gay',
  ],
  // Volunteering
  [
    'bénévole|volunteer|volunteering|aider les autres|donner du temps|m’impliquer|get involved|implication',
    'bénévolat|volunteer|bénévole|volunteering|centre d’action bénévole|implication',
  ],
  // First Peoples
  [
    'autochtone|indigenous|premières nations|first nations|inuit|métis|native',
    'autochtone|indigenous|premières nations|first nations|centre d’amitié|friendship centre|inuit|métis',
  ],
  // Where to ask
  [
    '211|où trouver|qui appeler|who to call|where to find|information|renseignements|référence|referral|orienter',
    'information|référence|referral|orientation|211|répertoire|directory',
  ],
  // Men and fathers
  [
    'homme|hommes|man|men|père|father|paternité|fatherhood',
    'hommes|men|paternité|fatherhood|pères|fathers',
  ],
  // Furniture and household goods
  [
    'meubles|furniture|lit|bed|matelas|mattress|divan|sofa|couch|canapé|table|chaise|chaises|chair|chairs|électroménagers|appliances|vaisselle|dishes|frigo|fridge|nouvel appartement|new apartment',
    'meubles|furniture|ressourcerie|électroménagers|appliances|dépannage|recyclage|thrift',
  ],
];
