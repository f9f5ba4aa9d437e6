/** Typed arrays that grow by doubling: compact postings for 100k-article KBs without one JS object per entry. */
export class GrowableInt32 {
  data = new Int32Array(4);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

export class GrowableFloat32 {
  data = new Float32Array(4);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  /** Writes at `index`, growing (zero-filled) as needed. */
  set(index: number, value: number): void {
    while (index >= this.data.length) {
      const next = new Float32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[index] = value;
    if (index >= this.length) this.length = index + 1;
  }
}
