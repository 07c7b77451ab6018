// docs/versioning.md in practice: what <repere-finder> released
// (public-api.json) stays in custom-elements.json, unless the version says a
// breaking change is allowed (a new major; a new minor while 0.x).
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { currentApi, mayBreak, PUBLIC_API_FILE, removals } from '../../../scripts/public-api.mjs';

describe('the public API of <repere-finder>', () => {
  it('keeps every tag, attribute, property, event, part and CSS property released, unless the version allows a breaking change', () => {
    const released = JSON.parse(readFileSync(PUBLIC_API_FILE, 'utf8'));
    const now = currentApi();
    const gone = removals(released.elements, now.elements);
    if (mayBreak(released.version, now.version)) return;
    expect(
      gone,
      `Removed from the public API released in ${released.version}: raise the version (docs/versioning.md), name it under "Removed" in packages/widget/CHANGELOG.md, then run node scripts/public-api.mjs --write (while ${released.version} is not yet published, that last step alone)`,
    ).to.deep.equal([]);
  });

  it('would notice a part, an attribute or the element itself going away', () => {
    const { elements } = currentApi();
    const api = elements['repere-finder']!;
    const withoutCard = { 'repere-finder': { ...api, parts: api.parts.filter((p: string) => p !== 'card'), attributes: api.attributes.filter((a: string) => a !== 'no-filters') } };
    expect(removals(elements, withoutCard)).to.deep.equal(['<repere-finder> attributes: no-filters', '<repere-finder> parts: card']);
    expect(removals(elements, {})).to.deep.equal(['the element <repere-finder>']);
    expect(removals(elements, elements)).to.deep.equal([]);
  });

  it('lets a breaking change through only with a new major version, or a new minor one while 0.x', () => {
    expect(mayBreak('0.1.0', '0.1.1')).to.equal(false);
    expect(mayBreak('0.1.0', '0.2.0')).to.equal(true);
    expect(mayBreak('0.1.0', '1.0.0')).to.equal(true);
    expect(mayBreak('1.2.0', '1.3.0')).to.equal(false);
    expect(mayBreak('1.2.0', '2.0.0')).to.equal(true);
  });
});
