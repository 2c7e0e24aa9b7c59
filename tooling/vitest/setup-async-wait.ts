import { configure } from 'storybook/test';

/**
 * `findBy*` and `waitFor` give up after 1 s by default: on a loaded 2-core CI machine a lazy view (the table, a
 * preview) can take longer than that to appear. Waiting longer changes nothing when a story passes, and a story
 * that really fails still fails, only later.
 */
configure({ asyncUtilTimeout: 10_000 });
