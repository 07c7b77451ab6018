import { validateFeed } from '@repere/sdk';
export const x = validateFeed;
