// The element's tests serve region shards as the SDK's do: one helper, kept with the SDK's province fixtures.
export { serveShards, type ServedShards } from '../../../sdk/test/support/serve-shards.js';
