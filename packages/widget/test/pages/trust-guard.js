// Test support for the trust pages (finder.trust-pages.test.ts): loaded first,
// as an external script (the pages' CSP forbids inline scripts). Records CSP
// and Trusted Types violations, uncaught errors and unhandled rejections.
(function () {
  'use strict';
  var problems = [];
  addEventListener('securitypolicyviolation', function (e) {
    problems.push('csp: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' ' + (e.sample || ''));
  }, true);
  addEventListener('error', function (e) {
    var t = e.target;
    if (t && t !== window && t.nodeType === 1) problems.push('resource: <' + t.localName + '> ' + (t.src || t.href || ''));
    else problems.push('error: ' + ((e.error && e.error.stack) || e.message));
  }, true);
  addEventListener('unhandledrejection', function (e) {
    problems.push('unhandledrejection: ' + ((e.reason && e.reason.stack) || e.reason));
  });
  Object.defineProperty(window, '__trust', { value: { problems: problems } });
})();
