import { slugify } from './random.mjs';

// Real place names, approximate real coordinates and real postal-code prefixes
// (FSA). Everything attached to them by the generators is fictional.
//
// A region entry: { id, name, parent?, centroid, area: {fr, en} (used in
// organization names: "Popote roulante du Kamouraska" / "Kamouraska ..."),
// phone: area codes, towns: [{ city, lat, lon, postal: [FSA or full code], streets }] }.
// Towns only on leaves (MRC / city).

const QC = 'QC';

// ---------------------------------------------------------------- demo regions
export const DEMO_REGIONS = [
  // Outaouais
  { id: 'outaouais', name: 'Outaouais', centroid: { lat: 46.2, lon: -75.9 }, area: { fr: 'de l’Outaouais', en: 'Outaouais' }, phone: ['819', '873'] },
  {
    id: 'gatineau', name: 'Gatineau', parent: 'outaouais', centroid: { lat: 45.4765, lon: -75.7013 },
    area: { fr: 'de Gatineau', en: 'Gatineau' }, phone: ['819', '873'],
    towns: [
      { city: 'Gatineau', label: 'Hull', lat: 45.4285, lon: -75.7133, postal: ['J8X', 'J8Y', 'J8Z'], streets: ['boulevard Saint-Joseph', 'rue Laurier', 'rue Eddy', 'boulevard des Allumettières', 'rue Montcalm'] },
      { city: 'Gatineau', label: 'Gatineau', lat: 45.4855, lon: -75.6505, postal: ['J8P', 'J8T', 'J8R'], streets: ['boulevard Maloney Ouest', 'rue Notre-Dame', 'boulevard Gréber', 'rue Main'] },
      { city: 'Gatineau', label: 'Aylmer', lat: 45.3955, lon: -75.8445, postal: ['J9H', 'J9J'], streets: ['rue Principale', "chemin d'Aylmer", 'rue Front'] },
      { city: 'Gatineau', label: 'Buckingham', lat: 45.5885, lon: -75.4175, postal: ['J8L'], streets: ['rue Maclaren Est', 'avenue de Buckingham', 'rue Joseph'] },
    ],
  },
  {
    id: 'papineau', name: 'Papineau', parent: 'outaouais', centroid: { lat: 45.85, lon: -75.1 },
    area: { fr: 'de la Petite-Nation', en: 'Petite-Nation' }, phone: ['819'],
    towns: [
      { city: 'Papineauville', lat: 45.6175, lon: -75.0172, postal: ['J0V 1R0'], streets: ['rue Papineau', 'rue Henri-Bourassa'] },
      { city: 'Saint-André-Avellin', lat: 45.7172, lon: -75.0523, postal: ['J0V 1W0'], streets: ['rue Principale', 'rue Saint-André'] },
      { city: 'Thurso', lat: 45.6003, lon: -75.2476, postal: ['J0X 3B0'], streets: ['rue Galipeau', 'rue Victoria'] },
      { city: 'Montebello', lat: 45.6503, lon: -74.9442, postal: ['J0V 1L0'], streets: ['rue Notre-Dame', 'rue Saint-Joseph'] },
    ],
  },
  {
    id: 'collines-de-l-outaouais', name: "Les Collines-de-l'Outaouais", parent: 'outaouais', centroid: { lat: 45.62, lon: -75.85 },
    area: { fr: 'des Collines', en: 'Outaouais Hills' }, phone: ['819', '873'],
    towns: [
      { city: 'Chelsea', lat: 45.5005, lon: -75.7905, postal: ['J9B'], streets: ['chemin Old Chelsea', 'route 105', 'chemin Scott'] },
      { city: 'Val-des-Monts', lat: 45.6503, lon: -75.6702, postal: ['J8N'], streets: ['route du Carrefour', 'montée Paiement'] },
      { city: 'Cantley', lat: 45.5668, lon: -75.7833, postal: ['J8V'], streets: ['montée de la Source', 'chemin Sainte-Élisabeth'] },
      { city: 'Wakefield', lat: 45.6403, lon: -75.9302, postal: ['J0X 3G0'], streets: ['chemin Riverside', 'chemin Valley'] },
    ],
  },
  {
    id: 'pontiac', name: 'Pontiac', parent: 'outaouais', centroid: { lat: 45.8, lon: -76.6 },
    area: { fr: 'du Pontiac', en: 'Pontiac' }, phone: ['819'], english: true,
    towns: [
      { city: 'Shawville', lat: 45.6042, lon: -76.4915, postal: ['J0X 2Y0'], streets: ['Main Street', 'Centre Street', 'Victoria Street'] },
      { city: "Campbell's Bay", lat: 45.7333, lon: -76.5997, postal: ['J0X 1K0'], streets: ['Front Street', 'Leslie Street'] },
      { city: 'Fort-Coulonge', lat: 45.8502, lon: -76.7331, postal: ['J0X 1V0'], streets: ['rue Baume', 'rue Principale'] },
    ],
  },
  {
    id: 'vallee-de-la-gatineau', name: 'La Vallée-de-la-Gatineau', parent: 'outaouais', centroid: { lat: 46.55, lon: -76.0 },
    area: { fr: 'de la Haute-Gatineau', en: 'Upper Gatineau' }, phone: ['819'],
    towns: [
      { city: 'Maniwaki', lat: 46.3753, lon: -75.9669, postal: ['J9E'], streets: ['rue Notre-Dame', 'rue Commerciale', 'rue King'] },
      { city: 'Gracefield', lat: 46.0932, lon: -76.0531, postal: ['J0X 1W0'], streets: ['rue Principale', 'rue Saint-Joseph'] },
      { city: 'Low', lat: 45.8003, lon: -75.9498, postal: ['J0X 2C0'], streets: ['chemin Principal', 'route 105'] },
    ],
  },
  // Bas-Saint-Laurent
  { id: 'bas-saint-laurent', name: 'Bas-Saint-Laurent', centroid: { lat: 48.1, lon: -68.6 }, area: { fr: 'du Bas-Saint-Laurent', en: 'Lower St. Lawrence' }, phone: ['418', '581'] },
  {
    id: 'kamouraska', name: 'Kamouraska', parent: 'bas-saint-laurent', centroid: { lat: 47.5, lon: -69.85 },
    area: { fr: 'du Kamouraska', en: 'Kamouraska' }, phone: ['418'],
    towns: [
      { city: 'La Pocatière', lat: 47.3669, lon: -70.0334, postal: ['G0R 1Z0'], streets: ['avenue Painchaud', '4e Avenue', 'route 230 Ouest'] },
      { city: 'Saint-Pascal', lat: 47.5333, lon: -69.8002, postal: ['G0L 3Y0'], streets: ['rue Taché', "boulevard Hébert", 'rue Notre-Dame'] },
      { city: 'Kamouraska', lat: 47.5667, lon: -69.8668, postal: ['G0L 1M0'], streets: ['avenue Morel', 'rang du Cap'] },
      { city: 'Saint-Alexandre-de-Kamouraska', lat: 47.6833, lon: -69.6168, postal: ['G0L 2G0'], streets: ['rue Principale', 'rue de l’Église'] },
    ],
  },
  {
    id: 'riviere-du-loup', name: 'Rivière-du-Loup', parent: 'bas-saint-laurent', centroid: { lat: 47.78, lon: -69.45 },
    area: { fr: 'de Rivière-du-Loup', en: 'Rivière-du-Loup' }, phone: ['418', '581'],
    towns: [
      { city: 'Rivière-du-Loup', lat: 47.8306, lon: -69.5361, postal: ['G5R'], streets: ['rue Lafontaine', 'boulevard Armand-Thériault', 'rue Fraser', 'rue Saint-Pierre', 'rue de la Cour'] },
      { city: 'Cacouna', lat: 47.9168, lon: -69.5002, postal: ['G0L 1G0'], streets: ['rue du Patrimoine', 'rue de l’Église'] },
      { city: 'Saint-Antonin', lat: 47.7669, lon: -69.4833, postal: ['G0L 2J0'], streets: ['rue Principale', 'chemin de la Rivière-Verte'] },
    ],
  },
  {
    id: 'temiscouata', name: 'Témiscouata', parent: 'bas-saint-laurent', centroid: { lat: 47.6, lon: -68.85 },
    area: { fr: 'du Témiscouata', en: 'Témiscouata' }, phone: ['418'],
    towns: [
      { city: 'Témiscouata-sur-le-Lac', lat: 47.6807, lon: -68.8752, postal: ['G0L 1E0'], streets: ['rue Commerciale', 'rue Caldwell', 'rue de l’Hôtel-de-Ville'] },
      { city: 'Dégelis', lat: 47.5502, lon: -68.6502, postal: ['G5T'], streets: ['avenue Principale', 'rue Raymond'] },
      { city: 'Pohénégamook', lat: 47.4669, lon: -69.2168, postal: ['G0L 1J0'], streets: ['rue Principale', 'rue de la Gare'] },
    ],
  },
  {
    id: 'les-basques', name: 'Les Basques', parent: 'bas-saint-laurent', centroid: { lat: 48.05, lon: -69.05 },
    area: { fr: 'des Basques', en: 'Les Basques' }, phone: ['418'],
    towns: [
      { city: 'Trois-Pistoles', lat: 48.1203, lon: -69.1668, postal: ['G0L 4K0'], streets: ['rue Notre-Dame Est', 'rue Jean-Rioux', 'rue Pelletier'] },
      { city: 'Saint-Jean-de-Dieu', lat: 48.0003, lon: -69.0502, postal: ['G0L 3M0'], streets: ['rue Principale Nord', 'rue Saint-Jean'] },
    ],
  },
  {
    id: 'rimouski-neigette', name: 'Rimouski-Neigette', parent: 'bas-saint-laurent', centroid: { lat: 48.35, lon: -68.5 },
    area: { fr: 'de Rimouski-Neigette', en: 'Rimouski-Neigette' }, phone: ['418', '581'],
    towns: [
      { city: 'Rimouski', lat: 48.4489, lon: -68.5238, postal: ['G5L', 'G5M', 'G5N'], streets: ['rue Saint-Germain Ouest', 'avenue de la Cathédrale', 'boulevard Jessop', "rue de l'Évêché Est", 'boulevard René-Lepage Est', 'rue Saint-Louis'] },
      { city: 'Saint-Anaclet-de-Lessard', lat: 48.4833, lon: -68.4168, postal: ['G0K 1H0'], streets: ['rue Principale Ouest', 'rue Saint-Anaclet'] },
      { city: 'Le Bic', lat: 48.3771, lon: -68.7002, postal: ['G0L 1B0'], streets: ['rue Sainte-Cécile', 'rue du Mont-Saint-Louis'] },
    ],
  },
  {
    id: 'la-mitis', name: 'La Mitis', parent: 'bas-saint-laurent', centroid: { lat: 48.5, lon: -68.1 },
    area: { fr: 'de La Mitis', en: 'La Mitis' }, phone: ['418', '581'],
    towns: [
      { city: 'Mont-Joli', lat: 48.5836, lon: -68.1918, postal: ['G5H'], streets: ['avenue Doucet', 'boulevard Jacques-Cartier', 'rue Sanatorium'] },
      { city: 'Sainte-Flavie', lat: 48.6169, lon: -68.2335, postal: ['G0J 2L0'], streets: ['route de la Mer', 'rue de la Fabrique'] },
      { city: 'Price', lat: 48.6003, lon: -68.1168, postal: ['G0J 1Z0'], streets: ['rue Fournier', 'rue Saint-Rémi'] },
    ],
  },
  {
    id: 'la-matanie', name: 'La Matanie', parent: 'bas-saint-laurent', centroid: { lat: 48.75, lon: -67.4 },
    area: { fr: 'de La Matanie', en: 'La Matanie' }, phone: ['418', '581'],
    towns: [
      { city: 'Matane', lat: 48.8497, lon: -67.5333, postal: ['G4W'], streets: ['avenue Saint-Jérôme', 'rue Saint-Pierre', 'avenue du Phare Est', 'rue Saint-Rédempteur'] },
      { city: 'Baie-des-Sables', lat: 48.7169, lon: -67.8834, postal: ['G0J 1C0'], streets: ['rue de la Fabrique', 'route 132'] },
    ],
  },
  {
    id: 'la-matapedia', name: 'La Matapédia', parent: 'bas-saint-laurent', centroid: { lat: 48.4, lon: -67.4 },
    area: { fr: 'de La Matapédia', en: 'La Matapédia' }, phone: ['418', '581'],
    towns: [
      { city: 'Amqui', lat: 48.4666, lon: -67.4333, postal: ['G5J'], streets: ['boulevard Saint-Benoît Ouest', 'rue Desbiens', 'rue du Pont'] },
      { city: 'Causapscal', lat: 48.3669, lon: -67.2335, postal: ['G0J 1J0'], streets: ['rue Saint-Jacques Nord', "rue d'Anjou"] },
      { city: 'Sayabec', lat: 48.5669, lon: -67.6834, postal: ['G0J 3K0'], streets: ['rue Keable', 'route 132 Est'] },
    ],
  },
  // Estrie
  { id: 'estrie', name: { fr: 'Estrie', en: 'Eastern Townships (Estrie)' }, centroid: { lat: 45.45, lon: -71.7 }, area: { fr: 'de l’Estrie', en: 'Eastern Townships' }, phone: ['819', '873'] },
  {
    id: 'sherbrooke', name: 'Sherbrooke', parent: 'estrie', centroid: { lat: 45.4042, lon: -71.8929 },
    area: { fr: 'de Sherbrooke', en: 'Sherbrooke' }, phone: ['819', '873'],
    towns: [
      { city: 'Sherbrooke', label: 'centre-ville', lat: 45.4010, lon: -71.8880, postal: ['J1H', 'J1J'], streets: ['rue King Ouest', 'rue Wellington Nord', 'rue Dufferin', 'rue Belvédère Sud', 'rue Frontenac'] },
      { city: 'Sherbrooke', label: 'Fleurimont', lat: 45.4160, lon: -71.8550, postal: ['J1E', 'J1G'], streets: ['rue King Est', 'boulevard Jacques-Cartier Nord', 'rue Galt Est'] },
      { city: 'Sherbrooke', label: 'Mont-Bellevue', lat: 45.3930, lon: -71.9120, postal: ['J1K', 'J1L'], streets: ['rue Galt Ouest', 'boulevard de Portland', 'rue Prospect'] },
      { city: 'Sherbrooke', label: 'Lennoxville', lat: 45.3683, lon: -71.8563, postal: ['J1M'], streets: ['rue Queen', 'rue College', 'rue Belvidere'] },
    ],
  },
  {
    id: 'memphremagog', name: 'Memphrémagog', parent: 'estrie', centroid: { lat: 45.2, lon: -72.15 },
    area: { fr: 'de Memphrémagog', en: 'Memphrémagog' }, phone: ['819', '873'],
    towns: [
      { city: 'Magog', lat: 45.2668, lon: -72.1485, postal: ['J1X'], streets: ['rue Principale Ouest', 'rue Merry Nord', 'rue Sherbrooke', 'rue Saint-Patrice Est'] },
      { city: 'Stanstead', lat: 45.0168, lon: -72.1000, postal: ['J0B 3E0'], streets: ['rue Dufferin', 'rue Principale'] },
      { city: 'North Hatley', lat: 45.2833, lon: -71.9668, postal: ['J0B 2C0'], streets: ['rue Main', 'chemin Capelton'] },
    ],
  },
  {
    id: 'coaticook', name: 'Coaticook', parent: 'estrie', centroid: { lat: 45.15, lon: -71.75 },
    area: { fr: 'de la région de Coaticook', en: 'Coaticook' }, phone: ['819'],
    towns: [
      { city: 'Coaticook', lat: 45.1335, lon: -71.8002, postal: ['J1A'], streets: ['rue Child', 'rue Main Est', 'rue Saint-Jacques Nord'] },
      { city: 'Compton', lat: 45.2335, lon: -71.8168, postal: ['J0B 1L0'], streets: ['chemin de Hatley', 'rue Principale'] },
      { city: 'Waterville', lat: 45.2668, lon: -71.9002, postal: ['J0B 3H0'], streets: ['rue Principale Nord', 'rue Compton Est'] },
    ],
  },
  {
    id: 'le-haut-saint-francois', name: 'Le Haut-Saint-François', parent: 'estrie', centroid: { lat: 45.5, lon: -71.5 },
    area: { fr: 'du Haut-Saint-François', en: 'Haut-Saint-François' }, phone: ['819'],
    towns: [
      { city: 'East Angus', lat: 45.4835, lon: -71.6668, postal: ['J0B 1R0'], streets: ['rue Angus Nord', 'rue Saint-Jean Ouest'] },
      { city: 'Cookshire-Eaton', lat: 45.4168, lon: -71.6335, postal: ['J0B 1M0'], streets: ['rue Principale Est', 'rue Craig Sud'] },
      { city: 'Weedon', lat: 45.7002, lon: -71.4668, postal: ['J0B 3J0'], streets: ['2e Avenue', 'rue des Érables'] },
    ],
  },
  {
    id: 'le-val-saint-francois', name: 'Le Val-Saint-François', parent: 'estrie', centroid: { lat: 45.6, lon: -72.1 },
    area: { fr: 'du Val-Saint-François', en: 'Val-Saint-François' }, phone: ['819'],
    towns: [
      { city: 'Windsor', lat: 45.5669, lon: -72.0002, postal: ['J1S'], streets: ['rue Saint-Georges', 'rue de l’Hôtel-de-Ville'] },
      { city: 'Richmond', lat: 45.6669, lon: -72.1502, postal: ['J0B 2H0'], streets: ['rue Principale Nord', 'rue Craig'] },
      { city: 'Valcourt', lat: 45.5002, lon: -72.3168, postal: ['J0E 2L0'], streets: ['avenue de la Gare', 'rue Saint-Joseph'] },
    ],
  },
  {
    id: 'les-sources', name: 'Les Sources', parent: 'estrie', centroid: { lat: 45.75, lon: -71.95 },
    area: { fr: 'des Sources', en: 'Les Sources' }, phone: ['819'],
    towns: [
      { city: 'Val-des-Sources', lat: 45.7669, lon: -71.9335, postal: ['J1T'], streets: ['boulevard Saint-Luc', 'rue Bourbeau', '1re Avenue'] },
      { city: 'Danville', lat: 45.7835, lon: -72.0168, postal: ['J0A 1A0'], streets: ['rue Water', 'rue Daniel-Johnson'] },
      { city: 'Wotton', lat: 45.7335, lon: -71.8002, postal: ['J0A 1N0'], streets: ['rue Saint-Jean', 'rue Mgr-L’Heureux'] },
    ],
  },
  {
    id: 'le-granit', name: 'Le Granit', parent: 'estrie', centroid: { lat: 45.6, lon: -70.95 },
    area: { fr: 'du Granit', en: 'Le Granit' }, phone: ['819'],
    towns: [
      { city: 'Lac-Mégantic', lat: 45.5835, lon: -70.8835, postal: ['G6B'], streets: ['rue Laval', 'rue Frontenac', 'rue Villeneuve'] },
      { city: 'Lambton', lat: 45.8335, lon: -71.0835, postal: ['G0M 1H0'], streets: ['rue Principale', 'rue du Collège'] },
    ],
  },
  // Ontario side of the capital region
  {
    id: 'ottawa', name: 'Ottawa', centroid: { lat: 45.4215, lon: -75.6972 },
    area: { fr: 'd’Ottawa', en: 'Ottawa' }, phone: ['613', '343'], province: 'ON', english: true,
    towns: [
      { city: 'Ottawa', label: 'Centretown', lat: 45.4150, lon: -75.6970, postal: ['K1P', 'K2P', 'K1R'], streets: ['Bank Street', 'Somerset Street West', 'Bronson Avenue', 'Elgin Street'] },
      { city: 'Ottawa', label: 'Lowertown', lat: 45.4300, lon: -75.6890, postal: ['K1N'], streets: ['Rideau Street', 'Dalhousie Street', 'King Edward Avenue'] },
      { city: 'Ottawa', label: 'Vanier', lat: 45.4390, lon: -75.6600, postal: ['K1L'], streets: ['Montreal Road', 'McArthur Avenue', 'Beechwood Avenue'] },
      { city: 'Ottawa', label: 'Orléans', lat: 45.4700, lon: -75.5150, postal: ['K1C', 'K4A'], streets: ['St. Joseph Boulevard', 'Innes Road', 'Tenth Line Road'] },
      { city: 'Ottawa', label: 'Nepean', lat: 45.3350, lon: -75.7240, postal: ['K2G', 'K2E'], streets: ['Merivale Road', 'Baseline Road', 'Woodroffe Avenue'] },
    ],
  },
];

for (const r of DEMO_REGIONS) r.province ??= QC;

// ------------------------------------------------ all of Quebec (large feed)
// Compact rows: [regionId, regionName, [ [leafId, leafName, areaFr, areaEn, [ [city, lat, lon, postal] ... ] ] ... ], phone]
const MORE = [
  ['capitale-nationale', 'Capitale-Nationale', [
    ['quebec', 'Québec', 'de Québec', 'Quebec City', [['Québec', 46.8139, -71.2080, 'G1R'], ['Québec', 46.8600, -71.2700, 'G1G'], ['Québec', 46.8100, -71.2300, 'G1S'], ['Québec', 46.8180, -71.2250, 'G1K']]],
    ['charlevoix', 'Charlevoix', 'de Charlevoix', 'Charlevoix', [['Baie-Saint-Paul', 47.4410, -70.4980, 'G3Z'], ['La Malbaie', 47.6540, -70.1530, 'G5A']]],
    ['portneuf', 'Portneuf', 'de Portneuf', 'Portneuf', [['Donnacona', 46.6830, -71.7330, 'G3M'], ['Saint-Raymond', 46.9000, -71.8330, 'G3L']]],
  ], ['418', '581']],
  ['saguenay-lac-saint-jean', 'Saguenay–Lac-Saint-Jean', [
    ['saguenay', 'Saguenay', 'du Saguenay', 'Saguenay', [['Saguenay', 48.4280, -71.0680, 'G7H'], ['Saguenay', 48.4170, -71.2500, 'G7X']]],
    ['lac-saint-jean-est', 'Lac-Saint-Jean-Est', 'du Lac-Saint-Jean-Est', 'Lac-Saint-Jean-Est', [['Alma', 48.5500, -71.6500, 'G8B']]],
    ['le-domaine-du-roy', 'Le Domaine-du-Roy', 'du Domaine-du-Roy', 'Domaine-du-Roy', [['Roberval', 48.5170, -72.2330, 'G8H'], ['Saint-Félicien', 48.6500, -72.4500, 'G8K']]],
  ], ['418', '581']],
  ['mauricie', 'Mauricie', [
    ['trois-rivieres', 'Trois-Rivières', 'de Trois-Rivières', 'Trois-Rivières', [['Trois-Rivières', 46.3430, -72.5430, 'G9A'], ['Trois-Rivières', 46.3700, -72.5900, 'G8Y']]],
    ['shawinigan', 'Shawinigan', 'de Shawinigan', 'Shawinigan', [['Shawinigan', 46.5670, -72.7500, 'G9N']]],
    ['la-tuque', 'La Tuque', 'du Haut-Saint-Maurice', 'Upper Saint-Maurice', [['La Tuque', 47.4330, -72.7830, 'G9X']]],
  ], ['819', '873']],
  ['montreal', 'Montréal', [
    ['montreal-centre', 'Montréal (centre)', 'du centre-ville de Montréal', 'Downtown Montreal', [['Montréal', 45.5080, -73.5610, 'H2X'], ['Montréal', 45.5230, -73.5650, 'H2L'], ['Montréal', 45.4950, -73.5800, 'H3H']]],
    ['montreal-est', 'Montréal (est)', "de l'Est de Montréal", 'East Montreal', [['Montréal', 45.5500, -73.5400, 'H1V'], ['Montréal', 45.6000, -73.6330, 'H1G']]],
    ['montreal-ouest', 'Montréal (ouest)', "de l'Ouest-de-l'Île", 'West Island', [['Pointe-Claire', 45.4500, -73.8170, 'H9R'], ['Montréal', 45.4700, -73.6000, 'H4C']]],
  ], ['514', '438']],
  ['laval', 'Laval', [
    ['laval-ville', 'Laval', 'de Laval', 'Laval', [['Laval', 45.5700, -73.6920, 'H7N'], ['Laval', 45.5600, -73.7500, 'H7T'], ['Laval', 45.6000, -73.6500, 'H7G']]],
  ], ['450', '579']],
  ['lanaudiere', 'Lanaudière', [
    ['joliette', 'Joliette', 'de Joliette', 'Joliette', [['Joliette', 46.0170, -73.4500, 'J6E']]],
    ['les-moulins', 'Les Moulins', 'des Moulins', 'Les Moulins', [['Terrebonne', 45.7000, -73.6330, 'J6W'], ['Mascouche', 45.7500, -73.6000, 'J7K']]],
    ['matawinie', 'Matawinie', 'de la Matawinie', 'Matawinie', [['Rawdon', 46.0500, -73.7170, 'J0K 1S0'], ['Saint-Donat', 46.3170, -74.2170, 'J0T 2C0']]],
  ], ['450', '579']],
  ['laurentides', 'Laurentides', [
    ['la-riviere-du-nord', 'La Rivière-du-Nord', 'de la Rivière-du-Nord', 'Rivière-du-Nord', [['Saint-Jérôme', 45.7830, -74.0000, 'J7Z']]],
    ['les-laurentides', 'Les Laurentides', 'des Laurentides', 'Laurentians', [['Mont-Tremblant', 46.1170, -74.6000, 'J8E'], ['Sainte-Agathe-des-Monts', 46.0500, -74.2830, 'J8C']]],
    ['antoine-labelle', 'Antoine-Labelle', "d'Antoine-Labelle", 'Antoine-Labelle', [['Mont-Laurier', 46.5500, -75.5000, 'J9L']]],
  ], ['819', '450']],
  ['monteregie', 'Montérégie', [
    ['longueuil', 'Longueuil', 'de Longueuil', 'Longueuil', [['Longueuil', 45.5320, -73.5180, 'J4H'], ['Longueuil', 45.5000, -73.4700, 'J4K']]],
    ['les-maskoutains', 'Les Maskoutains', 'des Maskoutains', 'Saint-Hyacinthe area', [['Saint-Hyacinthe', 45.6330, -72.9500, 'J2S']]],
    ['la-haute-yamaska', 'La Haute-Yamaska', 'de la Haute-Yamaska', 'Haute-Yamaska', [['Granby', 45.4000, -72.7330, 'J2G']]],
    ['le-haut-richelieu', 'Le Haut-Richelieu', 'du Haut-Richelieu', 'Haut-Richelieu', [['Saint-Jean-sur-Richelieu', 45.3070, -73.2620, 'J3B']]],
  ], ['450', '579']],
  ['centre-du-quebec', 'Centre-du-Québec', [
    ['drummond', 'Drummond', 'de Drummond', 'Drummond', [['Drummondville', 45.8830, -72.4830, 'J2B']]],
    ['arthabaska', 'Arthabaska', "d'Arthabaska", 'Arthabaska', [['Victoriaville', 46.0500, -71.9670, 'G6P']]],
  ], ['819', '873']],
  ['chaudiere-appalaches', 'Chaudière-Appalaches', [
    ['levis', 'Lévis', 'de Lévis', 'Lévis', [['Lévis', 46.8030, -71.1780, 'G6V'], ['Lévis', 46.7300, -71.2700, 'G6W']]],
    ['beauce-sartigan', 'Beauce-Sartigan', 'de Beauce-Sartigan', 'Beauce-Sartigan', [['Saint-Georges', 46.1170, -70.6670, 'G5Y']]],
    ['montmagny', 'Montmagny', 'de Montmagny', 'Montmagny', [['Montmagny', 46.9830, -70.5500, 'G5V']]],
    ['les-etchemins', 'Les Etchemins', 'des Etchemins', 'Les Etchemins', [['Lac-Etchemin', 46.4000, -70.5000, 'G0R 1S0']]],
  ], ['418', '581']],
  ['abitibi-temiscamingue', 'Abitibi-Témiscamingue', [
    ['rouyn-noranda', 'Rouyn-Noranda', 'de Rouyn-Noranda', 'Rouyn-Noranda', [['Rouyn-Noranda', 48.2330, -79.0170, 'J9X']]],
    ['la-vallee-de-l-or', "La Vallée-de-l'Or", "de la Vallée-de-l'Or", "Vallée-de-l'Or", [["Val-d'Or", 48.1000, -77.7830, 'J9P']]],
    ['abitibi', 'Abitibi', "de l'Abitibi", 'Abitibi', [['Amos', 48.5670, -78.1170, 'J9T']]],
    ['temiscamingue', 'Témiscamingue', 'du Témiscamingue', 'Témiscamingue', [['Ville-Marie', 47.3330, -79.4330, 'J9V']]],
  ], ['819', '873']],
  ['cote-nord', 'Côte-Nord', [
    ['manicouagan', 'Manicouagan', 'de Manicouagan', 'Manicouagan', [['Baie-Comeau', 49.2170, -68.1500, 'G4Z']]],
    ['sept-rivieres', 'Sept-Rivières', 'de Sept-Rivières', 'Sept-Rivières', [['Sept-Îles', 50.2170, -66.3830, 'G4R']]],
    ['la-haute-cote-nord', 'La Haute-Côte-Nord', 'de la Haute-Côte-Nord', 'Upper North Shore', [['Forestville', 48.7330, -69.0830, 'G0T 1E0']]],
  ], ['418', '581']],
  ['gaspesie-iles-de-la-madeleine', 'Gaspésie–Îles-de-la-Madeleine', [
    ['la-cote-de-gaspe', 'La Côte-de-Gaspé', 'de la Côte-de-Gaspé', 'Gaspé Coast', [['Gaspé', 48.8330, -64.4830, 'G4X']]],
    ['les-iles-de-la-madeleine', 'Les Îles-de-la-Madeleine', 'des Îles', 'Magdalen Islands', [['Les Îles-de-la-Madeleine', 47.3830, -61.8670, 'G4T']]],
    ['bonaventure', 'Bonaventure', 'de la Baie-des-Chaleurs', 'Chaleur Bay', [['New Carlisle', 48.0170, -65.3330, 'G0C 1Z0'], ['Bonaventure', 48.0500, -65.4830, 'G0C 1E0']]],
    ['avignon', 'Avignon', "d'Avignon", 'Avignon', [['Carleton-sur-Mer', 48.1000, -66.1330, 'G0C 1J0']]],
  ], ['418', '581']],
  ['nord-du-quebec', 'Nord-du-Québec', [
    ['jamesie', 'Jamésie', 'de la Jamésie', 'Jamésie', [['Chibougamau', 49.9170, -74.3670, 'G8P'], ['Matagami', 49.7500, -77.6330, 'J0Y 2A0']]],
  ], ['418', '819']],
];

const GENERIC_STREETS = [
  'rue Principale', 'rue Notre-Dame', 'rue Saint-Jean', 'rue Saint-Joseph', 'boulevard Laurier', 'rue de la Gare',
  'rue King', 'avenue du Parc', 'rue Saint-Louis', 'rue des Érables', 'boulevard Saint-Laurent', 'rue Wellington',
  'rue Sainte-Anne', 'rue Dufferin', 'avenue Champlain', 'rue du Couvent', 'rue de l’Église', 'rue Racine',
  'boulevard Industriel', 'rue Papineau', 'rue Laval', 'rue Saint-Georges', 'rue Lapointe', 'chemin du Lac',
];

function expand() {
  const out = [];
  for (const [id, name, leaves, phone] of MORE) {
    const area = { fr: deFrSimple(name), en: name };
    out.push({ id, name, province: QC, phone, area, centroid: null });
    for (const [lid, lname, areaFr, areaEn, towns] of leaves) {
      const t = towns.map(([city, lat, lon, postal]) => ({ city, lat, lon, postal: [postal], streets: GENERIC_STREETS }));
      const lat = t.reduce((s, x) => s + x.lat, 0) / t.length;
      const lon = t.reduce((s, x) => s + x.lon, 0) / t.length;
      out.push({ id: lid, name: lname, parent: id, province: QC, phone, area: { fr: areaFr, en: areaEn }, centroid: { lat: round(lat), lon: round(lon) }, towns: t });
    }
    const kids = out.filter((r) => r.parent === id);
    out.find((r) => r.id === id).centroid = {
      lat: round(kids.reduce((s, k) => s + k.centroid.lat, 0) / kids.length),
      lon: round(kids.reduce((s, k) => s + k.centroid.lon, 0) / kids.length),
    };
  }
  return out;
}
function round(x) { return Math.round(x * 1e4) / 1e4; }
function deFrSimple(n) { return /^[AEIOUÉÎ]/.test(n) ? "de l'" + n : 'de la région ' + (/^[AEIOUÉÎ]/.test(n) ? "d'" : 'de ') + n; }

/** Every Quebec administrative region in MORE plus the demo regions (and Ottawa). */
export const ALL_REGIONS = [...DEMO_REGIONS, ...expand()];

/** Region as it appears in a feed (drops generator-only fields). */
export function feedRegion(r) {
  const o = { id: r.id, name: r.name };
  if (r.parent) o.parent = r.parent;
  if (r.centroid) o.centroid = r.centroid;
  return o;
}

/**
 * The municipalities of the given regions, as feed regions: each town of a
 * leaf (an MRC) becomes a region whose parent is that MRC, with the town's
 * approximate real coordinates as its centroid, so that "Near me" offers the
 * places residents live in (La Pocatière, Saint-Pascal…). A leaf that is a
 * city itself (Gatineau, Sherbrooke, Ottawa: its towns are its sectors) adds
 * none. An id already taken (the municipality of Kamouraska, in the MRC of
 * Kamouraska) gets the suffix `-municipalite`.
 */
export function municipalities(regions) {
  const taken = new Set(regions.map((r) => r.id));
  const out = [];
  for (const leaf of regions) {
    const towns = leaf.towns ?? [];
    if (towns.every((t) => t.city === leaf.name)) continue;
    const seen = new Set();
    for (const t of towns) {
      if (seen.has(t.city)) continue;
      seen.add(t.city);
      let id = slugify(t.city);
      if (taken.has(id)) id = `${id}-municipalite`;
      taken.add(id);
      out.push({ id, name: t.city, parent: leaf.id, centroid: { lat: t.lat, lon: t.lon } });
    }
  }
  return out;
}
