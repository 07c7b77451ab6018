// FeedError is the one error shape, on both sides of an engine's port: its
// data survives structured cloning and JSON, and comes back as a FeedError
// with the same code, details and messages in French and English.
import { expect } from 'chai';
import { FeedError, isFeedError, type FeedErrorData } from '@repere/sdk';

/** `value` after a trip through a MessageChannel (structured cloning, as to a worker). */
function overAPort<T>(value: T): Promise<T> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    port2.onmessage = (event: MessageEvent) => {
      port1.close();
      port2.close();
      resolve(event.data as T);
    };
    port1.postMessage(value);
  });
}

describe('FeedError across a port', () => {
  it('comes back from its data with its code, details and both languages', async () => {
    const sent = new FeedError('http', { status: 503, retryAfterMs: 2000 });
    const data = await overAPort(sent.toJSON());
    const back = FeedError.fromJSON(data);
    expect(back).to.be.instanceOf(FeedError);
    expect(isFeedError(back)).to.equal(true);
    expect([back.code, back.status, back.params]).to.deep.equal(['http', 503, { status: 503, retryAfterMs: 2000 }]);
    expect(back.message).to.equal(sent.message).and.to.contain('HTTP 503');
    expect(back.localizedMessage('fr')).to.equal('Le serveur du flux a répondu par une erreur HTTP 503.');
    expect(back.localizedMessage('en')).to.equal(sent.localizedMessage('en'));
  });

  it('is the same data as JSON, without its cause', () => {
    const error = new FeedError('timeout', { seconds: 15 }, { cause: new Error('socket') });
    const data = JSON.parse(JSON.stringify(error)) as FeedErrorData;
    expect(data).to.deep.equal({
      name: 'FeedError',
      code: 'timeout',
      params: { seconds: 15 },
      message: 'The feed did not answer within 15 seconds.',
      fr: 'Le flux n’a pas répondu en 15 secondes.',
    });
    expect(FeedError.fromJSON(data).localizedMessage('fr')).to.equal('Le flux n’a pas répondu en 15 secondes.');
  });

  it('turns anything else into a FeedError with a code, keeping it as the cause', () => {
    const cause = new TypeError('Failed to fetch');
    const network = FeedError.from(cause);
    expect([network.code, network.cause]).to.deep.equal(['network', cause]);
    expect(FeedError.from(cause, 'invalid-source').code).to.equal('invalid-source');
    const same = new FeedError('aborted');
    expect(FeedError.from(same)).to.equal(same);
    // One from another copy of the SDK (a second bundle on the page) keeps its code.
    const other = Object.assign(new Error('cancelled'), { name: 'FeedError', code: 'aborted', params: {} });
    expect(FeedError.from(other)).to.equal(other);
  });

  it('words a feed the page could not send to its engine in both languages, with the reason', () => {
    const error = new FeedError('invalid-source', { detail: 'nested too deep' });
    expect(error.message).to.equal('The feed cannot be sent to the search engine (nested too deep).');
    expect(error.localizedMessage('fr')).to.equal('Le flux ne peut pas être transmis au moteur de recherche (nested too deep).');
    expect(new FeedError('invalid-source').localizedMessage('fr')).to.equal('La source du flux doit être une URL ou un objet de flux.');
  });
});
