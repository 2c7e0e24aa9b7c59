import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// As in the stories (setup-async-wait.ts): 1 s is too short for a loaded CI machine; a real failure still fails.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
