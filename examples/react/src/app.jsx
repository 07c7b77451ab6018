// <repere-finder> in a React 19 app. React 19 treats custom elements natively:
// a prop whose name the element defines as a property (feedData, limit, lang)
// is set as a PROPERTY, so objects and numbers pass as they are; a prop
// `on<event-name>` adds a listener for that exact event name.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
// Registers <repere-finder>: the built package (@repere/widget → dist/index.js),
// bundled here with lit and the SDK, as in any app that ran `npm install`.
import '@repere/widget';

const FEED_URL = '/examples/data/demo-feed.json';

function EventLog({ events }) {
  if (events.length === 0) return <p className="empty">Type in the search field, or open a result’s details.</p>;
  return (
    <ol id="events" className="events" reversed>
      {events.map((e) => (
        <li key={e.n}>
          <code className="type">{e.type}</code>
          <pre>{JSON.stringify(e.detail, null, 1)}</pre>
        </li>
      ))}
    </ol>
  );
}

function App() {
  // The app loads the feed itself and hands the OBJECT to the element (the
  // `feedData` property; an attribute could only carry a string). The simpler
  // way is the attribute: <repere-finder feed="/examples/data/demo-feed.json">.
  const [feed, setFeed] = useState(null);
  const [failed, setFailed] = useState(false);
  const [limit, setLimit] = useState(5);
  const [lang, setLang] = useState('en');
  const [events, setEvents] = useState([]);

  useEffect(() => {
    const controller = new AbortController();
    fetch(FEED_URL, { credentials: 'omit', signal: controller.signal })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(setFeed, (error) => {
        if (!controller.signal.aborted) {
          console.warn('Could not load the feed:', error);
          setFailed(true);
        }
      });
    return () => controller.abort();
  }, []);

  const log = (event) =>
    setEvents((list) => [{ n: (list[0]?.n ?? 0) + 1, type: event.type, detail: event.detail }, ...list].slice(0, 10));

  return (
    <div className="layout">
      <section aria-labelledby="finder-title">
        <h2 id="finder-title">The element</h2>
        <div className="controls">
          <label>
            Results at a time (<code>limit</code> property){' '}
            <select id="limit" value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
              {[3, 5, 10, 20].map((n) => (
                <option key={n} value={n}>{n}</option>
              ))}
            </select>
          </label>
          <label>
            Language (<code>lang</code>){' '}
            <select id="lang" value={lang} onChange={(e) => setLang(e.target.value)}>
              <option value="en">English</option>
              <option value="fr">Français</option>
            </select>
          </label>
        </div>
        {failed ? (
          <p role="alert">The demo feed could not be loaded.</p>
        ) : feed ? (
          <repere-finder
            feedData={feed}
            limit={limit}
            lang={lang}
            onrepere-search={log}
            onrepere-select={log}
            onrepere-error={log}
          />
        ) : (
          <p>Loading the feed…</p>
        )}
      </section>
      <aside aria-labelledby="events-title">
        <h2 id="events-title">Events React received</h2>
        <EventLog events={events} />
      </aside>
    </div>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
