import { expect } from 'chai';
import { FeedError, formatProblem, RECORD_LIST_CAPS, validateFeed } from '@repere/sdk';
import { feedOf, RESOURCES } from './support/feeds.js';

describe('validateFeed', () => {
  it('keeps the good records when some are bad', () => {
    const feed = validateFeed(
      feedOf([
        ...RESOURCES.slice(0, 5),
        { id: 'no-name', categories: ['food'] },
        { name: 'No id', categories: ['food'] },
        'not an object',
      ]),
    );
    expect(feed.resources.map((r) => r.id)).to.deep.equal(RESOURCES.slice(0, 5).map((r) => r.id));
    const skipped = feed.problems.filter((p) => p.action === 'skipped');
    expect(skipped.map((p) => p.path)).to.deep.equal(['$.resources[5]', '$.resources[6]', '$.resources[7]']);
    expect(skipped[0]!.id).to.equal('no-name');
    expect(skipped.every((p) => p.severity === 'error')).to.equal(true);
  });

  it('keeps a record whose extension field nests thousands of levels deep, without that field', () => {
    const deep = JSON.parse('{"x-deep": ' + '['.repeat(100_000) + ']'.repeat(100_000) + '}') as Record<string, unknown>;
    const feed = validateFeed(feedOf([{ ...RESOURCES[0]!, ...deep, 'x-kept': [['shallow']] }, RESOURCES[1]!]));
    expect(feed.resources.map((r) => r.id)).to.deep.equal([RESOURCES[0]!.id, RESOURCES[1]!.id]);
    const [first] = feed.resources;
    expect(first!['x-kept']).to.deep.equal([['shallow']]);
    // The field keeps what lies above the limit; what is below it is gone.
    let depth = 0;
    for (let node = first!['x-deep']; Array.isArray(node) && node.length; node = node[0]) depth++;
    expect(depth).to.be.within(55, 64);
    const problem = feed.problems.find((p) => p.code === 'too-deep')!;
    expect(problem).to.include({ severity: 'error', action: 'repaired' });
    expect(problem.path.startsWith('$.resources[0]["x-deep"][0][0]')).to.equal(true);
    expect(formatProblem(problem, 'en')).to.equal('This value is nested more than 64 levels deep and was removed.');
    expect(formatProblem(problem, 'fr')).to.equal('Cette valeur est imbriquée sur plus de 64 niveaux et a été retirée.');
  });

  it('keeps the first 20 of 100,000 phone numbers on one record, and says so in English and French', () => {
    const phones = Array.from({ length: 100_000 }, (_, i) => ({ number: `418 555-01${String(i % 100).padStart(2, '0')}` }));
    const feed = validateFeed(feedOf([{ ...RESOURCES[0]!, phones }, RESOURCES[1]!]));
    expect(feed.resources.map((r) => r.id)).to.deep.equal([RESOURCES[0]!.id, RESOURCES[1]!.id]);
    expect(feed.resources[0]!.phones).to.have.length(RECORD_LIST_CAPS.phones!);
    expect(feed.resources[0]!.phones[0]!.number).to.equal('418 555-0100');
    const problem = feed.problems.find((p) => p.code === 'too-many-items')!;
    expect(problem).to.include({ severity: 'error', action: 'repaired', path: '$.resources[0].phones', id: RESOURCES[0]!.id, index: 0 });
    expect(formatProblem(problem, 'en')).to.equal('The list "phones" has 100000 entries; only the first 20 were kept.');
    expect(formatProblem(problem, 'fr')).to.equal('La liste «\u00a0phones\u00a0» compte 100000 entrées\u00a0; seules les 20 premières ont été gardées.');
  });

  it('caps every list of a record, a language’s keywords included, and leaves the input unchanged', () => {
    const many = (n: number, f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => f(i));
    const record = {
      ...RESOURCES[0]!,
      locations: many(500, (i) => ({ address: { city: `Ville ${i}` } })),
      hours: many(300, () => ({ days: ['mo'], opens: '09:00', closes: '17:00' })),
      languages: many(300, () => 'fr'),
      keywords: { fr: many(1000, (i) => `mot${i}`), en: ['word'] },
    };
    const before = JSON.stringify(record);
    const feed = validateFeed(feedOf([record]));
    const [r] = feed.resources;
    expect(r!.locations).to.have.length(RECORD_LIST_CAPS.locations!);
    expect(r!.hours.length).to.be.at.most(RECORD_LIST_CAPS.hours!);
    expect(r!.keywords.fr).to.have.length(RECORD_LIST_CAPS.keywords!);
    expect(r!.keywords.en).to.deep.equal(['word']);
    const cut = feed.problems.filter((p) => p.code === 'too-many-items').map((p) => p.path);
    expect(cut).to.deep.equal(['$.resources[0].languages', '$.resources[0].locations', '$.resources[0].hours', '$.resources[0].keywords.fr']);
    expect(JSON.stringify(record)).to.equal(before);
  });

  it('removes a bad optional field instead of the record', () => {
    const feed = validateFeed(
      feedOf([
        {
          id: 'r1',
          name: 'Ressource',
          categories: ['food'],
          hours: [{ days: ['mo'], opens: '9h', closes: '17:00' }, { days: ['tu'], opens: '09:00', closes: '17:00' }],
          cost: 'cheap',
          phones: [{ number: '418-555-0100' }, { number: 42 }],
        },
      ]),
    );
    const r = feed.resources[0]!;
    expect(r.hours).to.deep.equal([{ days: ['tu'], opens: '09:00', closes: '17:00' }]);
    expect(r.cost).to.equal(undefined);
    expect(r.phones.map((p) => p.number)).to.deep.equal(['418-555-0100']);
    const repaired = feed.problems.filter((p) => p.code === 'invalid-field').map((p) => p.path);
    expect(repaired).to.have.members(['$.resources[0].hours[0]', '$.resources[0].cost', '$.resources[0].phones[1]']);
  });

  it('keeps a season on hours, drops hours whose season date is no date, and warns of a season that ends before it starts', () => {
    const saturday = { days: ['sa'], opens: '09:00', closes: '17:00' };
    const feed = validateFeed(
      feedOf([
        {
          id: 'impots',
          name: 'Clinique d’impôts',
          categories: ['food'],
          hours: [
            { ...saturday, validFrom: '2027-03-01', validTo: '2027-04-30' },
            { ...saturday, validFrom: 'mars' },
            { ...saturday, validFrom: '2027-04-30', validTo: '2027-03-01' },
          ],
        },
      ]),
    );
    const r = feed.resources[0]!;
    expect(r.hours).to.deep.equal([
      { ...saturday, validFrom: '2027-03-01', validTo: '2027-04-30' },
      { ...saturday, validFrom: '2027-04-30', validTo: '2027-03-01' },
    ]);
    expect(feed.problems.find((p) => p.code === 'invalid-field')!.path).to.equal('$.resources[0].hours[1]');
    const reversed = feed.problems.find((p) => p.code === 'reversed-season')!;
    expect(reversed).to.include({ severity: 'warning', action: 'kept', path: '$.resources[0].hours[1]' });
    expect(formatProblem(reversed, 'en')).to.equal('These hours apply from 2027-04-30 to 2027-03-01, which ends before it starts: they never apply.');
    expect(formatProblem(reversed, 'fr')).to.equal(
      'Ces horaires s’appliquent du 2027-04-30 au 2027-03-01, une période qui finit avant de commencer\u00a0: ils ne s’appliquent jamais.',
    );
  });

  it('skips a record whose id is already used, keeping the first', () => {
    const feed = validateFeed(feedOf([{ id: 'a', name: 'Premier', categories: ['food'] }, { id: 'a', name: 'Second', categories: ['food'] }]));
    expect(feed.resources.map((r) => r.name.fr)).to.deep.equal(['Premier']);
    expect(feed.problems.find((p) => p.code === 'duplicate-id')?.index).to.equal(1);
  });

  it('turns plain strings into text in the default language', () => {
    const feed = validateFeed(feedOf([{ id: 'a', name: 'Banque alimentaire', categories: ['food'] }]));
    expect(feed.resources[0]!.name).to.deep.equal({ fr: 'Banque alimentaire' });
  });

  it('normalizes decomposed (NFD) text to NFC', () => {
    const nfd = 'Sante\u0301 mentale';
    const feed = validateFeed(feedOf([{ id: 'a', name: nfd, categories: ['food'] }]));
    expect(feed.resources[0]!.name.fr).to.equal('Santé mentale');
    expect(feed.resources[0]!.name.fr!.length).to.equal(13);
  });

  it('drops hostile links and reports each one', () => {
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example',
      'https://a@evil.example',
    ];
    const feed = validateFeed(
      feedOf(hostile.map((website, i) => ({ id: `r${i}`, name: `R${i}`, categories: ['food'], website, email: website, phones: [{ number: 'tel:911;javascript:alert(1)' }] }))),
    );
    expect(feed.resources).to.have.length(hostile.length);
    for (const r of feed.resources) {
      expect(r.website, r.id).to.equal(undefined);
      expect(r.email, r.id).to.equal(undefined);
      expect(r.phones, r.id).to.deep.equal([]);
    }
    const unsafe = feed.problems.filter((p) => p.path.endsWith('.website'));
    expect(unsafe).to.have.length(hostile.length);
    expect(unsafe.every((p) => p.code === 'unsafe-url' && p.severity === 'error')).to.equal(true);
  });

  it('drops an e-mail with a broken escape and keeps the record and the others', () => {
    const feed = validateFeed(
      feedOf([
        { id: 'broken', name: 'B', categories: ['food'], email: 'mailto:%E0', phones: [{ number: '418-555-0100' }] },
        { id: 'fine', name: 'F', categories: ['food'], email: 'mailto:info@example.org' },
      ]),
    );
    expect(feed.resources.map((r) => r.id)).to.deep.equal(['broken', 'fine']);
    expect(feed.resources[0]!.email).to.equal(undefined);
    expect(feed.resources[0]!.phones).to.have.length(1);
    expect(feed.resources[1]!.email).to.equal('info@example.org');
    expect(feed.problems.some((p) => p.id === 'broken' && p.path.endsWith('.email'))).to.equal(true);
  });

  it('keeps safe links, normalized', () => {
    const feed = validateFeed(
      feedOf([{ id: 'a', name: 'A', categories: ['food'], website: 'HTTPS://Example.org/aide', email: 'mailto:info@example.org', phones: [{ number: '1-800-555-0111 poste 2', kind: 'crisis' }] }]),
    );
    const r = feed.resources[0]!;
    expect(r.website).to.equal('https://example.org/aide');
    expect(r.email).to.equal('info@example.org');
    expect(r.phones[0]).to.include({ number: '1-800-555-0111 poste 2', href: 'tel:18005550111,2', kind: 'crisis' });
  });

  it('never keeps the address or coordinates of a confidential location', () => {
    const feed = validateFeed(
      feedOf([{ id: 'refuge', name: 'Refuge', categories: ['housing'], locations: [{ confidential: true, address: { street: '1 rue Secrète', city: 'Gatineau', postalCode: 'J8X 1A1' }, lat: 45.4, lon: -75.7 }] }]),
    );
    const location = feed.resources[0]!.locations[0]!;
    expect(location).to.deep.equal({ confidential: true, address: { city: 'Gatineau' } });
    expect(JSON.stringify(feed.resources)).not.to.contain('Secrète');
  });

  it('keeps unknown fields for forward compatibility', () => {
    const feed = validateFeed({ ...feedOf([{ id: 'a', name: 'A', categories: ['food'], 'x-partner-code': 'K-12' }]), futureField: true });
    expect(feed.resources[0]!['x-partner-code']).to.equal('K-12');
  });

  it('warns about unknown categories and regions, missing translations, hours and regions', () => {
    const feed = validateFeed(feedOf([{ id: 'a', name: { fr: 'Seulement en français' }, categories: ['food', 'nope'], regions: ['atlantis'] }]));
    const codes = feed.problems.filter((p) => p.severity === 'warning').map((p) => p.code);
    expect(codes).to.include.members(['unknown-category', 'unknown-region', 'missing-translation', 'no-hours', 'no-region', 'no-contact']);
    expect(feed.resources[0]!.categories).to.deep.equal(['food']);
  });

  it('cuts huge strings and says so', () => {
    const feed = validateFeed(feedOf([{ id: 'a', name: 'A', description: 'x'.repeat(50_000), categories: ['food'] }]), { maxStringLength: 1000 });
    expect(feed.resources[0]!.description!.fr).to.have.length(1000);
    expect(feed.problems.some((p) => p.code === 'string-too-long' && p.path === '$.resources[0].description')).to.equal(true);
  });

  it('removes bidirectional overrides and control characters from text', () => {
    const feed = validateFeed(feedOf([{ id: 'a', name: 'Aide\u202Etxt.exe\u0007', categories: ['food'] }]));
    expect(feed.resources[0]!.name.fr).to.equal('Aidetxt.exe');
  });

  it('breaks category cycles and unknown parents without losing categories', () => {
    const feed = validateFeed(
      feedOf([], {
        categories: [
          { id: 'a', name: 'A', parent: 'b' },
          { id: 'b', name: 'B', parent: 'a' },
          { id: 'c', name: 'C', parent: 'ghost' },
        ],
      }),
    );
    expect(feed.categories.map((c) => c.id)).to.deep.equal(['a', 'b', 'c']);
    expect(feed.categories.find((c) => c.id === 'c')!.parent).to.equal(undefined);
    expect(feed.problems.map((p) => p.code)).to.include.members(['cycle', 'unknown-parent']);
  });

  it('throws a format error for a document that is not a feed', () => {
    for (const doc of [null, [], 'feed', { format: 'other', version: 1, resources: [] }, { version: 1, resources: [] }]) {
      expect(() => validateFeed(doc)).to.throw(FeedError).with.property('code', 'format');
    }
  });

  it('throws a version error for another version of the format', () => {
    expect(() => validateFeed({ ...feedOf([]), version: 2 })).to.throw(FeedError).with.property('code', 'version');
  });

  it('loads an empty feed', () => {
    const feed = validateFeed(feedOf([]));
    expect(feed.resources).to.deep.equal([]);
    expect(feed.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  });

  it('falls back to a known time zone when the feed gives a bad one', () => {
    const feed = validateFeed(feedOf([], { timezone: 'Mars/Olympus' }));
    expect(feed.meta.timezone).to.equal('America/Toronto');
    expect(feed.problems.map((p) => p.code)).to.include('invalid-timezone');
  });

  it('explains problems in French and in English', () => {
    const feed = validateFeed(feedOf([{ id: 'a', name: 'A', categories: ['food'], website: 'javascript:x' }]));
    const problem = feed.problems.find((p) => p.code === 'unsafe-url')!;
    expect(formatProblem(problem, 'en')).to.contain('is not a safe');
    expect(formatProblem(problem, 'fr')).to.contain('n’est pas une adresse');
  });

  it('reads the interpretation line, dropping an undiallable one', () => {
    const good = validateFeed(feedOf([], { interpretation: { phone: '211', label: { fr: '211 avec interprètes', en: '211 with interpreters' }, languages: ['ar', 'es'] } } as never));
    expect(good.meta.interpretation).to.deep.include({ phone: '211', href: 'tel:211', languages: ['ar', 'es'] });
    const bad = validateFeed(feedOf([], { interpretation: { phone: 'javascript:alert(1)' } } as never));
    expect(bad.meta.interpretation).to.equal(undefined);
    expect(bad.problems.map((p) => p.path)).to.include('$.interpretation.phone');
  });

  it('reads crisis lines and the corrections template', () => {
    const feed = validateFeed(
      feedOf([], {
        crisis: [{ label: { fr: 'Urgence', en: 'Emergency' }, phone: '911' }, { label: 'Mauvais', phone: 'javascript:x' }],
        corrections: 'mailto:corrections@example.org?subject={id}',
      } as never),
    );
    expect(feed.meta.crisis.map((c) => c.href)).to.deep.equal(['tel:911']);
    expect(feed.meta.corrections).to.equal('mailto:corrections@example.org?subject={id}');
  });
});
