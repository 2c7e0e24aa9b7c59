'use client';
import { useCallback, useEffect, useState } from 'react';

export interface ControllableStateOptions<T> {
  /** Controlled value; when given, the component only reports changes through `onChange`. */
  value: T | undefined;
  defaultValue: T;
  onChange: ((next: T) => void) | undefined;
  /** Names the component in the warning about switching between controlled and uncontrolled. */
  name: string;
}

/**
 * The one `value` / `defaultValue` / `onValueChange` implementation every stateful part uses:
 * controlled when `value` is defined, internal state otherwise. Switching modes after mount is a
 * bug in the caller, so it warns (once) instead of silently picking one.
 */
export function useControllableState<T>({ value, defaultValue, onChange, name }: ControllableStateOptions<T>): [T, (next: T) => void] {
  const [internal, setInternal] = useState(defaultValue);
  const controlled = value !== undefined;
  const [initiallyControlled] = useState(controlled);
  const switchedMode = initiallyControlled !== controlled;
  useEffect(() => {
    if (switchedMode) {
      console.warn(`${name} switched from ${initiallyControlled ? 'controlled' : 'uncontrolled'} to ${controlled ? 'controlled' : 'uncontrolled'}. Pick one mode for the component's lifetime.`);
    }
  }, [switchedMode, initiallyControlled, controlled, name]);
  const current = controlled ? value : internal;
  const setValue = useCallback(
    (next: T) => {
      if (!controlled) setInternal(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [current, setValue];
}
