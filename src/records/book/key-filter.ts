// Which state keys a rebuild has handed to the store: a Bloom filter, so that a key the engine asks
// for the first time (a player's first goal of a season) is known absent without a read of the
// store. A "maybe" costs one read that finds nothing; a "no" is always right. It grows by adding a
// filter twice the size of the last when the last is full, keeping the false positives near 1%.

/** Bits per key and probes: about 1% false positives. */
const BITS_PER_KEY = 10;
const PROBES = 7;

class Layer {
  private readonly bits: Uint32Array;
  private readonly mask: number;
  count = 0;

  constructor(readonly capacity: number) {
    // A power of two of bits, so that a probe is a mask, not a division.
    let size = 1024;
    while (size < capacity * BITS_PER_KEY) size *= 2;
    this.bits = new Uint32Array(size / 32);
    this.mask = size - 1;
  }

  add(h1: number, h2: number): void {
    for (let i = 0; i < PROBES; i += 1) {
      const bit = (h1 + Math.imul(i, h2)) & this.mask;
      this.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
    this.count += 1;
  }

  has(h1: number, h2: number): boolean {
    for (let i = 0; i < PROBES; i += 1) {
      const bit = (h1 + Math.imul(i, h2)) & this.mask;
      if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

/** Folds one part of a key, and a separator after it, into the two hashes held in `into`. */
function fold(text: string, into: Int32Array): void {
  let a = into[0]!;
  let b = into[1]!;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  into[0] = Math.imul(a ^ 0xff, 0x01000193);
  into[1] = Math.imul(b ^ 0xff, 0x5bd1e995);
}

/** Two 32-bit hashes of the three parts of a key (FNV-1a and a multiplicative mix), separators included. */
function hashes(book: string, part: string, key: string, into: Int32Array): void {
  into[0] = 0x811c9dc5;
  into[1] = 0x9e3779b9;
  fold(book, into);
  fold(part, into);
  fold(key, into);
  const b = into[1]!;
  // Odd, so that the probes of one key never collapse onto one bit.
  into[1] = (b ^ (b >>> 13)) | 1;
}

export class KeyFilter {
  private readonly layers: Layer[];
  private readonly scratch = new Int32Array(2);

  constructor(initialCapacity = 1 << 18) {
    this.layers = [new Layer(initialCapacity)];
  }

  add(book: string, part: string, key: string): void {
    let last = this.layers[this.layers.length - 1]!;
    if (last.count >= last.capacity) {
      last = new Layer(last.capacity * 2);
      this.layers.push(last);
    }
    hashes(book, part, key, this.scratch);
    last.add(this.scratch[0]!, this.scratch[1]!);
  }

  /** False when the key was certainly never added. */
  mightHave(book: string, part: string, key: string): boolean {
    hashes(book, part, key, this.scratch);
    const h1 = this.scratch[0]!;
    const h2 = this.scratch[1]!;
    for (const layer of this.layers) if (layer.has(h1, h2)) return true;
    return false;
  }
}
