/**
 * A pure function of a string with its answers remembered, up to `max` of them (then all are forgotten and learned
 * again): for the words, names and phrases the ingest meets again and again. An answer may not be undefined.
 */
export function remembered<T extends NonNullable<unknown> | null>(answer: (key: string) => T, max = 20_000): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let known = answers.get(key);
    if (known === undefined) {
      if (answers.size >= max) answers.clear();
      answers.set(key, (known = answer(key)));
    }
    return known;
  };
}
