// A directory published as region shards, served by msw under `base`, with
// each file asked for noted, and any shard held back until the test lets it
// go (to see what a resident sees while the other regions load).
import { http, HttpResponse } from 'msw';
import type { MockNetwork } from '../../../../test-support/network.js';
import { publishProvince } from './province.js';

export interface ServedShards {
  /** The shard files asked for, in order (the manifest is not noted). */
  readonly fetched: string[];
  /** Holds `file`'s response until the function returned is called. */
  hold(file: string): () => void;
}

/** Serves a split of these shards' records under `base` (`bbox`: each region's box in the manifest, for near me). */
export async function serveShards(net: MockNetwork, base: string, shards: Record<string, unknown[]>, bbox?: Record<string, number[]>): Promise<ServedShards> {
  const { files, manifest } = await publishProvince(shards, bbox);
  const fetched: string[] = [];
  const held = new Map<string, Promise<void>>();
  net.use(
    http.get(`${base}manifest.json`, () => HttpResponse.json(manifest)),
    http.get(`${base}:file`, async ({ params }) => {
      const file = String(params.file);
      fetched.push(file);
      await held.get(file);
      const body = files.get(file);
      return body === undefined ? new HttpResponse(null, { status: 404 }) : new HttpResponse(body, { headers: { 'content-type': 'application/json' } });
    }),
  );
  return {
    fetched,
    hold(file) {
      let release!: () => void;
      held.set(file, new Promise<void>((resolve) => (release = resolve)));
      return release;
    },
  };
}
