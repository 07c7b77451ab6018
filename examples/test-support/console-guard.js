// Test support: loaded FIRST in an example page by examples/console-guard.sw.js
// (only when the test asks for it). Records, for the test to read:
// uncaught errors, failed resources (script, stylesheet, image), unhandled
// promise rejections, Content-Security-Policy violations, and console.error.
(function () {
  'use strict';
  var problems = [];
  function report(kind, text) {
    problems.push({ kind: kind, text: String(text) });
  }
  addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target !== window && target.nodeType === 1) {
        report('resource', '<' + target.localName + '> failed to load ' + (target.src || target.href || ''));
      } else {
        var where = event.filename ? ' (' + event.filename + ':' + event.lineno + ')' : '';
        report('error', (event.error && event.error.stack) || event.message + where);
      }
    },
    true,
  );
  addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    report('unhandledrejection', (reason && reason.stack) || reason);
  });
  addEventListener(
    'securitypolicyviolation',
    function (event) {
      report('csp', event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') + ' (' + event.sourceFile + ':' + event.lineNumber + ')');
    },
    true,
  );
  var original = console.error;
  console.error = function () {
    report('console.error', Array.prototype.map.call(arguments, String).join(' '));
    return original.apply(this, arguments);
  };
  Object.defineProperty(window, '__repereConsoleGuard', { value: { problems: problems } });
})();
