/**
 * MinHash over word shingles (Broder, "On the resemblance and containment of documents", 1997):
 * the chance that two sets have the same minimum under a random permutation is their Jaccard
 * similarity, so a row of minimums under many permutations is a short sketch of a set.
 */

/** FNV-1a, 32-bit (http://www.isthe.com/chongo/tech/comp/fnv/): fast, and the same on every run. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * MurmurHash3's finalizer: a bijection on 32-bit integers in which every input bit flips each output
 * bit about half the time. XOR with a seed then mixing makes one permutation of the hash family.
 */
export function mix32(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * The hashes of every run of `size` consecutive words, sorted and without repeats. A text shorter
 * than one shingle is one shingle of all its words, so it matches only the same words; a text with
 * no words has no shingles and matches nothing.
 */
export function shingles(words: readonly string[], size: number): Uint32Array {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`shingle size must be a positive integer, not ${size}`);
  const wordHashes = words.map(fnv1a);
  const count = Math.max(words.length - size + 1, words.length > 0 ? 1 : 0);
  const hashes = new Uint32Array(count);
  for (let start = 0; start < count; start++) {
    // Mixing after each word makes the hash depend on word order, so "a b c" and "c b a" differ.
    let hash = 0;
    for (let word = start; word < Math.min(start + size, words.length); word++) hash = mix32(hash ^ wordHashes[word]!);
    hashes[start] = hash;
  }
  hashes.sort();
  let unique = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[unique - 1]) hashes[unique++] = hashes[i]!;
  return hashes.slice(0, unique);
}

/** Seeds of the hash family, from a fixed sequence (the golden ratio's Weyl sequence) so runs agree. */
export function permutationSeeds(count: number): Uint32Array {
  const seeds = new Uint32Array(count);
  for (let i = 0; i < count; i++) seeds[i] = mix32(Math.imul(i + 1, 0x9e3779b9));
  return seeds;
}

/** The minimum of each permutation over the shingles; empty shingles give no meaningful signature. */
export function signature(shingleHashes: Uint32Array, seeds: Uint32Array): Uint32Array {
  const minimums = new Uint32Array(seeds.length).fill(0xffffffff);
  for (const shingle of shingleHashes) {
    for (let i = 0; i < seeds.length; i++) {
      const hashed = mix32(shingle ^ seeds[i]!);
      if (hashed < minimums[i]!) minimums[i] = hashed;
    }
  }
  return minimums;
}

/** Exact Jaccard similarity of two sorted, repeat-free shingle sets: shared over all. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}
