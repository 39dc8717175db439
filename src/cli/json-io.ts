/**
 * JSON in, JSON out for the `calc` commands: read one JSON document from `--in FILE` or
 * stdin, validate it, compute, print. Bad input prints one error naming the path and the rule
 * to stderr, nothing to stdout, and exits with code 2.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { DomainError, describeFailure } from '../core/shared/domain-error.ts';
import { parseOrThrow } from '../core/shared/zod-issues.ts';
import { writeJson } from './json-writer.ts';

export const EXIT_BAD_INPUT = 2;

export interface JsonIoOptions {
  in?: string;
}

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export const processIo: Io = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
};

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Runs one JSON calculation; returns the process exit code. */
export async function runJsonCalc<S extends z.ZodType>(
  opts: JsonIoOptions,
  schema: S,
  compute: (input: z.output<S>) => unknown,
  io: Io = processIo,
): Promise<number> {
  let text: string;
  try {
    text = opts.in ? await readFile(opts.in, 'utf8') : await readAll(io.stdin);
  } catch (e) {
    io.stderr.write(`error: cannot read input ${opts.in ?? '(stdin)'}: ${(e as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    io.stderr.write(`error: input: not valid JSON [json-syntax]: ${(e as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    const input = parseOrThrow(schema, raw);
    const output = compute(input);
    writeJson(io.stdout, output);
    return 0;
  } catch (e) {
    if (e instanceof DomainError) {
      io.stderr.write(`error: ${describeFailure(e.failure)}\n`);
      return EXIT_BAD_INPUT;
    }
    throw e;
  }
}
