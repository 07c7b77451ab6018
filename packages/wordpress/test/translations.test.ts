// The plugin's own strings in French: every one translated, none left over,
// French typography kept, and the .mo the build compiles reads back the same.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import gettextParser from 'gettext-parser';
import { frenchTypographyFaults } from '../../../scripts/french-typography.mjs';
import { pluginStrings, potFile } from '../strings.mjs';

const poPath = new URL('../plugin/languages/repere-fr_FR.po', import.meta.url);
const po = gettextParser.po.parse(readFileSync(poPath));
const entries = Object.values(po.translations).flatMap((context) => Object.values(context)).filter((entry) => entry.msgid !== '');
const key = (e: { msgctxt?: string; msgid: string }) => `${e.msgctxt ?? ''}|${e.msgid}`;

describe('the WordPress plugin’s French strings', () => {
  it('translate every string of the PHP, the block and the plugin header, and no other', () => {
    const wanted = pluginStrings().map(key).sort();
    expect(wanted.length).to.be.greaterThan(30);
    expect(wanted).to.include('block title|Resource finder (Repère)');
    expect(entries.map(key).sort()).to.deep.equal(wanted);
    const empty = entries.filter((e) => !e.msgstr[0]?.trim()).map(key);
    expect(empty).to.deep.equal([]);
  });

  it('put a no-break space before : ; ? ! and inside « », and use one kind of apostrophe (’)', () => {
    const faults = entries.flatMap((e) => frenchTypographyFaults(e.msgstr[0]!).map((f) => `${e.msgid}: ${f}`));
    expect(faults, faults.join('\n')).to.deep.equal([]);
  });

  it('read back from the compiled .mo as written', () => {
    const mo = gettextParser.mo.parse(gettextParser.mo.compile(po));
    expect(mo.translations['block title']!['Resource finder (Repère)']!.msgstr).to.deep.equal(['Répertoire de ressources (Repère)']);
    expect(mo.translations['']!['Feed:']!.msgstr).to.deep.equal(['Flux\u00a0:']);
  });

  it('are listed, untranslated, in the template the build writes', () => {
    const pot = gettextParser.po.parse(potFile());
    const listed = Object.values(pot.translations).flatMap((c) => Object.values(c)).filter((e) => e.msgid !== '');
    expect(listed.map(key).sort()).to.deep.equal(pluginStrings().map(key).sort());
    expect(listed.every((e) => e.msgstr.join('') === '')).to.equal(true);
  });
});
