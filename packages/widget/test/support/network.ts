// The widget's tests run in the browser: the shared mock network's browser
// side (msw's service worker), as the SDK's tests use it.
export { startNetwork, type MockNetwork } from '../../../../test-support/network.browser.js';
