import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The workspace root, so the build follows the linked @execards packages outside this folder.
  turbopack: { root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..') },
};

export default nextConfig;
