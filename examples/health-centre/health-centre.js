// Loaded as an external file: the page's Content Security Policy forbids inline scripts.
// If the feed cannot be loaded, the widget fires `repere-error` ({ code }) and shows
// its own message; here the page adds what volunteers should do instead.
document.addEventListener('repere-error', () => {
  const fallback = document.getElementById('feed-down');
  if (fallback) fallback.hidden = false;
});
