// The browser's geolocation, stubbed in the page (not the network): "Near me"
// tests give the resident a position, or a refusal, without a prompt.

/** Answers `getCurrentPosition` with a position or an error code; `calls` counts the asks. */
export function mockGeolocation(answer: { lat: number; lon: number } | { code: number }): { calls: number } {
  const state = { calls: 0 };
  (navigator.geolocation as unknown as Record<string, unknown>).getCurrentPosition = (ok: PositionCallback, fail: PositionErrorCallback) => {
    state.calls++;
    setTimeout(() => {
      if ('code' in answer) fail({ code: answer.code, message: 'no', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
      else ok({ coords: { latitude: answer.lat, longitude: answer.lon, accuracy: 20 }, timestamp: Date.now() } as GeolocationPosition);
    });
  };
  return state;
}

/** The browser's own geolocation again. */
export function restoreGeolocation(): void {
  delete (navigator.geolocation as unknown as Record<string, unknown>).getCurrentPosition;
}
