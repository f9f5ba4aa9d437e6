/**
 * The `limit` largest scores of many, best first, without sorting them all: a query on a
 * 100k-article KB can touch tens of thousands of articles and only 20 are wanted.
 */
export function topK(keys: ArrayLike<number>, scoreOf: (key: number) => number, limit: number): { key: number; score: number }[] {
  const best: { key: number; score: number }[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const score = scoreOf(key);
    if (best.length === limit && score <= best[limit - 1]!.score) continue;
    let at = best.length === limit ? limit - 1 : best.length;
    if (best.length < limit) best.push({ key, score });
    while (at > 0 && best[at - 1]!.score < score) {
      best[at] = best[at - 1]!;
      at -= 1;
    }
    best[at] = { key, score };
  }
  return best;
}
