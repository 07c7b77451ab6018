import { expect } from 'chai';
import { mailtoHref, safeHref, safeWebUrl, telHref } from '@repere/sdk';

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  '//evil.example',
  '\\\\evil.example',
  'https://a@evil.example',
  'https://user:pass@evil.example',
  'tel:911;javascript:alert(1)',
  'mailto:javascript:alert(1)',
  'file:///etc/passwd',
  'blob:https://example.org/1',
];

describe('safe links', () => {
  for (const value of HOSTILE) {
    it(`refuses ${JSON.stringify(value)}`, () => {
      expect(safeHref(value)).to.equal(undefined);
      expect(safeWebUrl(value)).to.equal(undefined);
      expect(telHref(value)).to.equal(undefined);
      expect(mailtoHref(value)).to.equal(undefined);
    });
  }

  it('accepts real websites and reads a bare host as https', () => {
    expect(safeWebUrl('https://example.org/aide?x=1')).to.equal('https://example.org/aide?x=1');
    expect(safeWebUrl('http://example.org')).to.equal('http://example.org/');
    expect(safeWebUrl('www.example.org/aide')).to.equal('https://www.example.org/aide');
  });

  it('dials phone numbers as people write them', () => {
    expect(telHref('418 555-0142')).to.equal('tel:4185550142');
    expect(telHref('(819) 555-0199')).to.equal('tel:8195550199');
    expect(telHref('+1 613 555 0123')).to.equal('tel:+16135550123');
    expect(telHref('1-800-555-0111 poste 2')).to.equal('tel:18005550111,2');
    expect(telHref('811 ext. 2')).to.equal('tel:811,2');
    expect(telHref('911')).to.equal('tel:911');
    expect(telHref('call us')).to.equal(undefined);
  });

  it('writes mailto links for plain addresses only', () => {
    expect(mailtoHref('info@example.org')).to.equal('mailto:info@example.org');
    expect(mailtoHref('info@example.org?bcc=x@evil.example')).to.equal(undefined);
    expect(mailtoHref('not an address')).to.equal(undefined);
  });
});
