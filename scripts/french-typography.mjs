// French typography, as the finder's and the CLI's French texts follow it:
// a no-break space (U+00A0, or the narrow U+202F) before : ; ? ! and », after
// «, and one kind of apostrophe (’). Used by the tests that scan the French
// catalogues (packages/widget/test/typography.node.test.ts,
// packages/feed-tools/test/typography.test.ts, packages/wordpress/test/translations.test.ts).

const SPACE = '[\\u00a0\\u202f]';

/** What is wrong in one French text (placeholders already taken out), or nothing. */
export function frenchTypographyFaults(text) {
  const faults = [];
  if (text.includes("'")) faults.push('a straight apostrophe (write ’)');
  // A time such as 8:30, or a URL scheme named in a sentence ("mailto: ou tel:"), is not punctuation.
  // What is quoted (« Nom: valeur », a JSON object) is shown as it is typed, not as French.
  const plain = text
    .replace(/\d:\d/g, '')
    .replace(/\b(https?|mailto|tel|sms):/g, '$1')
    .replace(/«[\u00a0\u202f]?[^«»]*?[\u00a0\u202f]?»/g, (q) => q.replace(/[:;?!]/g, ''))
    .replace(/\{[^{}]*\}/g, '{}');
  for (const m of plain.matchAll(new RegExp(`(^|[^\\u00a0\\u202f])([:;?!»])`, 'g'))) {
    faults.push(`no no-break space before “${m[2]}” in “…${plain.slice(Math.max(0, m.index - 12), m.index + 3)}…”`);
  }
  for (const m of plain.matchAll(new RegExp(`«(?!${SPACE})`, 'g'))) {
    faults.push(`no no-break space after “«” in “…${plain.slice(m.index, m.index + 12)}…”`);
  }
  return faults;
}
