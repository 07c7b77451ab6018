// Test fixture: runs first in <head> of broken-page.html, before anything else.
console.error('deliberate console.error from the first script');
throw new Error('deliberate uncaught error in the first script');
