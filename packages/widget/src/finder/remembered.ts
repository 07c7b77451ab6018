/**
 * A pure function of a string, with its answers kept: every keystroke renders
 * the cards again, with the same websites, directions and language names, and
 * each answer costs a URL parse or an `Intl` lookup. At most `max` answers are
 * kept; then they are all let go and the memory starts over.
 */
export function remembered<T>(compute: (key: string) => T, max = 500): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (answers.has(key)) return answers.get(key)!;
    const answer = compute(key);
    if (answers.size >= max) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
