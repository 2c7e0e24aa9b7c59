import { describe, expect, it } from 'vitest';
import { executionOutcome, pythonException, withLogOutcome } from './execution-outcome.js';
import type { ExecutionCard } from './state.js';

function card(overrides: Partial<ExecutionCard>): ExecutionCard {
  return { kind: 'execution', id: 'ci_1', status: 'completed', code: 'x', codeComplete: true, logs: '', images: [], outputs: [], containerId: null, startedAt: null, completedAt: null, error: null, ...overrides };
}

describe('pythonException', () => {
  it('reads a plain Python traceback and keeps the output before it', () => {
    const logs = 'rows: 3\r\nTraceback (most recent call last):\r\n  File "<cell 1>", line 2, in <module>\r\nKeyError: \'revenue\'\r\n';
    expect(pythonException(logs)).toEqual({
      name: 'KeyError',
      message: "'revenue'",
      traceback: 'Traceback (most recent call last):\n  File "<cell 1>", line 2, in <module>\nKeyError: \'revenue\'',
      output: 'rows: 3\n',
    });
  });

  it("reads IPython's coloured traceback with its banner", () => {
    const logs = [
      'start',
      '\u001b[0;31m---------------------------------------------------------------------------\u001b[0m',
      '\u001b[0;31mModuleNotFoundError\u001b[0m                       Traceback (most recent call last)',
      'Cell \u001b[0;32mIn[3], line 1\u001b[0m',
      '\u001b[0;32m----> 1\u001b[0m \u001b[38;5;28;01mimport\u001b[39;00m \u001b[38;5;21;01mstatsmodels\u001b[39;00m',
      '',
      "\u001b[0;31mModuleNotFoundError\u001b[0m: No module named 'statsmodels'",
    ].join('\n');
    const exception = pythonException(logs);
    expect(exception).toMatchObject({ name: 'ModuleNotFoundError', message: "No module named 'statsmodels'", output: 'start\n' });
    expect(exception?.traceback.split('\n')[0]).toMatch(/^-{20,}$/);
    expect(exception?.traceback).not.toContain('\u001b');
  });

  it('takes the last exception of a chain, a dotted name, a bare name and a SyntaxError', () => {
    const chained = 'Traceback (most recent call last):\n  File "a"\nValueError: x\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File "b"\npandas.errors.ParserError: bad line\n';
    expect(pythonException(chained)).toMatchObject({ name: 'pandas.errors.ParserError', message: 'bad line' });
    expect(pythonException('Traceback (most recent call last):\n  File "x", line 1\nAssertionError\n')).toMatchObject({ name: 'AssertionError', message: '' });
    expect(pythonException('Traceback (most recent call last):\n  File "<cell 1>", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax')).toMatchObject({ name: 'SyntaxError' });
  });

  it('is null when output follows the traceback or there is none', () => {
    expect(pythonException('Traceback (most recent call last):\n  File "x"\nValueError: x\nrecovered\n')).toBeNull();
    expect(pythonException('Traceback (most recent call last):\n  File "x"\nValueError: x\n    more indented output\n')).toBeNull();
    expect(pythonException('all good\n')).toBeNull();
    expect(pythonException('Traceback (most recent call last):')).toBeNull();
  });
});

describe('withLogOutcome and executionOutcome', () => {
  const traceback = 'Traceback (most recent call last):\n  File "x"\nZeroDivisionError: division by zero\n';

  it('fails a completed call whose logs end in a traceback, keeping an error it already has', () => {
    expect(withLogOutcome(card({ logs: traceback }))).toMatchObject({ status: 'failed', error: { code: 'ZeroDivisionError', message: 'ZeroDivisionError: division by zero' } });
    expect(withLogOutcome(card({ status: 'failed', logs: traceback, error: { code: 'x', message: 'y' } })).error).toEqual({ code: 'x', message: 'y' });
    const running = card({ status: 'interpreting', logs: traceback });
    expect(withLogOutcome(running)).toBe(running);
    const fine = card({ logs: 'ok' });
    expect(withLogOutcome(fine)).toBe(fine);
  });

  it('names every way a call can end', () => {
    expect(executionOutcome(card({ status: 'in_progress' }))).toEqual({ kind: 'running' });
    expect(executionOutcome(card({}))).toEqual({ kind: 'completed' });
    expect(executionOutcome(card({ logs: traceback }))).toMatchObject({ kind: 'raised', exception: { name: 'ZeroDivisionError' } });
    expect(executionOutcome(card({ status: 'failed' }))).toEqual({ kind: 'failed' });
    expect(executionOutcome(card({ status: 'incomplete', error: { code: 'stopped', message: 'Stopped by the user.' } }))).toEqual({ kind: 'stopped' });
    expect(executionOutcome(card({ status: 'incomplete', error: { code: 'max_output_tokens', message: 'cut' } }))).toEqual({ kind: 'incomplete' });
  });
});
