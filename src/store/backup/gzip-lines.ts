/**
 * JSON lines through gzip to and from a file, with back-pressure, so a backup of any size is
 * written and read in constant memory.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip, type Gzip } from 'node:zlib';

export class GzipLineWriter {
  private readonly gzip: Gzip;
  private readonly file: WriteStream;
  private readonly finished: Promise<void>;
  bytes = 0;

  constructor(path: string) {
    this.gzip = createGzip({ level: 6 });
    this.file = createWriteStream(path);
    this.gzip.pipe(this.file);
    this.finished = new Promise((done, fail) => {
      this.file.on('close', () => {
        this.bytes = this.file.bytesWritten;
        done();
      });
      this.file.on('error', fail);
      this.gzip.on('error', fail);
    });
  }

  /** Writes one value as a line; waits when the stream asks to. */
  async write(value: unknown): Promise<void> {
    if (!this.gzip.write(`${JSON.stringify(value)}\n`))
      await new Promise<void>((r) => this.gzip.once('drain', () => r()));
  }

  async close(): Promise<void> {
    this.gzip.end();
    await this.finished;
  }
}

/** The parsed lines of a gzip JSON-lines file, one at a time. */
export async function* readGzipLines(path: string): AsyncGenerator<unknown> {
  const input = createReadStream(path).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line.length) yield JSON.parse(line);
}
