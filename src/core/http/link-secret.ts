import { createHash, randomBytes } from 'node:crypto';

/**
 * The secret part of a link given to someone (an invitation, a registration's manage link, a
 * shared reading list): 192 random bits, URL-safe. Only its hash is stored, so a copy of the
 * database opens nothing.
 */
export const newLinkSecret = () => randomBytes(24).toString('base64url');

/** What is stored for a link secret, and looked up when the link is opened. */
export const hashLinkSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
