// Service-type templates: name patterns and description sentences, in French
// and English, shared by the demo generator and the large-feed generator.
//
// Placeholders — French: {town} "Rimouski", {deTown} "de Rimouski", {aTown}
// "à Rimouski", {area} "du Kamouraska", {nick} "L'Envol". English: {town},
// {area} "Kamouraska", {nick}.

const D5 = ['mo', 'tu', 'we', 'th', 'fr'];
const D7 = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** Hours patterns: functions of the PRNG returning `hours` arrays. */
export const HOURS = {
  office: () => [{ days: D5, opens: '08:30', closes: '12:00' }, { days: D5, opens: '13:00', closes: '16:30' }],
  office2: () => [{ days: ['mo', 'tu', 'we', 'th'], opens: '09:00', closes: '16:00' }, { days: ['fr'], opens: '09:00', closes: '12:00' }],
  officeLong: () => [{ days: D5, opens: '09:00', closes: '17:00' }],
  officeEvening: () => [{ days: D5, opens: '09:00', closes: '17:00' }, { days: ['tu', 'th'], opens: '17:00', closes: '20:00' }],
  foodbank: (r) => r.pick([
    [{ days: ['tu', 'th'], opens: '13:00', closes: '16:00' }],
    [{ days: ['we'], opens: '09:00', closes: '11:30' }, { days: ['we'], opens: '13:00', closes: '15:30' }],
    [{ days: ['mo', 'we', 'fr'], opens: '09:30', closes: '12:00' }],
    [{ days: ['th'], opens: '13:30', closes: '18:30' }],
    [{ days: ['tu'], opens: '10:00', closes: '15:00' }, { days: ['fr'], opens: '10:00', closes: '12:00' }],
  ]),
  kitchen: (r) => r.pick([
    [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '11:00', closes: '13:00' }],
    [{ days: ['tu', 'th'], opens: '09:00', closes: '14:00' }],
    [{ days: ['we'], opens: '08:30', closes: '13:30' }],
    [{ days: ['mo', 'we', 'fr'], opens: '11:30', closes: '13:30' }, { days: ['sa'], opens: '11:30', closes: '13:00' }],
  ]),
  meals: (r) => r.pick([
    [{ days: ['mo', 'we', 'fr'], opens: '10:30', closes: '12:30' }],
    [{ days: ['tu', 'th'], opens: '10:00', closes: '12:30' }],
    [{ days: D5, opens: '10:30', closes: '12:00' }],
  ]),
  group: (r) => {
    const d = r.pick(['mo', 'tu', 'we', 'th']);
    return r.pick([
      [{ days: [d], opens: '19:00', closes: '21:00' }],
      [{ days: [d], opens: '18:30', closes: '20:30' }],
      [{ days: [d], opens: '13:30', closes: '15:30' }],
    ]);
  },
  youth: (r) => r.pick([
    [{ days: ['tu', 'we', 'th'], opens: '15:30', closes: '20:30' }, { days: ['fr'], opens: '15:30', closes: '22:00' }, { days: ['sa'], opens: '13:00', closes: '21:00' }],
    [{ days: ['mo', 'tu', 'we', 'th'], opens: '15:00', closes: '21:00' }, { days: ['fr'], opens: '15:00', closes: '23:00' }],
    [{ days: ['we', 'th'], opens: '16:00', closes: '21:00' }, { days: ['fr', 'sa'], opens: '17:00', closes: '23:00' }],
  ]),
  homework: () => [{ days: ['mo', 'tu', 'we', 'th'], opens: '15:30', closes: '17:30' }],
  always: () => [{ days: D7, opens: '00:00', closes: '24:00' }],
  walkin: (r) => r.pick([
    [{ days: ['tu', 'th'], opens: '12:00', closes: '19:00' }],
    [{ days: ['mo', 'we'], opens: '13:00', closes: '20:00' }, { days: ['sa'], opens: '10:00', closes: '14:00' }],
    [{ days: D5, opens: '10:00', closes: '18:00' }],
  ]),
  taxes: (r) => r.pick([
    [{ days: ['tu', 'we', 'th'], opens: '09:00', closes: '12:00' }, { days: ['tu', 'we', 'th'], opens: '13:00', closes: '16:00' }],
    [{ days: ['mo', 'we'], opens: '13:00', closes: '20:00' }],
    [{ days: ['sa'], opens: '09:00', closes: '15:00' }],
  ]),
  seniors: () => [{ days: D5, opens: '09:00', closes: '16:00' }],
};

const CLOSING = [
  ['Appelez-nous pour vérifier les disponibilités avant de vous déplacer.', 'Please call to check availability before coming in.'],
  ['Les services sont confidentiels et offerts dans le respect de votre rythme.', 'Services are confidential and offered at your own pace.'],
  ['Aucune référence n’est nécessaire : vous pouvez nous joindre directement.', 'No referral is needed: you can contact us directly.'],
  ['L’organisme compte sur une équipe de bénévoles engagés depuis de nombreuses années.', 'The organization relies on a team of long-time volunteers.'],
  ['Un accueil chaleureux et sans jugement vous attend.', 'You can expect a warm, non-judgmental welcome.'],
  ['Stationnement gratuit à proximité et arrêt d’autobus à deux pas.', 'Free parking nearby and a bus stop close by.'],
];

/** Short host-name prefixes for fictional websites/emails. */
export const HOST = {
  'info-referral': 'info211', volunteering: 'cab', 'food-bank': 'alimentaire', 'community-kitchen': 'cuisines',
  'meals-on-wheels': 'popote', 'mental-health-centre': 'santementale', 'mental-health-group': 'entraide',
  'addiction-group': 'retablissement', 'addiction-service': 'dependances', counselling: 'sansrdv',
  'medical-transport': 'transport', 'crisis-line': 'cps', shelter: 'hebergement', 'womens-shelter': 'maisonfemmes',
  'housing-help': 'logement', 'home-support': 'domicile', 'caregiver-support': 'prochesaidants', 'seniors-centre': 'aines',
  'youth-house': 'mdj', 'homework-help': 'devoirs', 'family-centre': 'famille', 'womens-centre': 'femmes',
  lgbtq: 'diversite', newcomers: 'accueil', 'tax-clinic': 'impots', 'budget-debt': 'budget', 'legal-info': 'juridique',
};

export const SERVICES = {
  'info-referral': {
    cats: ['info-referral'], aud: [], delivery: ['phone', 'online'], cost: 'free', hours: 'officeLong',
    names: [['Info-Référence {area} 211', '{area} 211 Information and Referral'], ['Centre d’information communautaire {area}', '{area} Community Information Centre']],
    intro: [
      ['Service gratuit et confidentiel d’information et de référence qui vous oriente vers les ressources communautaires, publiques et parapubliques {area}.', 'A free, confidential information and referral service that connects you with community, public and para-public resources in {area}.'],
      ['Vous ne savez pas à qui vous adresser? Nos préposés trouvent avec vous l’organisme qui répond à votre besoin, qu’il s’agisse d’alimentation, de logement ou de soutien psychosocial.', 'Not sure where to turn? Our information officers help you find the right organization, whether you need food, housing or psychosocial support.'],
    ],
    details: [
      ['Le répertoire couvre plus de 1 000 services et est mis à jour chaque année.', 'The directory lists more than 1,000 services and is updated every year.'],
      ['Service d’interprétation offert sur demande dans plusieurs langues.', 'Interpretation is available on request in several languages.'],
      ['Vous pouvez aussi nous écrire par clavardage pendant les heures d’ouverture.', 'You can also reach us by live chat during opening hours.'],
    ],
  },
  volunteering: {
    cats: ['volunteering'], aud: [], delivery: ['in-person', 'phone'], cost: 'free', hours: 'office',
    names: [['Centre d’action bénévole {area}', '{area} Volunteer Centre'], ['Centre d’action bénévole {nick}', '{nick} Volunteer Centre']],
    intro: [
      ['Le centre d’action bénévole fait la promotion de l’engagement bénévole et jumelle les citoyens avec les organismes {area} qui ont besoin de bras.', 'The volunteer centre promotes volunteering and matches residents with organizations in {area} that need a hand.'],
      ['Vous avez quelques heures par semaine à offrir? Nous vous aidons à trouver une activité bénévole qui vous ressemble, près de chez vous.', 'Have a few hours a week to give? We help you find a volunteer activity that suits you, close to home.'],
    ],
    details: [
      ['Le centre offre aussi des services directs aux aînés : appels d’amitié, visites et accompagnement.', 'The centre also offers direct services to seniors: friendly calls, visits and accompaniment.'],
      ['Formations gratuites offertes aux bénévoles deux fois par année.', 'Free training sessions for volunteers are held twice a year.'],
      ['Les jeunes de 14 ans et plus peuvent s’inscrire avec l’autorisation d’un parent.', 'Young people aged 14 and over may register with a parent’s consent.'],
    ],
  },
  'food-bank': {
    cats: ['food-banks'], aud: [], delivery: ['in-person'], cost: 'free', hours: 'foodbank',
    names: [
      ['Comptoir alimentaire {nick}', '{nick} Food Bank'],
      ['Le Garde-Manger {deTown}', '{town} Community Pantry'],
      ['Dépannage alimentaire {area}', '{area} Emergency Food Bank'],
      ['L’Épicerie solidaire {deTown}', '{town} Solidarity Grocery'],
    ],
    intro: [
      ['Banque alimentaire offrant un dépannage alimentaire aux personnes et aux familles à faible revenu {area}, avec ou sans rendez-vous.', 'A food bank providing emergency food to low-income individuals and families in {area}, with or without an appointment.'],
      ['Distribution hebdomadaire de denrées non périssables, de fruits, de légumes et de produits laitiers pour les ménages qui traversent une période difficile.', 'Weekly distribution of non-perishable food, fruit, vegetables and dairy for households going through a hard time.'],
    ],
    details: [
      ['Une preuve de résidence et de revenu est demandée lors de la première visite.', 'Proof of address and income is requested on the first visit.'],
      ['Des paniers de Noël sont distribués en décembre; l’inscription se fait en novembre.', 'Christmas hampers are distributed in December; registration takes place in November.'],
      ['Apportez vos sacs réutilisables.', 'Please bring your own reusable bags.'],
      ['Un petit montant symbolique de 2 $ peut être demandé par panier.', 'A symbolic $2 contribution per basket may be requested.'],
    ],
    eligibility: [['Personnes et familles à faible revenu {area}.', 'Low-income individuals and families in {area}.']],
  },
  'community-kitchen': {
    cats: ['community-kitchens'], aud: [], delivery: ['in-person'], cost: 'low-cost', hours: 'kitchen',
    names: [['Cuisines collectives {area}', '{area} Community Kitchens'], ['La Soupière {deTown}', '{town} Soup Kitchen'], ['Cuisine communautaire {nick}', '{nick} Community Kitchen']],
    intro: [
      ['Des petits groupes se réunissent pour planifier, cuisiner et se partager des repas sains à faible coût; chaque participant repart avec plusieurs portions.', 'Small groups meet to plan, cook and share healthy, low-cost meals; each participant goes home with several portions.'],
      ['Repas chaud du midi servi dans une ambiance conviviale, pour une contribution volontaire; personne n’est refusé faute d’argent.', 'A hot lunch served in a friendly setting for a voluntary contribution; nobody is turned away for lack of money.'],
    ],
    details: [
      ['Les groupes sont ouverts aux familles, aux aînés et aux personnes seules.', 'Groups are open to families, seniors and people living alone.'],
      ['Des ateliers sur l’épicerie à petit budget et la conservation des aliments sont offerts au printemps.', 'Workshops on grocery shopping on a budget and food preservation are offered in the spring.'],
      ['Halte-garderie gratuite pendant les séances de cuisine.', 'Free childcare is available during cooking sessions.'],
    ],
    fees: [['Environ 1,50 $ par portion, selon la recette.', 'About $1.50 per portion, depending on the recipe.'], ['Contribution volontaire suggérée : 3 $.', 'Suggested voluntary contribution: $3.']],
  },
  'meals-on-wheels': {
    cats: ['meals-on-wheels'], aud: ['seniors', 'people-with-disabilities'], delivery: ['home-visit'], cost: 'low-cost', hours: 'meals',
    names: [['Popote roulante {deTown}', '{town} Meals on Wheels'], ['Popote roulante {area}', '{area} Meals on Wheels']],
    intro: [
      ['Livraison à domicile de repas chauds, complets et à prix modique pour les aînés et les personnes en perte d’autonomie {area}.', 'Delivery of hot, complete, low-cost meals to the homes of seniors and people with reduced autonomy in {area}.'],
      ['Des bénévoles livrent un repas chaud trois midis par semaine; leur visite est aussi l’occasion de prendre des nouvelles.', 'Volunteers deliver a hot lunch three days a week; each visit is also a chance to check in.'],
    ],
    details: [
      ['Des repas surgelés sont aussi offerts pour les fins de semaine.', 'Frozen meals are also available for weekends.'],
      ['Les menus tiennent compte des diètes sans sel ajouté et diabétiques.', 'Menus accommodate no-added-salt and diabetic diets.'],
      ['Inscription par téléphone; le service peut commencer dès la semaine suivante.', 'Register by phone; service can start the following week.'],
    ],
    fees: [['7 $ par repas (soupe, plat principal et dessert).', '$7 per meal (soup, main course and dessert).'], ['6,50 $ le repas livré.', '$6.50 per delivered meal.']],
  },
  'mental-health-centre': {
    cats: ['mental-health'], aud: [], delivery: ['in-person', 'phone'], cost: 'free', hours: 'office',
    names: [['{nick}, ressource alternative en santé mentale', '{nick} Mental Health Resource'], ['Le Pont, centre de jour en santé mentale {deTown}', 'Le Pont Mental Health Day Centre ({town})']],
    intro: [
      ['Organisme communautaire qui accueille les adultes vivant avec un problème de santé mentale et leur offre écoute, suivi individuel et activités de groupe.', 'A community organization welcoming adults living with mental health issues, offering listening, individual follow-up and group activities.'],
      ['Milieu de vie où les personnes vivant de l’anxiété, de la dépression ou d’autres difficultés peuvent briser l’isolement et reprendre du pouvoir sur leur vie.', 'A drop-in centre where people living with anxiety, depression or other difficulties can break their isolation and regain control of their lives.'],
    ],
    details: [
      ['Ateliers sur la gestion du stress et l’estime de soi chaque saison.', 'Workshops on stress management and self-esteem every season.'],
      ['Accompagnement dans la défense de droits en santé mentale.', 'Support with mental health rights advocacy.'],
      ['Des repas communautaires sont servis le vendredi midi.', 'Community lunches are served on Fridays.'],
    ],
  },
  'mental-health-group': {
    cats: ['mental-health'], aud: [], delivery: ['in-person'], cost: 'free', hours: 'group',
    names: [['Groupe d’entraide {nick}', '{nick} Peer Support Group'], ['Groupe de soutien anxiété et dépression {deTown}', '{town} Anxiety and Depression Support Group']],
    intro: [
      ['Groupe d’entraide hebdomadaire animé par des pairs pour les personnes qui vivent de l’anxiété, de la dépression ou un épuisement professionnel.', 'A weekly peer-led support group for people living with anxiety, depression or burnout.'],
      ['Rencontres de soutien où l’on partage son vécu et des stratégies concrètes pour traverser les moments difficiles, dans le respect et la confidentialité.', 'Support meetings where participants share their experience and practical strategies for getting through hard times, with respect and confidentiality.'],
    ],
    details: [
      ['Aucune inscription requise; présentez-vous quelques minutes avant le début.', 'No registration needed; arrive a few minutes early.'],
      ['Les proches sont les bienvenus à la première rencontre du mois.', 'Family members are welcome at the first meeting of each month.'],
    ],
  },
  'addiction-group': {
    cats: ['addictions'], aud: [], delivery: ['in-person'], cost: 'free', hours: 'group',
    names: [['Groupe de soutien en dépendances {nick}', '{nick} Addiction Support Group'], ['Cercle de rétablissement {deTown}', '{town} Recovery Circle']],
    intro: [
      ['Groupe de soutien pour les personnes qui veulent réduire ou arrêter leur consommation d’alcool, de drogues ou de médicaments, et pour celles qui sont en rétablissement.', 'A support group for people who want to cut down or stop using alcohol, drugs or medication, and for people in recovery.'],
      ['Rencontres ouvertes et anonymes pour parler de dépendance, de jeu compulsif ou de cyberdépendance avec des personnes qui vivent la même chose.', 'Open, anonymous meetings to talk about addiction, problem gambling or internet addiction with people going through the same thing.'],
    ],
    details: [
      ['Un intervenant est présent après chaque rencontre pour les personnes qui souhaitent un suivi individuel.', 'A counsellor stays after each meeting for anyone who wants individual follow-up.'],
      ['Le groupe suit une approche de réduction des méfaits.', 'The group follows a harm-reduction approach.'],
    ],
  },
  'addiction-service': {
    cats: ['addictions'], aud: [], delivery: ['in-person', 'phone'], cost: 'free', hours: 'officeEvening',
    names: [['Maison {nick}, centre en dépendances', '{nick} Addiction Centre'], ['Service d’aide en dépendances {area}', '{area} Addiction Services']],
    intro: [
      ['Évaluation, suivi externe et thérapie de groupe pour les adultes aux prises avec une dépendance à l’alcool, aux drogues ou au jeu.', 'Assessment, outpatient follow-up and group therapy for adults struggling with alcohol, drug or gambling addiction.'],
      ['Accompagnement des personnes et de leurs proches à toutes les étapes : réflexion, sevrage, réadaptation et maintien des acquis.', 'Support for individuals and their loved ones at every stage: reflection, withdrawal, rehabilitation and relapse prevention.'],
    ],
    details: [
      ['Distribution de matériel de consommation à moindre risque et de naloxone.', 'Distribution of safer-use supplies and naloxone.'],
      ['Un groupe pour l’entourage se réunit un soir par mois.', 'A group for family and friends meets one evening a month.'],
    ],
  },
  counselling: {
    cats: ['counselling'], aud: [], delivery: ['in-person', 'phone', 'online'], cost: 'free', hours: 'walkin',
    names: [['Clinique de consultation sans rendez-vous {nick}', '{nick} Walk-in Counselling Clinic'], ['Consultation sans rendez-vous {area}', '{area} Walk-in Counselling']],
    intro: [
      ['Une séance de consultation gratuite avec un intervenant professionnel, le jour même et sans rendez-vous, pour faire le point sur une situation difficile.', 'A free single counselling session with a professional counsellor, same day and without an appointment, to take stock of a difficult situation.'],
      ['Besoin de parler maintenant? Présentez-vous sans rendez-vous pour une rencontre d’environ une heure avec une travailleuse sociale ou un psychothérapeute.', 'Need to talk now? Walk in for a one-hour session with a social worker or psychotherapist.'],
    ],
    details: [
      ['Les séances peuvent aussi se faire par vidéo ou par téléphone.', 'Sessions can also take place by video or phone.'],
      ['Arrivez au moins une heure avant la fermeture.', 'Please arrive at least one hour before closing.'],
      ['Pour adultes, adolescents de 12 ans et plus, couples et familles.', 'For adults, youth aged 12 and over, couples and families.'],
    ],
  },
  'medical-transport': {
    cats: ['medical-transport'], aud: ['seniors', 'people-with-disabilities'], delivery: ['phone'], cost: 'low-cost', hours: 'office2',
    names: [['Accompagnement-transport médical {area}', '{area} Medical Accompaniment and Transport'], ['Service d’accompagnement {nick}', '{nick} Medical Escort Service']],
    intro: [
      ['Des bénévoles conduisent et accompagnent les aînés et les personnes à mobilité réduite à leurs rendez-vous médicaux, à l’hôpital ou en clinique.', 'Volunteer drivers take seniors and people with reduced mobility to their medical appointments, at the hospital or clinic, and stay with them.'],
      ['Transport-accompagnement bénévole pour les rendez-vous médicaux {area} et vers les hôpitaux des grands centres.', 'Volunteer accompaniment and transportation to medical appointments in {area} and to hospitals in larger cities.'],
    ],
    details: [
      ['Réservez au moins 72 heures à l’avance.', 'Book at least 72 hours in advance.'],
      ['Le tarif est calculé au kilomètre; une aide financière est possible.', 'Fees are charged per kilometre; financial assistance may be available.'],
      ['L’accompagnateur reste avec vous pendant toute la durée du rendez-vous.', 'Your escort stays with you for the whole appointment.'],
    ],
    fees: [['0,45 $ du kilomètre, aller-retour.', '$0.45 per kilometre, round trip.']],
  },
  'crisis-line': {
    cats: ['crisis-lines'], aud: [], delivery: ['phone'], cost: 'free', hours: 'always',
    names: [['Centre de prévention du suicide {area}', '{area} Suicide Prevention Centre']],
    intro: [
      ['Intervention téléphonique 24 heures sur 24 pour les personnes en détresse, qui ont des idées suicidaires ou qui s’inquiètent pour un proche.', 'Round-the-clock phone support for people in distress, having suicidal thoughts, or worried about someone close to them.'],
    ],
    details: [
      ['Suivi étroit offert aux personnes à risque après l’appel.', 'Close follow-up is offered to people at risk after the call.'],
      ['Formation sentinelle offerte aux milieux de travail.', 'Gatekeeper training is offered to workplaces.'],
    ],
  },
  shelter: {
    cats: ['shelters'], aud: [], delivery: ['in-person'], cost: 'free', hours: 'always',
    names: [['Gîte {nick}', '{nick} Shelter'], ['Maison d’hébergement d’urgence {deTown}', '{town} Emergency Shelter']],
    intro: [
      ['Hébergement d’urgence pour les adultes en situation d’itinérance ou à risque de le devenir : lit, repas, douche et accompagnement vers un logement.', 'Emergency shelter for adults who are homeless or at risk of homelessness: a bed, meals, a shower and help finding housing.'],
      ['Refuge ouvert jour et nuit qui offre un toit temporaire, de l’écoute et un plan de sortie aux personnes sans domicile fixe.', 'A shelter open day and night offering temporary accommodation, support and an exit plan to people with no fixed address.'],
    ],
    details: [
      ['Séjours de 1 à 30 jours selon la situation.', 'Stays of 1 to 30 days depending on the situation.'],
      ['Les animaux de compagnie sont acceptés dans deux chambres.', 'Pets are accepted in two rooms.'],
      ['Accueil possible en tout temps; appelez avant d’arriver si possible.', 'Admission is possible at any time; call ahead if you can.'],
    ],
  },
  'womens-shelter': {
    cats: ['family-violence', 'shelters'], aud: ['women', 'children'], delivery: ['in-person', 'phone'], cost: 'free', hours: 'always',
    names: [['Maison d’hébergement {nick}', '{nick} Women’s Shelter'], ['Maison des femmes {area}', '{area} Women’s Transition House']],
    intro: [
      ['Maison d’hébergement pour femmes victimes de violence conjugale et leurs enfants; l’adresse est confidentielle pour la sécurité des résidentes.', 'A shelter for women experiencing intimate partner violence and their children; the address is confidential for residents’ safety.'],
    ],
    details: [
      ['Ligne d’écoute 24/7 et services externes sans hébergement.', '24/7 support line and outreach services without a stay.'],
      ['Accompagnement à la cour et dans les démarches juridiques.', 'Accompaniment to court and through legal procedures.'],
      ['Intervention jeunesse pour les enfants exposés à la violence.', 'Youth intervention for children exposed to violence.'],
    ],
  },
  'housing-help': {
    cats: ['housing-help'], aud: [], delivery: ['in-person', 'phone'], cost: 'free', hours: 'office',
    names: [['Comité logement {area}', '{area} Housing Committee'], ['Association des locataires {deTown}', '{town} Tenants’ Association']],
    intro: [
      ['Information sur les droits des locataires, aide à la recherche de logement et soutien lors des litiges avec un propriétaire.', 'Information on tenants’ rights, help finding housing, and support in disputes with a landlord.'],
      ['Le comité aide les ménages à faible revenu à remplir les demandes de logement social, de HLM et de supplément au loyer.', 'The committee helps low-income households apply for social housing, public housing and rent supplements.'],
    ],
    details: [
      ['Rencontres d’information sur la hausse de loyer en janvier et février.', 'Information sessions on rent increases in January and February.'],
      ['Liste de logements disponibles mise à jour chaque semaine.', 'A list of available apartments is updated weekly.'],
    ],
  },
  'home-support': {
    cats: ['home-support'], aud: ['seniors', 'people-with-disabilities'], delivery: ['home-visit', 'phone'], cost: 'fee', hours: 'office',
    names: [['Coopérative de services à domicile {area}', '{area} Home Services Co-op'], ['Aide à domicile {nick}', '{nick} Home Support']],
    intro: [
      ['Entreprise d’économie sociale qui offre de l’aide à domicile aux aînés : entretien ménager léger et lourd, préparation de repas, courses et aide à la personne.', 'A social-economy enterprise offering home support to seniors: light and heavy housekeeping, meal preparation, errands and personal care.'],
      ['Services de maintien à domicile pour permettre aux personnes âgées et aux personnes en perte d’autonomie de rester chez elles plus longtemps.', 'Home support services that help older adults and people with reduced autonomy stay in their own homes longer.'],
    ],
    details: [
      ['Le tarif horaire est réduit grâce au programme d’exonération financière pour les services d’aide domestique.', 'The hourly rate is reduced through the provincial financial assistance program for domestic help services.'],
      ['Les préposés sont formés et ont un antécédent judiciaire vérifié.', 'Workers are trained and have a verified background check.'],
    ],
    fees: [['De 4 $ à 28 $ l’heure selon l’aide financière admissible.', '$4 to $28 an hour depending on eligible financial assistance.']],
  },
  'caregiver-support': {
    cats: ['caregiver-support'], aud: ['caregivers', 'seniors'], delivery: ['in-person', 'phone'], cost: 'free', hours: 'office2',
    names: [['Association des proches aidants {area}', '{area} Caregivers’ Association'], ['Répit {nick}', '{nick} Respite']],
    intro: [
      ['Soutien aux proches aidants qui prennent soin d’un parent, d’un conjoint ou d’un enfant : écoute, groupes de soutien, formations et répit.', 'Support for caregivers looking after a parent, spouse or child: listening, support groups, training and respite.'],
      ['Vous aidez un proche malade ou en perte d’autonomie? Nous vous offrons du répit à domicile et un groupe d’entraide mensuel.', 'Caring for a loved one who is ill or losing autonomy? We offer in-home respite and a monthly support group.'],
    ],
    details: [
      ['Le café-rencontre des proches aidants a lieu le premier mardi du mois.', 'The caregivers’ coffee meeting takes place on the first Tuesday of the month.'],
      ['Consultations individuelles avec une intervenante psychosociale.', 'Individual sessions with a psychosocial counsellor.'],
    ],
  },
  'seniors-centre': {
    cats: ['seniors-centres'], aud: ['seniors'], delivery: ['in-person', 'phone'], cost: 'low-cost', hours: 'seniors',
    names: [['Club des aînés {deTown}', '{town} Seniors’ Club'], ['Carrefour des aînés {nick}', '{nick} Seniors’ Centre']],
    intro: [
      ['Milieu de vie pour les personnes de 50 ans et plus : activités physiques, conférences, dîners communautaires et appels d’amitié contre l’isolement.', 'A community centre for people aged 50 and over: exercise classes, talks, community lunches and friendly calls to fight isolation.'],
    ],
    details: [
      ['Cours d’initiation à la tablette et au téléphone intelligent.', 'Introductory classes on tablets and smartphones.'],
      ['Carte de membre annuelle à 20 $.', 'Annual membership is $20.'],
    ],
  },
  'youth-house': {
    cats: ['youth-houses'], aud: ['youth'], delivery: ['in-person'], cost: 'free', hours: 'youth',
    names: [['Maison des jeunes {nick}', '{nick} Youth Centre'], ['Maison des jeunes {deTown}', '{town} Youth Centre']],
    intro: [
      ['Lieu de rencontre animé pour les 12 à 17 ans où les jeunes peuvent se retrouver après l’école, réaliser des projets et parler à des animateurs de confiance.', 'A lively drop-in for 12- to 17-year-olds where teens can hang out after school, run projects and talk with trusted youth workers.'],
      ['La maison des jeunes accueille les adolescents dans un lieu sécuritaire : jeux, sorties, cuisine, sport et prévention.', 'The youth centre welcomes teens in a safe space: games, outings, cooking, sports and prevention activities.'],
    ],
    details: [
      ['Aide aux devoirs le mardi et le mercredi.', 'Homework help on Tuesdays and Wednesdays.'],
      ['Les jeunes participent aux décisions par leur comité.', 'Teens take part in decisions through their own committee.'],
      ['Sorties et camps organisés pendant la semaine de relâche et l’été.', 'Outings and camps during spring break and the summer.'],
    ],
  },
  'homework-help': {
    cats: ['homework-help'], aud: ['children', 'youth', 'families'], delivery: ['in-person'], cost: 'free', hours: 'homework',
    names: [['Aide aux devoirs {nick}', '{nick} Homework Club'], ['Service d’aide aux devoirs {deTown}', '{town} Homework Help']],
    intro: [
      ['Aide aux devoirs et aux leçons pour les élèves du primaire, quatre après-midi par semaine, avec des bénévoles et une collation santé.', 'Homework help for elementary students four afternoons a week, with volunteer tutors and a healthy snack.'],
    ],
    details: [
      ['Soutien aux parents allophones pour suivre le parcours scolaire de leurs enfants.', 'Support for parents who speak other languages to follow their children’s schooling.'],
      ['Places limitées; inscription en septembre.', 'Spaces are limited; registration in September.'],
    ],
  },
  'family-centre': {
    cats: ['family-resources'], aud: ['families', 'children'], delivery: ['in-person'], cost: 'free', hours: 'office',
    names: [['Maison de la famille {area}', '{area} Family Resource Centre'], ['Maison de la famille {nick}', '{nick} Family Centre']],
    intro: [
      ['Milieu de vie pour les parents et les enfants de 0 à 12 ans : halte-garderie, ateliers parents-enfants, cuisine collective et soutien en périnatalité.', 'A gathering place for parents and children aged 0 to 12: drop-in daycare, parent-child workshops, group cooking and perinatal support.'],
    ],
    details: [
      ['Joujouthèque et vêtements pour enfants à petit prix.', 'Toy library and low-cost children’s clothing.'],
      ['Groupe pour les pères un samedi par mois.', 'A dads’ group meets one Saturday a month.'],
    ],
  },
  'womens-centre': {
    cats: ['womens-centres'], aud: ['women'], delivery: ['in-person', 'phone'], cost: 'free', hours: 'office2',
    names: [['Centre de femmes {nick}', '{nick} Women’s Centre'], ['Centre de femmes {area}', '{area} Women’s Centre']],
    intro: [
      ['Lieu d’appartenance pour les femmes de tous âges : écoute, accompagnement, ateliers, cafés-rencontres et actions collectives pour l’égalité.', 'A place of belonging for women of all ages: support, accompaniment, workshops, coffee meetings and collective action for equality.'],
    ],
    details: [
      ['Service d’écoute sans rendez-vous pendant les heures d’ouverture.', 'Drop-in support during opening hours.'],
      ['Ateliers d’informatique et de français pour les femmes immigrantes.', 'Computer and French workshops for immigrant women.'],
    ],
  },
  lgbtq: {
    cats: ['lgbtq'], aud: ['2slgbtq'], delivery: ['in-person', 'online'], cost: 'free', hours: 'walkin',
    names: [['Diversité {nick}', '{nick} Diversity Centre']],
    intro: [
      ['Organisme de soutien aux personnes 2ELGBTQI+ et à leurs proches : groupes de discussion, accompagnement des personnes trans et sensibilisation dans les écoles.', 'Support for 2SLGBTQ+ people and their families: discussion groups, support for trans people and awareness workshops in schools.'],
    ],
    details: [['Un groupe pour les jeunes de 14 à 25 ans se réunit chaque jeudi.', 'A group for young people aged 14 to 25 meets every Thursday.']],
  },
  newcomers: {
    cats: ['newcomers'], aud: ['newcomers', 'families'], delivery: ['in-person', 'phone'], cost: 'free', hours: 'officeLong',
    names: [['Service d’accueil des nouveaux arrivants {area}', '{area} Newcomer Welcome Service'], ['Carrefour interculturel {nick}', '{nick} Intercultural Centre']],
    intro: [
      ['Accueil et intégration des personnes immigrantes et réfugiées : installation, francisation, recherche d’emploi, jumelage interculturel et aide aux démarches.', 'Settlement and integration support for immigrants and refugees: getting settled, French classes, job search, intercultural matching and help with paperwork.'],
    ],
    details: [
      ['Interprètes disponibles en arabe, en espagnol, en swahili et en dari.', 'Interpreters available in Arabic, Spanish, Swahili and Dari.'],
      ['Activités d’intégration pour les familles la fin de semaine.', 'Weekend integration activities for families.'],
    ],
  },
  'tax-clinic': {
    cats: ['tax-clinics'], aud: [], delivery: ['in-person'], cost: 'free', hours: 'taxes',
    names: [['Clinique d’impôts bénévole {deTown}', '{town} Volunteer Tax Clinic'], ['Clinique d’impôts {nick}', '{nick} Tax Clinic']],
    intro: [
      ['Des bénévoles remplissent gratuitement les déclarations de revenus des personnes à faible revenu, pour recevoir crédits et prestations.', 'Volunteers fill out tax returns free of charge for people with low incomes, so they receive credits and benefits.'],
    ],
    details: [
      ['Apportez vos feuillets (T4, relevés 1, etc.) et votre avis de cotisation de l’an dernier.', 'Bring your slips (T4, RL-1, etc.) and last year’s notice of assessment.'],
      ['Revenu maximal : 35 000 $ pour une personne seule.', 'Maximum income: $35,000 for a single person.'],
    ],
    eligibility: [['Revenu familial modeste et situation fiscale simple.', 'Modest household income and a simple tax situation.']],
  },
  'budget-debt': {
    cats: ['budget-debt'], aud: [], delivery: ['in-person', 'phone'], cost: 'free', hours: 'office',
    names: [['Service budgétaire {area}', '{area} Budget Counselling Service']],
    intro: [
      ['Consultations budgétaires gratuites et confidentielles pour reprendre le contrôle de ses finances, négocier avec ses créanciers et éviter la faillite.', 'Free, confidential budget counselling to regain control of your finances, negotiate with creditors and avoid bankruptcy.'],
    ],
    details: [['Ateliers « Mon budget, mes choix » offerts à la bibliothèque.', '“My Budget, My Choices” workshops are offered at the library.']],
  },
  'legal-info': {
    cats: ['legal-info'], aud: [], delivery: ['in-person', 'phone'], cost: 'free', hours: 'office2',
    names: [['Clinique juridique {nick}', '{nick} Legal Clinic']],
    intro: [
      ['Information juridique gratuite donnée par des étudiants en droit supervisés par des avocats : logement, travail, famille et petites créances.', 'Free legal information from law students supervised by lawyers: housing, employment, family law and small claims.'],
    ],
    details: [['La clinique n’offre pas de représentation devant les tribunaux.', 'The clinic does not represent clients in court.']],
  },
};

export { CLOSING };

/** Fictional organization nicknames used in names ("Maison des jeunes L'Envol"). */
export const NICKS = [
  'L’Envol', 'Le Tremplin', 'La Boussole', 'Le Phare', 'L’Escale', 'La Passerelle', 'Le Havre', 'L’Élan', 'La Source',
  'Le Carrefour', 'L’Accalmie', 'Le Relais', 'La Ruche', 'Le Pignon', 'L’Ancrage', 'La Traversée', 'Le Sentier', 'L’Oasis',
  'La Bouée', 'Le Fanal', 'La Grande Ourse', 'La Mésange', 'Le Héron', 'L’Hirondelle', 'La Marée', 'Le Cap', 'L’Aubier',
  'La Clairière', 'Le Quai', 'La Rose des vents', 'Le Jardin', 'La Lanterne', 'L’Estuaire', 'Le Rivage', 'La Chrysalide',
  'Le Bercail', 'La Montée', 'Le Nordet', 'La Boréale', 'L’Alizé', 'Le Semoir', 'La Grève', 'Le Fil d’Ariane', 'La Pépinière',
  'L’Érablière', 'Le Huard', 'La Bernache', 'Le Sureau', 'L’Amarre', 'La Fonderie', 'Le Moulin', 'La Rivière', 'Le Traversier',
];
