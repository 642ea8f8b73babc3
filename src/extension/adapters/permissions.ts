// Permissions adapter: checks and requests the optional host access an audit needs.
import { browser } from './browser-api';

export interface PermissionsApi {
  contains(origins: string[]): Promise<boolean>;
  /** Must be called straight from a click handler: browsers refuse prompts outside a user gesture. */
  request(origins: string[]): Promise<boolean>;
}

export const browserPermissions: PermissionsApi = {
  contains: (origins) => browser.permissions.contains({ origins }),
  request: (origins) => browser.permissions.request({ origins }),
};
