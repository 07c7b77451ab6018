// The plugin's translatable strings, read from its sources: the PHP gettext
// calls with the 'repere' text domain, the block's title and description
// (translated by WordPress with the contexts "block title" and "block
// description") and the plugin header's description. The build writes them
// to languages/repere.pot; a test holds each .po to them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import gettextParser from 'gettext-parser';

const pluginDir = join(dirname(fileURLToPath(import.meta.url)), 'plugin');

function phpFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return phpFiles(path);
    return path.endsWith('.php') ? [path] : [];
  });
}

/** A PHP single-quoted string's value. */
const unquote = (text) => text.replace(/\\(['\\])/g, '$1');

/**
 * Every string to translate, once each.
 * @returns {{ msgctxt?: string, msgid: string }[]}
 */
export function pluginStrings() {
  const found = new Map();
  const add = (msgid, msgctxt) => found.set(`${msgctxt ?? ''}\u0004${msgid}`, msgctxt ? { msgctxt, msgid } : { msgid });
  for (const file of phpFiles(pluginDir)) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'repere'\s*\)/g)) {
      add(unquote(m[1]));
    }
  }
  const block = JSON.parse(readFileSync(join(pluginDir, 'block/block.json'), 'utf8'));
  add(block.title, 'block title');
  add(block.description, 'block description');
  const header = readFileSync(join(pluginDir, 'repere.php'), 'utf8');
  add(header.match(/^ \* Description:\s*(.+)$/m)[1].trim());
  return [...found.values()];
}

/** languages/repere.pot, the template translators start from. */
export function potFile() {
  const translations = { '': { '': { msgid: '', msgstr: [''] } } };
  for (const { msgctxt = '', msgid } of pluginStrings()) {
    translations[msgctxt] ??= {};
    translations[msgctxt][msgid] = { ...(msgctxt ? { msgctxt } : {}), msgid, msgstr: [''] };
  }
  return gettextParser.po.compile({
    charset: 'utf-8',
    headers: {
      'Project-Id-Version': 'Repère 0.1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'X-Domain': 'repere',
    },
    translations,
  });
}
