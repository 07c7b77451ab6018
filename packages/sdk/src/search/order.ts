/**
 * Putting results in order without sorting them all: only the page asked for
 * is ever ordered.
 */

/**
 * The first `k` of `list` in the order of `before`, sorted, without sorting
 * the whole list when it is much longer than `k` (a page of 20 among 10,000
 * matches): a bounded max-heap of the best `k` so far.
 */
export function topK(list: Int32Array, k: number, before: (a: number, b: number) => number): Int32Array {
  if (k <= 0) return new Int32Array(0);
  if (list.length <= k * 4 + 32) return Int32Array.from(list).sort(before).subarray(0, k);
  const heap = new Int32Array(k);
  let size = 0;
  // heap[0] is the worst of the best k: replaced when a better one comes.
  const siftUp = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (before(heap[parent]!, heap[i]!) >= 0) break;
      const t = heap[parent]!;
      heap[parent] = heap[i]!;
      heap[i] = t;
      i = parent;
    }
  };
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < size && before(heap[l]!, heap[worst]!) > 0) worst = l;
      if (r < size && before(heap[r]!, heap[worst]!) > 0) worst = r;
      if (worst === i) return;
      const t = heap[worst]!;
      heap[worst] = heap[i]!;
      heap[i] = t;
      i = worst;
    }
  };
  for (let i = 0; i < list.length; i++) {
    const x = list[i]!;
    if (size < k) {
      heap[size] = x;
      siftUp(size++);
    } else if (before(x, heap[0]!) < 0) {
      heap[0] = x;
      siftDown(0);
    }
  }
  return heap.subarray(0, size).sort(before);
}
