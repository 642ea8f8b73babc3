/** Bundle `entry` (inside the project at `root`) with esbuild into node_modules/.cache and return the bundle's path. */
export function bundleToCache(root: string, entry: string, name: string): string;
