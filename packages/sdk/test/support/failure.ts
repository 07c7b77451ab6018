import { expect } from 'chai';
import { FeedError } from '@repere/sdk';

/** The FeedError a load rejects with; fails the test when it resolves or throws anything else. */
export async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected the load to fail');
}
