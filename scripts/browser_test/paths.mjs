// Where the browser test finds the repository, and a pause.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
