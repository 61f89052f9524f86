// `node --import ./test/cli/log-modules.mjs …`: registers module-log-hooks.mjs.
import { register } from 'node:module';

register('./module-log-hooks.mjs', import.meta.url);
