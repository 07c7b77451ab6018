// custom-elements.json, from the JSDoc of the element class (@fires, @csspart,
// @cssprop, @attr). Run by scripts/cem.mjs (scripts/build.mjs calls it).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  dev: false,
};
