// For cdn.html: includes the built bundle from the test server's other name
// (localhost when the page is on 127.0.0.1), as a page would from a CDN.
(function () {
  'use strict';
  var other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  var script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = 'anonymous';
  script.src = location.protocol + '//' + other + ':' + location.port + '/packages/widget/dist/repere-finder.bundle.js';
  document.head.append(script);
})();
