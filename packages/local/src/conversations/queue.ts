/**
 * Runs tasks one at a time per key, in arrival order. Turns of one conversation must not
 * interleave: each reply is generated from the history that ends with its own question.
 * `pending(key)` settles once every task queued so far for the key has finished.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  pending(key: string): Promise<void> | undefined {
    return this.tails.get(key);
  }

  async drain(): Promise<void> {
    while (this.tails.size > 0) await Promise.all(this.tails.values());
  }
}
