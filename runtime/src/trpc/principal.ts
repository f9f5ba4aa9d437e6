import type { Role } from '../auth/permissions.js';

/** The staff member (or built-in operator) on whose behalf a console request runs. */
export interface Principal {
  /** Stable id, recorded as the author of what they publish. */
  id: string;
  /** Display name, shown in version history. */
  name: string;
  roles: Role[];
}
