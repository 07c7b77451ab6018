/**
 * Answers kept by key: every keystroke renders the cards again, with the same
 * websites, directions and language names, and each answer costs a URL parse
 * or an `Intl` lookup. At most `max` answers are kept; then they are all let
 * go and the memory starts over.
 *
 * @example
 * const hosts = remembered<string>();
 * hosts(url, () => new URL(url).hostname);
 */
export function remembered<T>(max = 500): (key: string, compute: () => T) => T {
  const answers = new Map<string, T>();
  return (key, compute) => {
    if (answers.has(key)) return answers.get(key)!;
    const answer = compute();
    if (answers.size >= max) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
