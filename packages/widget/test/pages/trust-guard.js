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
  // The workers the page starts, and whether each failed to run its script:
  // where the finder's engine runs, now that the page's thread also makes the
  // feed's first request (its response is handed to the engine).
  var workers = [];
  var NativeWorker = window.Worker;
  if (typeof NativeWorker === 'function') {
    window.Worker = function (url, options) {
      var worker = new NativeWorker(url, options);
      var record = { url: String(url), failed: false };
      workers.push(record);
      worker.addEventListener('error', function () { record.failed = true; });
      return worker;
    };
    window.Worker.prototype = NativeWorker.prototype;
  }
  Object.defineProperty(window, '__trust', { value: { problems: problems, workers: workers } });
})();
