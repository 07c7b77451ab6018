// Test fixture: a module script that rejects a promise nobody handles.
Promise.reject(new Error('deliberate unhandled rejection'));
